import { Pool } from 'pg';
import {
  ConcurrencyError,
  LOG_START,
  PgTransactor,
  PostgresEventStore,
  SubscriptionRunner,
  verifyHashChains,
  type LogCheckpoint,
  type NewEvent,
} from '@mutasi/event-store';
import type { ContentionOps, ReplayOutcome, StoreAdapter } from './adapter';
import type { BenchConfig } from './config';
import { Fold, type BenchEvent } from './events';
import { now, round } from './stats';

function toNew(event: BenchEvent): NewEvent {
  return { eventId: event.eventId, type: event.type, data: event.data, metadata: event.metadata };
}

/** Our PostgresEventStore, used through its public API only. */
export class OursAdapter implements StoreAdapter {
  readonly name = 'ours' as const;
  readonly description =
    'libs/event-store PostgresEventStore: es_append() in one round trip, SubscriptionRunner with PgTransactor for W3';
  private readonly pool: Pool;
  private readonly store: PostgresEventStore;

  constructor(config: BenchConfig) {
    this.pool = new Pool({ connectionString: config.connectionString, max: config.poolSize });
    // An idle connection's error (e.g. the database dropped at the end) must not crash the child.
    this.pool.on('error', () => undefined);
    this.store = new PostgresEventStore(this.pool);
  }

  async setup(): Promise<void> {
    await this.store.migrate();
  }

  async truncate(): Promise<void> {
    await this.pool.query('TRUNCATE es_events, es_streams, es_subscriptions');
  }

  async appendOne(streamId: string, event: BenchEvent, expected: number): Promise<void> {
    await this.store.append(streamId, [toNew(event)], { expectedVersion: expected === 0 ? 'no_stream' : expected });
  }

  async appendNewStream(streamId: string, events: readonly BenchEvent[]): Promise<void> {
    await this.store.append(streamId, events.map(toNew), { expectedVersion: 'no_stream' });
  }

  async replay(
    name: string,
    fold: Fold,
    expectedTotal: number,
    batchSize: number,
    budgetMs: number,
  ): Promise<ReplayOutcome> {
    let failure: unknown = null;
    const runner = new SubscriptionRunner(
      {
        name,
        handle: async (events) => {
          for (const event of events) fold.add(event.eventId, event.type, event.data);
        },
      },
      this.store,
      this.pool,
      new PgTransactor(this.pool),
      null,
      { batchSize, onError: (error) => (failure ??= error) },
    );
    const started = now();
    await runner.start();
    const done = await runner.waitFor(() => fold.distinct >= expectedTotal || failure !== null, budgetMs);
    const seconds = (now() - started) / 1000;
    await runner.stop();
    if (failure !== null) throw failure;
    return {
      supported: true,
      events: fold.count,
      seconds,
      partial: !done,
      notes: [`SubscriptionRunner, batchSize ${batchSize}, no LISTEN/NOTIFY (the log is complete before the start)`],
    };
  }

  /** The read path alone (store.readAll in a loop, no transaction or checkpoint), to split W3's time. */
  async replayDiagnostics(batchSize: number, expectedTotal: number): Promise<Record<string, unknown>> {
    const fold = new Fold();
    let from: LogCheckpoint = LOG_START;
    let queryMs = 0;
    const started = now();
    for (let i = 0; i < Math.ceil(expectedTotal / batchSize) + 2; i++) {
      const t = now();
      const { events, checkpoint } = await this.store.readAll(from, batchSize);
      queryMs += now() - t;
      if (events.length === 0) break;
      for (const event of events) fold.add(event.eventId, event.type, event.data);
      from = checkpoint;
    }
    const seconds = (now() - started) / 1000;
    return {
      readAllOnly: {
        events: fold.count,
        seconds: round(seconds, 3),
        eventsPerSecond: round(fold.count / seconds),
        inReadAllCallsSeconds: round(queryMs / 1000, 3),
      },
    };
  }

  readonly contention: ContentionOps = {
    readVersion: async (streamId) => {
      const events = await this.store.readStream(streamId);
      return events.length ? events[events.length - 1].streamVersion : 0;
    },
    appendExpecting: async (streamId, event, expected) => {
      try {
        const result = await this.store.append(streamId, [toNew(event)], {
          expectedVersion: expected === 0 ? 'no_stream' : expected,
        });
        return result.nextExpectedVersion;
      } catch (error) {
        if (error instanceof ConcurrencyError) return 'conflict';
        throw error;
      }
    },
    readStream: async (streamId) =>
      (await this.store.readStream(streamId)).map((e) => ({ eventId: e.eventId, version: e.streamVersion })),
    verify: async () => {
      const chains = await verifyHashChains(this.pool);
      return {
        hashChainsOk: chains.ok,
        hashChainEventsChecked: chains.checked,
        firstBroken: chains.firstBroken ?? null,
      };
    },
  };

  async close(): Promise<void> {
    await this.pool.end();
  }
}
