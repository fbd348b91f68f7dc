import type { CalendarDate } from '@mutasi/calendar';
import { DomainError } from '../domain-error';
import { checkSeparationOfDuties } from '../separation-of-duties';
import type { Decider, Principal } from '../transfer-commands';
import type { TaskDelegation, TaskState, Transfer } from '../transfer-state';

export type Assignment = { onBehalfOfUserId: string | null; viaPositionId: string | null };

function notAssigned(task: TaskState): DomainError {
  return new DomainError('TASK_NOT_ASSIGNED_TO_YOU', 'Tugas ini bukan untuk Anda / This task is not assigned to you', {
    taskId: task.id,
    chainRole: task.chainRole,
  });
}

const inForce = (delegation: TaskDelegation, today: CalendarDate): boolean =>
  (delegation.from === null || delegation.from <= today) && (delegation.to === null || today <= delegation.to);

/**
 * Who may act on a task, and for whom: the employee on the hearing; on any other task a holder of
 * one of its positions, or a delegate (a standing delegation passed as `onBehalfOf`, or one
 * recorded on the task by TaskDelegated). Separation of duties binds both delegate and official.
 */
export function assignTask(
  transfer: Transfer,
  task: TaskState,
  actor: Decider,
  onBehalfOf: Principal | null,
  today: CalendarDate,
): Assignment {
  checkSeparationOfDuties(transfer, task, actor);
  if (task.type === 'hearing') {
    if (onBehalfOf !== null || actor.employeeNip !== transfer.employeeNip) throw notAssigned(task);
    return { onBehalfOfUserId: null, viaPositionId: null };
  }
  const heldIn = (positionIds: readonly string[]) => task.positionIds.find((id) => positionIds.includes(id));
  if (onBehalfOf !== null) {
    const via = heldIn(onBehalfOf.positionIds);
    if (via === undefined) throw notAssigned(task);
    checkSeparationOfDuties(transfer, task, onBehalfOf);
    return { onBehalfOfUserId: onBehalfOf.userId, viaPositionId: via };
  }
  const own = heldIn(actor.positionIds);
  if (own !== undefined) return { onBehalfOfUserId: null, viaPositionId: own };
  const delegation = task.delegations.findLast((d) => d.delegateUserId === actor.userId && inForce(d, today));
  if (delegation === undefined) throw notAssigned(task);
  checkSeparationOfDuties(transfer, task, {
    userId: delegation.delegatorUserId,
    employeeNip: delegation.delegatorEmployeeNip,
  });
  return { onBehalfOfUserId: delegation.delegatorUserId, viaPositionId: delegation.delegatorPositionId };
}

/** The task position the actor holds, for acting in person (deciding, delegating). */
export function ownTaskPosition(task: TaskState, actor: Decider): string {
  const via = task.positionIds.find((id) => actor.positionIds.includes(id));
  if (via === undefined) throw notAssigned(task);
  return via;
}
