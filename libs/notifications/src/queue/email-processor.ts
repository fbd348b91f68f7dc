import { Worker } from 'bullmq';
import { bullmqOptions, type AppConfig } from '@mutasi/platform';
import type { NotificationsConfig } from '../notifications-config';
import { EMAIL_QUEUE, type EmailJob } from './email-queue';

export type EmailJobHandler = (job: EmailJob) => Promise<unknown>;

/**
 * The BullMQ worker of the email queue: `concurrency` sends at a time in this process, at most
 * `rateMax` per `rateDurationMs` across all processes (the SMTP server's limit). A job whose
 * process died is taken over once its lock expires; a stall is no fault of the email, so it does
 * not count against its attempts.
 */
export function createEmailWorker(
  app: AppConfig,
  config: NotificationsConfig,
  handle: EmailJobHandler,
  onError: (error: Error) => void,
): Worker<EmailJob, unknown, 'send'> {
  const worker = new Worker<EmailJob, unknown, 'send'>(EMAIL_QUEUE, (job) => handle(job.data), {
    ...bullmqOptions(app),
    autorun: false,
    concurrency: config.concurrency,
    limiter: config.rateMax > 0 ? { max: config.rateMax, duration: config.rateDurationMs } : undefined,
    lockDuration: config.lockDurationMs,
    stalledInterval: config.stalledIntervalMs,
    maxStalledCount: 1000,
    removeOnComplete: { count: 1000 },
    removeOnFail: { age: 7 * 24 * 3600, count: 10_000 },
  });
  worker.on('error', onError);
  return worker;
}
