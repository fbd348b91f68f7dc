import type { Pool, PoolClient } from 'pg';
import type { JsonObject } from '../canonical-json';
import { ConcurrencyError, IdempotencyConflictError } from '../errors';
import type {
  AppendOptions,
  AppendResult,
  EventMetadata,
  EventStore,
  ExpectedVersion,
  LogCheckpoint,
  NewEvent,
  ReadAllResult,
  ReadStreamOptions,
  RecordedEvent,
  StreamReader,
} from '../event-store.port';
import type { SqlExecutor } from '../subscriptions/transactor';
import { UpcasterRegistry } from '../upcasters';
import { GENESIS_HASH } from '../hash-chain';
import { encodeExpectedVersion, prepareAppend, type PreparedEvent } from '../validate-append';
import { AppendAnnouncer } from './append-announcer';
import { fastAppendQuery } from './fast-append';
import { runSqlMigrations } from './migrate';
import { StreamHeads, type StreamHead } from './stream-heads';
import { eventStoreMigrations } from './migrations';

export interface PostgresEventStoreOptions {
  upcasters?: UpcasterRegistry;
  now?: () => Date;
}

interface AppendRow {
  status: 'ok' | 'duplicate' | 'conflict' | 'idempotency_mismatch';
  stream_version: string | null;
  last_position: string | null;
  actual_version: string | null;
  last_hash: string | null;
}

export interface EventRow {
  position: string;
  transaction_id: string;
  stream_id: string;
  stream_version: string;
  event_id: string;
  type: string;
  schema_version: number;
  data: JsonObject;
  metadata: EventMetadata;
  recorded_at: Date;
  prev_hash: string;
  hash: string;
}

export const EVENT_COLUMNS =
  'position, transaction_id, stream_id, stream_version, event_id, type, schema_version, data, metadata, recorded_at, prev_hash, hash';

const APPEND_SQL = 'SELECT * FROM es_append($1, $2, $3::uuid[], $4)';

const READ_ALL_SQL = `
  SELECT ${EVENT_COLUMNS} FROM es_events
  WHERE (transaction_id, position) > ($1::xid8, $2::bigint)
    AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())
  ORDER BY transaction_id, position
  LIMIT $3`;

export class PostgresEventStore implements EventStore {
  private readonly upcasters: UpcasterRegistry;
  private readonly now: () => Date;
  private readonly announcer: AppendAnnouncer;
  private readonly heads = new StreamHeads();

  constructor(
    private readonly pool: Pool,
    options: PostgresEventStoreOptions = {},
  ) {
    this.upcasters = options.upcasters ?? new UpcasterRegistry();
    this.now = options.now ?? (() => new Date());
    this.announcer = new AppendAnnouncer(pool);
  }

  /** Creates or upgrades the event store's tables and functions. */
  async migrate(): Promise<void> {
    await runSqlMigrations(this.pool, 'es_migrations', eventStoreMigrations);
  }

  async append(streamId: string, events: readonly NewEvent[], options: AppendOptions = {}): Promise<AppendResult> {
    const expected = encodeExpectedVersion(options.expectedVersion);
    const prepared = prepareAppend(streamId, events, this.now);
    const head =
      expected === -2 || expected === 0 ? GENESIS_HEAD : expected > 0 ? this.heads.get(streamId, expected) : undefined;
    // A checked-out client survives a failed query; pool.query() would discard the connection.
    const client = await this.pool.connect();
    let row: AppendRow;
    try {
      row =
        (head && (await this.tryFastAppend(client, streamId, head, prepared))) ||
        (await this.generalAppend(client, streamId, expected, prepared));
    } finally {
      client.release();
    }
    const result = this.toResult(streamId, options.expectedVersion ?? 'any', row);
    if (row.status === 'ok') {
      this.heads.set(streamId, { version: result.nextExpectedVersion, hash: String(row.last_hash) });
      this.announcer.announce();
    }
    return result;
  }

  /**
   * Appends inside a transaction the caller holds (say, with read-model or master-data writes),
   * so the events and those writes commit or roll back together. Call `announceAppend()` once it
   * has committed, so subscribers wake at once instead of at their next poll.
   */
  async appendInTransaction(
    sql: SqlExecutor,
    streamId: string,
    events: readonly NewEvent[],
    options: AppendOptions = {},
  ): Promise<AppendResult> {
    const expected = encodeExpectedVersion(options.expectedVersion);
    const { text, values } = generalQuery(streamId, expected, prepareAppend(streamId, events, this.now));
    const [row] = await sql.query<AppendRow>(text, values);
    return this.toResult(streamId, options.expectedVersion ?? 'any', row);
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const events = await this.selectStream(
      async (text, values) => (await this.pool.query<EventRow>(text, values)).rows,
      streamId,
      options,
    );
    const last = events[events.length - 1];
    if (last && options.toVersion === undefined && options.until === undefined) {
      this.heads.set(streamId, { version: last.streamVersion, hash: last.hash });
    }
    return events;
  }

