import type { Pool } from 'pg';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database';
import { newEvent } from '../../../../test/support/events';
import { ConcurrencyError } from '../errors';
import { PostgresEventStore } from './postgres-event-store';
import { verifyHashChains } from './verify-hash-chains';

describe('16 concurrent writers on 10 streams', () => {
  let db: TestDatabase;
  let pool: Pool;
  let store: PostgresEventStore;

  beforeAll(async () => {
    db = await createTestDatabase('concurrency');
    pool = db.pool({ max: 20 });
    store = new PostgresEventStore(pool);
    await store.migrate();
  });
  afterAll(() => db.drop());

  it('keeps versions gap-free and stores exactly the acknowledged appends', async () => {
    const acknowledged = new Set<string>();
    let conflicts = 0;
    const writers = Array.from({ length: 16 }, async (_, w) => {
      for (let i = 0; i < 40; i++) {
        const streamId = `race-${(w + i) % 10}`;
        const current = await store.readStream(streamId);
        const events = [
          newEvent('Raced', { writer: w, i }),
          ...(i % 3 === 0 ? [newEvent('Raced', { writer: w, i, extra: true })] : []),
        ];
        try {
          await store.append(streamId, events, { expectedVersion: current.length });
          events.forEach((e) => acknowledged.add(e.eventId));
        } catch (error) {
          if (!(error instanceof ConcurrencyError)) throw error;
          conflicts += 1;
        }
      }
    });
    await Promise.all(writers);

    const stored = await pool.query<{ event_id: string; stream_id: string; stream_version: string }>(
      'SELECT event_id, stream_id, stream_version FROM es_events ORDER BY stream_id, stream_version',
    );
    expect(new Set(stored.rows.map((r) => r.event_id))).toEqual(acknowledged);
    expect(stored.rowCount).toBe(acknowledged.size);
    const byStream = new Map<string, number[]>();
    for (const row of stored.rows)
      byStream.set(row.stream_id, [...(byStream.get(row.stream_id) ?? []), Number(row.stream_version)]);
    for (const versions of byStream.values()) expect(versions).toEqual(versions.map((_, i) => i + 1));
    expect(conflicts).toBeGreaterThan(0);
    expect(await verifyHashChains(pool)).toEqual({ ok: true, checked: acknowledged.size });
  });
});
