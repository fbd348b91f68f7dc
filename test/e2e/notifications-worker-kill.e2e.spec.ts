import type { ChildProcess } from 'node:child_process';
import type { Pool } from 'pg';
import { EVENT_STORE, type EventStore } from '@mutasi/event-store';
import { kill, startScript, WITH_SWC } from '../support/child-process';
import { SmtpSink, type ReceivedEmail } from '../support/smtp-sink';
import { startTestApp, type TestApp } from '../support/test-app';
import { TransferDriver } from '../support/transfer-driver';

const WORKER = 'test/fixtures/notification-worker.ts';
const PROPOSALS = 1000;
const KILLS = 10;
const CONCURRENCY = 10;

/**
 * 2,000 notifications (a proposal tells the employee, and its hearing asks them) while the worker
 * process is killed with SIGKILL ten times: every one is delivered. An email is sent twice only
 * when a kill lands between the SMTP server taking the message and the worker marking its row
 * sent (the classic SMTP duplicate, RFC 1047); such repeats carry the same Message-ID, and are
 * counted and reported here.
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
      DATABASE_URL: app.config.databaseUrl,
      REDIS_URL: app.config.redisUrl,
      REDIS_PREFIX: app.config.redisPrefix,
      SMTP_URL: sink.url,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'silent',
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
    const driver = new TransferDriver(app.api.get<EventStore>(EVENT_STORE), pool);
    let worker: ChildProcess = await startScript(WORKER, env, WITH_SWC);
    for (let i = 0; i < PROPOSALS; i += 20) {
      await Promise.all(Array.from({ length: 20 }, () => driver.propose()));
    }
    const deliveredAtKill: number[] = [];
    const killedAt: number[] = [];
    for (let k = 0; k < KILLS; k++) {
      await new Promise((resolve) => setTimeout(resolve, 400 + Math.random() * 800));
      killedAt.push(Date.now());
      await kill(worker);
      deliveredAtKill.push(sink.received.length);
      worker = await startScript(WORKER, env, WITH_SWC);
    }

    const deadline = Date.now() + 120_000;
    for (;;) {
      const { rows } = await pool.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM notifications WHERE status = 'sent'`,
      );
      if (rows[0].n === 2 * PROPOSALS || Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await kill(worker, 'SIGTERM');

    const { rows } = await pool.query<{ id: string; status: string }>('SELECT id, status FROM notifications');
    const received = new Set(sink.received.map((e) => e.notificationId));
    const duplicates = sink.duplicates();
    const firstReceipt = new Map<string | null, number>();
    const repeated: ReceivedEmail[] = [];
    for (const email of sink.received) {
      if (firstReceipt.has(email.notificationId)) repeated.push(email);
      else firstReceipt.set(email.notificationId, email.receivedAt);
    }
    const atAKill = (id: string | null) => killedAt.some((k) => Math.abs((firstReceipt.get(id) ?? 0) - k) < 100);
    console.log(
      `worker killed ${KILLS} times (emails received before each kill: ${deliveredAtKill.join(', ')}): ` +
        `${rows.length} notifications, ${sink.received.length} emails received, ${duplicates} sent twice`,
    );
    expect(rows).toHaveLength(2 * PROPOSALS);
    expect(rows.filter((r) => r.status !== 'sent')).toEqual([]);
    expect(rows.filter((r) => !received.has(r.id))).toEqual([]);
    expect(deliveredAtKill[KILLS - 1]).toBeLessThan(2 * PROPOSALS);
    expect(repeated.filter((e) => !atAKill(e.notificationId))).toEqual([]);
    expect(duplicates).toBeLessThanOrEqual(KILLS * CONCURRENCY);
  });
});
