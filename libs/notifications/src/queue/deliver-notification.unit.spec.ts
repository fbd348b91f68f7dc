import { UnrecoverableError } from 'bullmq';
import type { MailSender, OutgoingEmail } from '../mail/mail-sender';
import { DEFAULT_TEMPLATES_DIR } from '../notifications-config';
import type { ClaimedNotification } from '../outbox/outbox-store';
import { TemplateRenderer } from '../templates/template-renderer';
import { DeliverNotification } from './deliver-notification';

type Row = ClaimedNotification & { status: string; lastError: string | null; messageId: string | null };

/** The outbox rows in memory, with the store's status rules. */
class FakeOutbox {
  readonly rows = new Map<string, Row>();

  add(id: string, attempts = 0): void {
    this.rows.set(id, {
      id,
      template: 'transfer-executed',
      language: 'id',
      recipientEmail: 'bambang@example.go.id',
      recipientName: 'Bambang Setiawan',
      eventId: 'e1',
      attempts,
      params: {
        recipientName: 'Bambang Setiawan',
        effectiveDate: '2027-01-01',
        proposal: {
          transferId: 't1',
          employeeName: 'Bambang Setiawan',
          employeeNip: '199011082014031006',
          kind: 'B',
          reason: 'Kebutuhan organisasi',
          requestedEffectiveDate: '2027-01-01',
          origin: { positionTitle: 'Pengolah Data', unitName: null, agencyName: null },
          target: { positionTitle: 'Analis Data', unitName: null, agencyName: null },
        },
      },
      status: 'queued',
      lastError: null,
      messageId: null,
    });
  }

  async claim(id: string): Promise<ClaimedNotification | null> {
    const row = this.rows.get(id);
    if (!row || !['pending', 'queued'].includes(row.status)) return null;
    row.attempts++;
    return { ...row };
  }
  async markSent(id: string, messageId: string): Promise<void> {
    Object.assign(this.rows.get(id) as Row, { status: 'sent', messageId, lastError: null });
  }
  async markRetrying(id: string, error: string): Promise<void> {
    Object.assign(this.rows.get(id) as Row, { lastError: error });
  }
  async markFailed(id: string, error: string): Promise<void> {
    Object.assign(this.rows.get(id) as Row, { status: 'failed', lastError: error });
  }
}

const smtpError = (responseCode: number) =>
  Object.assign(new Error(`${responseCode} refused`), { code: 'EENVELOPE', responseCode });

describe('delivering one notification', () => {
  const renderer = new TemplateRenderer(DEFAULT_TEMPLATES_DIR, 'https://mutasi.example.go.id');
  let outbox: FakeOutbox;
  let sent: OutgoingEmail[];
  let failWith: Error | null;
  const sender: MailSender = {
    async send(email) {
      if (failWith) throw failWith;
      sent.push(email);
      return { messageId: email.messageId };
    },
    close: () => undefined,
  };
  const deliver = () =>
    new DeliverNotification(outbox, renderer, sender, { attempts: 3, messageIdDomain: 'mutasi.local' });

  beforeEach(() => {
    outbox = new FakeOutbox();
    sent = [];
    failWith = null;
  });

  it('sends the rendered email with a Message-ID of its own row, and marks the row sent with it', async () => {
    outbox.add('n1');
    await expect(deliver().deliver('n1')).resolves.toBe('sent');
    expect(sent).toEqual([
      expect.objectContaining({
        to: { name: 'Bambang Setiawan', address: 'bambang@example.go.id' },
        subject: 'Mutasi Anda berlaku mulai 1 Januari 2027',
        messageId: '<n1@mutasi.local>',
        headers: { 'X-Mutasi-Notification': 'n1', 'X-Mutasi-Event': 'e1' },
      }),
    ]);
    expect(outbox.rows.get('n1')).toMatchObject({ status: 'sent', attempts: 1, messageId: '<n1@mutasi.local>' });
  });

  it('sends nothing for a row already sent or dead, however often its job runs', async () => {
    outbox.add('n1');
    await deliver().deliver('n1');
    await expect(deliver().deliver('n1')).resolves.toBe('skipped');
    await expect(deliver().deliver('unknown')).resolves.toBe('skipped');
    expect(sent).toHaveLength(1);
  });

  it('records a temporary refusal and throws it for a retry, then dead-letters at the last attempt', async () => {
    outbox.add('n1');
    failWith = smtpError(451);
    await expect(deliver().deliver('n1')).rejects.toThrow('451 refused');
    expect(outbox.rows.get('n1')).toMatchObject({ status: 'queued', attempts: 1, lastError: '451 refused' });
    await expect(deliver().deliver('n1')).rejects.toThrow('451 refused');
    await expect(deliver().deliver('n1')).rejects.toThrow(UnrecoverableError);
    expect(outbox.rows.get('n1')).toMatchObject({ status: 'failed', attempts: 3, lastError: '451 refused' });
  });

  it('dead-letters a permanent refusal at once', async () => {
    outbox.add('n1');
    failWith = smtpError(550);
    await expect(deliver().deliver('n1')).rejects.toThrow(UnrecoverableError);
    expect(outbox.rows.get('n1')).toMatchObject({ status: 'failed', attempts: 1 });
  });

  it('gives up on a row whose every attempt died with its worker, without sending it', async () => {
    outbox.add('n1', 3);
    await expect(deliver().deliver('n1')).resolves.toBe('skipped');
    expect(outbox.rows.get('n1')).toMatchObject({ status: 'failed', lastError: expect.stringMatching(/^gave up/) });
    expect(sent).toEqual([]);
  });
});
