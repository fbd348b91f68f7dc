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

/** Where an inbox page starts: after this task in the inbox's order (due date, latest and undated last). */
export interface InboxKey {
  dueAt: string | null;
  transferId: string;
  taskId: string;
}

/** Narrows an inbox to one proposal's tasks or one type of task. */
export interface InboxFilter {
  transferId?: string;
  type?: string;
}

/** Who asks: the tasks they may decide are those of these positions, delegated to them, or their hearing. */
export interface InboxOwner {
  username: string;
  positionIds: readonly string[];
  employeeNip: string;
}

/**
 * Open tasks a user may decide: on the positions given or delegated to them on the task, or
 * their own hearing; never one they are excluded from (they proposed or decided already) nor one
 * on a proposal about themselves. Reads `t` (joined to `s`) and numbers its parameters from $1.
 */
function decidableBy(owner: InboxOwner, filter: InboxFilter): { where: string[]; params: unknown[] } {
  const params: unknown[] = [owner.username, [...owner.positionIds], owner.employeeNip];
  const where = [
    `NOT ($1 = ANY (t.excluded_user_ids))`,
    `((t.type <> 'hearing' AND t.employee_nip <> $3
       AND (t.position_ids && $2::text[] OR $1 = ANY (t.delegate_user_ids)))
      OR (t.type = 'hearing' AND t.employee_nip = $3))`,
  ];
  if (filter.transferId) where.push(`t.transfer_id = $${params.push(filter.transferId)}::uuid`);
  if (filter.type) where.push(`t.type = $${params.push(filter.type)}`);
  return { where, params };
}

/** A page of the user's open tasks, soonest due first (undated last), after `after` when given. */
export async function openTasksFor(
  pool: Pick<Pool, 'query'>,
  owner: InboxOwner,
  page: InboxFilter & { limit: number; after?: InboxKey },
): Promise<InboxRow[]> {
  const { where, params } = decidableBy(owner, page);
  if (page.after) {
    const transferId = `$${params.push(page.after.transferId)}::uuid`;
    const taskId = `$${params.push(page.after.taskId)}`;
    if (page.after.dueAt === null) {
      where.push(`t.due_at IS NULL AND (t.transfer_id, t.task_id) > (${transferId}, ${taskId})`);
    } else {
      const dueAt = `$${params.push(page.after.dueAt)}::timestamptz`;
      where.push(`(t.due_at IS NULL OR (t.due_at, t.transfer_id, t.task_id) > (${dueAt}, ${transferId}, ${taskId}))`);
    }
  }
  const { rows } = await pool.query<InboxRow>(
    `SELECT t.transfer_id, t.task_id, t.type, t.chain_role, t.stage_index, t.position_ids, t.delegate_user_ids,
            t.employee_nip, t.employee_name, ${isoInstant('t.due_at')} AS due_at, s.origin_agency_id,
            s.target_agency_id, s.origin_position_id, s.target_position_id
       FROM transfer_open_tasks t JOIN transfer_summaries s ON s.id = t.transfer_id
      WHERE ${where.join(' AND ')}
      ORDER BY t.due_at NULLS LAST, t.transfer_id, t.task_id
      LIMIT ${page.limit}`,
    params,
  );
  return rows;
}

/** How many open tasks the user may decide, and how many of them were due before `overdueAt`. */
export async function countOpenTasksFor(
  pool: Pick<Pool, 'query'>,
  owner: InboxOwner,
  filter: InboxFilter,
  overdueAt: Date,
): Promise<{ open: number; overdue: number }> {
  const { where, params } = decidableBy(owner, filter);
  const { rows } = await pool.query<{ open: number; overdue: number }>(
    `SELECT count(*)::int AS open, count(*) FILTER (WHERE t.due_at < $${params.push(overdueAt)})::int AS overdue
       FROM transfer_open_tasks t JOIN transfer_summaries s ON s.id = t.transfer_id
      WHERE ${where.join(' AND ')}`,
    params,
  );
  return rows[0];
}
