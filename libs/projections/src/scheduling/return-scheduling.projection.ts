import type { RecordedEvent, SubscriptionHandler } from '@mutasi/event-store';
import { transferIdOf } from '@mutasi/transfers';
import type { TypeOrmTransaction } from '../typeorm-transactor';
import type { CommandScheduler } from './command-scheduler';

export const RETURN_SCHEDULING = 'assignment-return-scheduling';

/**
 * Schedules the automatic return of every temporary assignment on its end date, from the log: when
 * the assignment is executed, and again when an extension moves the end date. The job id is the
 * proposal's and the end date's, so a replay adds nothing; on the day the command re-checks the
 * assignment, so the job of a replaced end date, a conversion or an earlier return ends without effect.
 */
export class ReturnSchedulingProjection implements SubscriptionHandler<TypeOrmTransaction> {
  readonly name = RETURN_SCHEDULING;

  constructor(private readonly scheduler: CommandScheduler) {}

  async handle(events: readonly RecordedEvent[]): Promise<void> {
    for (const event of events) {
      const endDate =
        event.type === 'TransferExecuted'
          ? event.data.returnOn
          : event.type === 'AssignmentExtended'
            ? event.data.endDate
            : undefined;
      const transferId = transferIdOf(event.streamId);
      if (!transferId || typeof endDate !== 'string') continue;
      await this.scheduler.schedule(transferId, endDate, event.metadata.correlationId);
    }
  }
}
