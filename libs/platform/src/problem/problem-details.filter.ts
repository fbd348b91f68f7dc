import { Catch, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { toProblem } from './to-problem';

/** One place where every error becomes application/problem+json. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    sendProblem(request, reply, error, this.logger);
  }
}

export function sendProblem(request: FastifyRequest, reply: FastifyReply, error: unknown, logger: Logger): void {
  const body = toProblem(error);
  if (body.status === 503) {
    // A service out of reach for a while: one line per request, not a stack trace each.
    logger.warn(`${request.method} ${request.url}: ${body.code} (${(error as Error)?.message ?? String(error)})`);
  } else if (body.status >= 500) {
    logger.error({ err: error, reqId: request.id }, (error as Error)?.stack ?? String(error));
  }
  const retryAfter =
    typeof body.retryAfterSeconds === 'number' ? body.retryAfterSeconds : body.status === 503 ? 1 : null;
  if (retryAfter !== null) void reply.header('retry-after', String(retryAfter));
  void reply
    .status(body.status)
    .header('content-type', 'application/problem+json; charset=utf-8')
    .send({ ...body, instance: request.url });
}
