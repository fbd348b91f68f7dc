import { jakartaDate } from '@mutasi/calendar';
import type { RecordedEvent, SubscriptionHandler } from '@mutasi/event-store';
import { transferIdOf } from '@mutasi/transfers';
import type { TypeOrmTransaction } from '../typeorm-transactor';
import type { CommandScheduler } from './command-scheduler';

export const EXECUTION_SCHEDULING = 'transfer-execution-scheduling';

/**
 * Schedules the effective-dated execution of every decree recorded with an effective date ahead,
 * from the log: if Redis is down the batch fails and is retried, so no decree is left without its
 * job. The job id is the proposal's, so a replay adds nothing; a job for a proposal that moved on
 * ends without effect.
 */
export class ExecutionSchedulingProjection implements SubscriptionHandler<TypeOrmTransaction> {
  readonly name = EXECUTION_SCHEDULING;

  constructor(private readonly scheduler: CommandScheduler) {}

  async handle(events: readonly RecordedEvent[]): Promise<void> {
    for (const event of events) {
      if (event.type !== 'TransferDecreeIssued') continue;
      const transferId = transferIdOf(event.streamId);
      const effectiveDate = event.data.effectiveDate;
      if (!transferId || typeof effectiveDate !== 'string') continue;
      if (effectiveDate <= jakartaDate(event.recordedAt)) continue;
      await this.scheduler.schedule(transferId, effectiveDate, event.metadata.correlationId);
    }
  }
}
