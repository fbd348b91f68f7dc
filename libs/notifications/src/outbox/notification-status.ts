/**
 * `scheduled`: a reminder waiting for its time; `pending`: written (or fallen due), not yet handed
 * to the queue; `queued`: in the queue (or being retried); `sent`: accepted by the SMTP server;
 * `failed`: dead-lettered after the last attempt or a permanent refusal; `cancelled`: a reminder
 * that was no longer true when it fell due (the task was decided, the evaluation recorded).
 */
export const NOTIFICATION_STATUSES = ['scheduled', 'pending', 'queued', 'sent', 'failed', 'cancelled'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];
