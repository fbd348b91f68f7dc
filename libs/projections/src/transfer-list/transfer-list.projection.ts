import type { PostgresEventStore, RecordedEvent, SubscriptionHandler, TransactionScope } from '@mutasi/event-store';
import { loadTransfer } from '@mutasi/transfer-commands/load-transfer';
import { evolve, initialState, isTransfer, type Transfer, type TransferState } from '@mutasi/transfers';
import { transferEventsByStream } from '../transfer-events-by-stream';
import { openTaskRows, type TransferOpenTaskRow } from './open-task-row';
import type { TransferSummaryRow } from './summary-row';
import { transferView } from './transfer-view';

export const TRANSFER_LIST_PROJECTION = 'transfer-list';

const UPSERT_SUMMARIES = `
  INSERT INTO transfer_summaries AS s (id, version, last_position, status, kind, employee_nip, employee_name,
    origin_position_id, target_position_id, origin_agency_id, target_agency_id, participant_position_ids,
    proposer_user_id, requested_effective_date, proposed_at, updated_at, detail)
  SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, version integer, last_position bigint, status text,
    kind text, employee_nip text, employee_name text, origin_position_id text, target_position_id text,
    origin_agency_id text, target_agency_id text, participant_position_ids text[], proposer_user_id text,
    requested_effective_date date, proposed_at timestamptz, updated_at timestamptz, detail jsonb)
  ON CONFLICT (id) DO UPDATE SET version = excluded.version, last_position = excluded.last_position,
    status = excluded.status, kind = excluded.kind, employee_nip = excluded.employee_nip,
    employee_name = excluded.employee_name, origin_position_id = excluded.origin_position_id,
    target_position_id = excluded.target_position_id, origin_agency_id = excluded.origin_agency_id,
    target_agency_id = excluded.target_agency_id, participant_position_ids = excluded.participant_position_ids,
    requested_effective_date = excluded.requested_effective_date, updated_at = excluded.updated_at,
    detail = excluded.detail`;

const INSERT_OPEN_TASKS = `
  INSERT INTO transfer_open_tasks (transfer_id, task_id, type, chain_role, stage_index, position_ids,
    delegate_user_ids, excluded_user_ids, employee_nip, employee_name, due_at)
  SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(transfer_id uuid, task_id text, type text, chain_role text,
    stage_index integer, position_ids text[], delegate_user_ids text[], excluded_user_ids text[],
    employee_nip text, employee_name text, due_at timestamptz)`;

/**
 * The transfer list and detail (`transfer_summaries`, with the proposal as the API shows it in
 * `detail`) and the inbox (`transfer_open_tasks`). Both come from the same fold, so one projection
 * keeps them in step: per batch it loads each touched proposal's state before the batch from its
 * stream (`loadTransfer`, in the batch's transaction), folds the new events in, and writes the
 * rows with their open tasks. The domain state itself is not stored, so a change in it changes
 * what the API serves only through `transferView`.
 */
export class TransferListProjection implements SubscriptionHandler<TransactionScope> {
  readonly name = TRANSFER_LIST_PROJECTION;

  constructor(private readonly store: Pick<PostgresEventStore, 'inTransaction'>) {}

  async handle(events: readonly RecordedEvent[], tx: TransactionScope): Promise<void> {
    const byId = transferEventsByStream(events);
    if (byId.size === 0) return;
    const ids = [...byId.keys()];
    const reader = this.store.inTransaction(tx.sql);
    const summaries: TransferSummaryRow[] = [];
    const tasks: TransferOpenTaskRow[] = [];
    for (const [id, group] of byId) {
      const before = group[0].recorded.streamVersion - 1;
      let state: TransferState = before > 0 ? await loadTransfer(reader, id, { toVersion: before }) : initialState;
      for (const { event } of group) state = evolve(state, event);
      if (!isTransfer(state)) continue;
      const last = group[group.length - 1].recorded;
      summaries.push(summaryRow(state, last.position, last.recordedAt.toISOString()));
      tasks.push(...openTaskRows(state));
    }
    await tx.sql.query(UPSERT_SUMMARIES, [JSON.stringify(summaries)]);
    await tx.sql.query('DELETE FROM transfer_open_tasks WHERE transfer_id = ANY ($1::uuid[])', [ids]);
    if (tasks.length > 0) await tx.sql.query(INSERT_OPEN_TASKS, [JSON.stringify(tasks)]);
  }

  async reset(tx: TransactionScope): Promise<void> {
    await tx.sql.query('TRUNCATE transfer_summaries, transfer_open_tasks');
  }
}

function summaryRow(transfer: Transfer, position: string, updatedAt: string): TransferSummaryRow {
  const participants = new Set(transfer.stages.flatMap((stage) => stage.tasks.flatMap((task) => task.positionIds)));
  return {
    id: transfer.id,
    version: transfer.version,
    last_position: position,
    status: transfer.status,
    kind: transfer.kind,
    employee_nip: transfer.employeeNip,
    employee_name: transfer.employee.name,
    origin_position_id: transfer.originPositionId,
    target_position_id: transfer.targetPositionId,
    origin_agency_id: transfer.origin.agency.id,
    target_agency_id: transfer.target.agency.id,
    participant_position_ids: [...participants],
    proposer_user_id: transfer.proposer.userId,
    requested_effective_date: transfer.requestedEffectiveDate,
    proposed_at: transfer.proposedAt,
    updated_at: updatedAt,
    detail: transferView(transfer),
  };
}
