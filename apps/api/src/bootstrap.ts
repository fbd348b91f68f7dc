import { randomUUID } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { LogController, type FastifyInstance } from 'fastify';
import { httpRequestDuration, ProblemDetailsFilter, type AppConfig, type Clock } from '@mutasi/platform';
import { AppModule } from './app.module';
import { registerDocumentBodyParsers } from './documents/document-body-parsers';
import { installBodyLimits } from './http/body-limits';
import { installProblemErrorHandler, MAX_PATH_PARAMETER_LENGTH, sendFrameworkError } from './http/framework-errors';
import { installRequestInputChecks } from './http/request-input.hooks';
import { RequestValidationPipe } from './http/request-validation.pipe';
import { openApiDocument } from './openapi-document';

/** Builds the API application (used by main.ts and by the end-to-end tests, which may bring their own clock). */
export async function createApiApp(config: AppConfig, clock?: Clock): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    logger: { level: config.logLevel },
    bodyLimit: config.bodyLimitBytes,
    logController: new LogController({ disableRequestLogging: true }),
    requestIdHeader: 'x-correlation-id',
    trustProxy: config.trustProxy,
    genReqId: () => randomUUID(),
    // Long ids reach the pipes (400 with the id's own code); beyond this the router answers.
    routerOptions: { maxParamLength: MAX_PATH_PARAMETER_LENGTH },
    frameworkErrors: sendFrameworkError,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, clock), adapter, {
    logger: config.logLevel === 'silent' ? false : ['error', 'warn', 'log'],
  });
  const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
  installHttpConventions(fastify);
  installProblemErrorHandler(fastify);
  installBodyLimits(fastify, config.bodyLimitBytes);
  installRequestInputChecks(app, fastify);
  // Registered before Nest installs its error handler, so the plugin does not displace it.
  await registerDocumentBodyParsers(fastify);
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.useGlobalPipes(new RequestValidationPipe());
  app.enableShutdownHooks();

  SwaggerModule.setup('docs', app, openApiDocument(app), { jsonDocumentUrl: 'docs/openapi.json' });
  await app.init();
  await fastify.ready();
  return app;
}

function installHttpConventions(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', async (request, reply) => {
    void reply.header('x-correlation-id', request.id);
  });
  fastify.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    const seconds = reply.elapsedTime / 1000;
    httpRequestDuration.observe({ method: request.method, route, status: reply.statusCode }, seconds);
    request.log.info(
      { method: request.method, url: request.url, status: reply.statusCode, ms: Math.round(reply.elapsedTime) },
      'request',
    );
  });
}
