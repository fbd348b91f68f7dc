import { UnrecoverableError } from 'bullmq';
import type { MailSender } from '../mail/mail-sender';
import { errorMessage, isPermanentSmtpError } from '../mail/smtp-errors';
import type { OutboxStore } from '../outbox/outbox-store';
import type { TemplateRenderer } from '../templates/template-renderer';

export type DeliveryOutcome = 'sent' | 'skipped';

export interface DeliverNotificationOptions {
  /** Attempts (counted on the row, across jobs) before the row is dead-lettered. */
  attempts: number;
  /** Domain of the Message-ID (the sender address's domain). */
  messageIdDomain: string;
}

/**
 * The email job: claims the row (counting the attempt; a row already sent or dead is skipped, so
 * a repeated or late job sends nothing), renders it in the recipient's language, sends it, and
 * marks it sent with the SMTP message id. A failure is recorded on the row and thrown for BullMQ
 * to retry with backoff, until the last attempt or a permanent refusal dead-letters the row; so
 * does a row whose every attempt died with its worker (a poison message).
 */
export class DeliverNotification {
  constructor(
    private readonly outbox: Pick<OutboxStore, 'claim' | 'markSent' | 'markRetrying' | 'markFailed'>,
    private readonly renderer: TemplateRenderer,
    private readonly sender: MailSender,
    private readonly options: DeliverNotificationOptions,
  ) {}

  async deliver(notificationId: string): Promise<DeliveryOutcome> {
    const row = await this.outbox.claim(notificationId);
    if (row === null) return 'skipped';
    if (row.attempts > this.options.attempts) {
      await this.outbox.markFailed(row.id, `gave up: ${row.attempts - 1} attempts ended without an answer`);
      return 'skipped';
    }
    let messageId: string;
    try {
      const email = this.renderer.render(row.template, row.language, row.params);
      ({ messageId } = await this.sender.send({
        to: { name: row.recipientName, address: row.recipientEmail },
        ...email,
        messageId: `<${row.id}@${this.options.messageIdDomain}>`,
        headers: { 'X-Mutasi-Notification': row.id, 'X-Mutasi-Event': row.eventId },
      }));
    } catch (error) {
      const message = errorMessage(error);
      if (isPermanentSmtpError(error) || row.attempts >= this.options.attempts) {
        await this.outbox.markFailed(row.id, message);
        throw new UnrecoverableError(message);
      }
      await this.outbox.markRetrying(row.id, message);
      throw error;
    }
    await retrying(() => this.outbox.markSent(row.id, messageId));
    return 'sent';
  }
}

/** The send happened: recording it must not fail on a passing database hiccup, or it would be sent again. */
async function retrying(work: () => Promise<void>, tries = 5): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= tries) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** attempt));
    }
  }
}

export function messageIdDomain(mailFrom: string): string {
  const match = /@([^>\s]+)>?\s*$/.exec(mailFrom);
  return match ? match[1] : 'mutasi.local';
}
