import type { Pool } from 'pg';
import type { TrainingNeed } from '@mutasi/transfers';

/** Evaluated moves of one agency and reason: forecast against outcome. */
export interface EvaluationSummaryRow {
  agencyId: string;
  reason: string;
  evaluated: number;
  /** The agency's units (origin or target of a move) the forecast put in band C, and those measured in it at the evaluation. */
  unitsForecastInBandC: number;
  unitsEndedInBandC: number;
  /** Moves whose forecast brought a unit nearer to band C, and those of them whose outcome did too. */
  promised: number;
  kept: number;
  keptShare: number | null;
  averagePerformanceScore: number | null;
  withTrainingNeeds: number;
  trainingCompleted: number;
}

export interface EvaluationSummaryFilter {
  /** null: every agency. */
  agencyIds: readonly string[] | null;
  /** Evaluation dates (Jakarta), inclusive; null for no bound. */
  from: string | null;
  to: string | null;
}

const SUMMARY_SQL = `
  WITH e AS (
    SELECT * FROM transfer_outcomes
     WHERE evaluated_at IS NOT NULL
       AND ($1::date IS NULL OR evaluated_on >= $1::date)
       AND ($2::date IS NULL OR evaluated_on <= $2::date)),
  t AS (
    SELECT DISTINCT ON (e.transfer_id, a.agency_id) e.*, a.agency_id
      FROM e CROSS JOIN LATERAL (VALUES (e.origin_agency_id), (e.target_agency_id)) a(agency_id)),
  u AS (
    SELECT DISTINCT e.transfer_id, e.reason, s.agency_id, s.unit_id, s.forecast_band, s.outcome_band
      FROM e CROSS JOIN LATERAL (VALUES
        (e.origin_agency_id, e.origin_unit_id, e.workload_forecast->'origin'->>'band', e.workload_outcome->'origin'->>'band'),
        (e.target_agency_id, e.target_unit_id, e.workload_forecast->'target'->>'band', e.workload_outcome->'target'->>'band')
      ) s(agency_id, unit_id, forecast_band, outcome_band)),
  tg AS (
    SELECT agency_id, reason, count(*)::int AS evaluated,
           count(*) FILTER (WHERE promised)::int AS promised,
           count(*) FILTER (WHERE promised AND kept)::int AS kept,
           round(avg(performance_score), 1)::float8 AS average_score,
           count(*) FILTER (WHERE training_needs <> '[]'::jsonb)::int AS with_training_needs,
           count(*) FILTER (WHERE training_completed)::int AS training_completed
      FROM t GROUP BY agency_id, reason),
  ug AS (
    SELECT agency_id, reason,
           count(*) FILTER (WHERE forecast_band = 'C')::int AS forecast_c,
           count(*) FILTER (WHERE outcome_band = 'C')::int AS ended_c
      FROM u GROUP BY agency_id, reason)
  SELECT tg.*, coalesce(ug.forecast_c, 0) AS forecast_c, coalesce(ug.ended_c, 0) AS ended_c
    FROM tg LEFT JOIN ug USING (agency_id, reason)
   WHERE $3::text[] IS NULL OR tg.agency_id = ANY ($3::text[])
   ORDER BY tg.agency_id, tg.reason`;

interface SummarySqlRow {
  agency_id: string;
  reason: string;
  evaluated: number;
  promised: number;
  kept: number;
  average_score: number | null;
  with_training_needs: number;
  training_completed: number;
  forecast_c: number;
  ended_c: number;
}

/**
 * Per agency and reason, the evaluated moves that touch the agency (as origin or target): units in
 * band C as forecast and as measured, promises kept, average performance score, training done.
 */
export async function evaluationSummary(
  pool: Pick<Pool, 'query'>,
  filter: EvaluationSummaryFilter,
): Promise<EvaluationSummaryRow[]> {
  const { rows } = await pool.query<SummarySqlRow>(SUMMARY_SQL, [filter.from, filter.to, filter.agencyIds]);
  return rows.map((row) => ({
    agencyId: row.agency_id,
    reason: row.reason,
    evaluated: row.evaluated,
    unitsForecastInBandC: row.forecast_c,
    unitsEndedInBandC: row.ended_c,
    promised: row.promised,
    kept: row.kept,
    keptShare: row.promised === 0 ? null : Math.round((1000 * row.kept) / row.promised) / 1000,
    averagePerformanceScore: row.average_score,
    withTrainingNeeds: row.with_training_needs,
    trainingCompleted: row.training_completed,
  }));
}

export type TrainingNeedStatus = 'open' | 'completed' | 'all';

/** An executed move with training needs: open until its evaluation says the training took place. */
export interface TrainingNeedsItem {
  transferId: string;
  employeeNip: string;
  employeeName: string;
  agencyId: string;
  targetPositionId: string;
  targetPositionTitle: string;
  effectiveDate: string;
  needs: TrainingNeed[];
  status: 'open' | 'completed';
  evaluatedAt: string | null;
}

interface TrainingSqlRow {
  transfer_id: string;
  employee_nip: string;
  employee_name: string;
  target_agency_id: string;
  target_position_id: string;
  target_position_title: string;
  effective_date: string;
  training_needs: TrainingNeed[];
  training_completed: boolean | null;
  evaluated_at: Date | null;
}

/** The training needs of moves executed into the agencies (`null`: every agency), oldest effective date first. */
export async function trainingNeedsOfExecutedMoves(
  pool: Pick<Pool, 'query'>,
  agencyIds: readonly string[] | null,
  status: TrainingNeedStatus,
): Promise<TrainingNeedsItem[]> {
  const { rows } = await pool.query<TrainingSqlRow>(
    `SELECT transfer_id, employee_nip, employee_name, target_agency_id, target_position_id, target_position_title,
            effective_date::text, training_needs, training_completed, evaluated_at
       FROM transfer_outcomes
      WHERE executed_at IS NOT NULL AND training_needs <> '[]'::jsonb
        AND ($1::text[] IS NULL OR target_agency_id = ANY ($1::text[]))
        AND ($2 = 'all' OR ($2 = 'completed') = (training_completed IS TRUE))
      ORDER BY effective_date, transfer_id`,
    [agencyIds, status],
  );
  return rows.map((row) => ({
    transferId: row.transfer_id,
    employeeNip: row.employee_nip,
    employeeName: row.employee_name,
    agencyId: row.target_agency_id,
    targetPositionId: row.target_position_id,
    targetPositionTitle: row.target_position_title,
    effectiveDate: row.effective_date,
    needs: row.training_needs,
    status: row.training_completed === true ? 'completed' : 'open',
    evaluatedAt: row.evaluated_at?.toISOString() ?? null,
  }));
}
