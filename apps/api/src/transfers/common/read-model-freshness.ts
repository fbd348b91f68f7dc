import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { CodedError } from '@mutasi/errors';
import { PG_POOL } from '@mutasi/platform';

/** How long a query waits for `?minPosition=` before it answers 503 READ_MODEL_BEHIND. */
export const MIN_POSITION_WAIT_MS = 5000;

const COVERED_SQL = `
  SELECT CASE WHEN e.position IS NULL THEN s.last_position >= $2::bigint
              ELSE (s.last_transaction_id, s.last_position) >= (e.transaction_id, e.position) END AS covered
    FROM es_subscriptions s LEFT JOIN es_events e ON e.position = $2::bigint
   WHERE s.name = $1`;

/**
 * Read-your-writes: waits until a projection's checkpoint covers a log position, i.e.
 * (last_transaction_id, last_position) >= (transaction_id, position) of the event there.
 */
@Injectable()
export class ReadModelFreshness {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async waitFor(projection: string, minPosition: string | undefined, timeoutMs = MIN_POSITION_WAIT_MS): Promise<void> {
    if (minPosition === undefined) return;
    const deadline = Date.now() + timeoutMs;
    let pause = 5;
    for (;;) {
      const { rows } = await this.pool.query<{ covered: boolean }>(COVERED_SQL, [projection, minPosition]);
      if (rows[0]?.covered === true) return;
      if (Date.now() >= deadline) {
        throw new CodedError(
          'READ_MODEL_BEHIND',
          `The ${projection} read model has not reached position ${minPosition} within ${timeoutMs} ms; retry`,
          { projection, minPosition },
        );
      }
      await new Promise((resolve) => setTimeout(resolve, pause));
      pause = Math.min(pause * 2, 50);
    }
  }
}
