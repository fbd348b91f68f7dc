import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The workload figures of each position per ABK year; `positions.annual_workload_minutes` keeps
 * the latest year's figure, which every other reader uses. The figures stored so far become this
 * year's (Jakarta calendar).
 */
export class PositionWorkloads1796190000000 implements MigrationInterface {
  name = 'PositionWorkloads1796190000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE position_workloads (
        position_id text NOT NULL REFERENCES positions (id) DEFERRABLE INITIALLY DEFERRED,
        year integer NOT NULL,
        annual_workload_minutes integer NOT NULL,
        PRIMARY KEY (position_id, year)
      );
      INSERT INTO position_workloads (position_id, year, annual_workload_minutes)
      SELECT id, extract(year FROM now() AT TIME ZONE 'Asia/Jakarta')::int, annual_workload_minutes
        FROM positions WHERE annual_workload_minutes IS NOT NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE position_workloads');
  }
}
