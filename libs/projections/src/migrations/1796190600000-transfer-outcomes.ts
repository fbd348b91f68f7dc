import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One row per proposal (the evaluations projection): what it forecast and recorded as training
 * needs, then its execution and evaluation; GET /evaluations/summary and GET /training-needs read it.
 */
export class TransferOutcomes1796190600000 implements MigrationInterface {
  name = 'TransferOutcomes1796190600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE transfer_outcomes (
        transfer_id uuid PRIMARY KEY,
        employee_nip text NOT NULL,
        employee_name text NOT NULL,
        kind text NOT NULL,
        reason text NOT NULL,
        origin_agency_id text NOT NULL,
        target_agency_id text NOT NULL,
        origin_unit_id text NOT NULL,
        target_unit_id text NOT NULL,
        target_position_id text NOT NULL,
        target_position_title text NOT NULL,
        workload_before jsonb NOT NULL,
        workload_forecast jsonb,
        training_needs jsonb NOT NULL,
        effective_date date,
        executed_at timestamptz,
        evaluated_at timestamptz,
        evaluated_on date,
        performance_score numeric,
        performance_rating text,
        adaptation text,
        training_completed boolean,
        workload_outcome jsonb,
        promised boolean,
        kept boolean
      );
      CREATE INDEX transfer_outcomes_evaluated ON transfer_outcomes (evaluated_on) WHERE evaluated_at IS NOT NULL;
      CREATE INDEX transfer_outcomes_training ON transfer_outcomes (target_agency_id, effective_date)
        WHERE executed_at IS NOT NULL AND training_needs <> '[]'::jsonb;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE transfer_outcomes');
  }
}
