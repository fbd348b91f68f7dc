import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, CLOCK, type AppConfig, type Clock } from '@mutasi/platform';
import { ScheduledCommandQueue } from '../../common/scheduled-command-queue';

export const TRANSFER_EXECUTION_QUEUE = 'transfer-execution';

/** The start of a Jakarta calendar day, as an instant. */
export function startOfJakartaDay(date: string): Date {
  return new Date(`${date}T00:00:00+07:00`);
}

/**
 * Effective-dated execution: a delayed job that sends ExecuteTransfer at the start of the
 * effective date (Asia/Jakarta), added by the worker's scheduling subscription for each decree;
 * one job per proposal.
 */
@Injectable()
export class ExecutionScheduler extends ScheduledCommandQueue implements OnApplicationShutdown {
  constructor(@Inject(APP_CONFIG) config: AppConfig, @Inject(CLOCK) clock: Clock) {
    super(TRANSFER_EXECUTION_QUEUE, config, clock);
  }

  schedule(transferId: string, effectiveDate: string, correlationId: string): Promise<void> {
    return this.add('execute', `execute-${transferId}`, startOfJakartaDay(effectiveDate), {
      transferId,
      correlationId,
    });
  }

  /** The scheduled job of a proposal, if any (tests and operations). */
  job(transferId: string) {
    return this.getJob(`execute-${transferId}`);
  }
}
