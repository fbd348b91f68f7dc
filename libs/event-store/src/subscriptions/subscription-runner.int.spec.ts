import type { Pool } from 'pg';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database';
import { newEvent } from '../../../../test/support/events';
import { kill, startScript } from '../../../../test/support/child-process';
import type { RecordedEvent } from '../event-store.port';
import { hashedContent } from '../hash-chain';
import { PostgresEventStore } from '../postgres/postgres-event-store';
import { LogNotifications } from './log-notifications';
import { requestRebuild, subscriptionStatuses } from './rebuild-request';
import type { SubscriptionHandler } from './subscription-handler';
import { SubscriptionRunner } from './subscription-runner';
import { PgTransactor, type PgTransaction } from './transactor';

const SUBSCRIBER = 'test/fixtures/counting-subscriber.ts';

async function eventually<T>(probe: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 20000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('subscriptions', () => {
  let db: TestDatabase;
  let pool: Pool;
  let store: PostgresEventStore;

  beforeAll(async () => {
    db = await createTestDatabase('subscriptions');
    pool = db.pool({ max: 20 });
    store = new PostgresEventStore(pool);
    await store.migrate();
  });
  afterAll(() => db.drop());

  function collector(name: string): SubscriptionHandler<PgTransaction> & { seen: RecordedEvent[]; resets: number } {
    const seen: RecordedEvent[] = [];
    const handler = {
      name,
      seen,
      resets: 0,
      async handle(events: readonly RecordedEvent[]) {
        seen.push(...events);
      },
      async reset() {
        seen.length = 0;
        handler.resets += 1;
      },
    };
    return handler;
  }

  function runnerFor(handler: SubscriptionHandler<PgTransaction>, notifications: LogNotifications | null = null) {
    return new SubscriptionRunner(handler, store, pool, new PgTransactor(pool), notifications, {
      pollMs: 100,
      leaseMs: 1000,
      batchSize: 7,
    });
  }

  it('delivers an event whose transaction commits after a later position became visible, once and in order', async () => {
    const handler = collector('late-commit');
    const runner = runnerFor(handler);
    const before = (await pool.query('SELECT count(*) FROM es_events')).rows[0].count as string;
    await runner.start();
    await eventually(
      async () => handler.seen.length,
      (n) => n === Number(before),
    );

    const early = newEvent('Early');
    const late = newEvent('Late');
    const slow = await pool.connect();
    try {
      await slow.query('BEGIN');
      const recordedAt = new Date().toISOString();
      const canonical = hashedContent({ ...early, streamId: 'late-1', schemaVersion: 1, recordedAt });
      await slow.query('SELECT * FROM es_append($1, -1, $2::uuid[], $3)', ['late-1', [early.eventId], canonical]);
      await store.append('late-2', [late]);
      const [earlyPos] = (await slow.query('SELECT position FROM es_events WHERE event_id = $1', [early.eventId])).rows;
      const [latePos] = (await pool.query('SELECT position FROM es_events WHERE event_id = $1', [late.eventId])).rows;
      expect(BigInt(earlyPos.position) < BigInt(latePos.position)).toBe(true);

      await new Promise((r) => setTimeout(r, 400));
      expect(handler.seen.map((e) => e.eventId)).not.toContain(late.eventId);
      await slow.query('COMMIT');
    } finally {
      slow.release();
    }
    await eventually(
      async () => handler.seen.length,
      (n) => n === Number(before) + 2,
    );
    await runner.stop();
    const ids = handler.seen.map((e) => e.eventId);
    expect(ids.slice(-2)).toEqual([early.eventId, late.eventId]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('is woken by LISTEN/NOTIFY well before its poll interval', async () => {
    const notifications = new LogNotifications({ connectionString: db.url });
    await notifications.start();
    const handler = collector('notified');
    const runner = new SubscriptionRunner(handler, store, pool, new PgTransactor(pool), notifications, {
      pollMs: 60000,
      leaseMs: 1000,
    });
    await runner.start();
    await new Promise((r) => setTimeout(r, 200));
    const event = newEvent('Notified');
    const appendedAt = Date.now();
    await store.append('notified-1', [event]);
    const seen = await eventually(
      async () => handler.seen.some((e) => e.eventId === event.eventId),
      (found) => found,
      5000,
    );
    expect(seen).toBe(true);
    expect(Date.now() - appendedAt).toBeLessThan(5000);
    await runner.stop();
    await notifications.stop();
  });

  it('commits the checkpoint with the handler’s writes: a failing batch is retried, not skipped', async () => {
    let failures = 1;
    const seen: string[] = [];
    const handler: SubscriptionHandler<PgTransaction> = {
      name: 'flaky',
      async handle(events) {
        if (failures-- > 0) throw new Error('read model unavailable');
        seen.push(...events.map((e) => e.eventId));
      },
    };
    const errors: unknown[] = [];
    const runner = new SubscriptionRunner(handler, store, pool, new PgTransactor(pool), null, {
      pollMs: 50,
      retryMs: 50,
      onError: (e) => errors.push(e),
    });
    const total = Number((await pool.query('SELECT count(*) FROM es_events')).rows[0].count);
    await runner.start();
    await eventually(
      async () => seen.length,
      (n) => n === total,
    );
    await runner.stop();
    expect(errors).toHaveLength(1);
    expect(new Set(seen).size).toBe(total);
  });

  it('reset replays the log from the start into a cleared read model', async () => {
    const handler = collector('resettable');
    const runner = runnerFor(handler);
    const total = Number((await pool.query('SELECT count(*) FROM es_events')).rows[0].count);
    await runner.start();
    await eventually(
      async () => handler.seen.length,
      (n) => n === total,
    );
    await runner.reset();
    await eventually(
      async () => handler.seen.length,
      (n) => n === total,
    );
    await runner.stop();
    expect(handler.seen).toHaveLength(total);
  });

  it('an operator’s rebuild request is carried out by the runner holding the lease', async () => {
    const handler = collector('rebuildable');
    const runner = runnerFor(handler);
    const total = Number((await pool.query('SELECT count(*) FROM es_events')).rows[0].count);
    await runner.start();
    await eventually(
      async () => handler.seen.length,
      (n) => n === total,
    );
    expect(await requestRebuild(pool, ['rebuildable', 'no-such-projection'])).toEqual(['rebuildable']);
    const cleared = await eventually(
      async () => (await subscriptionStatuses(pool)).find((s) => s.name === 'rebuildable')?.rebuildRequestedAt,
      (at) => at === null,
    );
    await eventually(
      async () => handler.seen.length,
      (n) => n === total,
    );
    await runner.stop();
    expect(cleared).toBeNull();
    expect(handler.resets).toBe(1);
    expect(handler.seen).toHaveLength(total);
  });

  describe('across processes', () => {
    beforeAll(async () => {
      await pool.query('CREATE TABLE rm_seen (event_id uuid PRIMARY KEY, position bigint NOT NULL, handled_by int)');
      await pool.query('CREATE TABLE rm_stream_counts (stream_id text PRIMARY KEY, events int NOT NULL)');
    });

    const readModelMatchesReplay = async (subscription: string) => {
      const seen = await pool.query('SELECT count(*)::int AS n FROM rm_seen');
      const total = await pool.query('SELECT count(*)::int AS n FROM es_events');
      const mismatches = await pool.query(
        `SELECT s.stream_id FROM (SELECT stream_id, count(*)::int AS events FROM es_events GROUP BY stream_id) s
         FULL JOIN rm_stream_counts c ON c.stream_id = s.stream_id
         WHERE c.events IS DISTINCT FROM s.events`,
      );
      const checkpoint = await pool.query('SELECT last_position FROM es_subscriptions WHERE name = $1', [subscription]);
      return {
        seen: seen.rows[0].n,
        total: total.rows[0].n,
        mismatches: mismatches.rowCount,
        checkpoint: checkpoint.rows[0],
      };
    };

    async function appendBurst(prefix: string, streams: number, perStream: number): Promise<void> {
      await Promise.all(
        Array.from({ length: streams }, async (_, s) => {
          for (let i = 0; i < perStream; i++) await store.append(`${prefix}-${s}`, [newEvent('Burst', { i })]);
        }),
      );
    }

    it('a worker killed with SIGKILL mid-batch and restarted ends with the read model of a fresh replay', async () => {
      const env = { DATABASE_URL: db.url, SUBSCRIPTION: 'counting', PAUSE_MS: '30', BATCH_SIZE: '25' };
      let worker = await startScript(SUBSCRIBER, env);
      const burst = appendBurst('kill', 8, 60);
      for (let k = 0; k < 3; k++) {
        await new Promise((r) => setTimeout(r, 250));
        await kill(worker);
        worker = await startScript(SUBSCRIBER, env);
      }
      await burst;
      const state = await eventually(
        () => readModelMatchesReplay('counting'),
        (s) => s.seen === s.total,
        30000,
      );
      await kill(worker, 'SIGTERM');
      expect(state.mismatches).toBe(0);
      expect(state.seen).toBe(state.total);
    });

    it('when the leader dies, the other runner takes over within seconds', async () => {
      await pool.query('TRUNCATE rm_seen, rm_stream_counts');
      const env = { DATABASE_URL: db.url, SUBSCRIPTION: 'leader', PAUSE_MS: '5', LEASE_MS: '1000' };
      const first = await startScript(SUBSCRIBER, env);
      await new Promise((r) => setTimeout(r, 300));
      const second = await startScript(SUBSCRIBER, env);
      const both = await eventually(
        () => readModelMatchesReplay('leader'),
        (s) => s.seen === s.total,
      );
      expect(both.seen).toBe(both.total);
      const handlers = await pool.query('SELECT DISTINCT handled_by FROM rm_seen');
      expect(handlers.rows.map((r) => r.handled_by)).toEqual([first.pid]);

      await kill(first);
      const killedAt = Date.now();
      await appendBurst('after-kill', 3, 5);
      const after = await eventually(
        () => readModelMatchesReplay('leader'),
        (s) => s.seen === s.total,
      );
      const tookOverMs = Date.now() - killedAt;
      await kill(second, 'SIGTERM');
      expect(after.seen).toBe(after.total);
      expect(after.mismatches).toBe(0);
      expect(tookOverMs).toBeLessThan(10000);
      const late = await pool.query(
        `SELECT DISTINCT handled_by FROM rm_seen r JOIN es_events e USING (event_id) WHERE e.stream_id LIKE 'after-kill-%'`,
      );
      expect(late.rows.map((r) => r.handled_by)).toEqual([second.pid]);
    });
  });
});
