import { recusedUserIds } from '../conflict-of-interest';
import { decide } from '../decide';
import type { Decision } from '../decision';
import { foldEvents } from '../evolve';
import { decidedUserIds } from '../separation-of-duties';
import type { TaskType } from '../chain/chain-role';
import type { TransferCommand } from '../transfer-commands';
import type { TransferEvent } from '../transfer-events';
import { CHAIN_RUNNING_STATUSES } from '../transfer-status';
import { currentStage, isTransfer } from '../transfer-state';
import { decideTask, employeeUser, holder } from './builders';

const POSITIVE: Record<TaskType, Decision> = { hearing: 'consent', consultation: 'recommended', approval: 'approve' };

/**
 * Runs the proposal's chain to its end: the employee consents, and each open task is approved or
 * recommended by holders (user `user-<positionId>`) who have not decided nor declared a conflict
 * yet, each with the declaration of no conflict of interest (`decideTask`).
 */
export function walkChain(events: TransferEvent[]): TransferEvent[] {
  let all = events;
  for (;;) {
    const state = foldEvents(all);
    if (!isTransfer(state) || !CHAIN_RUNNING_STATUSES.includes(state.status)) return all;
    const task = currentStage(state)?.tasks.find((t) => t.status === 'open');
    if (task === undefined) throw new Error('A running chain has no open task');
    const decided = new Set([...decidedUserIds(state), ...recusedUserIds(state)]);
    const positionId = task.positionIds.find((id) => !decided.has(`user-${id}`));
    const actor = task.type === 'hearing' ? employeeUser(state.employeeNip) : positionId && holder(positionId);
    if (!actor) throw new Error(`No holder of ${task.id} is left to decide`);
    const command: TransferCommand = decideTask(task.id, POSITIVE[task.type], actor);
    all = [...all, ...decide(command, state)];
  }
}
