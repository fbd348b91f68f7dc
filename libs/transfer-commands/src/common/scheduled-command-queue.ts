import { Logger } from '@nestjs/common';
import { Queue, type Job } from 'bullmq';
import { bullmqOptions, type AppConfig, type Clock } from '@mutasi/platform';

/** What a due job needs to send its command. */
export interface ScheduledCommandJob {
  transferId: string;
  correlationId: string;
}

/**
 * A BullMQ queue of commands due at an instant (the worker's ScheduledCommandsWorker sends them).
 * Job ids are derived from what the job is for, so scheduling twice adds one job; the command
 * re-checks the state, so a late or repeated job is harmless.
 */
export abstract class ScheduledCommandQueue {
  private readonly queue: Queue<ScheduledCommandJob>;

  protected constructor(
    readonly queueName: string,
    config: AppConfig,
    private readonly clock: Clock,
  ) {
    const logger = new Logger(queueName);
    this.queue = new Queue<ScheduledCommandJob>(queueName, bullmqOptions(config));
    this.queue.on('error', (error) => logger.warn(`queue connection: ${error.message}`));
  }

  /** Throws when Redis cannot take the job; the caller (a subscription of the log) retries. */
  protected async add(jobName: string, jobId: string, due: Date, job: ScheduledCommandJob): Promise<void> {
    await this.queue.add(jobName, job, {
      jobId,
      delay: Math.max(0, due.getTime() - this.clock.now().getTime()),
      attempts: 5,
      backoff: { type: 'exponential', delay: 60_000 },
      removeOnComplete: true,
    });
  }

  protected getJob(jobId: string): Promise<Job<ScheduledCommandJob> | undefined> {
    return this.queue.getJob(jobId);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue.close();
  }
}
