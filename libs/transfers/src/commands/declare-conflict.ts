import { DomainError } from '../domain-error';
import type { DeclareConflict } from '../transfer-commands';
import type { TransferConfig } from '../transfer-config';
import type { TransferEvent } from '../transfer-events';
import { CHAIN_RUNNING_STATUSES } from '../transfer-status';
import type { TransferState } from '../transfer-state';
import { checkSeparationOfDuties } from '../separation-of-duties';
import { checkedReason, requireOpenTask, requireStatus, requireTransfer } from './guards';
import { superiorReassignment } from './superior-reassignment';
import { ownTaskPosition } from './task-assignment';

/**
 * A holder of an open task declares a family or personal interest in the move (PP 11/2017
 * Ps 190(5)): they do not decide it, and the task goes to the superior chain role the way an
 * overdue one does, keeping the stage's due date. Only in person: a delegate with a conflict
 * simply leaves the task to the official. The hearing has no holder but the employee, so nobody
 * declares a conflict on it.
 */
export function declareConflict(
  state: TransferState,
  { data }: DeclareConflict,
  config: TransferConfig,
): TransferEvent[] {
  const transfer = requireTransfer(state);
  requireStatus(transfer, CHAIN_RUNNING_STATUSES, 'declare a conflict of interest');
  const { stage, task } = requireOpenTask(transfer, data.taskId);
  checkSeparationOfDuties(transfer, task, data.actor);
  const viaPositionId = ownTaskPosition(task, data.actor);
  const reason = checkedReason(data.reason, true, config.maxTextLength) as string;
  const reassignment = superiorReassignment(transfer, task, data.directory);
  if (reassignment === null) {
    throw new DomainError(
      'CONFLICT_NO_SUPERIOR_ROLE',
      `Peran ${task.chainRole} tidak memiliki atasan dalam rantai persetujuan / The chain role ${task.chainRole} has no superior role to take the task`,
      { taskId: task.id, chainRole: task.chainRole },
    );
  }
  return [
    {
      type: 'ConflictOfInterestDeclared',
      data: {
        revision: transfer.revision,
        stageIndex: stage.index,
        taskId: task.id,
        declaredByUserId: data.actor.userId,
        viaPositionId,
        reason,
        declaredAt: data.now,
        reassignment,
      },
    },
  ];
}
