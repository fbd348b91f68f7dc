import type { Pool } from 'pg';
import type { PlanRow } from './plan-row';

/** A page of plans, newest first; `where` reads `p` and is bound by `params`. */
export async function listPlans(
  pool: Pick<Pool, 'query'>,
  where: readonly string[],
  params: readonly unknown[],
  limit: number,
): Promise<PlanRow[]> {
  const { rows } = await pool.query<PlanRow>(
    `SELECT * FROM plans p WHERE ${where.join(' AND ')} ORDER BY p.drafted_at DESC, p.plan_id DESC LIMIT ${limit}`,
    [...params],
  );
  return rows;
}

/** Approved plans whose proposals were never recorded: an approval interrupted midway. */
export async function interruptedApprovals(pool: Pick<Pool, 'query'>): Promise<string[]> {
  const { rows } = await pool.query<{ plan_id: string }>(
    `SELECT plan_id FROM plans WHERE status = 'APPROVED' AND proposals_created_at IS NULL ORDER BY plan_id`,
  );
  return rows.map((r) => r.plan_id);
}
