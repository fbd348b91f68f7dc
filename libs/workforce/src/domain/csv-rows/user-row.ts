import { isEmailAddress } from '../email';
import { LANGUAGES, type Language } from '../language';
import { isUserRole, USER_ROLES, type UserRole } from '../user-role';
import type { ReferenceContext } from './reference-context';
import type { CsvRow, RowResult } from './row-issue';
import { readRow, type RowReader } from './row-reader';

export const ALL_AGENCIES = '*';

export interface UserRecord {
  readonly username: string;
  /** As given in the file, untrimmed; hashing happens elsewhere. */
  readonly password: string;
  readonly displayName: string;
  readonly email: string;
  readonly roles: UserRole[];
  /** The agencies the account acts for; `*` for all. */
  readonly agencyIds: typeof ALL_AGENCIES | string[];
  readonly positionIds: string[];
  readonly employeeNip: string | null;
  /** null when the cell is empty: the system default applies. */
  readonly language: Language | null;
}

const USERNAME = /^[A-Za-z0-9._@-]{1,100}$/;

export function validateUserRow(
  row: CsvRow,
  context: Pick<ReferenceContext, 'hasAgency' | 'hasPosition' | 'hasEmployee'>,
): RowResult<UserRecord> {
  const cells = readRow(row);
  const username = cells.required('username');
  const password = cells.raw('password');
  const displayName = cells.required('displayName');
  const email = cells.required('email');
  const roles = readRoles(cells);
  const agencyIds = readAgencies(cells, context.hasAgency);
  const positionIds = cells.list('positionIds');
  const employeeNip = cells.optional('employeeNip');
  const language = cells.oneOf('language', LANGUAGES, 'optional', 'INVALID_LANGUAGE');

  if (username !== null && !USERNAME.test(username)) {
    cells.fail(
      'username',
      'INVALID_USERNAME',
      `username "${username}" may only hold letters, digits and . _ @ - (at most 100)`,
    );
  }
  if (password === '') cells.fail('password', 'MISSING_FIELD', 'password is required');
  if (email !== null && !isEmailAddress(email)) {
    cells.fail('email', 'INVALID_EMAIL', `email "${email}" is not an address like name@agency.go.id`);
  }
  for (const id of positionIds) cells.reference('positionIds', id, context.hasPosition, 'UNKNOWN_POSITION', 'position');
  cells.reference('employeeNip', employeeNip, context.hasEmployee, 'UNKNOWN_EMPLOYEE', 'employee with NIP');

  // A role is useless without what it acts on: these would be accounts that can never do anything.
  if (roles.includes('employee') && employeeNip === null) {
    cells.fail('employeeNip', 'MISSING_FIELD', 'employeeNip is required for a user with role employee');
  }
  if (roles.includes('approver') && positionIds.length === 0) {
    cells.fail('positionIds', 'MISSING_FIELD', 'positionIds is required for a user with role approver');
  }
  if (roles.includes('operator') && agencyIds !== ALL_AGENCIES && agencyIds.length === 0) {
    cells.fail('agencyIds', 'MISSING_FIELD', 'agencyIds is required for a user with role operator');
  }

  if (!username || !displayName || !email) return cells.failure();
  return cells.result({ username, password, displayName, email, roles, agencyIds, positionIds, employeeNip, language });
}

function readRoles(cells: RowReader): UserRole[] {
  const entries = cells.list('roles');
  if (entries.length === 0)
    cells.fail('roles', 'MISSING_FIELD', `roles is required: one or more of ${USER_ROLES.join(', ')}`);
  const roles: UserRole[] = [];
  for (const entry of entries) {
    if (isUserRole(entry)) roles.push(entry);
    else cells.fail('roles', 'INVALID_ROLE', `roles: "${entry}" is not one of ${USER_ROLES.join(', ')}`);
  }
  return roles;
}

function readAgencies(cells: RowReader, hasAgency: (id: string) => boolean): typeof ALL_AGENCIES | string[] {
  const entries = cells.list('agencyIds');
  if (entries.includes(ALL_AGENCIES)) {
    if (entries.length > 1) {
      cells.fail(
        'agencyIds',
        'INVALID_LIST',
        `agencyIds is either ${ALL_AGENCIES} alone or a list of agencies, got "${entries.join(';')}"`,
      );
    }
    return ALL_AGENCIES;
  }
  for (const id of entries) cells.reference('agencyIds', id, hasAgency, 'UNKNOWN_AGENCY', 'agency');
  return entries;
}
