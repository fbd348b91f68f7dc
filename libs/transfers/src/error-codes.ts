/**
 * Every stable error code of the transfer domain with the kind of failure it is; the HTTP layer
 * maps the kind to a status (rule 422, conflict 409, forbidden 403, not_found 404, invalid 400).
 */
export const ERROR_KINDS = {
  ELIGIBILITY_NOT_PNS: 'rule',
  ELIGIBILITY_TEN_YEAR_PLEDGE: 'rule',
  ELIGIBILITY_PERFORMANCE: 'rule',
  ELIGIBILITY_DISCIPLINARY: 'rule',
  ELIGIBILITY_STUDY_LEAVE: 'rule',
  ELIGIBILITY_NO_SHORTAGE: 'rule',
  ELIGIBILITY_SAME_POSITION: 'rule',
  CHAIN_ROLE_UNRESOLVED: 'rule',
  REASON_REQUIRED: 'rule',
  REASON_TOO_LONG: 'rule',
  NOTES_TOO_LONG: 'rule',
  DECISION_NOT_ALLOWED_FOR_TASK: 'rule',
  DELEGATION_NOT_ALLOWED: 'rule',
  ESCALATION_NOT_POSSIBLE: 'rule',
  EXECUTION_TOO_EARLY: 'rule',
  EXECUTION_EMPLOYEE_INACTIVE: 'rule',
  EXECUTION_EMPLOYEE_MOVED: 'rule',
  EXECUTION_NO_SHORTAGE: 'rule',
  EVALUATION_TOO_EARLY: 'rule',
  EFFECTIVE_DATE_IN_PAST: 'rule',
  EFFECTIVE_DATE_BEFORE_DECREE: 'rule',
  TRANSFER_ALREADY_EXISTS: 'conflict',
  INVALID_STATE_TRANSITION: 'conflict',
  TASK_NOT_OPEN: 'conflict',
  STAGE_NOT_OVERDUE: 'conflict',
  SOD_PROPOSER_CANNOT_DECIDE: 'forbidden',
  SOD_EMPLOYEE_CANNOT_APPROVE: 'forbidden',
  SOD_ALREADY_DECIDED: 'forbidden',
  TASK_NOT_ASSIGNED_TO_YOU: 'forbidden',
  TRANSFER_NOT_FOUND: 'not_found',
  TASK_NOT_FOUND: 'not_found',
  INVALID_DATE: 'invalid',
  INVALID_ATTACHMENT: 'invalid',
  INVALID_PERFORMANCE_SCORE: 'invalid',
  INVALID_ADAPTATION: 'invalid',
  DECREE_NUMBER_REQUIRED: 'invalid',
  ORIGIN_POSITION_MISMATCH: 'invalid',
  EMPLOYEE_MISMATCH: 'invalid',
  POLICY_MISMATCH: 'invalid',
  DELEGATE_IS_SELF: 'invalid',
} as const;

export type ErrorCode = keyof typeof ERROR_KINDS;
export type DomainErrorKind = (typeof ERROR_KINDS)[ErrorCode];
