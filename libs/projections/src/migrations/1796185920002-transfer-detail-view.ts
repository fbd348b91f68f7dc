import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `transfer_summaries.detail` now holds the proposal as the API shows it, no longer the domain's
 * folded state: the transfer list is emptied and its projection's checkpoint moved back to the
 * start, so the worker refills it from the log (as a rebuild does). A runner that held the old
 * checkpoint fails its next compare-and-set and starts again from this one.
 */
async function refill(q: QueryRunner): Promise<void> {
  await q.query('TRUNCATE transfer_summaries, transfer_open_tasks');
  await q.query(
    `UPDATE es_subscriptions SET last_transaction_id = '0', last_position = 0, updated_at = now()
      WHERE name = 'transfer-list'`,
  );
}

export class TransferDetailView1796185920002 implements MigrationInterface {
  name = 'TransferDetailView1796185920002';

  async up(q: QueryRunner): Promise<void> {
    await refill(q);
  }

  /** Back on the earlier code, the model is refilled in its shape the same way. */
  async down(q: QueryRunner): Promise<void> {
    await refill(q);
  }
}
