import { jakartaDate } from '@mutasi/calendar';
import { requireAssignmentAway } from '../assignment/assignment-guards';
import { DomainError } from '../domain-error';
import type { ReturnFromAssignment } from '../transfer-commands';
import type { TransferEvent } from '../transfer-events';
import type { TransferState } from '../transfer-state';

/**
 * Brings the employee back to the home position on (or after) the end date, re-checked on the day:
 * an extension approved in time moved the end date (too early now), a conversion or an earlier
 * return ended the assignment (ASSIGNMENT_ALREADY_ENDED), so a second delivery records nothing.
 */
export function returnFromAssignment(state: TransferState, { data }: ReturnFromAssignment): TransferEvent[] {
  const { transfer, assignment } = requireAssignmentAway(state, 'return');
  const today = jakartaDate(data.now);
  if (today < assignment.endDate) {
    throw new DomainError(
      'ASSIGNMENT_RETURN_TOO_EARLY',
      `Penugasan sementara berakhir ${assignment.endDate} / The temporary assignment ends on ${assignment.endDate}`,
      { endDate: assignment.endDate, today },
    );
  }
  if (!data.employee.active || data.employee.positionId !== transfer.targetPositionId) {
    throw new DomainError(
      'ASSIGNMENT_EMPLOYEE_MOVED',
      'Pegawai tidak lagi menduduki jabatan penugasan / The employee no longer holds the host position',
      { hostPositionId: transfer.targetPositionId, positionId: data.employee.positionId },
    );
  }
  return [
    {
      type: 'AssignmentReturned',
      data: {
        employeeNip: transfer.employeeNip,
        fromPositionId: transfer.targetPositionId,
        toPositionId: assignment.homePositionId,
        effectiveDate: assignment.endDate,
        returnedByUserId: data.actor.userId,
        returnedAt: data.now,
      },
    },
  ];
}
