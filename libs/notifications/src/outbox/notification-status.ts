/**
 * `pending`: written by the outbox projection, not yet handed to the queue; `queued`: in the
 * queue (or being retried); `sent`: accepted by the SMTP server; `failed`: dead-lettered after
 * the last attempt or a permanent refusal.
 */
export const NOTIFICATION_STATUSES = ['pending', 'queued', 'sent', 'failed'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];
