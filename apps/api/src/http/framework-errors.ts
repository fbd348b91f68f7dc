import { Logger } from '@nestjs/common';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { CodedError } from '@mutasi/errors';
import { sendProblem } from '@mutasi/platform';

/** Longer than any id or NIP, so such inputs still reach the pipe that names what is wrong with them. */
export const MAX_PATH_PARAMETER_LENGTH = 8192;

const logger = new Logger('http');

/** The router's own refusals (before any route runs) as problem+json like every other error. */
export function sendFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  sendProblem(request, reply, toRouterProblem(error), logger);
}

function toRouterProblem(error: FastifyError): unknown {
  switch (error.code) {
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return new CodedError(
        'PATH_PARAMETER_TOO_LONG',
        'Parameter pada alamat terlalu panjang / A path parameter is too long',
      );
    case 'FST_ERR_BAD_URL':
      return new CodedError('BAD_URL', 'Alamat tidak sah / The URL is not valid');
    default:
      return error;
  }
}

/**
 * Errors raised before a route's handler (hooks, body parsers) go to Fastify's error handler.
 * Nest installs its own during init, but routes built before that (a plugin registered while
 * modules initialise boots them early) would keep Fastify's default, which is not problem+json.
 */
export function installProblemErrorHandler(fastify: FastifyInstance): void {
  fastify.setErrorHandler((error, request, reply) => sendProblem(request, reply, error, logger));
}
