import { randomUUID } from 'node:crypto';
import { Client, type Pool } from 'pg';
import { ManualClock } from '@mutasi/platform';
import { PENDING_MOVES_PROJECTION, TRANSFER_LIST_PROJECTION } from '@mutasi/projections';
import { eventually } from '../support/eventually';
import { RedisServerProcess } from '../support/redis-server-process';
import { SmtpSink } from '../support/smtp-sink';
import { ADMIN_DATABASE_URL } from '../support/test-database';
import { DEMO_PASSWORD, startTestApp, type TestApp } from '../support/test-app';

const OPERATOR = 'operator-99-71';
/** Two demo employees, each proposed and withdrawn again and again (one open proposal at a time). */
const MOVES = [
  { nip: '199011082014031006', targetPositionId: 'P000236' },
  { nip: '198804172011032007', targetPositionId: 'P000227' },
];
const ROUNDS = 6;
const TERMINATIONS = 5;
/** Emails per round: the proposal and the hearing request on proposing, the withdrawal on withdrawing. */
const EMAILS_PER_ROUND = 3;

type Outcome = { status: number; code?: string };

/**
 * PostgreSQL going away under a running API and worker, as a restart or a failover does: every
 * connection to the suite's database is terminated (pg_terminate_backend) several times while
 * commands and emails flow. Both apps stay up, answer 503 DATABASE_UNAVAILABLE meanwhile and
 * recover by themselves; a client retrying with its Idempotency-Key gets every command applied
 * once; the read models match a rebuild from the log; every email goes out once. Then the same
 * for Redis (a private redis-server) restarting.
 */
