import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import { APP_CONFIG, bullmqOptions, CLOCK, type AppConfig, type Clock } from '@mutasi/platform';

export const STAGE_ESCALATION_QUEUE = 'stage-escalation';

export interface StageEscalationJob {
  transferId: string;
  correlationId: string;
}

/**
 * Escalation of overdue stages: a delayed BullMQ job at each stage's due date that sends
 * EscalateStage, added by the worker's scheduling subscription when a stage opens or is escalated.
 * One job per (proposal, due date), so scheduling twice is harmless; the decider refuses a stage
 * that is no longer overdue, so a job for a stage decided in time ends without effect.
 */
@Injectable()
export class EscalationScheduler implements OnApplicationShutdown {
  private readonly logger = new Logger('escalation-scheduler');
  private readonly queue: Queue<StageEscalationJob>;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.queue = new Queue<StageEscalationJob>(STAGE_ESCALATION_QUEUE, bullmqOptions(config));
    this.queue.on('error', (error) => this.logger.warn(`queue connection: ${error.message}`));
  }

  /** Throws when Redis cannot take the job; the caller (a subscription of the log) retries. */
  async schedule(transferId: string, dueAt: string, correlationId: string): Promise<void> {
    const delay = Math.max(0, Date.parse(dueAt) - this.clock.now().getTime());
    await this.queue.add(
      'escalate',
      { transferId, correlationId },
      {
        jobId: jobId(transferId, dueAt),
        delay,
        attempts: 5,
        backoff: { type: 'exponential', delay: 60_000 },
        removeOnComplete: true,
      },
    );
  }

  /** The job due at `dueAt` for a proposal, if any (tests and operations). */
  job(transferId: string, dueAt: string) {
    return this.queue.getJob(jobId(transferId, dueAt));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue.close();
  }
}

function jobId(transferId: string, dueAt: string): string {
  return `escalate-${transferId}-${Date.parse(dueAt)}`;
}
