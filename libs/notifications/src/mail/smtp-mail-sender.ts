import nodemailer from 'nodemailer';
import type { MailSender, OutgoingEmail } from './mail-sender';

export interface SmtpMailSenderOptions {
  /** `smtp://[user:pass@]host:port` (STARTTLS when offered) or `smtps://…` (TLS from the start). */
  url: string;
  from: string;
  poolSize: number;
}

/** nodemailer's pooled SMTP transport: a few long-lived connections shared by all sends. */
export class SmtpMailSender implements MailSender {
  private readonly transport;

  constructor(options: SmtpMailSenderOptions) {
    this.transport = nodemailer.createTransport(
      {
        url: options.url,
        pool: true,
        maxConnections: options.poolSize,
        maxMessages: 1000,
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 60_000,
      },
      { from: options.from },
    );
  }

  async send(email: OutgoingEmail): Promise<{ messageId: string }> {
    const info = await this.transport.sendMail({
      to: email.to,
      subject: email.subject,
      html: email.html,
      text: email.text,
      messageId: email.messageId,
      headers: email.headers,
    });
    return { messageId: info.messageId };
  }

  close(): void {
    this.transport.close();
  }
}
