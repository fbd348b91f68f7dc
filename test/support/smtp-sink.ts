import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { eventually } from './eventually';

export interface ReceivedEmail {
  raw: Buffer;
  envelopeTo: string[];
  /** The X-Mutasi-Notification header: the outbox row the email was sent for. */
  notificationId: string | null;
  receivedAt: number;
}

export type Refusal = { code: number; message: string };

export interface SmtpSinkOptions {
  /**
   * Decides, per message, whether to refuse it: given the 1-based count of messages offered so far
   * and the message's X-Mutasi-Notification header.
   */
  refuse?: (attempt: number, notificationId: string | null) => Refusal | null;
}

const header = (raw: string, name: string): string | null =>
  new RegExp(`^${name}:\\s*(.+)$`, 'mi').exec(raw.slice(0, raw.indexOf('\r\n\r\n')))?.[1]?.trim() ?? null;

/** A real SMTP server (smtp-server) on a free local port that keeps what it accepts. */
export class SmtpSink {
  readonly received: ReceivedEmail[] = [];
  offered = 0;

  private constructor(
    private readonly server: SMTPServer,
    readonly port: number,
  ) {}

  static async start(options: SmtpSinkOptions = {}): Promise<SmtpSink> {
    let sink: SmtpSink | null = null;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      size: 10 * 1024 * 1024,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          if (sink === null) return callback(new Error('sink not ready'));
          sink.offered++;
          const raw = Buffer.concat(chunks);
          const notificationId = header(raw.toString('utf8'), 'X-Mutasi-Notification');
          const refusal = options.refuse?.(sink.offered, notificationId) ?? null;
          if (refusal !== null) {
            return callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }));
          }
          sink.received.push({
            raw,
            envelopeTo: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            notificationId,
            receivedAt: Date.now(),
          });
          callback();
        });
      },
    });
    // A client killed mid-session resets its connection: that is the test, not a failure.
    server.on('error', () => undefined);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    sink = new SmtpSink(server, (server.server.address() as AddressInfo).port);
    return sink;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  parse(email: ReceivedEmail): Promise<ParsedMail> {
    return simpleParser(email.raw);
  }

  /** Accepted emails per notification id beyond the first. */
  duplicates(): number {
    const ids = this.received.map((e) => e.notificationId);
    return ids.length - new Set(ids).size;
  }

  async waitFor(count: number, timeoutMs = 120_000): Promise<boolean> {
    const received = await eventually(
      async () => this.received.length,
      (n) => n >= count,
      { timeoutMs },
    );
    return received >= count;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
