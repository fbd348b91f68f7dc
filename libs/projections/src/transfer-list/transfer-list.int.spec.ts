import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { PgTransactor, PostgresEventStore, type JsonObject, type RecordedEvent } from '@mutasi/event-store';
import { foldEvents, transferStreamId, type Transfer } from '@mutasi/transfers';
import { approveB, consent, history, propose, TRANSFER_ID } from '@mutasi/transfers/testing';
import { newEvent } from '../../../../test/support/events';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database';
import { readModelSchema } from '../schema';
import { TransferListProjection } from './transfer-list.projection';
import { countOpenTasksFor, listSummaries, openTasksFor, summaryDetail } from './transfer-list.queries';
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
    const owner = { username: 'someone-else', positionIds: open[0].positionIds, employeeNip: '' };
    const inbox = await openTasksFor(pool, owner, { limit: 10 });
    expect(inbox.map((row) => row.task_id)).toEqual([open[0].id]);
    expect(inbox[0].due_at).toBe(transfer.stages[1].dueAt);
  });

  it('pages the inbox soonest due first, undated last, and counts every page', async () => {
    const positionIds = ['P-PAGING'];
    const owner = { username: 'pager', positionIds, employeeNip: '' };
    const dues = ['2026-11-20T02:00:00.000Z', '2026-11-25T02:00:00.000Z', null, '2026-11-20T02:00:00.000Z', null];
    for (const [i, due] of dues.entries()) {
      await pool.query(
        `INSERT INTO transfer_open_tasks (transfer_id, task_id, type, chain_role, stage_index, position_ids,
                delegate_user_ids, excluded_user_ids, employee_nip, employee_name, due_at)
         VALUES ($1, $2, 'approval', 'unit_head', 1, $3, '{}', '{}', '199001012015031001', 'Pegawai', $4)`,
        [TRANSFER_ID, `paging-${i}`, positionIds, due],
      );
    }

    const seen: string[] = [];
    let after: { dueAt: string | null; transferId: string; taskId: string } | undefined;
    for (;;) {
      const page = await openTasksFor(pool, owner, { limit: 2, after });
      seen.push(...page.map((row) => row.task_id));
      const last = page[page.length - 1];
      if (page.length < 2) break;
      after = { dueAt: last.due_at, transferId: last.transfer_id, taskId: last.task_id };
    }
    expect(seen).toEqual(['paging-0', 'paging-3', 'paging-1', 'paging-2', 'paging-4']);
    expect(await countOpenTasksFor(pool, owner, {}, new Date('2026-11-22T00:00:00Z'))).toEqual({
      open: 5,
      overdue: 2,
    });
    expect(await openTasksFor(pool, owner, { limit: 10, transferId: TRANSFER_ID, type: 'hearing' })).toEqual([]);
    expect(await countOpenTasksFor(pool, owner, { transferId: TRANSFER_ID }, new Date(0))).toEqual({
      open: 5,
      overdue: 0,
    });
  });
});
