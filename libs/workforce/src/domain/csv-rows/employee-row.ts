import type { CalendarDate } from '@mutasi/calendar';
import { EDUCATION_LEVELS, type EducationLevel } from '../education-level';
import { isEmailAddress } from '../email';
import { EMPLOYEE_STATUSES, holdsNip, type EmployeeStatus } from '../employee-status';
import { GENDERS, type Gender } from '../gender';
import { isEighteenDigits, parseNip, validateEmployeeNumber } from '../nip';
import { PERFORMANCE_RATINGS, type PerformanceRating } from '../performance-rating';
import { parsePppkGrade, type PppkGrade } from '../pppk-grade';
import { parseRank, type Rank } from '../rank';
import type { ReferenceContext } from './reference-context';
import type { CsvRow, RowResult } from './row-issue';
import { readRow, type RowReader } from './row-reader';

export interface EmployeeRecord {
  /** NIP of a PNS/CPNS, or NI PPPK of a PPPK. */
  readonly nip: string;
  readonly name: string;
  readonly gender: Gender;
  readonly birthDate: CalendarDate;
  readonly status: EmployeeStatus;
  /** A rank I/a … IV/e for PNS and CPNS; a grade I … XVII for PPPK. */
  readonly rank: Rank | PppkGrade;
  readonly positionId: string;
  readonly positionSince: CalendarDate;
  readonly civilServantSince: CalendarDate;
  readonly educationLevel: EducationLevel;
  readonly educationField: string | null;
  /** The last two years, newest first; fewer for someone recently appointed. */
  readonly performanceRatings: PerformanceRating[];
  readonly disciplinaryUntil: CalendarDate | null;
  readonly onStudyLeave: boolean;
  readonly email: string | null;
}

const MAX_RATINGS = 2;
const BOOLEANS: Readonly<Record<string, boolean>> = { true: true, false: false };

export function validateEmployeeRow(
  row: CsvRow,
  context: Pick<ReferenceContext, 'hasPosition' | 'today'>,
): RowResult<EmployeeRecord> {
  const cells = readRow(row);
  const nip = cells.required('nip');
  const name = cells.required('name');
  const gender = cells.oneOf('gender', GENDERS, 'required');
  const birthDate = cells.date('birthDate', 'required');
  const status = cells.oneOf('status', EMPLOYEE_STATUSES, 'required');
  const rank = readRank(cells, status);
  const positionId = cells.required('positionId');
  const positionSince = cells.date('positionSince', 'required');
  const civilServantSince = cells.date('civilServantSince', 'required');
  const educationLevel = cells.oneOf('educationLevel', EDUCATION_LEVELS, 'required');
  const performanceRatings = readRatings(cells);
  const disciplinaryUntil = cells.date('disciplinaryUntil', 'optional');
  const onStudyLeave = readStudyLeave(cells);
  const email = cells.optional('email');

  if (nip !== null) {
    checkNumber(cells, nip, status, { today: context.today, birthDate, gender });
    const tmtCpns = status && holdsNip(status) ? parseNip(nip)?.tmtCpns : undefined;
    if (tmtCpns && civilServantSince && civilServantSince < tmtCpns) {
      cells.fail(
        'civilServantSince',
        'CIVIL_SERVANT_SINCE_BEFORE_TMT_CPNS',
        `civilServantSince ${civilServantSince} is before the TMT CPNS in the NIP (${tmtCpns})`,
      );
    }
  }
  cells.reference('positionId', positionId, context.hasPosition, 'UNKNOWN_POSITION', 'position');
  if (email !== null && !isEmailAddress(email)) {
    cells.fail('email', 'INVALID_EMAIL', `email "${email}" is not an address like name@agency.go.id`);
  }

  if (!nip || !name || !gender || !birthDate || !status || !rank || !positionId) return cells.failure();
  if (!positionSince || !civilServantSince || !educationLevel || onStudyLeave === null) return cells.failure();
  return cells.result({
    nip,
    name,
    gender,
    birthDate,
    status,
    rank,
    positionId,
    positionSince,
    civilServantSince,
    educationLevel,
    educationField: cells.optional('educationField'),
    performanceRatings,
    disciplinaryUntil,
    onStudyLeave,
    email,
  });
}

function checkNumber(
  cells: RowReader,
  nip: string,
  status: EmployeeStatus | null,
  context: { today: CalendarDate; birthDate: CalendarDate | null; gender: Gender | null },
): void {
  // Without a valid status it is unknown whether the number is a NIP: check only its shape.
  const issues = status
    ? validateEmployeeNumber(nip, status, context)
    : isEighteenDigits(nip)
      ? []
      : validateEmployeeNumber(nip, 'PPPK', context);
  for (const issue of issues) cells.fail('nip', issue.code, issue.message);
}

function readRank(cells: RowReader, status: EmployeeStatus | null): Rank | PppkGrade | null {
  const text = cells.required('rank');
  if (text === null) return null;
  const rank =
    status === 'PPPK' ? parsePppkGrade(text) : status ? parseRank(text) : (parseRank(text) ?? parsePppkGrade(text));
  if (rank === null) {
    const expected = status === 'PPPK' ? 'a PPPK grade I … XVII' : 'a rank I/a … IV/e, such as III/c';
    cells.fail(
      'rank',
      'UNKNOWN_RANK',
      `rank "${text}" is unknown${status ? ` for status ${status}` : ''}: expected ${expected}`,
    );
  }
  return rank;
}

function readRatings(cells: RowReader): PerformanceRating[] {
  const entries = cells.list('performanceRatings');
  if (entries.length > MAX_RATINGS) {
    cells.fail(
      'performanceRatings',
      'INVALID_LIST',
      `performanceRatings holds the last ${MAX_RATINGS} years, got ${entries.length} values`,
    );
  }
  const ratings: PerformanceRating[] = [];
  for (const entry of entries) {
    if ((PERFORMANCE_RATINGS as readonly string[]).includes(entry)) ratings.push(entry as PerformanceRating);
    else
      cells.fail(
        'performanceRatings',
        'INVALID_ENUM',
        `performanceRatings: "${entry}" is not one of ${PERFORMANCE_RATINGS.join(', ')}`,
      );
  }
  return ratings;
}

/** An empty cell means not on study leave. */
function readStudyLeave(cells: RowReader): boolean | null {
  const text = cells.optional('onStudyLeave');
  if (text === null) return false;
  const value = BOOLEANS[text.toLowerCase()];
  if (value === undefined) {
    cells.fail('onStudyLeave', 'INVALID_BOOLEAN', `onStudyLeave must be true or false, got "${text}"`);
    return null;
  }
  return value;
}
