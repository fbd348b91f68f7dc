import type { Pool } from 'pg';
import { EMAIL_QUEUE_CLIENT, type EmailQueue } from '@mutasi/notifications';
import { eventually } from '../support/eventually';
import { SmtpSink, type Refusal } from '../support/smtp-sink';
import { startTestApp, type TestApp } from '../support/test-app';
import { TransferDriver } from '../support/transfer-driver';

type Row = { id: string; status: string; attempts: number; last_error: string | null };

/** An SMTP server that refuses: temporary refusals are retried with backoff, then dead-lettered. */
describe('email to an SMTP server that refuses', () => {
  let refuse: (notificationId: string | null) => Refusal | null = () => null;
  let sink: SmtpSink;
  let app: TestApp;
  let pool: Pool;
  let driver: TransferDriver;

  beforeAll(async () => {
    sink = await SmtpSink.start({ refuse: (_offered, notificationId) => refuse(notificationId) });
    app = await startTestApp('notifications_smtp', {
      withWorker: true,
      env: { SMTP_URL: sink.url, OUTBOX_POLL_MS: '50', MAIL_ATTEMPTS: '3', MAIL_BACKOFF_MS: '100' },
    });
    pool = app.db.pool({ max: 2 });
    driver = TransferDriver.forApp(app, pool);
  });
  afterAll(async () => {
    await app.close();
    await sink.stop();
  });

  function rowsOf(transferId: string, until: (rows: Row[]) => boolean): Promise<Row[]> {
    return eventually(
      async () =>
        (
          await pool.query<Row>(
            'SELECT id, status, attempts, last_error FROM notifications WHERE transfer_id = $1 ORDER BY seq',
            [transferId],
          )
        ).rows,
      (rows) => rows.length > 0 && until(rows),
    );
  }
  const settled = (rows: Row[]) => rows.every((r) => r.status === 'sent' || r.status === 'failed');

  it('retries what the server refuses for now, and delivers it once it accepts', async () => {
    const offers = new Map<string | null, number>();
    refuse = (notificationId) => {
      offers.set(notificationId, (offers.get(notificationId) ?? 0) + 1);
      return (offers.get(notificationId) ?? 0) <= 2 ? { code: 451, message: 'Greylisted, try again later' } : null;
    };
    const transferId = await driver.propose();
    const rows = await rowsOf(transferId, settled);
    expect(rows.map((r) => r.status)).toEqual(['sent', 'sent']);
    expect(rows.map((r) => r.attempts)).toEqual([3, 3]);
    expect(rows.every((r) => r.last_error === null)).toBe(true);
    const delivered = sink.received.filter((e) => rows.some((r) => r.id === e.notificationId));
    expect(delivered).toHaveLength(2);
  });

  it('dead-letters what the server keeps refusing after the last attempt, visibly', async () => {
    refuse = () => ({ code: 451, message: 'Mailbox temporarily unavailable' });
    const transferId = await driver.propose();
    const rows = await rowsOf(transferId, settled);
    expect(rows.map((r) => [r.status, r.attempts])).toEqual([
      ['failed', 3],
      ['failed', 3],
    ]);
    expect(rows[0].last_error).toMatch(/451 Mailbox temporarily unavailable/);

    const queue = app.api.get<EmailQueue>(EMAIL_QUEUE_CLIENT);
    expect(await Promise.all(rows.map((r) => queue.getJobState(r.id)))).toEqual(['failed', 'failed']);
    const log = await app
      .http()
      .get('/notifications?status=failed')
      .set('authorization', `Bearer ${await app.token('admin')}`)
      .expect(200);
    expect(log.body.items).toEqual(
      [...rows].reverse().map((r) =>
        expect.objectContaining({
          id: r.id,
          transferId,
          status: 'failed',
          attempts: 3,
          lastError: expect.stringContaining('451 Mailbox temporarily unavailable'),
          failedAt: expect.any(String),
          sentAt: null,
        }),
      ),
    );
  });

  it('dead-letters at once what the server refuses for good', async () => {
    refuse = () => ({ code: 550, message: 'No such user here' });
    const transferId = await driver.propose();
    const rows = await rowsOf(transferId, settled);
    expect(rows.map((r) => [r.status, r.attempts])).toEqual([
      ['failed', 1],
      ['failed', 1],
    ]);
    expect(rows[0].last_error).toMatch(/550 No such user here/);
  });
});
