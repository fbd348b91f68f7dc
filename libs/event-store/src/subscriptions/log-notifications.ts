import { Client, type ClientConfig } from 'pg';

export const EVENTS_CHANNEL = 'es_events';

/**
 * LISTENs for appends on one connection shared by every subscription of a process, and tells
 * each listener; reconnects after a lost connection. Subscribers still poll, so a missed
 * notification only delays them.
 */
export class LogNotifications {
  private client: Client | null = null;
  private stopped = false;
  private retry: NodeJS.Timeout | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly config: ClientConfig,
    private readonly onError: (error: Error) => void = () => undefined,
  ) {}

  listen(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private onAppend(): void {
    for (const listener of this.listeners) listener();
  }

  async start(): Promise<void> {
    this.stopped = false;
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new Client(this.config);
    client.on('notification', () => this.onAppend());
    client.on('error', (error) => {
      this.onError(error);
      this.scheduleReconnect(client);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${EVENTS_CHANNEL}`);
      this.client = client;
      this.onAppend();
    } catch (error) {
      this.onError(error as Error);
      this.scheduleReconnect(client);
    }
  }

  private scheduleReconnect(failed: Client): void {
    void failed.end().catch(() => undefined);
    if (this.client === failed) this.client = null;
    if (this.stopped || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      if (!this.stopped) void this.connect();
    }, 1000);
    this.retry.unref();
  }
}
