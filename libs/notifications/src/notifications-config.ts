import { resolve } from 'node:path';
import { ConfigError } from '@mutasi/platform';

/** How notifications are queued and sent; from environment variables, checked at start. */
export interface NotificationsConfig {
  /** Folder of the email templates (`<language>/<template>.{subject,html,text}.hbs`). */
  templatesDir: string;
  /** SMTP connections kept open by the pooled transport. */
  smtpPoolSize: number;
  /** Emails a worker process sends in parallel. */
  concurrency: number;
  /** Sending attempts before a notification is dead-lettered (status `failed`). */
  attempts: number;
  /** First retry delay; each further retry waits twice as long. */
  backoffMs: number;
  /** At most `rateMax` emails per `rateDurationMs` to the SMTP server, across all workers; 0 turns the limit off. */
  rateMax: number;
  rateDurationMs: number;
  /** How often the dispatcher looks for rows to queue when it is not woken. */
  dispatchIntervalMs: number;
  dispatchBatchSize: number;
  /** A queued row not sent after this long is checked against the queue and queued again if its job is gone. */
  requeueAfterMs: number;
  /** A job whose worker stops renewing its lock this long is taken over by another worker. */
  lockDurationMs: number;
  stalledIntervalMs: number;
  /** How long before a task falls due its holders are reminded (if it is still open then). */
  taskReminderLeadHours: number;
  /** Events older than this when first projected (a new deployment replaying history) send nothing. */
  maxEventAgeHours: number;
}

export const DEFAULT_TEMPLATES_DIR = resolve(__dirname, '..', 'templates');

export function loadNotificationsConfig(env: NodeJS.ProcessEnv = process.env): NotificationsConfig {
  const problems: string[] = [];
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max}, got ${JSON.stringify(raw)}`);
      return fallback;
    }
    return value;
  };
  const config: NotificationsConfig = {
    templatesDir: resolve(env.TEMPLATES_DIR || DEFAULT_TEMPLATES_DIR),
    smtpPoolSize: int('SMTP_POOL_SIZE', 5, 1, 100),
    concurrency: int('MAIL_CONCURRENCY', 10, 1, 500),
    attempts: int('MAIL_ATTEMPTS', 8, 1, 100),
    backoffMs: int('MAIL_BACKOFF_MS', 30_000, 1, 24 * 3_600_000),
    rateMax: int('MAIL_RATE_MAX', 100, 0, 1_000_000),
    rateDurationMs: int('MAIL_RATE_DURATION_MS', 1000, 1, 3_600_000),
    dispatchIntervalMs: int('OUTBOX_POLL_MS', 250, 10, 60_000),
    dispatchBatchSize: int('OUTBOX_BATCH_SIZE', 500, 1, 10_000),
    requeueAfterMs: int('OUTBOX_REQUEUE_AFTER_MS', 300_000, 100, 24 * 3_600_000),
    lockDurationMs: int('MAIL_LOCK_MS', 30_000, 200, 3_600_000),
    stalledIntervalMs: int('MAIL_STALLED_INTERVAL_MS', 30_000, 100, 3_600_000),
    taskReminderLeadHours: int('TASK_REMINDER_LEAD_HOURS', 24, 1, 24 * 30),
    maxEventAgeHours: int('NOTIFY_MAX_EVENT_AGE_HOURS', 168, 1, 24 * 3650),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
