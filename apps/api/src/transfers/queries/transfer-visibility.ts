import { hasNationalScope, hasRole, type AuthUser } from '@mutasi/identity';

/**
 * Which proposals a user may read, as a SQL condition on transfer_summaries (alias `s`):
 * auditors and administrators all; operators, approvers and consultants those whose origin or
 * target agency is in their scope, and any a position of theirs has a task in; an employee their own.
 */
export function visibilityCondition(user: AuthUser, firstParam: number): { sql: string; params: unknown[] } {
  if (hasRole(user, 'auditor', 'admin')) return { sql: 'true', params: [] };
  const staff = hasRole(user, 'operator', 'approver', 'consultant');
  if (staff && hasNationalScope(user)) return { sql: 'true', params: [] };
  const parts: string[] = [];
  const params: unknown[] = [];
  const next = (value: unknown) => {
    params.push(value);
    return `$${firstParam + params.length - 1}`;
  };
  if (staff && user.agencyIds.length > 0) {
    const agencies = next(user.agencyIds);
    parts.push(`s.origin_agency_id = ANY (${agencies}::text[]) OR s.target_agency_id = ANY (${agencies}::text[])`);
  }
  if (staff && user.positionIds.length > 0)
    parts.push(`s.participant_position_ids && ${next(user.positionIds)}::text[]`);
  if (user.employeeNip) parts.push(`s.employee_nip = ${next(user.employeeNip)}`);
  return { sql: parts.length === 0 ? 'false' : `(${parts.join(' OR ')})`, params };
}
