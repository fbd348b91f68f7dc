import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { Pool } from 'pg';
import type { JobType } from 'bullmq';
import { Gauge } from 'prom-client';
import { metricsRegistry, PG_POOL } from '@mutasi/platform';
import { EMAIL_QUEUE_CLIENT } from './notifications.tokens';
import { NOTIFICATION_STATUSES } from './outbox/notification-status';
import type { EmailQueue } from './queue/email-queue';

const JOB_STATES: JobType[] = [
  'waiting',
  'active',
  'delayed',
  'prioritized',
  'waiting-children',
  'completed',
  'failed',
];

const METRIC_NAMES = ['mutasi_email_queue_jobs', 'mutasi_notifications', 'mutasi_notification_send_attempts'];

/**
 * Prometheus gauges read when /metrics is scraped: the email queue's depth per state (from Redis)
 * and the outcomes in the notification log (sent, dead-lettered, waiting; attempts made), which
 * survive restarts and cover every worker process.
 */
@Injectable()
export class NotificationMetrics implements OnApplicationShutdown {
  private readonly gauges: Gauge[];

  constructor(@Inject(PG_POOL) pool: Pool, @Inject(EMAIL_QUEUE_CLIENT) queue: EmailQueue) {
    this.gauges = [
      new Gauge({
        name: 'mutasi_email_queue_jobs',
        help: 'Jobs in the email queue by state',
        labelNames: ['state'],
        registers: [],
        async collect() {
          const counts = await withinTwoSeconds(queue.getJobCounts(...JOB_STATES)).catch(() => null);
          for (const state of JOB_STATES) this.set({ state }, counts?.[state] ?? Number.NaN);
        },
      }),
      new Gauge({
        name: 'mutasi_notifications',
        help: 'Notifications in the log by status (sent, failed = dead-lettered, pending/queued = waiting)',
        labelNames: ['status'],
        registers: [],
        async collect() {
          const rows = await pool
            .query<{ status: string; n: string }>('SELECT status, count(*) AS n FROM notifications GROUP BY status')
            .then((result) => result.rows)
            .catch(() => null);
          for (const status of NOTIFICATION_STATUSES) {
            this.set({ status }, rows === null ? Number.NaN : Number(rows.find((r) => r.status === status)?.n ?? 0));
          }
        },
      }),
      new Gauge({
        name: 'mutasi_notification_send_attempts',
        help: 'Sending attempts made, over all notifications (retries = attempts - sent - failed)',
        registers: [],
        async collect() {
          // The database away: NaN, so that a scrape still answers with the rest.
          const rows = await pool
            .query<{ n: string | null }>('SELECT sum(attempts) AS n FROM notifications')
            .then((result) => result.rows)
            .catch(() => null);
          this.set(rows === null ? Number.NaN : Number(rows[0]?.n ?? 0));
        },
      }),
    ];
    for (const name of METRIC_NAMES) metricsRegistry.removeSingleMetric(name);
    for (const gauge of this.gauges) metricsRegistry.registerMetric(gauge);
  }

  onApplicationShutdown(): void {
    for (const name of METRIC_NAMES) metricsRegistry.removeSingleMetric(name);
  }
}

/** Redis down: the queue's commands wait for it, but a scrape must answer (the depth is then NaN). */
function withinTwoSeconds<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('Redis did not answer')), 2000);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
