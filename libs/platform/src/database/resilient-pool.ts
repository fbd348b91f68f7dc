import { Logger } from '@nestjs/common';
import { Pool, type PoolConfig } from 'pg';
import { Counter } from 'prom-client';
import { metricsRegistry } from '../observability/metrics';

const connectionsLost = new Counter({
  name: 'mutasi_database_connections_lost_total',
  help: 'PostgreSQL connections of this process that broke (restart, failover, terminated), by pool',
  labelNames: ['pool'],
  registers: [metricsRegistry],
});

/**
 * A node-postgres pool that outlives its database going away (restart, failover,
 * `pg_terminate_backend`). node-postgres emits `error` on the pool when an idle connection breaks
 * and on the client when a checked-out one does; an `error` event nobody listens to ends the
 * process. Both are logged here: the broken connection is dropped, the request or batch using it
 * fails (the API answers 503, a projection retries its batch) and the next one connects afresh.
 */
export function createResilientPool(config: PoolConfig & { application_name: string }): Pool {
  const logger = new Logger('database');
  const pool = new Pool(config);
  pool.on('connect', (client) =>
    client.on('error', (error) => {
      connectionsLost.inc({ pool: config.application_name });
      logger.warn(`${config.application_name}: connection lost (${describeError(error)}); reconnecting on next use`);
    }),
  );
  // The pool re-emits an idle client's error, which the client's own listener has logged already.
  pool.on('error', () => undefined);
  return pool;
}

function describeError(error: Error): string {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? `${code} ${error.message}` : error.message;
}
