import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { PgTransactor, PostgresEventStore, type JsonObject, type RecordedEvent } from '@mutasi/event-store';
import { foldEvents, transferStreamId, type Transfer } from '@mutasi/transfers';
import { approveB, consent, history, propose, TRANSFER_ID } from '@mutasi/transfers/testing';
import { newEvent } from '../../../../test/support/events';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database';
import { readModelSchema } from '../schema';
import { TransferListProjection } from './transfer-list.projection';
import { listSummaries, openTasksFor, summaryDetail } from './transfer-list.queries';
import { transferView } from './transfer-view';

describe('transfer list read model', () => {
  let db: TestDatabase;
  let pool: Pool;
  let store: PostgresEventStore;

  beforeAll(async () => {
    db = await createTestDatabase('transfer-list');
    pool = db.pool({ max: 4 });
    store = new PostgresEventStore(pool);
    await store.migrate();
    const schema = new DataSource({ type: 'postgres', url: db.url, migrations: readModelSchema.migrations });
    await schema.initialize();
    await schema.runMigrations();
    await schema.destroy();
  });
  afterAll(async () => {
    await pool.end();
    await db.drop();
  });

  it('stores the proposal as the API shows it, folding each batch onto the stream read in its transaction', async () => {
    const events = history(propose(), consent(), approveB('originUnitHead'));
    const toStore = events.map((event) => newEvent(event.type, JSON.parse(JSON.stringify(event.data)) as JsonObject));
    await store.append(transferStreamId(TRANSFER_ID), toStore, { expectedVersion: 'no_stream' });
    const recorded = await store.readStream(transferStreamId(TRANSFER_ID));
    const projection = new TransferListProjection(store);
    const apply = (batch: RecordedEvent[]) => new PgTransactor(pool).transaction((tx) => projection.handle(batch, tx));
    await apply(recorded.slice(0, 2));
    await apply(recorded.slice(2));

    const transfer = foldEvents(events) as Transfer;
    const detail = await summaryDetail(pool, TRANSFER_ID, { sql: 'true', params: [] });
    expect(detail).toEqual({ detail: JSON.parse(JSON.stringify(transferView(transfer))), visible: true });
    const [listed] = await listSummaries(pool, ['true'], [], 10);
    expect(listed).toMatchObject({ id: TRANSFER_ID, version: events.length, proposed_at: transfer.proposedAt });
    expect(listed.updated_at).toBe(recorded[recorded.length - 1].recordedAt.toISOString());
    const open = transfer.stages[1].tasks.filter((task) => task.status === 'open');
    const inbox = await openTasksFor(pool, 'someone-else', open[0].positionIds, '');
    expect(inbox.map((row) => row.task_id)).toEqual([open[0].id]);
    expect(inbox[0].due_at).toBe(transfer.stages[1].dueAt);
  });
});
