import type { Pool } from 'pg';
import { eventually } from '../support/eventually';
import { RedisServerProcess } from '../support/redis-server-process';
import { SmtpSink } from '../support/smtp-sink';
import { startTestApp, type TestApp } from '../support/test-app';
import { TransferDriver } from '../support/transfer-driver';

/**
 * Redis (holding the email queue, with no persistence) is killed while emails are queued and
 * sending, and started again, empty, a while later: every notification is delivered.
 */
describe('email while Redis goes down and comes back empty', () => {
  let redis: RedisServerProcess;
  let sink: SmtpSink;
  let app: TestApp;
  let pool: Pool;
  let driver: TransferDriver;

  beforeAll(async () => {
    redis = await RedisServerProcess.start();
    sink = await SmtpSink.start();
    app = await startTestApp('notifications_redis', {
      withWorker: true,
      env: {
        REDIS_URL: redis.url,
        SMTP_URL: sink.url,
        OUTBOX_POLL_MS: '50',
        OUTBOX_REQUEUE_AFTER_MS: '1000',
        MAIL_RATE_MAX: '50',
        MAIL_BACKOFF_MS: '100',
      },
    });
    pool = app.db.pool({ max: 4 });
    driver = TransferDriver.forApp(app, pool);
  });
  afterAll(async () => {
    if (!redis.running) await redis.restart();
    await app.close();
    await sink.stop();
    await redis.stop();
  });

  async function proposeMany(count: number): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < count; i += 10) {
      ids.push(...(await Promise.all(Array.from({ length: Math.min(10, count - i) }, () => driver.propose()))));
    }
    return ids;
  }
  const byStatus = async (): Promise<Record<string, number>> => {
    const { rows } = await pool.query<{ status: string; n: number }>(
      'SELECT status, count(*)::int AS n FROM notifications GROUP BY status',
    );
    return Object.fromEntries(rows.map((r) => [r.status, r.n]));
  };

  it('keeps the rows waiting in PostgreSQL while Redis is down, and sends every one once it is back', async () => {
    await proposeMany(150);
    // Redis goes away while jobs wait in it (queued, not yet sent) and emails are going out.
    await eventually(
      async () => ({ received: sink.received.length, queued: (await byStatus()).queued ?? 0 }),
      ({ received, queued }) => received >= 40 && queued > 100,
    );
    await redis.stop();

    const whileDown = await proposeMany(50);
    const statusesWhileDown = async () =>
      (
        await pool.query<{ status: string }>('SELECT status FROM notifications WHERE transfer_id = ANY($1)', [
          whileDown,
        ])
      ).rows.map((r) => r.status);
    const written = await eventually(statusesWhileDown, (statuses) => statuses.length === 100);
    expect(written).toEqual(Array(100).fill('pending'));
    const whileDownStatuses = await byStatus();
    expect(Object.values(whileDownStatuses).reduce((a, b) => a + b, 0)).toBe(400);
    expect((await app.http().get('/health')).status).toBe(503);
    const metrics = await app
      .http()
      .get('/metrics')
      .set('authorization', `Bearer ${await app.token('admin')}`)
      .expect(200);
    expect(metrics.text).toMatch(/mutasi_email_queue_jobs\{state="waiting"\} nan/i);
    // The 100 written while Redis is down, and any earlier row the dispatcher had not reached yet.
    expect(whileDownStatuses.pending).toBeGreaterThanOrEqual(100);
    expect(metrics.text).toContain(`mutasi_notifications{status="pending"} ${whileDownStatuses.pending}`);

    await redis.restart();
    const done = await eventually(byStatus, (s) => s.sent === 400);
    expect(done).toEqual({ sent: 400 });
    const { rows } = await pool.query<{ id: string }>('SELECT id FROM notifications');
    const delivered = new Set(sink.received.map((e) => e.notificationId));
    expect(rows.filter((r) => !delivered.has(r.id))).toEqual([]);
    console.log(
      `Redis outage: 400 notifications, ${sink.received.length} emails received, ${sink.duplicates()} duplicates`,
    );
    expect(sink.duplicates()).toBe(0);
    expect((await app.http().get('/health')).status).toBe(200);
  });
});
