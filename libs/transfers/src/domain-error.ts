import { ERROR_KINDS, type DomainErrorKind, type ErrorCode } from './error-codes';

export type ErrorDetails = Readonly<Record<string, unknown>>;

/** A refused command. `code` is stable and shown to API clients; `kind` tells the HTTP status. */
export class DomainError extends Error {
  readonly kind: DomainErrorKind;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetails = {},
  ) {
    super(message);
    this.name = 'DomainError';
    this.kind = ERROR_KINDS[code];
  }
}
