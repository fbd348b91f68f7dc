import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Worker, type Job } from 'bullmq';
import { APP_CONFIG, bullmqOptions, type AppConfig } from '@mutasi/platform';
import {
  ASSIGNMENT_RETURN_QUEUE,
  EscalateStageCommand,
  ExecuteTransferCommand,
  ReturnFromAssignmentCommand,
  SCHEDULER_USER,
  STAGE_ESCALATION_QUEUE,
  TRANSFER_EXECUTION_QUEUE,
  type CommandMeta,
  type ScheduledCommandJob,
} from '@mutasi/transfer-commands';
import { DomainError } from '@mutasi/transfers';

/** The queue of each scheduled command, and the command a due job sends. */
const SCHEDULED_COMMANDS = [
  { queue: TRANSFER_EXECUTION_QUEUE, command: (id: string, meta: CommandMeta) => new ExecuteTransferCommand(id, meta) },
  { queue: STAGE_ESCALATION_QUEUE, command: (id: string, meta: CommandMeta) => new EscalateStageCommand(id, meta) },
  {
    queue: ASSIGNMENT_RETURN_QUEUE,
    command: (id: string, meta: CommandMeta) => new ReturnFromAssignmentCommand(id, meta),
  },
];

/** Refusals that mean the job is not needed (the stage was decided, the assignment extended meanwhile). */
const NOT_NEEDED: readonly string[] = ['ESCALATION_NOT_POSSIBLE', 'ASSIGNMENT_RETURN_TOO_EARLY'];

/**
 * Runs the time-driven commands: each due job sends an ordinary command (ExecuteTransfer on the
 * effective date, EscalateStage when a stage falls due, ReturnFromAssignment on a temporary
 * assignment's end date). A proposal that moved on (withdrawn,
 * executed, the stage decided in time) ends the job; any other refusal fails it, to be retried
 * with backoff, and records nothing.
 */
@Injectable()
export class ScheduledCommandsWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('scheduled-commands');
  private workers: Worker<ScheduledCommandJob>[] = [];

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly commands: CommandBus,
  ) {}

  onApplicationBootstrap(): void {
    this.workers = SCHEDULED_COMMANDS.map(({ queue, command }) => {
      const worker = new Worker<ScheduledCommandJob>(queue, (job) => this.process(job, command), {
        ...bullmqOptions(this.config),
        concurrency: 4,
      });
      worker.on('error', (error) => this.logger.warn(`${queue} queue connection: ${error.message}`));
      return worker;
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.close()));
  }

  private async process(
    job: Job<ScheduledCommandJob>,
    command: (
      id: string,
      meta: CommandMeta,
    ) => ExecuteTransferCommand | EscalateStageCommand | ReturnFromAssignmentCommand,
  ): Promise<void> {
    const { transferId, correlationId } = job.data;
    const meta: CommandMeta = {
      user: SCHEDULER_USER,
      correlationId,
      causationId: job.id ?? null,
      expectedVersion: null,
    };
    try {
      await this.commands.execute(command(transferId, meta));
    } catch (error) {
      if (
        error instanceof DomainError &&
        (error.kind === 'conflict' || error.kind === 'not_found' || NOT_NEEDED.includes(error.code))
      ) {
        this.logger.log(`${job.name} of ${transferId} not needed: ${error.code}`);
        return;
      }
      throw error;
    }
  }
}
