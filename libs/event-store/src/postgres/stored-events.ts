import type { Pool } from 'pg';
import { EVENT_COLUMNS, type EventRow } from './postgres-event-store';

export interface StoredEventFilter {
  streamId?: string;
  /** Recorded at or after this instant. */
  from?: Date;
  /** Recorded before this instant. */
  to?: Date;
}

const PAGE = 5000;

/**
 * The events exactly as stored (no upcasting: the hashes cover the stored form), stream by stream
 * in version order, read page by page so the whole log never sits in memory.
 */
export async function* storedEvents(pool: Pool, filter: StoredEventFilter = {}): AsyncGenerator<EventRow> {
  let cursor = { streamId: '', version: '0' };
  for (;;) {
    const { rows } = await pool.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM es_events
       WHERE (stream_id, stream_version) > ($1, $2::bigint)
         AND ($3::text IS NULL OR stream_id = $3)
         AND ($4::timestamptz IS NULL OR recorded_at >= $4)
         AND ($5::timestamptz IS NULL OR recorded_at < $5)
       ORDER BY stream_id, stream_version LIMIT ${PAGE}`,
      [
        cursor.streamId,
        cursor.version,
        filter.streamId ?? null,
        filter.from?.toISOString() ?? null,
        filter.to?.toISOString() ?? null,
      ],
    );
    yield* rows;
    if (rows.length < PAGE) return;
    const last = rows[rows.length - 1];
    cursor = { streamId: last.stream_id, version: last.stream_version };
  }
}
