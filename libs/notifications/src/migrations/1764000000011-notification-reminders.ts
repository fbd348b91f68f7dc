import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reminders: a notification may be scheduled (`send_at`) and sent then only if its `condition`
 * still holds (else `cancelled`). A reminder is a second notification of the same event to the
 * same address, under another template: rows are unique per (event, address, template).
 */
export class NotificationReminders1764000000011 implements MigrationInterface {
  name = 'NotificationReminders1764000000011';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE notifications ADD COLUMN send_at timestamptz, ADD COLUMN condition jsonb;
      ALTER TABLE notifications DROP CONSTRAINT notifications_status_check;
      ALTER TABLE notifications ADD CONSTRAINT notifications_status_check
        CHECK (status IN ('scheduled', 'pending', 'queued', 'sent', 'failed', 'cancelled'));
      ALTER TABLE notifications DROP CONSTRAINT notifications_once_per_event_and_address;
      ALTER TABLE notifications ADD CONSTRAINT notifications_once_per_event_address_and_template
        UNIQUE (event_id, recipient_email, template);
      CREATE INDEX notifications_scheduled ON notifications (send_at) WHERE status = 'scheduled';
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DELETE FROM notifications WHERE send_at IS NOT NULL;
      DROP INDEX notifications_scheduled;
      ALTER TABLE notifications DROP CONSTRAINT notifications_once_per_event_address_and_template;
      ALTER TABLE notifications ADD CONSTRAINT notifications_once_per_event_and_address UNIQUE (event_id, recipient_email);
      ALTER TABLE notifications DROP CONSTRAINT notifications_status_check;
      ALTER TABLE notifications ADD CONSTRAINT notifications_status_check
        CHECK (status IN ('pending', 'queued', 'sent', 'failed'));
      ALTER TABLE notifications DROP COLUMN send_at, DROP COLUMN condition;
    `);
  }
}
