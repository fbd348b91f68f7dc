import { CHAIN_RUNNING_STATUSES, isTransfer, type TransferState } from '@mutasi/transfers';
import type { DeliveryCondition } from './notification-intent';

/** Whether a reminder is still true of the transfer as it stands now. */
export function conditionHolds(condition: DeliveryCondition, state: TransferState): boolean {
  if (!isTransfer(state)) return false;
  switch (condition.kind) {
    case 'task-open': {
      if (!CHAIN_RUNNING_STATUSES.includes(state.status)) return false;
      const stage = state.stages.find((s) => s.tasks.some((t) => t.id === condition.taskId));
      const task = stage?.tasks.find((t) => t.id === condition.taskId);
      return task?.status === 'open' && stage?.dueAt === condition.dueAt;
    }
    case 'not-evaluated':
      return state.status === 'EXECUTED';
    case 'assignment-ending':
      return state.temporary?.phase === 'away' && state.temporary.endDate === condition.endDate;
  }
}
