import { checkedAssignmentDecree, requireAssignmentAway, requireBeforeEnd } from '../assignment/assignment-guards';
import { checkedEndDate } from '../assignment/temporary-assignment';
import { DomainError } from '../domain-error';
import type { ExtendAssignment } from '../transfer-commands';
import type { TransferConfig } from '../transfer-config';
import type { TransferEvent } from '../transfer-events';
import type { TransferState } from '../transfer-state';

/**
 * Records the decree extending a temporary assignment, before its end date: the automatic return
 * moves to the new end date, which lies after the current one and within the longest assignment.
 */
export function extendAssignment(
  state: TransferState,
  { data }: ExtendAssignment,
  config: TransferConfig,
): TransferEvent[] {
  const { transfer, assignment } = requireAssignmentAway(state, 'extend');
  requireBeforeEnd(assignment, data.now);
  const decree = checkedAssignmentDecree(data, config);
  const startDate = transfer.execution?.effectiveDate ?? transfer.requestedEffectiveDate;
  const endDate = checkedEndDate(data.endDate, startDate, config);
  if (endDate <= assignment.endDate) {
    throw new DomainError(
      'ASSIGNMENT_END_DATE_INVALID',
      `Tanggal selesai baru harus setelah ${assignment.endDate} / The new end date must be after ${assignment.endDate}`,
      { endDate, after: assignment.endDate },
    );
  }
  return [
    {
      type: 'AssignmentExtended',
      data: {
        ...decree,
        previousEndDate: assignment.endDate,
        endDate,
        extendedByUserId: data.actor.userId,
        extendedAt: data.now,
      },
    },
  ];
}
