import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The proposal as the API shows it gained `workloadForecast`, `trainingNeeds` and the evaluation's
 * rating and training: the transfer list is refilled from the log (as in TransferDetailView), so
 * details stored before show them too.
 */
async function refill(q: QueryRunner): Promise<void> {
  await q.query('TRUNCATE transfer_summaries, transfer_open_tasks');
  await q.query(
    `UPDATE es_subscriptions SET last_transaction_id = '0', last_position = 0, updated_at = now()
      WHERE name = 'transfer-list'`,
  );
}

export class TransferDetailForecast1796190600001 implements MigrationInterface {
  name = 'TransferDetailForecast1796190600001';

  async up(q: QueryRunner): Promise<void> {
    await refill(q);
  }

  async down(q: QueryRunner): Promise<void> {
    await refill(q);
  }
}
