/** An error meant for the API client, rendered as RFC 9457 problem+json with a stable `code`. */
export class ProblemException extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ProblemException';
  }
}
