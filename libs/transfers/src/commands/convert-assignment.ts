import { checkedAssignmentDecree, requireAssignmentAway, requireBeforeEnd } from '../assignment/assignment-guards';
import type { ConvertAssignmentToPermanent } from '../transfer-commands';
import type { TransferConfig } from '../transfer-config';
import type { TransferEvent } from '../transfer-events';
import type { TransferState } from '../transfer-state';

/** Records the decree making a temporary assignment a permanent transfer, before its end date: no return follows. */
export function convertAssignmentToPermanent(
  state: TransferState,
  { data }: ConvertAssignmentToPermanent,
  config: TransferConfig,
): TransferEvent[] {
  const { transfer, assignment } = requireAssignmentAway(state, 'convert');
  requireBeforeEnd(assignment, data.now);
  return [
    {
      type: 'AssignmentConvertedToPermanent',
      data: {
        ...checkedAssignmentDecree(data, config),
        employeeNip: transfer.employeeNip,
        positionId: transfer.targetPositionId,
        releasedPositionId: assignment.homePositionId,
        convertedByUserId: data.actor.userId,
        convertedAt: data.now,
      },
    },
  ];
}
