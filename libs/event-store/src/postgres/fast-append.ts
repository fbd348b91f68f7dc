import { chainHash } from '../hash-chain';
import type { PreparedEvent } from '../validate-append';
import type { StreamHead } from './stream-heads';

const COLUMNS_PER_EVENT = 9;
const statements = new Map<string, string>();

/**
 * The fast path of an append, for a writer that knows the head it expects (it just read or wrote
 * the stream, or the stream is new): hashes are chained here, and one statement moves the head by
 * compare-and-set on (version, hash), which also locks it, before inserting the batch as one
 * multi-row INSERT. If the head moved, nothing is written and the statement returns no row; the
 * caller then takes the general path (es_append), which tells a conflict from a retried batch.
 */
export function fastAppendQuery(
  streamId: string,
  head: StreamHead,
  events: readonly PreparedEvent[],
): { name: string; text: string; values: unknown[]; lastHash: string } {
  const isNew = head.version === 0;
  const key = `${isNew ? 'new' : 'next'}_${events.length}`;
  let text = statements.get(key);
  if (!text) {
    text = buildStatement(isNew, events.length);
    statements.set(key, text);
  }
  const values: unknown[] = [streamId, head.version, head.hash, head.version + events.length];
  let hash = head.hash;
  events.forEach((event, i) => {
    const prev = hash;
    hash = chainHash(prev, event.canonical);
    values.push(
      head.version + i + 1,
      event.eventId,
      event.type,
      event.schemaVersion,
      event.dataJson,
      event.metadataJson,
      event.recordedAt,
      prev,
      hash,
    );
  });
  values.push(hash);
  return { name: `es_fast_${key}`, text, values, lastHash: hash };
}

function buildStatement(isNew: boolean, count: number): string {
  const lastHashParam = `$${5 + count * COLUMNS_PER_EVENT}`;
  const head = isNew
    ? `INSERT INTO es_streams (stream_id, version, last_hash) SELECT $1, $4, ${lastHashParam}
         WHERE $2::bigint = 0 AND $3::text IS NOT NULL
       ON CONFLICT (stream_id) DO NOTHING RETURNING 1`
    : `UPDATE es_streams SET version = $4, last_hash = ${lastHashParam}
        WHERE stream_id = $1 AND version = $2 AND last_hash = $3 RETURNING 1`;
  const rows = Array.from({ length: count }, (_, i) => {
    const p = (k: number) => `$${5 + i * COLUMNS_PER_EVENT + k}`;
    return `(${p(0)}::bigint, ${p(1)}::uuid, ${p(2)}::text, ${p(3)}::integer, ${p(4)}::jsonb, ${p(5)}::jsonb, ${p(6)}::timestamptz, ${p(7)}::text, ${p(8)}::text)`;
  });
  return `
    WITH head AS (${head})
    INSERT INTO es_events (stream_id, stream_version, event_id, type, schema_version, data, metadata,
                           recorded_at, prev_hash, hash)
    SELECT $1, v.* FROM (VALUES ${rows.join(', ')})
      AS v(stream_version, event_id, type, schema_version, data, metadata, recorded_at, prev_hash, hash)
    WHERE EXISTS (SELECT 1 FROM head)
    RETURNING position`;
}
