import { CodedError } from '@mutasi/errors';

/** A refused plan or aspiration command; its details travel in the problem's `details` member. */
export class PlannerError extends CodedError {
  constructor(
    code: string,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(code, message, { details });
  }
}
