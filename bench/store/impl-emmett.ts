import { Pool } from 'pg';
import { isExpectedVersionConflictError, type Event } from '@event-driven-io/emmett';
import { getPostgreSQLEventStore, type PostgresEventStore } from '@event-driven-io/emmett-postgresql';
import type { EventMetadata, JsonObject } from '@mutasi/event-store';
import type { ContentionOps, ReplayOutcome, StoreAdapter } from './adapter';
import type { BenchConfig } from './config';
import type { BenchEvent, Fold } from './events';
import { now } from './stats';

/** Emmett takes the message id from `metadata.messageId` (and stores the rest of the metadata). */
type EmmettMetadata = EventMetadata & { messageId: string };
type BenchEmmettEvent = Event<string, JsonObject, EmmettMetadata>;

function toEmmett(event: BenchEvent): BenchEmmettEvent {
  return { type: event.type, data: event.data, metadata: { ...event.metadata, messageId: event.eventId } };
}

/**
 * @event-driven-io/emmett-postgresql 0.42 through getPostgreSQLEventStore(), on a pg.Pool of the
 * same size as ours. Loaded only in its own child process: it installs global pg type parsers
 * (int8 -> BigInt, its own JSON parser) that would change what our store reads.
 */
export class EmmettAdapter implements StoreAdapter {
  readonly name = 'emmett' as const;
  readonly description =
    '@event-driven-io/emmett-postgresql 0.42: appendToStream() (BEGIN; SELECT emt_append_to_stream(...); COMMIT), consumer().reactor() for W3';
  private readonly pool: Pool;
  private readonly store: PostgresEventStore;

  constructor(config: BenchConfig) {
    this.pool = new Pool({ connectionString: config.connectionString, max: config.poolSize });
    // An idle connection's error (e.g. the database dropped at the end) must not crash the child.
    this.pool.on('error', () => undefined);
    this.store = getPostgreSQLEventStore(config.connectionString, { connectionOptions: { pool: this.pool } });
  }

  async setup(): Promise<void> {
    await this.store.schema.migrate();
  }

  async truncate(): Promise<void> {
    await this.store.schema.dangerous.truncate({ resetSequences: false, truncateProjections: false });
  }

  async appendOne(streamId: string, event: BenchEvent, expected: number): Promise<void> {
    await this.store.appendToStream(streamId, [toEmmett(event)], { expectedStreamVersion: BigInt(expected) });
  }

  async appendNewStream(streamId: string, events: readonly BenchEvent[]): Promise<void> {
    // 0n: the stream must not exist (emmett's STREAM_DOES_NOT_EXIST skips the check altogether).
    await this.store.appendToStream(streamId, events.map(toEmmett), { expectedStreamVersion: 0n });
  }

  async replay(
    name: string,
    fold: Fold,
    expectedTotal: number,
    batchSize: number,
    budgetMs: number,
  ): Promise<ReplayOutcome> {
    const consumer = this.store.consumer<BenchEmmettEvent>({
      pulling: { batchSize, pullingFrequencyInMs: 0 },
      stopWhen: { noMessagesLeft: true },
    });
    consumer.reactor<BenchEmmettEvent>({
      processorId: name,
      startFrom: 'BEGINNING',
      eachMessage: (message) => {
        fold.add(message.metadata.messageId, message.type, message.data);
      },
    });
    let partial = false;
    const started = now();
    const timer = setTimeout(() => {
      partial = fold.distinct < expectedTotal;
      void consumer.stop();
    }, budgetMs);
    try {
      await consumer.start();
    } finally {
      clearTimeout(timer);
    }
    const seconds = (now() - started) / 1000;
    return {
      supported: true,
      events: fold.count,
      seconds,
      partial,
      notes: [
        `consumer({ pulling: { batchSize: ${batchSize}, pullingFrequencyInMs: 0 }, stopWhen: { noMessagesLeft: true } }).reactor({ startFrom: 'BEGINNING', eachMessage })`,
        'emmett 0.42 reactors store a checkpoint after every message (one emt_store_processor_checkpoint call per event, in the batch transaction); the puller sleeps 100 ms after its first batch',
        'its readMessagesBatch pages by global_position > last while ordering by (transaction_id, global_position): safe here (the log is complete), it can skip events while writers run',
      ],
    };
  }

  readonly contention: ContentionOps = {
    readVersion: async (streamId) => {
      const result = await this.store.readStream<BenchEmmettEvent>(streamId);
      return Number(result.currentStreamVersion);
    },
    appendExpecting: async (streamId, event, expected) => {
      try {
        const result = await this.store.appendToStream(streamId, [toEmmett(event)], {
          expectedStreamVersion: BigInt(expected),
        });
        return Number(result.nextExpectedStreamVersion);
      } catch (error) {
        if (isExpectedVersionConflictError(error)) return 'conflict';
        throw error;
      }
    },
    readStream: async (streamId) => {
      const result = await this.store.readStream<BenchEmmettEvent>(streamId);
      return result.events.map((e) => ({ eventId: e.metadata.messageId, version: Number(e.metadata.streamPosition) }));
    },
  };

  async close(): Promise<void> {
    await this.store.close();
    await this.pool.end();
  }
}
