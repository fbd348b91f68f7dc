import { SetMetadata } from '@nestjs/common';
import type { ProblemCode } from '@mutasi/platform';

export const ROUTE_PROBLEMS = 'mutasi:problems';

/**
 * The problem codes a route answers besides those its kind of route answers anyway (a guarded
 * route: 401; a route with @Roles: ROLE_REQUIRED; a route with a body: malformed or oversized
 * bodies; every route: the database out of reach). The OpenAPI document lists them per status.
 */
export const Problems = (...codes: ProblemCode[]) => SetMetadata(ROUTE_PROBLEMS, codes);

/** What a proposal's eligibility check refuses (a preview too, with every finding in its details). */
export const ELIGIBILITY_REFUSALS = [
  'ELIGIBILITY_NOT_PNS',
  'ELIGIBILITY_TEN_YEAR_PLEDGE',
  'ELIGIBILITY_PERFORMANCE',
  'ELIGIBILITY_DISCIPLINARY',
  'ELIGIBILITY_STUDY_LEAVE',
  'ELIGIBILITY_NO_SHORTAGE',
  'ELIGIBILITY_SAME_POSITION',
  'ELIGIBILITY_SHORTAGE_CLAIMED',
  'ELIGIBILITY_JPT_TWO_YEAR_LOCK',
  'ELIGIBILITY_ELECTION_BLACKOUT',
  'ELIGIBILITY_POST_INAUGURATION_BLACKOUT',
  'OPEN_PROPOSAL_EXISTS',
] as const satisfies readonly ProblemCode[];

/** What checking a proposal's fields refuses: preview, propose and revise run the same checks. */
export const PROPOSAL_REFUSALS = [
  ...ELIGIBILITY_REFUSALS,
  'EMPLOYEE_NOT_FOUND',
  'POSITION_NOT_FOUND',
  'OUT_OF_SCOPE',
  'CHAIN_ROLE_UNRESOLVED',
  'REASON_REQUIRED',
  'REASON_TOO_LONG',
  'INVALID_DATE',
  'INVALID_ATTACHMENT',
  'EFFECTIVE_DATE_IN_PAST',
  'EFFECTIVE_DATE_BEYOND_HORIZON',
  'ORIGIN_POSITION_MISMATCH',
  'ASSIGNMENT_END_DATE_INVALID',
  'ASSIGNMENT_TOO_LONG',
  'MINISTERIAL_APPROVAL_INVALID',
] as const satisfies readonly ProblemCode[];

/** What a command on an existing transfer may be refused for, whichever command it is. */
export const TRANSFER_COMMAND_REFUSALS = [
  'INVALID_TRANSFER_ID',
  'TRANSFER_NOT_FOUND',
  'OUT_OF_SCOPE',
  'INVALID_STATE_TRANSITION',
  'STALE_VERSION',
  'IF_MATCH_INVALID',
  'IDEMPOTENCY_KEY_INVALID',
  'IDEMPOTENCY_KEY_REUSED',
] as const satisfies readonly ProblemCode[];
