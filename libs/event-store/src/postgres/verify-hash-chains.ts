import type { Pool } from 'pg';
import { chainHash, GENESIS_HASH, hashedContent } from '../hash-chain';
import type { EventRow } from './postgres-event-store';
import { storedEvents } from './stored-events';

export interface BrokenLink {
  streamId: string;
  version: number;
  position: string;
  reason: 'hash_mismatch' | 'prev_hash_mismatch' | 'version_gap' | 'stream_head_mismatch';
}

export interface ChainVerification {
  ok: boolean;
  checked: number;
  firstBroken?: BrokenLink;
}

/**
 * Recomputes every stream's hash chain from the stored rows, in (stream, version) order, and
 * checks each stream head against its last event. Reports the first broken link in that order.
 */
export async function verifyHashChains(pool: Pool, options: { streamId?: string } = {}): Promise<ChainVerification> {
  let checked = 0;
  let current: { streamId: string; version: number; hash: string } | null = null;
  for await (const row of storedEvents(pool, { streamId: options.streamId })) {
    const version = Number(row.stream_version);
    if (current && current.streamId !== row.stream_id) {
      const broken = await checkHead(pool, current);
      if (broken) return { ok: false, checked, firstBroken: broken };
      current = null;
    }
    const expectedPrev: string = current ? current.hash : GENESIS_HASH;
    const expectedVersion: number = current ? current.version + 1 : 1;
    const at = { streamId: row.stream_id, version, position: row.position };
    if (version !== expectedVersion) return { ok: false, checked, firstBroken: { ...at, reason: 'version_gap' } };
    if (row.prev_hash !== expectedPrev) {
      return { ok: false, checked, firstBroken: { ...at, reason: 'prev_hash_mismatch' } };
    }
    const recomputed = chainHash(row.prev_hash, hashOf(row));
    if (recomputed !== row.hash) return { ok: false, checked, firstBroken: { ...at, reason: 'hash_mismatch' } };
    checked += 1;
    current = { streamId: row.stream_id, version, hash: row.hash };
  }
  if (current) {
    const broken = await checkHead(pool, current);
    if (broken) return { ok: false, checked, firstBroken: broken };
  }
  return { ok: true, checked };
}

function hashOf(row: EventRow): string {
  return hashedContent({
    eventId: row.event_id,
    streamId: row.stream_id,
    type: row.type,
    schemaVersion: row.schema_version,
    data: row.data,
    metadata: row.metadata,
    recordedAt: row.recorded_at.toISOString(),
  });
}

async function checkHead(
  pool: Pool,
  last: { streamId: string; version: number; hash: string },
): Promise<BrokenLink | undefined> {
  const { rows } = await pool.query<{ version: string; last_hash: string }>(
    'SELECT version, last_hash FROM es_streams WHERE stream_id = $1',
    [last.streamId],
  );
  const head = rows[0];
  if (head && Number(head.version) === last.version && head.last_hash === last.hash) return undefined;
  const position = await pool.query<{ position: string }>(
    'SELECT position FROM es_events WHERE stream_id = $1 AND stream_version = $2',
    [last.streamId, last.version],
  );
  return {
    streamId: last.streamId,
    version: last.version,
    position: position.rows[0]?.position ?? '0',
    reason: 'stream_head_mismatch',
  };
}
