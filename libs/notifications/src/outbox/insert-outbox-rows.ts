import type { SqlExecutor } from '@mutasi/event-store';
import type { OutboxRow } from './outbox-row';

/** One multi-row insert; a row already written for the same event, address and template is left as it is. */
export async function insertOutboxRows(sql: SqlExecutor, rows: readonly OutboxRow[]): Promise<void> {
  if (rows.length === 0) return;
  await sql.query(
    `INSERT INTO notifications (event_id, event_type, event_position, transfer_id, template, recipient_email,
                                recipient_username, recipient_name, language, params, send_at, condition, status)
     SELECT *, CASE WHEN send_at IS NULL THEN 'pending' ELSE 'scheduled' END
       FROM unnest($1::uuid[], $2::text[], $3::bigint[], $4::text[], $5::text[], $6::text[],
                   $7::text[], $8::text[], $9::text[], $10::jsonb[], $11::timestamptz[], $12::jsonb[])
            AS r (event_id, event_type, event_position, transfer_id, template, recipient_email,
                  recipient_username, recipient_name, language, params, send_at, condition)
     ON CONFLICT (event_id, recipient_email, template) DO NOTHING`,
    [
      rows.map((r) => r.eventId),
      rows.map((r) => r.eventType),
      rows.map((r) => r.eventPosition),
      rows.map((r) => r.transferId),
      rows.map((r) => r.template),
      rows.map((r) => r.recipientEmail),
      rows.map((r) => r.recipientUsername),
      rows.map((r) => r.recipientName),
      rows.map((r) => r.language),
      rows.map((r) => JSON.stringify(r.params)),
      rows.map((r) => r.sendAt),
      rows.map((r) => (r.condition === null ? null : JSON.stringify(r.condition))),
    ],
  );
}
