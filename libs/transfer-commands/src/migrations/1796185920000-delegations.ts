import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Standing delegations, written by the delegate command. Databases created before this migration
 * have the table already (Transfers1764000000002 used to create it), hence IF NOT EXISTS.
 */
export class Delegations1796185920000 implements MigrationInterface {
  name = 'Delegations1796185920000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE IF NOT EXISTS delegations (
        id uuid PRIMARY KEY,
        delegator_user_id text NOT NULL,
        delegate_user_id text NOT NULL,
        position_ids text[] NOT NULL,
        valid_from date NOT NULL,
        valid_to date NOT NULL,
        created_at timestamptz NOT NULL,
        CHECK (valid_from <= valid_to)
      );
      CREATE INDEX IF NOT EXISTS delegations_delegate ON delegations (delegate_user_id, valid_to);
      CREATE INDEX IF NOT EXISTS delegations_delegator ON delegations (delegator_user_id, valid_to);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE delegations');
  }
}
