import { addDays, isCalendarDate, type CalendarDate } from '@mutasi/calendar';
import { DomainError } from './domain-error';

/** `*` in agencyIds: national scope. */
export const NATIONAL_SCOPE = '*';

/** A user as a party to a standing delegation. */
export type DelegationParty = {
  userId: string;
  roles: readonly string[];
  /** The agencies the account acts for; `*` for all. */
  agencyIds: readonly string[];
};

export type StandingDelegationRequest = {
  /** The official delegating, with the agencies of the positions they delegate. */
  principal: DelegationParty & { positionAgencyIds: readonly string[] };
  delegate: DelegationParty;
  from: string;
  to: string;
  /** The Jakarta calendar date the delegation is made on. */
  today: CalendarDate;
  /** Longest delegation, in days, both ends included. */
  maxDays: number;
};

/** Roles that decide chain tasks: a delegate must hold the one the official acts in. */
const DECIDING_ROLES = ['approver', 'consultant'] as const;

const covers = (party: DelegationParty, agencyId: string) =>
  party.agencyIds.includes(NATIONAL_SCOPE) || party.agencyIds.includes(agencyId);

/**
 * Checks a standing delegation: a real range from today on, at most `maxDays` long; a delegate
 * who holds a deciding role the official holds, for every agency whose positions are delegated
 * (a national account covers all). Separation of duties on each task (the employee concerned
 * never decides, nobody decides twice) is checked again when the delegate decides.
 */
export function checkStandingDelegation(request: StandingDelegationRequest): { from: CalendarDate; to: CalendarDate } {
  const { principal, delegate, today, maxDays } = request;
  for (const [field, value] of [
    ['from', request.from],
    ['to', request.to],
  ] as const) {
    if (!isCalendarDate(value)) {
      throw new DomainError('INVALID_DATE', `${field} harus tanggal YYYY-MM-DD / ${field} must be a date YYYY-MM-DD`, {
        field,
        value,
      });
    }
  }
  const { from, to } = request;
  if (to < from) {
    throw new DomainError(
      'INVALID_DATE_RANGE',
      'Delegasi berakhir sebelum dimulai / The delegation ends before it starts',
      { from, to },
    );
  }
  if (from < today) {
    throw new DomainError(
      'DELEGATION_RANGE_INVALID',
      'Delegasi tidak boleh dimulai sebelum hari ini / A delegation cannot start before today',
      { from, to, today },
    );
  }
  if (to > addDays(from, maxDays - 1)) {
    throw new DomainError(
      'DELEGATION_RANGE_INVALID',
      `Delegasi paling lama ${maxDays} hari / A delegation lasts at most ${maxDays} days`,
      { from, to, maxDays },
    );
  }
  if (delegate.userId === principal.userId) {
    throw new DomainError(
      'DELEGATE_IS_SELF',
      'Tidak dapat mendelegasikan kepada diri sendiri / Cannot delegate to yourself',
    );
  }
  const roles = DECIDING_ROLES.filter((role) => principal.roles.includes(role));
  if (!roles.some((role) => delegate.roles.includes(role))) {
    throw new DomainError(
      'DELEGATE_NOT_APPROVER',
      `Penerima delegasi harus memegang peran ${roles.join('/')} / The delegate must hold the ${roles.join(' or ')} role`,
      { delegateUserId: delegate.userId, requiredRoles: roles },
    );
  }
  const outside = principal.positionAgencyIds.filter((agencyId) => !covers(delegate, agencyId));
  if (outside.length > 0) {
    throw new DomainError(
      'DELEGATE_OUT_OF_SCOPE',
      `Penerima delegasi tidak bertindak untuk instansi ${outside.join(', ')} / The delegate does not act for agency ${outside.join(', ')}`,
      { delegateUserId: delegate.userId, agencyIds: outside },
    );
  }
  return { from, to };
}
