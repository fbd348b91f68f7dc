import { Readable } from 'node:stream';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, RawServerDefault } from 'fastify';
import { CodedError } from '@mutasi/errors';
import { findUnsafeInput, type UnsafeInput } from './unsafe-input';

/** JSON bodies are small commands; the larger body limit is for CSV imports. */
export const JSON_BODY_LIMIT_BYTES = 1024 * 1024;

const MESSAGES: Record<UnsafeInput['code'], string> = {
  INVALID_CHARACTER:
    'Teks memuat karakter yang tidak diizinkan (NUL atau surrogate tanpa pasangan) / The text holds a character that is not allowed (NUL or an unpaired surrogate)',
  JSON_TOO_DEEP: 'Struktur JSON terlalu dalam / The JSON is nested too deeply',
};

export function unsafeInputProblem(found: UnsafeInput, part: 'body' | 'query' | 'path'): CodedError {
  return new CodedError(found.code, MESSAGES[found.code], { part, field: found.path });
}

/**
 * Refuses, before any pipe, guard-backed handler or query sees them, the inputs that crashed deeper
 * layers: NUL and unpaired surrogates in any string (body, query or path), and JSON nested deeper
 * than any request needs (validating it recursed until the stack ran out).
 */
export function installRequestInputChecks(app: NestFastifyApplication, fastify: FastifyInstance): void {
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  app.useBodyParser<RawServerDefault>(
    'application/json',
    { bodyLimit: JSON_BODY_LIMIT_BYTES },
    (request, body, done) => {
      try {
        parseJson(request, body.toString('utf8'), done);
      } catch (error) {
        if (!(error instanceof RangeError)) throw error;
        done(unsafeInputProblem({ code: 'JSON_TOO_DEEP', path: '' }, 'body'));
      }
    },
  );
  fastify.addHook('preValidation', async (request) => {
    const parts = [
      ['path', request.params],
      ['query', request.query],
      ['body', request.body instanceof Readable || Buffer.isBuffer(request.body) ? null : request.body],
    ] as const;
    for (const [part, value] of parts) {
      const found = findUnsafeInput(value);
      if (found) throw unsafeInputProblem(found, part);
    }
  });
}
