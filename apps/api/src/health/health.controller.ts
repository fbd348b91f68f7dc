import { createHash, timingSafeEqual } from 'node:crypto';
import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Redis } from 'ioredis';
import type { Pool } from 'pg';
import { AUTH_MESSAGES, AuthService, hasRole } from '@mutasi/identity';
import { CodedError } from '@mutasi/errors';
import { APP_CONFIG, metricsRegistry, PG_POOL, REDIS, type AppConfig } from '@mutasi/platform';
import { Public } from '../auth/auth.decorators';
import { Problems } from '../http/problems.decorator';

type Check = { status: 'up' } | { status: 'down'; error: string };

@ApiTags('operations')
@Controller()
export class HealthController {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly auth: AuthService,
  ) {}

  @Public()
  @Get('health')
  @ApiOperation({ summary: 'Readiness: the database and Redis answer' })
  @Problems('REDIS_UNAVAILABLE')
  async health(@Res({ passthrough: true }) reply: FastifyReply) {
    const [database, redis] = await Promise.all([
      check(() => this.pool.query('SELECT 1')),
      check(() => this.redis.ping()),
    ]);
    const ok = database.status === 'up' && redis.status === 'up';
    void reply.status(ok ? 200 : 503);
    return { status: ok ? 'ok' : 'unavailable', checks: { database, redis } };
  }

  @Public()
  @Get('metrics')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Prometheus metrics: for admins, or for a scraper holding METRICS_TOKEN as its bearer token',
  })
  @Problems('UNAUTHENTICATED', 'INVALID_TOKEN', 'ROLE_REQUIRED')
  async metrics(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    await this.checkMetricsCaller(request.headers.authorization ?? '');
    void reply.header('content-type', metricsRegistry.contentType);
    return metricsRegistry.metrics();
  }

  private async checkMetricsCaller(authorization: string): Promise<void> {
    const bearer = /^Bearer (.+)$/i.exec(authorization)?.[1];
    if (!bearer) throw new CodedError('UNAUTHENTICATED', AUTH_MESSAGES.UNAUTHENTICATED);
    if (this.config.metricsToken && sameSecret(bearer, this.config.metricsToken)) return;
    const result = await this.auth.authenticate(bearer);
    if (!result.ok) throw new CodedError('INVALID_TOKEN', AUTH_MESSAGES.INVALID_TOKEN);
    if (!hasRole(result.session.user, 'admin')) {
      throw new CodedError('ROLE_REQUIRED', AUTH_MESSAGES.ROLE_REQUIRED(['admin']), {
        requiredRoles: ['admin'],
      });
    }
  }
}

function sameSecret(given: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

async function check(probe: () => Promise<unknown>): Promise<Check> {
  try {
    await withTimeout(probe(), 2000);
    return { status: 'up' };
  } catch (error) {
    return { status: 'down', error: error instanceof Error ? error.message : String(error) };
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
