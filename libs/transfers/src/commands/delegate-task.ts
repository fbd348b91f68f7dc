import { DomainError } from '../domain-error';
import { checkSeparationOfDuties } from '../separation-of-duties';
import type { DelegateTask } from '../transfer-commands';
import type { TransferEvent } from '../transfer-events';
import { CHAIN_RUNNING_STATUSES } from '../transfer-status';
import type { TransferState } from '../transfer-state';
import { requireDate, requireOpenTask, requireStatus, requireTransfer } from './guards';
import { ownTaskPosition } from './task-assignment';

/** A holder of an open task lets another user decide it for them, optionally for a date range. */
export function delegateTask(state: TransferState, { data }: DelegateTask): TransferEvent[] {
  const transfer = requireTransfer(state);
  requireStatus(transfer, CHAIN_RUNNING_STATUSES, 'delegate');
  const { stage, task } = requireOpenTask(transfer, data.taskId);
  if (task.type === 'hearing') {
    throw new DomainError(
      'DELEGATION_NOT_ALLOWED',
      'Permintaan pendapat pegawai tidak dapat didelegasikan / The employee hearing cannot be delegated',
      { taskId: task.id },
    );
  }
  if (data.delegateUserId === data.actor.userId) {
    throw new DomainError(
      'DELEGATE_IS_SELF',
      'Tidak dapat mendelegasikan kepada diri sendiri / Cannot delegate to yourself',
    );
  }
  const from = data.from === null ? null : requireDate(data.from, 'from');
  const to = data.to === null ? null : requireDate(data.to, 'to');
  if (from !== null && to !== null && to < from) {
    throw new DomainError('INVALID_DATE', 'Tanggal akhir sebelum tanggal awal / The delegation ends before it starts', {
      field: 'to',
      value: to,
    });
  }
  checkSeparationOfDuties(transfer, task, data.actor);
  const delegatorPositionId = ownTaskPosition(task, data.actor);
  checkSeparationOfDuties(transfer, task, { userId: data.delegateUserId, employeeNip: null });
  return [
    {
      type: 'TaskDelegated',
      data: {
        revision: transfer.revision,
        stageIndex: stage.index,
        taskId: task.id,
        delegatorUserId: data.actor.userId,
        delegatorPositionId,
        delegatorEmployeeNip: data.actor.employeeNip,
        delegateUserId: data.delegateUserId,
        from,
        to,
        delegatedAt: data.now,
      },
    },
  ];
}
