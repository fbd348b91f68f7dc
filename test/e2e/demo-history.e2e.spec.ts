import { addMonths, jakartaDate } from '@mutasi/calendar';
import type { Pool } from 'pg';
import { EVENT_STORE, type PostgresEventStore } from '@mutasi/event-store';
import { PG_POOL } from '@mutasi/platform';
import { loadTransfer } from '@mutasi/transfer-commands/load-transfer';
import {
  CHAIN_RUNNING_STATUSES,
  currentStage,
  decidedUserIds,
  isTransfer,
  transferIdOf,
  type Transfer,
} from '@mutasi/transfers';
import { createApiApp } from '../../apps/api/src';
import { eventually } from '../support/eventually';
import { startTestApp, type TestApp } from '../support/test-app';
import { holdersOf, TransferClient } from '../support/transfer-client';

interface LoggedEvent {
  streamId: string;
  type: string;
  metadata: Record<string, unknown>;
  recordedAt: Date;
  position: string;
}

/** The whole log as it is committed now. */
async function wholeLog(pool: Pool): Promise<LoggedEvent[]> {
  const { rows } = await pool.query<LoggedEvent>(
    `SELECT stream_id AS "streamId", type, metadata, recorded_at AS "recordedAt", position::text AS position
       FROM es_events e ORDER BY e.position`,
  );
  return rows;
}

describe('the demo history on a fresh database', () => {
  let app: TestApp;
  let store: PostgresEventStore;
  let pool: Pool;
  let client: TransferClient;
  let log: LoggedEvent[];
  let transfers: Transfer[];

  beforeAll(async () => {
    app = await startTestApp('demo_history', { withWorker: true, env: { SEED_DEMO_HISTORY: 'true' } });
    store = app.api.get<PostgresEventStore>(EVENT_STORE);
    pool = app.api.get<Pool>(PG_POOL);
    client = new TransferClient(app);
    log = await wholeLog(pool);
    client.position = log[log.length - 1].position;
    const ids = [...new Set(log.map((e) => transferIdOf(e.streamId)).filter((id) => id !== null))];
    transfers = (await Promise.all(ids.map((id) => loadTransfer(store, id)))).filter(isTransfer);
  });
  afterAll(() => app.close());

  it('plays about a year of proposals through the commands, every event marked as demo history', () => {
    expect(transfers.length).toBeGreaterThanOrEqual(30);
    const played = log.filter((e) => transferIdOf(e.streamId) !== null);
    expect(played.every((e) => e.metadata.demoHistory === true)).toBe(true);
    expect(log.filter((e) => e.streamId === 'demo-history').map((e) => e.type)).toEqual([
      'DemoHistoryPlanned',
      'DemoHistoryPlayed',
    ]);
    const now = Date.now();
    const daysAgo = played.map((e) => (now - e.recordedAt.getTime()) / 86_400_000);
    expect(Math.max(...daysAgo)).toBeGreaterThan(300);
    expect(Math.min(...daysAgo)).toBeLessThan(7);
    expect(Math.min(...daysAgo)).toBeGreaterThan(0);
    const statuses = new Set(transfers.map((t) => t.status));
    for (const status of ['EXECUTED', 'EVALUATED', 'REJECTED', 'WITHDRAWN', 'RETURNED', 'APPROVED', 'IN_APPROVAL']) {
      expect(statuses).toContain(status);
    }
  });

  it('leaves executed transfers due for evaluation', () => {
    const today = jakartaDate(new Date());
    const due = transfers.filter(
      (t) => t.status === 'EXECUTED' && t.execution !== null && addMonths(t.execution.effectiveDate, 6) <= today,
    );
    expect(due.length).toBeGreaterThanOrEqual(3);
  });

  it('holds a temporary assignment, executed, that ends next month', () => {
    const today = jakartaDate(new Date());
    const away = transfers.filter((t) => t.status === 'EXECUTED' && t.temporary?.phase === 'away');
    expect(away).toHaveLength(1);
    const endDate = away[0].temporary?.endDate ?? '';
    expect(endDate > today).toBe(true);
    expect(endDate <= addMonths(today, 2)).toBe(true);
  });

  it("puts open tasks in the approvers' inboxes", async () => {
    const open = transfers
      .filter((t) => CHAIN_RUNNING_STATUSES.includes(t.status))
      .flatMap((t) => {
        const task = currentStage(t)?.tasks.find((k) => k.status === 'open' && k.type !== 'hearing');
        const approver = task?.positionIds.flatMap(holdersOf).find((u) => !decidedUserIds(t).has(u));
        return task && approver ? [{ transfer: t, task, approver }] : [];
      });
    expect(open.length).toBeGreaterThanOrEqual(3);
    const { transfer, task, approver } = open[0];
    const inbox = await eventually(
      () => client.inbox(approver),
      (items) => items.some((item) => item.transferId === transfer.id),
    );
    expect(inbox).toContainEqual(expect.objectContaining({ transferId: transfer.id, taskId: task.id }));
  });

  it('builds the read models from the log: the proposal list agrees with every stream', async () => {
    const listed = new Map<string, string>();
    let cursor: string | null = null;
    do {
      const response = await client.get('auditor', `/transfers?limit=100${cursor ? `&cursor=${cursor}` : ''}`);
      expect(response.status).toBe(200);
      for (const item of response.body.items as { id: string; status: string }[]) listed.set(item.id, item.status);
      cursor = response.body.nextCursor;
    } while (cursor);
    expect(listed).toEqual(new Map(transfers.map((t) => [t.id, t.status])));
  });

  it('adds nothing on a second start', async () => {
    const again = await createApiApp(app.config);
    await again.close();
    expect((await wholeLog(pool)).length).toBe(log.length);
  });
});
