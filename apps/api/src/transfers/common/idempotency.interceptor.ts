import { createHash } from 'node:crypto';
import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import type { FastifyReply } from 'fastify';
import type { PoolClient } from 'pg';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { canonicalJson, type JsonValue } from '@mutasi/event-store';
import { CodedError } from '@mutasi/errors';
import { runInUnitOfWork, type UnitOfWork } from '@mutasi/transfer-commands';
import type { AuthenticatedRequest } from '../../auth/auth.decorators';
import { IdempotencyPool } from './idempotency-pool';

const KEY = /^[\x21-\x7e]{1,200}$/;

interface StoredResponse {
  route: string;
  request_hash: string;
  response: unknown;
}

/**
 * `Idempotency-Key` on a POST: the key is claimed (user, key) and the command run in one
 * transaction, and the response stored with it, so a retry gets the first response and the
 * events are written once. A concurrent retry waits on the claim and then replays. The same key
 * with another request is refused (422 IDEMPOTENCY_KEY_REUSED). A failed command stores nothing.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(private readonly connections: IdempotencyPool) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const request = http.getRequest<AuthenticatedRequest>();
    const header = request.headers['idempotency-key'];
    if (header === undefined || request.method !== 'POST' || !request.user) return next.handle();
    if (typeof header !== 'string' || !KEY.test(header)) {
      throw new CodedError('IDEMPOTENCY_KEY_INVALID', 'Idempotency-Key must be 1–200 visible ASCII characters');
    }
    const route = request.url.split('?')[0];
    const hash = requestHash(route, request.headers['if-match'], request.body);
    const status = (Reflect.getMetadata(HTTP_CODE_METADATA, context.getHandler()) as number | undefined) ?? 201;
    return from(this.run(request.user.username, header, route, hash, status, next, http.getResponse<FastifyReply>()));
  }

  private async run(
    userId: string,
    key: string,
    route: string,
    hash: string,
    status: number,
    next: CallHandler,
    reply: FastifyReply,
  ): Promise<unknown> {
    const client = await this.connections.pool.connect();
    const afterCommit: (() => void)[] = [];
    try {
      await client.query('BEGIN');
      const claimed = await client.query(
        `INSERT INTO idempotency_keys (user_id, key, route, request_hash) VALUES ($1, $2, $3, $4)
         ON CONFLICT (user_id, key) DO NOTHING`,
        [userId, key, route, hash],
      );
      if (claimed.rowCount === 0) {
        await client.query('ROLLBACK');
        return await this.replay(client, userId, key, route, hash, reply);
      }
      const unit: UnitOfWork = {
        sql: { query: async <R>(text: string, params?: unknown[]) => (await client.query(text, params)).rows as R[] },
        afterCommit: (action) => afterCommit.push(action),
      };
      const body = await runInUnitOfWork(unit, () => lastValueFrom(next.handle(), { defaultValue: null }));
      const json = JSON.stringify(body);
      await client.query(
        'UPDATE idempotency_keys SET status_code = $3, response = $4 WHERE user_id = $1 AND key = $2',
        [userId, key, status, json],
      );
      await client.query('COMMIT');
      afterCommit.forEach((action) => action());
      return JSON.parse(json) as unknown;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  private async replay(
    client: PoolClient,
    userId: string,
    key: string,
    route: string,
    hash: string,
    reply: FastifyReply,
  ): Promise<unknown> {
    const { rows } = await client.query<StoredResponse>(
      'SELECT route, request_hash, response FROM idempotency_keys WHERE user_id = $1 AND key = $2',
      [userId, key],
    );
    const stored = rows[0];
    if (!stored || stored.route !== route || stored.request_hash !== hash) {
      throw new CodedError(
        'IDEMPOTENCY_KEY_REUSED',
        'This Idempotency-Key was used for another request; use a new key for a new request',
        { key },
      );
    }
    void reply.header('idempotent-replayed', 'true');
    return stored.response;
  }
}

function requestHash(route: string, ifMatch: string | string[] | undefined, body: unknown): string {
  const content = canonicalJson({ route, ifMatch: ifMatch ?? null, body: (body ?? null) as JsonValue });
  return createHash('sha256').update(content).digest('hex');
}
