import type { RecordedEvent, SubscriptionHandler } from '@mutasi/event-store';
import { transferIdOf } from '@mutasi/transfers';
import type { TypeOrmTransaction } from '../typeorm-transactor';
import type { CommandScheduler } from './command-scheduler';

export const ESCALATION_SCHEDULING = 'stage-escalation-scheduling';

/**
 * Schedules the escalation of every stage at its due date, from the log: when a stage opens, and
 * again when an escalation gives it a new due date (not the demo history's). Redis down: the batch fails and is retried.
 */
export class EscalationSchedulingProjection implements SubscriptionHandler<TypeOrmTransaction> {
  readonly name = ESCALATION_SCHEDULING;

  constructor(private readonly scheduler: CommandScheduler) {}

  async handle(events: readonly RecordedEvent[]): Promise<void> {
    for (const event of events) {
      if (event.type !== 'StageOpened' && event.type !== 'StageEscalated') continue;
      // The demo history's stages belong to a played past: escalating them now would rewrite it.
      if (event.metadata.demoHistory === true) continue;
      const transferId = transferIdOf(event.streamId);
      const dueAt = event.data.dueAt;
      if (!transferId || typeof dueAt !== 'string') continue;
      await this.scheduler.schedule(transferId, dueAt, event.metadata.correlationId);
    }
  }
}
