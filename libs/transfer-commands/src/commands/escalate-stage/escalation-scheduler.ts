import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, CLOCK, type AppConfig, type Clock } from '@mutasi/platform';
import { ScheduledCommandQueue } from '../../common/scheduled-command-queue';

export const STAGE_ESCALATION_QUEUE = 'stage-escalation';

/**
 * Escalation of overdue stages: a delayed job at each stage's due date that sends EscalateStage,
 * added by the worker's scheduling subscription when a stage opens or is escalated; one job per
 * (proposal, due date). A stage decided in time makes the job end without effect.
 */
@Injectable()
export class EscalationScheduler extends ScheduledCommandQueue implements OnApplicationShutdown {
  constructor(@Inject(APP_CONFIG) config: AppConfig, @Inject(CLOCK) clock: Clock) {
    super(STAGE_ESCALATION_QUEUE, config, clock);
  }

  schedule(transferId: string, dueAt: string, correlationId: string): Promise<void> {
    return this.add('escalate', jobId(transferId, dueAt), new Date(dueAt), { transferId, correlationId });
  }

  /** The job due at `dueAt` for a proposal, if any (tests and operations). */
  job(transferId: string, dueAt: string) {
    return this.getJob(jobId(transferId, dueAt));
  }
}

function jobId(transferId: string, dueAt: string): string {
  return `escalate-${transferId}-${Date.parse(dueAt)}`;
}
