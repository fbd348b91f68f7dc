import { HttpException } from '@nestjs/common';
import { ConcurrencyError, EventStoreError, IdempotencyConflictError } from '@mutasi/event-store';
import { ProblemException } from './problem.exception';
import { UNAVAILABLE_PROBLEMS, unavailableService } from './unavailable';

export interface Problem {
  type: string;
  title: string;
  status: number;
  code: string;
  detail: string;
  [extension: string]: unknown;
}

/** Domain errors carry a kind that decides their HTTP status. */
const STATUS_BY_KIND: Record<string, number> = {
  invalid: 400,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rule: 422,
};

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

const FASTIFY_CODES: Record<string, { status: number; code: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'BODY_TOO_LARGE' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'INVALID_CONTENT_LENGTH' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'MALFORMED_JSON' },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'MALFORMED_JSON' },
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
  if (error instanceof ProblemException) return problem(error.status, error.code, error.message, error.extensions);
  if (error instanceof ConcurrencyError) return problem(409, error.code, error.message, error.details);
  if (error instanceof IdempotencyConflictError) return problem(409, error.code, error.message);
  if (error instanceof EventStoreError) return problem(400, error.code, error.message, error.details);
  if (isDomainError(error)) {
    return problem(
      STATUS_BY_KIND[error.kind] ?? 422,
      error.code,
      error.message,
      error.details ? { details: error.details } : {},
    );
  }
  // Nest wraps Fastify's own 4xx errors (body parsing, size, media type) in an HttpException.
  const fastifyError = error instanceof HttpException ? error.cause : error;
  if (isFastifyError(fastifyError) && fastifyError.statusCode < 500) {
    const known = FASTIFY_CODES[fastifyError.code];
    return problem(
      known?.status ?? fastifyError.statusCode,
      known?.code ?? fastifyError.code.replace(/^FST_ERR_/, ''),
      fastifyError.message,
    );
  }
  if (error instanceof HttpException) return fromHttpException(error);
  if (error instanceof SyntaxError && /JSON/.test(error.message)) return problem(400, 'MALFORMED_JSON', error.message);
  const unavailable = unavailableService(error);
  if (unavailable !== null) {
    const { code, detail } = UNAVAILABLE_PROBLEMS[unavailable];
    return problem(503, code, detail);
  }
  return problem(500, 'INTERNAL_ERROR', 'An unexpected error occurred; it has been logged.');
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

interface DomainLikeError {
  code: string;
  kind: string;
  message: string;
  details?: unknown;
}

function isDomainError(error: unknown): error is DomainLikeError {
  if (!(error instanceof Error)) return false;
  const candidate = error as Error & Partial<DomainLikeError>;
  return typeof candidate.code === 'string' && typeof candidate.kind === 'string' && candidate.kind in STATUS_BY_KIND;
}

function isFastifyError(error: unknown): error is Error & { code: string; statusCode: number } {
  return (
    error instanceof Error &&
    typeof (error as { code?: unknown }).code === 'string' &&
    typeof (error as { statusCode?: unknown }).statusCode === 'number'
  );
}
