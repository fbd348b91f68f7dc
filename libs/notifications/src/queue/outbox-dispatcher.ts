import type { ConditionCheck, DueRows, OutboxStore } from '../outbox/outbox-store';
import { isQueueConnected, type EmailQueue } from './email-queue';

export interface OutboxDispatcherOptions {
  intervalMs: number;
  batchSize: number;
  requeueAfterMs: number;
  /** An enqueue that takes longer is given up (rolled back); the rows are tried again next round. */
  enqueueTimeoutMs?: number;
  /** The clock reminders fall due by, and what they must still be true of then. */
  now: () => Date;
  stillHolds: ConditionCheck;
  onError?: (error: unknown) => void;
}

/**
 * Moves outbox rows to the email queue: pending rows (reminders once they fall due, if still
 * true), and queued rows left unsent for long (their job was lost with a Redis restart, or it died
 * failed without the row being marked). The job id is the row id, so queueing a row twice adds one
 * job; the row's status is checked again before a send, so a job that outlives its row's delivery
 * sends nothing.
 */
export class OutboxDispatcher {
  private running = false;
  private loop: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private wake: (() => void) | null = null;

  constructor(
    private readonly outbox: OutboxStore,
    private readonly queue: EmailQueue,
    private readonly options: OutboxDispatcherOptions,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
  }

  /** One round: the rows it queued (0 when there were none or the queue is unreachable). */
  async dispatchOnce(): Promise<number> {
    await this.outbox.releaseDue(this.options.now(), this.options.batchSize, this.options.stillHolds);
    if (!(await isQueueConnected(this.queue))) return 0;
    return this.outbox.dispatch(this.options.batchSize, this.options.requeueAfterMs, (due) =>
      withTimeout(this.enqueue(due), this.options.enqueueTimeoutMs ?? 10_000),
    );
  }

  private async run(): Promise<void> {
    while (this.running) {
      let queued = 0;
      try {
        queued = await this.dispatchOnce();
      } catch (error) {
        this.options.onError?.(error);
      }
      if (queued < this.options.batchSize) await this.sleep(this.options.intervalMs);
    }
  }

  private async enqueue({ pending, stale }: DueRows): Promise<void> {
    if (pending.length > 0) {
      await this.queue.addBulk(
        pending.map((id) => ({ name: 'send', data: { notificationId: id }, opts: { jobId: id } })),
      );
    }
    for (const id of stale) {
      const state = await this.queue.getJobState(id);
      if (state === 'completed' || state === 'failed') await this.queue.remove(id);
      if (state === 'completed' || state === 'failed' || state === 'unknown') {
        await this.queue.add('send', { notificationId: id }, { jobId: id });
      }
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      this.timer = setTimeout(() => {
        this.wake = null;
        resolve();
      }, ms);
      this.wake = () => {
        if (this.timer) clearTimeout(this.timer);
        this.wake = null;
        resolve();
      };
    });
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the email queue did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
