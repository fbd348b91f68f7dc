import type { ChildProcess } from 'node:child_process';
import type { Pool } from 'pg';
import { kill, startScript, WITH_SWC } from '../support/child-process';
import { eventually } from '../support/eventually';
import { SmtpSink } from '../support/smtp-sink';
import { startTestApp, type TestApp } from '../support/test-app';
import { TransferDriver } from '../support/transfer-driver';

const WORKER = 'test/fixtures/notification-worker.ts';
const PROPOSALS = 500;
const KILLS = 6;
const CONCURRENCY = 10;
/** Emails each worker sends before it is killed: the kills stay well inside the 1,000. */
const SENT_BEFORE_KILL = 100;

/**
 * 1,000 notifications (a proposal tells the employee, and its hearing asks them) while the worker
 * process is killed with SIGKILL six times: every one is delivered. An email is sent twice only
 * when a kill lands between the SMTP server taking the message and the worker marking its row
 * sent (the classic SMTP duplicate, RFC 1047); such repeats carry the same Message-ID, and are
 * counted and reported here. Each worker is killed once it has sent a number of emails, not after
 * a time, so the kills land mid-flow however busy the machine is.
 */
describe('email while the worker is killed again and again', () => {
  let sink: SmtpSink;
  let app: TestApp;
  let pool: Pool;
  let env: Record<string, string>;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    app = await startTestApp('notifications_kill', { env: { SMTP_URL: sink.url } });
    pool = app.db.pool({ max: 10 });
    env = {
      ...app.env,
      SEED_DEMO: 'false',
      OUTBOX_POLL_MS: '50',
      OUTBOX_REQUEUE_AFTER_MS: '3000',
      MAIL_RATE_MAX: '150',
      MAIL_CONCURRENCY: String(CONCURRENCY),
      MAIL_BACKOFF_MS: '100',
      MAIL_LOCK_MS: '1000',
      MAIL_STALLED_INTERVAL_MS: '500',
    };
  });
  afterAll(async () => {
    await app.close();
    await sink.stop();
  });

  it('delivers every notification, and counts the emails sent twice', async () => {
    const driver = TransferDriver.forApp(app, pool);
    let worker: ChildProcess = await startScript(WORKER, env, WITH_SWC);
    for (let i = 0; i < PROPOSALS; i += 20) {
      await Promise.all(Array.from({ length: 20 }, () => driver.propose()));
    }
    const deliveredAtKill: number[] = [];
    /** Emails the SMTP server had taken whose rows were not marked sent when their worker died. */
    const inFlightAtKill = new Set<string>();
    for (let k = 0; k < KILLS; k++) {
      const startedWith = sink.received.length;
      await eventually(
        async () => sink.received.length,
        (n) => n >= startedWith + SENT_BEFORE_KILL,
      );
      await kill(worker);
      deliveredAtKill.push(sink.received.length);
      const { rows: unmarked } = await pool.query<{ id: string }>(
        `SELECT id FROM notifications WHERE status <> 'sent' AND id = ANY($1::uuid[])`,
        [sink.received.map((e) => e.notificationId)],
      );
      for (const { id } of unmarked) inFlightAtKill.add(id);
      worker = await startScript(WORKER, env, WITH_SWC);
    }

    await eventually(
      async () =>
        (await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM notifications WHERE status = 'sent'`)).rows[0]
          .n,
      (sent) => sent === 2 * PROPOSALS,
      { timeoutMs: 300_000, intervalMs: 200 },
    );
    await kill(worker, 'SIGTERM');

    const { rows } = await pool.query<{ id: string; status: string }>('SELECT id, status FROM notifications');
    const received = new Set(sink.received.map((e) => e.notificationId));
    const duplicates = sink.duplicates();
    const seen = new Set<string | null>();
    const repeated: (string | null)[] = [];
    for (const email of sink.received) {
      if (seen.has(email.notificationId)) repeated.push(email.notificationId);
      seen.add(email.notificationId);
    }
    console.log(
      `worker killed ${KILLS} times (emails received before each kill: ${deliveredAtKill.join(', ')}): ` +
        `${rows.length} notifications, ${sink.received.length} emails received, ${duplicates} sent twice`,
    );
    expect(rows).toHaveLength(2 * PROPOSALS);
    expect(rows.filter((r) => r.status !== 'sent')).toEqual([]);
    expect(rows.filter((r) => !received.has(r.id))).toEqual([]);
    expect(deliveredAtKill[KILLS - 1]).toBeLessThan(2 * PROPOSALS);
    expect(repeated.filter((id) => id === null || !inFlightAtKill.has(id))).toEqual([]);
    expect(duplicates).toBeLessThanOrEqual(KILLS * CONCURRENCY);
  }, 600_000);
});
