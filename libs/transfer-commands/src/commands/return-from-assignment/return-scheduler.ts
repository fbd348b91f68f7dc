import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, CLOCK, type AppConfig, type Clock } from '@mutasi/platform';
import { ScheduledCommandQueue } from '../../common/scheduled-command-queue';
import { startOfJakartaDay } from '../execute-transfer/execution-scheduler';

export const ASSIGNMENT_RETURN_QUEUE = 'assignment-return';

/**
 * The automatic return of a temporary assignment: a delayed job that sends ReturnFromAssignment at
 * the start of the end date (Asia/Jakarta), added by the worker's scheduling subscription when the
 * assignment is executed and again when an extension moves the end date. One job per proposal and
 * end date: the job of an end date an extension replaced ends without effect.
 */
@Injectable()
export class ReturnScheduler extends ScheduledCommandQueue implements OnApplicationShutdown {
  constructor(@Inject(APP_CONFIG) config: AppConfig, @Inject(CLOCK) clock: Clock) {
    super(ASSIGNMENT_RETURN_QUEUE, config, clock);
  }

  schedule(transferId: string, endDate: string, correlationId: string): Promise<void> {
    return this.add('return', `return-${transferId}-${endDate}`, startOfJakartaDay(endDate), {
      transferId,
      correlationId,
    });
  }

  /** The scheduled job of a proposal's end date, if any (tests and operations). */
  job(transferId: string, endDate: string) {
    return this.getJob(`return-${transferId}-${endDate}`);
  }
}
