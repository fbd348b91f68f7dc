import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { LOG_START, type EventStore, type LogCheckpoint } from '../event-store.port';
import type { LogNotifications } from './log-notifications';
import type { SubscriptionHandler } from './subscription-handler';
import type { TransactionScope, Transactor } from './transactor';

export interface SubscriptionRunnerOptions {
  batchSize?: number;
  /** Poll interval when no notification arrives. */
  pollMs?: number;
  /** How long a lease lasts without a heartbeat; another process takes over after it. */
  leaseMs?: number;
  /** Pause after a failed batch before trying again. */
  retryMs?: number;
  owner?: string;
  onError?: (error: unknown, subscription: string) => void;
}

const EAGER_WINDOW_MS = 2000;
const EAGER_POLL_MS = 10;

interface CheckpointRow {
  last_transaction_id: string;
  last_position: string;
}

/**
 * Feeds one named subscription from the global log. At most one runner per name is active across
 * processes: it holds a lease row renewed by a heartbeat, and every batch's checkpoint is a
 * compare-and-set on (owner, previous checkpoint) in the handler's transaction, so a batch is
 * applied exactly once even when a lease changes hands mid-batch.
 */
export class SubscriptionRunner<Tx extends TransactionScope> {
  readonly owner: string;
  private readonly batchSize: number;
  private readonly pollMs: number;
  private readonly leaseMs: number;
  private readonly retryMs: number;
  private readonly onError: (error: unknown, subscription: string) => void;
  private running = false;
  private leader = false;
  private checkpoint: LogCheckpoint = LOG_START;
  private loop: Promise<void> | null = null;
  private heartbeat: NodeJS.Timeout | null = null;
  private wake: (() => void) | null = null;
  private woken = false;
  private eagerUntil = 0;
  private unlisten: (() => void) | null = null;
  private resetRequest: { done: () => void; fail: (error: unknown) => void } | null = null;
  private readonly progressWaiters = new Set<() => void>();

  constructor(
    private readonly handler: SubscriptionHandler<Tx>,
    private readonly store: EventStore,
    private readonly pool: Pool,
    private readonly transactor: Transactor<Tx>,
    private readonly notifications: LogNotifications | null,
    options: SubscriptionRunnerOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 500;
    this.pollMs = options.pollMs ?? 1000;
    this.leaseMs = options.leaseMs ?? 5000;
    this.retryMs = options.retryMs ?? 1000;
    this.owner = options.owner ?? `${process.pid}-${randomUUID()}`;
    this.onError = options.onError ?? (() => undefined);
  }

  get name(): string {
    return this.handler.name;
  }

  get isLeader(): boolean {
    return this.leader;
  }

  get position(): LogCheckpoint {
    return this.checkpoint;
  }

  async start(): Promise<void> {
    if (this.running) return;
    await this.pool.query('INSERT INTO es_subscriptions (name) VALUES ($1) ON CONFLICT (name) DO NOTHING', [this.name]);
    this.running = true;
    this.unlisten = this.notifications?.listen(() => this.onAppended()) ?? null;
    this.heartbeat = setInterval(() => void this.renewLease(), Math.max(50, Math.floor(this.leaseMs / 3)));
    this.heartbeat.unref();
    this.loop = this.run();
  }

  /** Stops after the batch in progress and gives the lease up so another process can take over at once. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.unlisten?.();
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.poke();
    await this.loop;
    if (this.leader) {
      await this.pool
        .query('UPDATE es_subscriptions SET owner = NULL, lease_until = NULL WHERE name = $1 AND owner = $2', [
          this.name,
          this.owner,
        ])
        .catch((error: unknown) => this.onError(error, this.name));
      this.leader = false;
    }
  }

  /** Clears the handler's read model and replays the log from the start, in the runner's loop. */
  reset(): Promise<void> {
    return new Promise((done, fail) => {
      this.resetRequest = { done, fail };
      this.poke();
    });
  }