  /** Reads streams inside a transaction the caller holds (a subscription's batch, say). */
  inTransaction(sql: SqlExecutor): StreamReader {
    return {
      readStream: (streamId, options = {}) =>
        this.selectStream((text, values) => sql.query<EventRow>(text, values), streamId, options),
    };
  }

  private async selectStream(
    query: (text: string, values: unknown[]) => Promise<EventRow[]>,
    streamId: string,
    options: ReadStreamOptions,
  ): Promise<RecordedEvent[]> {
    const rows = await query(
      `SELECT ${EVENT_COLUMNS} FROM es_events
       WHERE stream_id = $1 AND stream_version >= $2 AND stream_version <= $3
         AND ($4::timestamptz IS NULL OR recorded_at <= $4)
       ORDER BY stream_version`,
      [
        streamId,
        options.fromVersion ?? 1,
        options.toVersion ?? Number.MAX_SAFE_INTEGER,
        options.until ? options.until.toISOString() : null,
      ],
    );
    return rows.map((row) => this.toRecorded(row));
  }

  async readAll(from: LogCheckpoint, limit: number): Promise<ReadAllResult> {
    const result = await this.pool.query<EventRow>({
      name: 'es_read_all',
      text: READ_ALL_SQL,
      values: [from.transactionId, from.position, limit],
    });
    const rows = result.rows;
    if (rows.length === 0) return { events: [], checkpoint: from };
    const last = rows[rows.length - 1];
    return {
      events: rows.map((row) => this.toRecorded(row)),
      checkpoint: { transactionId: last.transaction_id, position: last.position },
    };
  }

  announceAppend(): void {
    this.announcer.announce();
  }

  /** The stream's current version (0 when it has no event). */
  async streamVersion(streamId: string): Promise<number> {
    const result = await this.pool.query<{ version: string }>('SELECT version FROM es_streams WHERE stream_id = $1', [
      streamId,
    ]);
    return result.rows.length ? Number(result.rows[0].version) : 0;
  }

  /** The fast path; undefined when the head moved (or the ids exist elsewhere) and the general path must decide. */
  private async tryFastAppend(
    client: PoolClient,
    streamId: string,
    head: StreamHead,
    prepared: PreparedEvent[],
  ): Promise<AppendRow | undefined> {
    const { lastHash, ...query } = fastAppendQuery(streamId, head, prepared);
    try {
      const { rows } = await client.query<{ position: string }>(query);
      if (rows.length === 0) return undefined;
      return {
        status: 'ok',
        stream_version: String(head.version + prepared.length),
        last_position: rows.reduce((max, r) => (BigInt(r.position) > BigInt(max) ? r.position : max), '0'),
        actual_version: null,
        last_hash: lastHash,
      };
    } catch (error) {
      if (isUniqueViolation(error)) return undefined;
      throw error;
    }
  }

  private async generalAppend(
    client: PoolClient,
    streamId: string,
    expected: number,
    prepared: PreparedEvent[],
  ): Promise<AppendRow> {
    const query = generalQuery(streamId, expected, prepared);
    try {
      return (await client.query<AppendRow>(query)).rows[0];
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // The same new event ids raced in on another stream: asking again reports the mismatch.
      return (await client.query<AppendRow>(query)).rows[0];
    }
  }

  private toResult(streamId: string, expected: ExpectedVersion, row: AppendRow): AppendResult {
    switch (row.status) {
      case 'ok':
      case 'duplicate':
        return { nextExpectedVersion: Number(row.stream_version), position: String(row.last_position) };
      case 'conflict':
        throw new ConcurrencyError(streamId, expected, Number(row.actual_version));
      case 'idempotency_mismatch':
        throw new IdempotencyConflictError(streamId);
    }
  }

  private toRecorded(row: EventRow): RecordedEvent {
    const upcast = this.upcasters.isEmpty
      ? { schemaVersion: row.schema_version, data: row.data }
      : this.upcasters.apply(row.type, row.schema_version, row.data);
    return {
      eventId: row.event_id,
      streamId: row.stream_id,
      streamVersion: Number(row.stream_version),
      position: row.position,
      transactionId: row.transaction_id,
      type: row.type,
      schemaVersion: upcast.schemaVersion,
      data: upcast.data,
      metadata: row.metadata,
      recordedAt: row.recorded_at,
      prevHash: row.prev_hash,
      hash: row.hash,
    };
  }
}

interface AppendQuery {
  name: string;
  text: string;
  values: unknown[];
}

const GENESIS_HEAD: StreamHead = { version: 0, hash: GENESIS_HASH };

function generalQuery(streamId: string, expected: number, prepared: PreparedEvent[]): AppendQuery {
  return {
    name: 'es_append',
    text: APPEND_SQL,
    values: [streamId, expected, prepared.map((e) => e.eventId), prepared.map((e) => e.canonical).join('\n')],
  };
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === '23505';
}
