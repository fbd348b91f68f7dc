import type { Pool } from 'pg';
import type { TransferOpenTaskRow } from './open-task-row';
import { isoInstant, type TransferSummaryRow } from './summary-row';
import type { TransferView } from './transfer-view';

/** A condition on `transfer_summaries s` and its parameters (numbered after the query's own). */
export interface SqlCondition {
  sql: string;
  params: unknown[];
}

export type ListedSummary = Omit<
  TransferSummaryRow,
  'last_position' | 'participant_position_ids' | 'proposer_user_id' | 'detail'
> & {
  /** A temporary assignment's end date (from the detail), null for a permanent transfer. */
  temporary_end_date: string | null;
};

const LIST_COLUMNS = `s.id, s.version, s.status, s.kind, s.employee_nip, s.employee_name, s.origin_position_id,
  s.target_position_id, s.origin_agency_id, s.target_agency_id, s.requested_effective_date::text,
  ${isoInstant('s.proposed_at')} AS proposed_at, ${isoInstant('s.updated_at')} AS updated_at,
  s.detail->'temporary'->>'endDate' AS temporary_end_date`;

/** A page of the list, newest proposal first; `where` reads `s` and is bound by `params`. */
export async function listSummaries(
  pool: Pick<Pool, 'query'>,
  where: readonly string[],
  params: readonly unknown[],
  limit: number,
): Promise<ListedSummary[]> {
  const { rows } = await pool.query<ListedSummary>(
    `SELECT ${LIST_COLUMNS} FROM transfer_summaries s WHERE ${where.join(' AND ')}
      ORDER BY s.proposed_at DESC, s.id DESC LIMIT ${limit}`,
    [...params],
  );
  return rows;
}

/** A proposal's detail and whether `visible` (numbered from $2) holds for it; undefined if unknown. */
export async function summaryDetail(
  pool: Pick<Pool, 'query'>,
  id: string,
  visible: SqlCondition,
): Promise<{ detail: TransferView; visible: boolean } | undefined> {
  const { rows } = await pool.query<{ detail: TransferView; visible: boolean }>(
    `SELECT s.detail, ${visible.sql} AS visible FROM transfer_summaries s WHERE s.id = $1`,
    [id, ...visible.params],
  );
  return rows[0];
}

export type InboxRow = Omit<TransferOpenTaskRow, 'excluded_user_ids'> &
  Pick<TransferSummaryRow, 'origin_agency_id' | 'target_agency_id' | 'origin_position_id' | 'target_position_id'>;

/**
 * Open tasks a user may decide: on the positions given or delegated to them on the task, or
 * their own hearing; never one they are excluded from (they proposed or decided already) nor one
 * on a proposal about themselves.
 */
export async function openTasksFor(
  pool: Pick<Pool, 'query'>,
  username: string,
  positionIds: readonly string[],
  employeeNip: string,
): Promise<InboxRow[]> {
  const { rows } = await pool.query<InboxRow>(
    `SELECT t.transfer_id, t.task_id, t.type, t.chain_role, t.stage_index, t.position_ids, t.delegate_user_ids,
            t.employee_nip, t.employee_name, ${isoInstant('t.due_at')} AS due_at, s.origin_agency_id,
            s.target_agency_id, s.origin_position_id, s.target_position_id
       FROM transfer_open_tasks t JOIN transfer_summaries s ON s.id = t.transfer_id
      WHERE NOT ($1 = ANY (t.excluded_user_ids))
        AND ((t.type <> 'hearing' AND t.employee_nip <> $3
              AND (t.position_ids && $2::text[] OR $1 = ANY (t.delegate_user_ids)))
             OR (t.type = 'hearing' AND t.employee_nip = $3))
      ORDER BY t.due_at NULLS LAST, t.transfer_id, t.task_id
      LIMIT 1000`,
    [username, [...positionIds], employeeNip],
  );
  return rows;
}
