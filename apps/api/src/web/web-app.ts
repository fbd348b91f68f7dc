import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { CodedError } from '@mutasi/errors';
import { APP_CONFIG, sendProblem, type AppConfig } from '@mutasi/platform';

export const WEB_APP_PATH = '/app/';

/**
 * Serves the built web application (apps/web, built by Vite into WEB_DIST_DIR) under /app/, so the
 * API and the app share one origin and port. Any other path under /app/ answers index.html, where
 * the app's router takes over (deep links such as /app/transfers/<id> from emails). `/` sends a
 * browser to the app.
 */
@Injectable()
export class WebApp implements OnModuleInit {
  private readonly logger = new Logger('web');

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    const root = resolve(this.config.webDistDir);
    const built = existsSync(join(root, 'index.html'));
    fastify.get('/', (_request, reply) => reply.redirect(WEB_APP_PATH));
    fastify.get('/app', (_request, reply) => reply.redirect(WEB_APP_PATH));
    if (!built) {
      this.logger.warn(`no web app in ${root} (npm run build:web builds it)`);
      fastify.get('/app/*', (request, reply) => {
        sendProblem(
          request,
          reply,
          new CodedError('WEB_APP_NOT_BUILT', `The web app is not built: no ${root}/index.html`),
          this.logger,
        );
        return reply;
      });
      return;
    }
    void fastify.register(async (scope) => {
      await scope.register(fastifyStatic, {
        root,
        prefix: WEB_APP_PATH,
        wildcard: false,
        index: false,
        // Vite names built assets by their content hash: they never change under one name.
        setHeaders: (reply, path) => {
          if (path.startsWith(join(root, 'assets'))) {
            void reply.header('cache-control', 'public, max-age=31536000, immutable');
          }
        },
      });
      scope.get('/app/*', (_request, reply) => reply.header('cache-control', 'no-cache').sendFile('index.html', root));
    });
  }
}
