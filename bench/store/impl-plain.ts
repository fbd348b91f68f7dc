import { Pool } from 'pg';
import type { ReplayOutcome, StoreAdapter, Unsupported } from './adapter';
import type { BenchConfig } from './config';
import type { BenchEvent, Fold } from './events';
import { now } from './stats';

/** Same columns, keys and indexes as es_events, without a streams table, version check or hash chain. */
const SCHEMA = `
CREATE TABLE IF NOT EXISTS events (
  position        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  transaction_id  xid8 NOT NULL DEFAULT pg_current_xact_id(),
  stream_id       text NOT NULL,
  stream_version  bigint NOT NULL,
  event_id        uuid NOT NULL UNIQUE,
  type            text NOT NULL,
  schema_version  integer NOT NULL DEFAULT 1,
  data            jsonb NOT NULL,
  metadata        jsonb NOT NULL,
  recorded_at     timestamptz NOT NULL DEFAULT now(),
  prev_hash       text NOT NULL,
  hash            text NOT NULL,
  UNIQUE (stream_id, stream_version)
);
CREATE INDEX IF NOT EXISTS events_global_order ON events (transaction_id, position);
`;

const COLUMNS = 'stream_id, stream_version, event_id, type, data, metadata, prev_hash, hash';
const PER_ROW = 8;
const GENESIS = '0'.repeat(64);

function rowValues(streamId: string, version: number, event: BenchEvent): unknown[] {
  return [
    streamId,
    version,
    event.eventId,
    event.type,
    JSON.stringify(event.data),
    JSON.stringify(event.metadata),
    GENESIS,
    event.digest,
  ];
}

function multiRowInsert(rows: number): string {
  const tuples: string[] = [];
  for (let r = 0; r < rows; r++) {
    const params = Array.from({ length: PER_ROW }, (_, c) => `$${r * PER_ROW + c + 1}`);
    tuples.push(`(${params.join(', ')})`);
  }
  return `INSERT INTO events (${COLUMNS}) VALUES ${tuples.join(', ')}`;
}

/** The ceilings: one autocommitted INSERT per event (W1), one multi-row INSERT per batch (W2), a SELECT by position (W3). */
export class PlainAdapter implements StoreAdapter {
  readonly name = 'plain' as const;
  readonly description =
    'plain SQL on a table like es_events: W1 one prepared INSERT per event in autocommit, W2 one prepared multi-row INSERT ... VALUES per batch, W3 SELECT ... WHERE position > $1 ORDER BY position LIMIT n';
  private readonly pool: Pool;

  constructor(config: BenchConfig) {
    this.pool = new Pool({ connectionString: config.connectionString, max: config.poolSize });
    // An idle connection's error (e.g. the database dropped at the end) must not crash the child.
    this.pool.on('error', () => undefined);
  }

  async setup(): Promise<void> {
    await this.pool.query(SCHEMA);
  }

  async truncate(): Promise<void> {
    await this.pool.query('TRUNCATE events');
  }

  async appendOne(streamId: string, event: BenchEvent, expected: number): Promise<void> {
    await this.pool.query({
      name: 'plain_insert_1',
      text: multiRowInsert(1),
      values: rowValues(streamId, expected + 1, event),
    });
  }

  async appendNewStream(streamId: string, events: readonly BenchEvent[]): Promise<void> {
    const values: unknown[] = [];
    events.forEach((event, i) => values.push(...rowValues(streamId, i + 1, event)));
    await this.pool.query({ name: `plain_insert_${events.length}`, text: multiRowInsert(events.length), values });
  }

  async replay(
    _name: string,
    fold: Fold,
    expectedTotal: number,
    batchSize: number,
    budgetMs: number,
  ): Promise<ReplayOutcome> {
    let last = '0';
    let count = 0;
    const started = now();
    const deadline = started + budgetMs;
    let partial = false;
    for (let i = 0; i < Math.ceil(expectedTotal / batchSize) + 2; i++) {
      if (now() > deadline) {
        partial = true;
        break;
      }
      const { rows } = await this.pool.query<{ position: string; event_id: string; type: string; data: unknown }>({
        name: 'plain_read_all',
        text: `SELECT position, transaction_id, stream_id, stream_version, event_id, type, schema_version, data, metadata,
                      recorded_at, prev_hash, hash
                 FROM events WHERE position > $1 ORDER BY position LIMIT $2`,
        values: [last, batchSize],
      });
      if (rows.length === 0) break;
      for (const row of rows) fold.add(row.event_id, row.type, row.data);
      count += rows.length;
      last = rows[rows.length - 1].position;
    }
    return {
      supported: true,
      events: count,
      seconds: (now() - started) / 1000,
      partial,
      notes: [
        'plain keyset paging by position, no transaction or checkpoint (not commit-order safe while writers run)',
      ],
    };
  }

  readonly contention: Unsupported = {
    supported: false,
    reason: 'the plain ceiling has no optimistic concurrency control to test',
  };

  async close(): Promise<void> {
    await this.pool.end();
  }
}
