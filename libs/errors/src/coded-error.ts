/**
 * The one error family of the libs: a refused request or command. `code` is stable and shown to
 * API clients, the message is Indonesian / English, `fields` are extra members of the problem
 * answer (line numbers, the offending value). The HTTP status of a code is decided at the HTTP
 * edge only (`PROBLEM_CODES` in the platform lib).
 */
export class CodedError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly fields: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}
