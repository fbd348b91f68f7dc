import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database';
import { newEvent } from '../../../../test/support/events';
import { GENESIS_HASH } from '../hash-chain';
import { PostgresEventStore } from './postgres-event-store';
import { verifyHashChains } from './verify-hash-chains';

/** What an auditor would write with nothing but the documented rule: sorted keys, no whitespace. */
function offlineCanonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(offlineCanonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${offlineCanonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

describe('hash chain', () => {
  let db: TestDatabase;
  let pool: Pool;
  let store: PostgresEventStore;

  beforeAll(async () => {
    db = await createTestDatabase('hash_chain');
    pool = db.pool();
    store = new PostgresEventStore(pool);
    await store.migrate();
  });
  afterAll(() => db.drop());

  it('links each event to the previous one by sha256(prevHash ‖ canonical JSON)', async () => {
    await store.append('chain-1', [newEvent('A', { z: 1, a: { y: 'é', b: [1, 2] } }), newEvent('B')]);
    await store.append('chain-1', [newEvent('C', { text: '<b>"quoted"</b>' })]);
    const events = await store.readStream('chain-1');
    let prev = GENESIS_HASH;
    for (const e of events) {
      expect(e.prevHash).toBe(prev);
      const canonical = offlineCanonical({
        eventId: e.eventId,
        streamId: e.streamId,
        type: e.type,
        schemaVersion: e.schemaVersion,
        data: e.data,
        metadata: e.metadata,
        recordedAt: e.recordedAt.toISOString(),
      });
      const hash = createHash('sha256')
        .update(prev + canonical)
        .digest('hex');
      expect(e.hash).toBe(hash);
      prev = hash;
    }
    expect(await verifyHashChains(pool)).toEqual({ ok: true, checked: 3 });
  });

  it('names the first broken link when a row is changed behind the store’s back', async () => {
    await store.append('chain-2', [newEvent('A', { score: 70 }), newEvent('B', { score: 80 }), newEvent('C')]);
    const [, second] = await store.readStream('chain-2');
    await pool.query(`UPDATE es_events SET data = '{"score": 95}' WHERE event_id = $1`, [second.eventId]);
    const result = await verifyHashChains(pool);
    expect(result.ok).toBe(false);
    expect(result.firstBroken).toEqual({
      streamId: 'chain-2',
      version: 2,
      position: second.position,
      reason: 'hash_mismatch',
    });
  });

  it('detects a deleted last event through the stream head', async () => {
    await store.append('chain-3', [newEvent('A'), newEvent('B')]);
    const [, last] = await store.readStream('chain-3');
    await pool.query('DELETE FROM es_events WHERE event_id = $1', [last.eventId]);
    const result = await verifyHashChains(pool, { streamId: 'chain-3' });
    expect(result).toMatchObject({
      ok: false,
      firstBroken: { streamId: 'chain-3', version: 1, reason: 'stream_head_mismatch' },
    });
  });

  it('detects an event removed from the middle of a stream', async () => {
    await store.append('chain-4', [newEvent('A'), newEvent('B'), newEvent('C')]);
    const [, middle, last] = await store.readStream('chain-4');
    await pool.query('DELETE FROM es_events WHERE event_id = $1', [middle.eventId]);
    const result = await verifyHashChains(pool, { streamId: 'chain-4' });
    expect(result).toMatchObject({
      ok: false,
      firstBroken: { streamId: 'chain-4', version: 3, position: last.position, reason: 'version_gap' },
    });
  });
});
