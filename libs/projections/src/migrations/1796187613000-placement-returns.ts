import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A temporary assignment moves its employee twice: out on its effective date (`transfer`) and home
 * on its end date (`return`); each move is one placement_history row of the proposal.
 */
export class PlacementReturns1796187613000 implements MigrationInterface {
  name = 'PlacementReturns1796187613000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE placement_history ADD COLUMN movement text NOT NULL DEFAULT 'transfer';
      ALTER TABLE placement_history DROP CONSTRAINT placement_history_pkey;
      ALTER TABLE placement_history ADD PRIMARY KEY (transfer_id, movement);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DELETE FROM placement_history WHERE movement <> 'transfer';
      ALTER TABLE placement_history DROP CONSTRAINT placement_history_pkey;
      ALTER TABLE placement_history ADD PRIMARY KEY (transfer_id);
      ALTER TABLE placement_history DROP COLUMN movement;
    `);
  }
}
