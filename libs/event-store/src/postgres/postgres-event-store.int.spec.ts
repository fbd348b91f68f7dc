import type { Pool } from 'pg';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database';
import { newEvent } from '../../../../test/support/events';
import { ConcurrencyError, EventStoreError, IdempotencyConflictError } from '../errors';
import { UpcasterRegistry } from '../upcasters';
import { PostgresEventStore } from './postgres-event-store';

describe('PostgresEventStore', () => {
  let db: TestDatabase;
  let pool: Pool;
  let store: PostgresEventStore;

  beforeAll(async () => {
    db = await createTestDatabase('event_store');
    pool = db.pool({ max: 20 });
    store = new PostgresEventStore(pool);
    await store.migrate();
  });
  afterAll(() => db.drop());

  const countEvents = async (streamId: string) =>
    Number((await pool.query('SELECT count(*) FROM es_events WHERE stream_id = $1', [streamId])).rows[0].count);

  async function expectStoreError(promise: Promise<unknown>, code: string): Promise<EventStoreError> {
    const error = await promise.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(EventStoreError);
    expect((error as EventStoreError).code).toBe(code);
    return error as EventStoreError;
  }

  describe('expected version', () => {
    it('no_stream appends to a new stream and refuses an existing one', async () => {
      const first = await store.append('s-no-stream', [newEvent('A'), newEvent('B')], { expectedVersion: 'no_stream' });
      expect(first.nextExpectedVersion).toBe(2);
      const error = await expectStoreError(
        store.append('s-no-stream', [newEvent('C')], { expectedVersion: 'no_stream' }),
        'STALE_VERSION',
      );
      expect(error).toBeInstanceOf(ConcurrencyError);
      expect(error.details).toEqual({ streamId: 's-no-stream', expected: 'no_stream', actual: 2 });
    });

    it('exists refuses a stream with no event and accepts one with events', async () => {
      await expectStoreError(store.append('s-exists', [newEvent('A')], { expectedVersion: 'exists' }), 'STALE_VERSION');
      await store.append('s-exists', [newEvent('A')]);
      const result = await store.append('s-exists', [newEvent('B')], { expectedVersion: 'exists' });
      expect(result.nextExpectedVersion).toBe(2);
    });

    it('an exact version must match the stream version, and 0 means no event yet', async () => {
      await expectStoreError(store.append('s-exact', [newEvent('A')], { expectedVersion: 1 }), 'STALE_VERSION');
      await store.append('s-exact', [newEvent('A')], { expectedVersion: 0 });
      await store.append('s-exact', [newEvent('B')], { expectedVersion: 1 });
      const error = await expectStoreError(
        store.append('s-exact', [newEvent('C')], { expectedVersion: 1 }),
        'STALE_VERSION',
      );
      expect(error.message).toBe('Stream s-exact: expected version 1, but it is at 2');
      expect(await countEvents('s-exact')).toBe(2);
    });

    it('any appends whatever the version', async () => {
      await store.append('s-any', [newEvent('A')], { expectedVersion: 'any' });
      const result = await store.append('s-any', [newEvent('B')]);
      expect(result.nextExpectedVersion).toBe(2);
    });

    it('returns the global position of the last event of the batch', async () => {
      const result = await store.append('s-position', [newEvent('A'), newEvent('B'), newEvent('C')]);
      const events = await store.readStream('s-position');
      expect(events.map((e) => e.streamVersion)).toEqual([1, 2, 3]);
      expect(result.position).toBe(events[2].position);
      expect(BigInt(events[0].position) < BigInt(events[2].position)).toBe(true);
    });
  });

  describe('idempotency', () => {
    it('re-appending the same events returns the original result and stores nothing', async () => {
      const events = [newEvent('A', { n: 1 }), newEvent('B', { n: 2 })];
      const first = await store.append('s-idem', events, { expectedVersion: 'no_stream' });
      await store.append('s-idem', [newEvent('C')]);
      const again = await store.append('s-idem', events, { expectedVersion: 'no_stream' });
      expect(again).toEqual(first);
      expect(await countEvents('s-idem')).toBe(3);
    });

    it('the same event id with other content is an error', async () => {
      const event = newEvent('A', { n: 1 });
      await store.append('s-idem-2', [event]);
      const error = await expectStoreError(store.append('s-idem-2', [{ ...event, data: { n: 2 } }]), 'EVENT_ID_REUSED');
      expect(error).toBeInstanceOf(IdempotencyConflictError);
      await expectStoreError(store.append('s-idem-other', [event]), 'EVENT_ID_REUSED');
      expect(await countEvents('s-idem-2')).toBe(1);
      expect(await countEvents('s-idem-other')).toBe(0);
    });

    it('the same batch appended twice at once is stored once', async () => {
      const events = [newEvent('A'), newEvent('B')];
      const results = await Promise.all([
        store.append('s-idem-race', events, { expectedVersion: 'no_stream' }),
        store.append('s-idem-race', events, { expectedVersion: 'no_stream' }),
      ]);
      expect(results[0]).toEqual(results[1]);
      expect(await countEvents('s-idem-race')).toBe(2);
    });
  });

  describe('bad input stores nothing', () => {
    it.each([
      ['an empty batch', () => store.append('s-bad', []), 'EMPTY_BATCH'],
      [
        'an unknown expected-version form',
        () => store.append('s-bad', [newEvent('A')], { expectedVersion: 'latest' as never }),
        'INVALID_EXPECTED_VERSION',
      ],
      [
        'a negative expected version',
        () => store.append('s-bad', [newEvent('A')], { expectedVersion: -1 }),
        'INVALID_EXPECTED_VERSION',
      ],
      [
        'a payload with a bigint',
        () => store.append('s-bad', [newEvent('A', { n: BigInt(1) as never })]),
        'EVENT_NOT_JSON',
      ],
      ['a payload with NaN', () => store.append('s-bad', [newEvent('A', { n: NaN })]), 'EVENT_NOT_JSON'],
      [
        'an event over 1 MiB',
        () => store.append('s-bad', [newEvent('A', { text: 'x'.repeat(1024 * 1024) })]),
        'EVENT_TOO_LARGE',
      ],
      ['a stream id over 200 characters', () => store.append('s'.repeat(201), [newEvent('A')]), 'STREAM_ID_TOO_LONG'],
      [
        'an event id that is not a UUID',
        () => store.append('s-bad', [newEvent('A', {}, { eventId: 'x' })]),
        'INVALID_EVENT_ID',
      ],
      ['a NUL character', () => store.append('s-bad', [newEvent('A', { text: 'a\u0000b' })]), 'EVENT_NOT_JSON'],
    ])('%s', async (_what, append, code) => {
      await expectStoreError(append(), code);
      expect(await countEvents('s-bad')).toBe(0);
    });

    it('a bad event anywhere in a batch stores none of it', async () => {
      await expectStoreError(store.append('s-bad', [newEvent('A'), newEvent('B', { n: NaN })]), 'EVENT_NOT_JSON');
      expect(await countEvents('s-bad')).toBe(0);
    });
  });

  describe('reading', () => {
    it('reads a stream by version range and as it stood at an instant', async () => {
      const t0 = new Date('2026-01-01T00:00:00.000Z');
      const t1 = new Date('2026-02-01T00:00:00.000Z');
      await store.append('s-read', [newEvent('A', {}, { recordedAt: t0 }), newEvent('B', {}, { recordedAt: t0 })]);
      await store.append('s-read', [newEvent('C', {}, { recordedAt: t1 })]);
      expect((await store.readStream('s-read', { fromVersion: 2 })).map((e) => e.type)).toEqual(['B', 'C']);
      expect((await store.readStream('s-read', { toVersion: 2 })).map((e) => e.type)).toEqual(['A', 'B']);
      expect(
        (await store.readStream('s-read', { until: new Date('2026-01-15T00:00:00Z') })).map((e) => e.type),
      ).toEqual(['A', 'B']);
      const [first] = await store.readStream('s-read');
      expect(first.recordedAt).toEqual(t0);
      expect(first.metadata.actorRole).toBe('operator');
    });

    it('upcasts old schema versions on read', async () => {
      const upcasting = new PostgresEventStore(pool, {
        upcasters: new UpcasterRegistry([
          { type: 'Renamed', fromVersion: 1, upcast: ({ old, ...rest }) => ({ ...rest, renamed: old ?? null }) },
        ]),
      });
      await upcasting.append('s-upcast', [newEvent('Renamed', { old: 'v' })]);
      const [event] = await upcasting.readStream('s-upcast');
      expect(event.schemaVersion).toBe(2);
      expect(event.data).toEqual({ renamed: 'v' });
      const [raw] = await store.readStream('s-upcast');
      expect(raw.data).toEqual({ old: 'v' });
    });

    it('readAll pages through the global log in order without repeating', async () => {
      const total = Number((await pool.query('SELECT count(*) FROM es_events')).rows[0].count);
      const all: string[] = [];
      let checkpoint = { transactionId: '0', position: '0' };
      // The log shows only transactions older than every one still running in the cluster; a
      // suite running beside this one may hold one open for a moment, so read until all is seen.
      const deadline = Date.now() + 30_000;
      while (all.length < total && Date.now() < deadline) {
        const page = await store.readAll(checkpoint, 3);
        if (page.events.length === 0) await new Promise((r) => setTimeout(r, 20));
        all.push(...page.events.map((e) => e.eventId));
        checkpoint = page.checkpoint;
      }
      expect(all).toHaveLength(total);
      expect(new Set(all).size).toBe(total);
    });
  });
});
