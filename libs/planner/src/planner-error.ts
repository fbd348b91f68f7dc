/** How a refused planner command maps to HTTP: invalid 400, forbidden 403, not_found 404, conflict 409, rule 422. */
export type PlannerErrorKind = 'invalid' | 'forbidden' | 'not_found' | 'conflict' | 'rule';

/** A refused plan or aspiration command; `code` is stable, the message Indonesian / English. */
export class PlannerError extends Error {
  constructor(
    readonly code: string,
    readonly kind: PlannerErrorKind,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'PlannerError';
  }
}