describe('the API and the worker while the database and Redis go away', () => {
  const clock = new ManualClock(new Date('2026-11-23T02:00:00.000Z'));
  let redis: RedisServerProcess;
  let sink: SmtpSink;
  let app: TestApp;
  let pool: Pool;
  const outcomes: Outcome[] = [];

  beforeAll(async () => {
    redis = await RedisServerProcess.start();
    sink = await SmtpSink.start();
    app = await startTestApp('database_outage', {
      withWorker: true,
      clock,
      env: {
        REDIS_URL: redis.url,
        SMTP_URL: sink.url,
        OUTBOX_POLL_MS: '50',
        OUTBOX_REQUEUE_AFTER_MS: '2000',
        MAIL_BACKOFF_MS: '100',
      },
    });
    pool = app.db.pool({ max: 2 });
    await app.token(OPERATOR);
    await app.token('auditor');
  });
  afterAll(async () => {
    if (!redis.running) await redis.restart();
    await app.close();
    await sink.stop();
    await redis.stop();
  });

  /** Ends every connection to the suite's database, from a connection to another one. */
  async function terminateConnections(): Promise<number> {
    const admin = new Client({ connectionString: ADMIN_DATABASE_URL });
    await admin.connect();
    try {
      const { rows } = await admin.query<{ n: number }>(
        `SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity
          WHERE datname = $1 AND pid <> pg_backend_pid()`,
        [app.db.name],
      );
      return rows[0].n;
    } finally {
      await admin.end();
    }
  }

  /** A client that sends a command with an Idempotency-Key and sends it again while the answer is 503. */
  async function command(path: string, body: object): Promise<{ status: number; body: Record<string, unknown> }> {
    const key = randomUUID();
    const token = await app.token(OPERATOR);
    const response = await eventually(
      async () => {
        const answer = await app
          .http()
          .post(path)
          .set('authorization', `Bearer ${token}`)
          .set('idempotency-key', key)
          .send(body);
        outcomes.push({ status: answer.status, code: answer.body?.code });
        return answer;
      },
      (answer) => answer.status !== 503,
    );
    return { status: response.status, body: response.body as Record<string, unknown> };
  }

  async function proposeAndWithdraw(move: (typeof MOVES)[number], accepted: string[]): Promise<void> {
    for (let round = 0; round < ROUNDS; round++) {
      const proposed = await command('/transfers', {
        employeeNip: move.nip,
        targetPositionId: move.targetPositionId,
        reason: 'Kebutuhan organisasi sesuai analisis beban kerja',
        requestedEffectiveDate: '2027-01-01',
      });
      expect(proposed).toMatchObject({ status: 201 });
      const id = String(proposed.body.id);
      accepted.push(id);
      const withdrawn = await command(`/transfers/${id}/withdraw`, { reason: 'Ditarik untuk diajukan ulang' });
      expect(withdrawn).toMatchObject({ status: 200 });
    }
  }

  const eventsOf = async (type: string): Promise<string[]> =>
    (
      await pool.query<{ stream_id: string }>('SELECT stream_id FROM es_events WHERE type = $1 ORDER BY position', [
        type,
      ])
    ).rows.map((r) => r.stream_id.replace(/^transfer-/, ''));

  const notificationStatuses = async (): Promise<Record<string, number>> =>
    Object.fromEntries(
      (
        await pool.query<{ status: string; n: number }>(
          'SELECT status, count(*)::int AS n FROM notifications GROUP BY status',
        )
      ).rows.map((r) => [r.status, r.n]),
    );

  /** The rows of the transfer read models, in a stable order. */
  async function readModels(): Promise<unknown[]> {
    const tables = ['transfer_summaries', 'transfer_open_tasks', 'transfer_pending_moves'];
    return Promise.all(
      tables.map(
        async (table) =>
          (await pool.query(`SELECT to_jsonb(t) AS row FROM ${table} t ORDER BY to_jsonb(t)::text`)).rows,
      ),
    );
  }

  /** Whether these projections have applied every event of the log (and no rebuild is waiting). */
  async function caughtUp(projections: string[]): Promise<boolean> {
    const { rows } = await pool.query<{ behind: number }>(
      `SELECT count(*)::int AS behind FROM es_subscriptions s
        WHERE s.name = ANY($1) AND (s.rebuild_requested_at IS NOT NULL OR EXISTS (
          SELECT 1 FROM es_events e WHERE (e.transaction_id, e.position) > (s.last_transaction_id, s.last_position)))`,
      [projections],
    );
    return rows[0].behind === 0;
  }

  it('keeps both apps up through repeated terminations, applies every command once and sends every email once', async () => {
    const accepted: string[] = [];
    const flowing = Promise.all(MOVES.map((move) => proposeAndWithdraw(move, accepted)));
    const terminated: number[] = [];
    for (let t = 1; t <= TERMINATIONS; t++) {
      // Cut the connections each time a few more commands have gone through, while emails go out.
      await eventually(
        async () => outcomes.filter((o) => o.status < 300).length,
        (n) => n >= (t * MOVES.length * ROUNDS * 2) / (TERMINATIONS + 1),
      );
      terminated.push(await terminateConnections());
    }
    await flowing;

    expect(terminated.every((n) => n > 0)).toBe(true);
    expect(outcomes.filter((o) => ![200, 201, 503].includes(o.status))).toEqual([]);
    expect(outcomes.filter((o) => o.status === 503 && o.code !== 'DATABASE_UNAVAILABLE')).toEqual([]);
    console.log(
      `database connections terminated ${TERMINATIONS} times (${terminated.join(', ')} connections): ` +
        `${outcomes.length} requests, ${outcomes.filter((o) => o.status === 503).length} answered 503`,
    );
    expect(
      (
        await eventually(
          () => app.http().get('/health'),
          (r) => r.status === 200,
        )
      ).status,
    ).toBe(200);

    // Every accepted command is in the log, once.
    expect(accepted).toHaveLength(MOVES.length * ROUNDS);
    expect((await eventsOf('TransferProposed')).sort()).toEqual([...accepted].sort());
    expect((await eventsOf('ProposalWithdrawn')).sort()).toEqual([...accepted].sort());

    // The read models equal a rebuild from the log.
    const projections = [TRANSFER_LIST_PROJECTION, PENDING_MOVES_PROJECTION];
    await eventually(
      () => caughtUp(projections),
      (done) => done,
    );
    const projected = await readModels();
    await pool.query('UPDATE es_subscriptions SET rebuild_requested_at = now() WHERE name = ANY($1)', [projections]);
    await eventually(
      () => caughtUp(projections),
      (done) => done,
    );
    expect(await readModels()).toEqual(projected);

    // Every email goes out, once.
    const expected = MOVES.length * ROUNDS * EMAILS_PER_ROUND;
    expect(await eventually(notificationStatuses, (s) => s.sent === expected)).toEqual({ sent: expected });
    const { rows } = await pool.query<{ id: string }>('SELECT id FROM notifications');
    const received = sink.received.map((e) => e.notificationId);
    expect(new Set(received)).toEqual(new Set(rows.map((r) => r.id)));
    expect(sink.duplicates()).toBe(0);
  });

  it('keeps answering while Redis restarts empty, and sends what was queued meanwhile once it is back', async () => {
    const before = sink.received.length;
    await redis.stop();
    expect((await app.http().get('/health')).status).toBe(503);
    const login = await app.http().post('/auth/login').send({ username: 'auditor', password: DEMO_PASSWORD });
    expect(login.status).toBe(200);
    const accepted: string[] = [];
    await proposeAndWithdraw(MOVES[0], accepted);
    expect(accepted).toHaveLength(ROUNDS);
    const pending = await eventually(notificationStatuses, (s) => (s.pending ?? 0) === ROUNDS * EMAILS_PER_ROUND);
    expect(pending.pending).toBe(ROUNDS * EMAILS_PER_ROUND);

    await redis.restart();
    const total = (MOVES.length + 1) * ROUNDS * EMAILS_PER_ROUND;
    expect(await eventually(notificationStatuses, (s) => s.sent === total)).toEqual({ sent: total });
    expect(sink.received.length - before).toBe(ROUNDS * EMAILS_PER_ROUND);
    expect(sink.duplicates()).toBe(0);
    expect(
      (
        await eventually(
          () => app.http().get('/health'),
          (r) => r.status === 200,
        )
      ).status,
    ).toBe(200);
  });
});
