import type { Pool } from 'pg';
import { EVENT_STORE, type EventStore } from '@mutasi/event-store';
import { EMAIL_QUEUE_CLIENT, type EmailQueue } from '@mutasi/notifications';
import { SmtpSink, type Refusal } from '../support/smtp-sink';
import { startTestApp, type TestApp } from '../support/test-app';
import { TransferDriver } from '../support/transfer-driver';

type Row = { id: string; status: string; attempts: number; last_error: string | null };

/** An SMTP server that refuses: temporary refusals are retried with backoff, then dead-lettered. */
describe('email to an SMTP server that refuses', () => {
  let refuse: (offered: number) => Refusal | null = () => null;
  let sink: SmtpSink;
  let app: TestApp;
  let pool: Pool;
  let driver: TransferDriver;

  beforeAll(async () => {
    sink = await SmtpSink.start({ refuse: (offered) => refuse(offered) });
    app = await startTestApp('notifications_smtp', {
      withWorker: true,
      env: { SMTP_URL: sink.url, OUTBOX_POLL_MS: '50', MAIL_ATTEMPTS: '3', MAIL_BACKOFF_MS: '100' },
    });
    pool = app.db.pool({ max: 2 });
    driver = new TransferDriver(app.api.get<EventStore>(EVENT_STORE), pool);
  });
  afterAll(async () => {
    await app.close();
    await sink.stop();
  });

  async function rowsOf(transferId: string, until: (rows: Row[]) => boolean): Promise<Row[]> {
    const deadline = Date.now() + 20000;
    for (;;) {
      const { rows } = await pool.query<Row>(
        'SELECT id, status, attempts, last_error FROM notifications WHERE transfer_id = $1 ORDER BY seq',
        [transferId],
      );
      if ((rows.length > 0 && until(rows)) || Date.now() > deadline) return rows;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  const settled = (rows: Row[]) => rows.every((r) => r.status === 'sent' || r.status === 'failed');

  it('retries what the server refuses for now, and delivers it once it accepts', async () => {
    const refusedBefore = sink.offered;
    refuse = (offered) => (offered - refusedBefore <= 3 ? { code: 451, message: 'Greylisted, try again later' } : null);
    const transferId = await driver.propose();
    const rows = await rowsOf(transferId, settled);
    expect(rows.map((r) => r.status)).toEqual(['sent', 'sent']);
    expect(rows.reduce((sum, r) => sum + r.attempts, 0)).toBe(5);
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
