import { CodedError } from '@mutasi/errors';
import { ERROR_KINDS, type DomainErrorKind, type ErrorCode } from './error-codes';

export type ErrorDetails = Readonly<Record<string, unknown>>;

/** A refused command of the transfer domain; its details travel in the problem's `details` member. */
export class DomainError extends CodedError {
  readonly kind: DomainErrorKind;

  constructor(
    override readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetails = {},
  ) {
    super(code, message, { details });
    this.kind = ERROR_KINDS[code];
  }
}
