import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Employees' current wishes (the aspirations projection), read by the transfer planner. */
export class Aspirations1764000000030 implements MigrationInterface {
  name = 'Aspirations1764000000030';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE aspirations (
        nip text NOT NULL,
        rank smallint NOT NULL,
        unit_id text,
        position_id text,
        reason text NOT NULL,
        source text NOT NULL,
        stated_by text NOT NULL,
        stated_at timestamptz NOT NULL,
        PRIMARY KEY (nip, rank)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE aspirations');
  }
}
