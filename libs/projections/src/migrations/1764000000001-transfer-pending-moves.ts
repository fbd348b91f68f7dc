import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Open transfer proposals as moves between units, read by the workload model (pendingIn/pendingOut). */
export class TransferPendingMoves1764000000001 implements MigrationInterface {
  name = 'TransferPendingMoves1764000000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE transfer_pending_moves (
        transfer_id uuid PRIMARY KEY,
        origin_unit_id text NOT NULL,
        target_unit_id text NOT NULL
      );
      CREATE INDEX transfer_pending_moves_origin ON transfer_pending_moves (origin_unit_id);
      CREATE INDEX transfer_pending_moves_target ON transfer_pending_moves (target_unit_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE transfer_pending_moves');
  }
}