  /** Resolves once this runner has applied the log up to `position` (or passed it). */
  async waitFor(predicate: (checkpoint: LogCheckpoint) => boolean, timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(this.checkpoint)) {
      const left = deadline - Date.now();
      if (left <= 0) return false;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 50));
        this.progressWaiters.add(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return true;
  }

  /**
   * New events may not be readable yet: the log is read only below the oldest transaction still
   * writing anywhere (another projection's batch, an API request), and no second notification
   * comes when that one ends. So after a notification the runner looks again every few
   * milliseconds for a moment, then goes back to its poll interval.
   */
  private onAppended(): void {
    this.eagerUntil = Date.now() + EAGER_WINDOW_MS;
    this.poke();
  }

  private poke(): void {
    this.woken = true;
    this.wake?.();
  }

  private async run(): Promise<void> {
    while (this.running) {
      try {
        if (!this.leader && !(await this.acquireLease())) {
          await this.sleep(Math.min(this.pollMs, this.leaseMs / 2));
          continue;
        }
        if (this.resetRequest) {
          await this.performReset();
          continue;
        }
        const applied = await this.applyNextBatch();
        if (applied < this.batchSize) {
          await this.sleep(
            applied === 0 && Date.now() < this.eagerUntil ? Math.min(this.pollMs, EAGER_POLL_MS) : this.pollMs,
          );
        }
      } catch (error) {
        this.onError(error, this.name);
        await this.sleep(this.retryMs);
      }
    }
  }

  private async applyNextBatch(): Promise<number> {
    const from = this.checkpoint;
    const { events, checkpoint } = await this.store.readAll(from, this.batchSize);
    if (events.length === 0) return 0;
    const moved = await this.transactor.transaction(async (tx) => {
      await this.handler.handle(events, tx);
      return this.moveCheckpoint(tx, from, checkpoint);
    });
    if (!moved) {
      this.loseLease();
      return 0;
    }
    this.advanceTo(checkpoint);
    return events.length;
  }

  private async performReset(): Promise<void> {
    const request = this.resetRequest;
    this.resetRequest = null;
    if (!request) return;
    try {
      const moved = await this.transactor.transaction(async (tx) => {
        await this.handler.reset?.(tx);
        await tx.sql.query('UPDATE es_subscriptions SET rebuild_requested_at = NULL WHERE name = $1', [this.name]);
        return this.moveCheckpoint(tx, this.checkpoint, LOG_START);
      });
      if (!moved) throw new Error(`Subscription ${this.name}: lost its lease during the reset`);
      this.advanceTo(LOG_START);
      request.done();
    } catch (error) {
      request.fail(error);
      this.loseLease();
    }
  }

  /** Compare-and-set in the batch's transaction: fails if another owner took over or moved on. */
  private async moveCheckpoint(tx: Tx, from: LogCheckpoint, to: LogCheckpoint): Promise<boolean> {
    const rows = await tx.sql.query<{ n: number }>(
      `WITH moved AS (
         UPDATE es_subscriptions
            SET last_transaction_id = $3::xid8, last_position = $4, updated_at = now()
          WHERE name = $1 AND owner = $2
            AND last_transaction_id = $5::xid8 AND last_position = $6
          RETURNING 1)
       SELECT count(*)::int AS n FROM moved`,
      [this.name, this.owner, to.transactionId, to.position, from.transactionId, from.position],
    );
    return rows[0]?.n === 1;
  }

  private async acquireLease(): Promise<boolean> {
    const { rows } = await this.pool.query<CheckpointRow>(
      `UPDATE es_subscriptions
          SET owner = $2, lease_until = now() + ($3::int * interval '1 millisecond'), updated_at = now()
        WHERE name = $1 AND (owner IS NULL OR owner = $2 OR lease_until < now())
        RETURNING last_transaction_id::text, last_position::text`,
      [this.name, this.owner, this.leaseMs],
    );
    if (rows.length === 0) return false;
    this.leader = true;
    this.advanceTo({ transactionId: rows[0].last_transaction_id, position: rows[0].last_position });
    return true;
  }

  private async renewLease(): Promise<void> {
    if (!this.leader || !this.running) return;
    try {
      const { rows } = await this.pool.query<{ rebuild: boolean }>(
        `UPDATE es_subscriptions SET lease_until = now() + ($3::int * interval '1 millisecond')
          WHERE name = $1 AND owner = $2
          RETURNING rebuild_requested_at IS NOT NULL AS rebuild`,
        [this.name, this.owner, this.leaseMs],
      );
      if (rows.length === 0) this.loseLease();
      else if (rows[0].rebuild && !this.resetRequest) {
        this.resetRequest = { done: () => undefined, fail: (error) => this.onError(error, this.name) };
        this.poke();
      }
    } catch (error) {
      this.onError(error, this.name);
    }
  }

  private loseLease(): void {
    this.leader = false;
  }

  private advanceTo(checkpoint: LogCheckpoint): void {
    this.checkpoint = checkpoint;
    for (const waiter of this.progressWaiters) waiter();
    this.progressWaiters.clear();
  }

  private sleep(ms: number): Promise<void> {
    if (this.woken || !this.running) {
      this.woken = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.wake = null;
        this.woken = false;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
    });
  }
}
