import { Queue, type JobsOptions } from 'bullmq';
import { bullmqOptions, type AppConfig } from '@mutasi/platform';
import type { NotificationsConfig } from '../notifications-config';

/** One queue per SMTP server: its rate limit is the server's. */
export const EMAIL_QUEUE = 'notification-email';

export type EmailJob = { notificationId: string };
export type EmailQueue = Queue<EmailJob, void, 'send'>;

export function emailJobOptions(config: NotificationsConfig): JobsOptions {
  return {
    attempts: config.attempts,
    backoff: { type: 'exponential', delay: config.backoffMs },
    removeOnComplete: { count: 1000 },
    removeOnFail: { age: 7 * 24 * 3600, count: 10_000 },
  };
}

/** The queue as producers and the dashboard see it (the API has no notification settings: defaults apply). */
export function createEmailQueue(app: AppConfig, jobOptions?: JobsOptions): EmailQueue {
  return new Queue<EmailJob, void, 'send'>(EMAIL_QUEUE, { ...bullmqOptions(app), defaultJobOptions: jobOptions });
}

/** Whether the queue's Redis connection is up: while it is not, rows wait in PostgreSQL. */
export async function isQueueConnected(queue: EmailQueue): Promise<boolean> {
  const client = await queue.getBackend().client;
  return client.status === 'ready';
}
