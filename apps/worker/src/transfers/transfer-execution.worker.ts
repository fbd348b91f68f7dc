import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Worker, type Job } from 'bullmq';
import { APP_CONFIG, bullmqOptions, type AppConfig } from '@mutasi/platform';
import {
  ExecuteTransferCommand,
  SCHEDULER_USER,
  TRANSFER_EXECUTION_QUEUE,
  type TransferExecutionJob,
} from '@mutasi/transfer-commands';
import { DomainError } from '@mutasi/transfers';

/**
 * Runs the effective-dated executions: each due job sends ExecuteTransfer. A proposal that moved
 * on (withdrawn, already executed) ends the job; a refused re-check fails it, to be retried with
 * backoff, and records nothing.
 */
@Injectable()
export class TransferExecutionWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('transfer-execution');
  private worker: Worker<TransferExecutionJob> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly commands: CommandBus,
  ) {}

  onApplicationBootstrap(): void {
    this.worker = new Worker<TransferExecutionJob>(TRANSFER_EXECUTION_QUEUE, (job) => this.process(job), {
      ...bullmqOptions(this.config),
      concurrency: 4,
    });
    this.worker.on('error', (error) => this.logger.warn(`queue connection: ${error.message}`));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
  }

  private async process(job: Job<TransferExecutionJob>): Promise<void> {
    const { transferId, correlationId } = job.data;
    try {
      await this.commands.execute(
        new ExecuteTransferCommand(transferId, {
          user: SCHEDULER_USER,
          correlationId,
          causationId: job.id ?? null,
          expectedVersion: null,
        }),
      );
    } catch (error) {
      if (error instanceof DomainError && (error.kind === 'conflict' || error.kind === 'not_found')) {
        this.logger.log(`execution of ${transferId} not needed: ${error.code}`);
        return;
      }
      throw error;
    }
  }
}
