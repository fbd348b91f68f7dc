import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The stored answers of commands sent with an Idempotency-Key. Databases created before this
 * migration have the table already (Transfers1764000000002 used to create it), hence IF NOT EXISTS.
 */
export class IdempotencyKeys1796185920001 implements MigrationInterface {
  name = 'IdempotencyKeys1796185920001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE IF NOT EXISTS idempotency_keys (
        user_id text NOT NULL,
        key text NOT NULL,
        route text NOT NULL,
        request_hash text NOT NULL,
        status_code integer,
        response jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, key)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE idempotency_keys');
  }
}
