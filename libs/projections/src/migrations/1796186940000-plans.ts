import type { MigrationInterface, QueryRunner } from 'typeorm';

/** One row per drafted plan (the plans projection): what GET /plans lists and what an interrupted approval is found by. */
export class Plans1796186940000 implements MigrationInterface {
  name = 'Plans1796186940000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE plans (
        plan_id uuid PRIMARY KEY,
        scope_kind text NOT NULL,
        scope_id text NOT NULL,
        agency_ids text[] NOT NULL,
        status text NOT NULL,
        move_count integer NOT NULL,
        drafted_by text NOT NULL,
        drafted_at timestamptz NOT NULL,
        decided_by text,
        decided_at timestamptz,
        proposals_created integer,
        proposals_not_proposed integer,
        proposals_created_at timestamptz
      );
      CREATE INDEX plans_drafted ON plans (drafted_at DESC, plan_id DESC);
      CREATE INDEX plans_agencies ON plans USING gin (agency_ids);
      CREATE INDEX plans_approved_without_proposals ON plans (plan_id)
        WHERE status = 'APPROVED' AND proposals_created_at IS NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE plans');
  }
}
