import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Pending moves also name the employee and the target position, so proposing finds the
 * employee's open proposal and the moves already claiming a position's shortage. Rows written
 * before are filled from the transfer summaries.
 */
export class PendingMovesEmployeePosition1764000000022 implements MigrationInterface {
  name = 'PendingMovesEmployeePosition1764000000022';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE transfer_pending_moves ADD COLUMN employee_nip text, ADD COLUMN target_position_id text;
      UPDATE transfer_pending_moves m SET employee_nip = s.employee_nip, target_position_id = s.target_position_id
        FROM transfer_summaries s WHERE s.id = m.transfer_id;
      CREATE INDEX transfer_pending_moves_employee ON transfer_pending_moves (employee_nip);
      CREATE INDEX transfer_pending_moves_target_position ON transfer_pending_moves (target_position_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE transfer_pending_moves DROP COLUMN employee_nip, DROP COLUMN target_position_id');
  }
}
