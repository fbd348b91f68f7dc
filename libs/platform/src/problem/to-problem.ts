import { HttpException } from '@nestjs/common';
import { CodedError } from '@mutasi/errors';
import { PROBLEM_CODES, type ProblemCode, type ProblemCodeRow } from './problem-codes';
import { UNAVAILABLE_PROBLEMS, unavailableService } from './unavailable';

export interface Problem {
  type: string;
  title: string;
  status: number;
  code: string;
  detail: string;
  [extension: string]: unknown;
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

const FASTIFY_CODES: Record<string, ProblemCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'BODY_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'INVALID_CONTENT_LENGTH',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_JSON',
};

export function problem(
  status: number,
  code: string,
  detail: string,
  extensions: Record<string, unknown> = {},
): Problem {
  return {
    type: `https://mutasi.go.id/problems/${code.toLowerCase().replace(/_/g, '-')}`,
    title: TITLES[status] ?? 'Error',
    status,
    code,
    detail,
    ...extensions,
  };
}

/** Maps anything thrown while serving a request to RFC 9457 problem details. */
export function toProblem(error: unknown): Problem {
  if (error instanceof CodedError) return codedProblem(error);
  // Nest wraps Fastify's own 4xx errors (body parsing, size, media type) in an HttpException.
  const fastifyError = error instanceof HttpException ? error.cause : error;
  if (isFastifyError(fastifyError) && fastifyError.statusCode < 500) {
    const known = FASTIFY_CODES[fastifyError.code];
    if (known !== undefined) return tabled(known, fastifyError.message);
    // A refusal of the framework that no route provokes on purpose: its own status and code.
    return problem(fastifyError.statusCode, fastifyError.code.replace(/^FST_ERR_/, ''), fastifyError.message);
  }
  if (error instanceof HttpException) return fromHttpException(error);
  if (error instanceof SyntaxError && /JSON/.test(error.message)) return tabled('MALFORMED_JSON', error.message);
  const unavailable = unavailableService(error);
  if (unavailable !== null) {
    const { code, detail } = UNAVAILABLE_PROBLEMS[unavailable];
    return tabled(code, detail);
  }
  return internalError();
}

/** A coded error raised by any lib, answered with the status the edge's table gives its code. */
function codedProblem(error: CodedError): Problem {
  if (!(error.code in PROBLEM_CODES)) return internalError();
  return tabled(error.code as ProblemCode, error.message, error.fields);
}

function tabled(key: ProblemCode, detail: string, extensions: Record<string, unknown> = {}): Problem {
  const row: ProblemCodeRow = PROBLEM_CODES[key];
  return problem(row.status, row.code ?? key, detail, extensions);
}

function internalError(): Problem {
  return tabled('INTERNAL_ERROR', 'An unexpected error occurred; it has been logged.');
}

function fromHttpException(error: HttpException): Problem {
  const status = error.getStatus();
  const body = error.getResponse();
  const fallbackCode = (TITLES[status] ?? 'ERROR').toUpperCase().replace(/ /g, '_');
  if (typeof body === 'object' && body !== null) {
    const { code, message, ...rest } = body as { code?: string; message?: string | string[]; [k: string]: unknown };
    const detail = Array.isArray(message) ? message.join('; ') : (message ?? error.message);
    const extensions = Array.isArray(message) ? { errors: message } : {};
    delete rest.statusCode;
    delete rest.error;
    return problem(status, code ?? fallbackCode, detail, { ...rest, ...extensions });
  }
  return problem(status, fallbackCode, String(body));
}

function isFastifyError(error: unknown): error is Error & { code: string; statusCode: number } {
  return (
    error instanceof Error &&
    typeof (error as { code?: unknown }).code === 'string' &&
    typeof (error as { statusCode?: unknown }).statusCode === 'number'
  );
}
