import type { ProblemCode } from './problem-codes';

/**
 * Errors that say a backing service is out of reach for the moment (a restart, a failover, an
 * administrator ending connections) rather than that the request is wrong: the API answers them
 * with 503, and the client may send the same request again (with its Idempotency-Key, a command
 * that did commit is not applied twice).
 */
export type UnavailableService = 'database' | 'redis';

/** SQLSTATEs of a lost or refused connection: class 08, and the server shutting down or starting up. */
const PG_CONNECTION_CODES = /^(08...|57P01|57P02|57P03|53300)$/;
const PG_CONNECTION_MESSAGES = [
  'Connection terminated',
  'Client has encountered a connection error and is not queryable',
  'Client was closed and is not queryable',
  'timeout exceeded when trying to connect',
];
const REDIS_MESSAGES = [
  "Stream isn't writeable and enableOfflineQueue options is false",
  'Connection is closed.',
  'Reached the max retries per request limit',
];
const NETWORK_CODES = ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN'];

export function unavailableService(error: unknown, depth = 0): UnavailableService | null {
  if (!(error instanceof Error) || depth > 5) return null;
  const { code, driverError, cause, errors } = error as Error & {
    code?: unknown;
    driverError?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  if (REDIS_MESSAGES.some((m) => error.message.startsWith(m)) || error.name === 'MaxRetriesPerRequestError') {
    return 'redis';
  }
  if (typeof code === 'string' && (PG_CONNECTION_CODES.test(code) || NETWORK_CODES.includes(code))) return 'database';
  if (PG_CONNECTION_MESSAGES.some((m) => error.message.startsWith(m))) return 'database';
  const nested = [driverError, cause, ...(Array.isArray(errors) ? errors : [])];
  for (const inner of nested) {
    const service = unavailableService(inner, depth + 1);
    if (service !== null) return service;
  }
  return null;
}

export const UNAVAILABLE_PROBLEMS: Record<UnavailableService, { code: ProblemCode; detail: string }> = {
  database: {
    code: 'DATABASE_UNAVAILABLE',
    detail:
      'Basis data sedang tidak dapat dihubungi; coba lagi sebentar lagi / ' +
      'The database cannot be reached at the moment; try again shortly',
  },
  redis: {
    code: 'REDIS_UNAVAILABLE',
    detail:
      'Antrean (Redis) sedang tidak dapat dihubungi; coba lagi sebentar lagi / ' +
      'The queue server (Redis) cannot be reached at the moment; try again shortly',
  },
};
