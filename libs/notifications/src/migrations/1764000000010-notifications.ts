import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The notification outbox and log: one row per (event, recipient address), written by the
 * outbox projection, queued by the dispatcher, sent and marked by the email worker.
 */
export class Notifications1764000000010 implements MigrationInterface {
  name = 'Notifications1764000000010';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        event_id uuid NOT NULL,
        event_type text NOT NULL,
        event_position bigint NOT NULL,
        transfer_id text NOT NULL,
        template text NOT NULL,
        recipient_email text NOT NULL,
        recipient_username text,
        recipient_name text NOT NULL,
        language text NOT NULL,
        params jsonb NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'queued', 'sent', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        message_id text,
        created_at timestamptz NOT NULL DEFAULT now(),
        queued_at timestamptz,
        last_attempt_at timestamptz,
        sent_at timestamptz,
        failed_at timestamptz,
        CONSTRAINT notifications_once_per_event_and_address UNIQUE (event_id, recipient_email)
      );
      CREATE INDEX notifications_pending ON notifications (seq) WHERE status = 'pending';
      CREATE INDEX notifications_queued ON notifications (queued_at) WHERE status = 'queued';
      CREATE INDEX notifications_recipient ON notifications (recipient_email, seq);
      CREATE INDEX notifications_status ON notifications (status, seq);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE notifications');
  }
}
