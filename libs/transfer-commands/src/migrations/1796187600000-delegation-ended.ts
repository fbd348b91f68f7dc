import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A standing delegation its official ended before its last day: when and by whom. */
export class DelegationEnded1796187600000 implements MigrationInterface {
  name = 'DelegationEnded1796187600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE delegations ADD COLUMN ended_at timestamptz, ADD COLUMN ended_by text');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE delegations DROP COLUMN ended_at, DROP COLUMN ended_by');
  }
}
