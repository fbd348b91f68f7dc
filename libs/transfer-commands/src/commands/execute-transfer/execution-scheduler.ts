import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import { APP_CONFIG, bullmqOptions, CLOCK, type AppConfig, type Clock } from '@mutasi/platform';

export const TRANSFER_EXECUTION_QUEUE = 'transfer-execution';

export interface TransferExecutionJob {
  transferId: string;
  correlationId: string;
}

/** The start of a Jakarta calendar day, as an instant. */
export function startOfJakartaDay(date: string): Date {
  return new Date(`${date}T00:00:00+07:00`);
}

/**
 * Effective-dated execution: a delayed BullMQ job that sends ExecuteTransfer at the start of the
 * effective date (Asia/Jakarta), added by the worker's scheduling subscription for each decree. One job per proposal (its id), so scheduling twice is harmless;
 * the command re-checks the state, so a late or repeated job is harmless too.
 */
@Injectable()
export class ExecutionScheduler implements OnApplicationShutdown {
  private readonly logger = new Logger('execution-scheduler');
  private readonly queue: Queue<TransferExecutionJob>;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.queue = new Queue<TransferExecutionJob>(TRANSFER_EXECUTION_QUEUE, bullmqOptions(config));
    this.queue.on('error', (error) => this.logger.warn(`queue connection: ${error.message}`));
  }

  /** Throws when Redis cannot take the job; the caller (a subscription of the log) retries. */
  async schedule(transferId: string, effectiveDate: string, correlationId: string): Promise<void> {
    const delay = Math.max(0, startOfJakartaDay(effectiveDate).getTime() - this.clock.now().getTime());
    await this.queue.add(
      'execute',
      { transferId, correlationId },
      {
        jobId: `execute-${transferId}`,
        delay,
        attempts: 5,
        backoff: { type: 'exponential', delay: 60_000 },
        removeOnComplete: true,
      },
    );
  }

  /** The scheduled job of a proposal, if any (tests and operations). */
  job(transferId: string) {
    return this.queue.getJob(`execute-${transferId}`);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue.close();
  }
}
