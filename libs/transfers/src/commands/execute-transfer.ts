import { jakartaDate } from '@mutasi/calendar';
import { DomainError } from '../domain-error';
import type { ExecuteTransfer } from '../transfer-commands';
import type { TransferEvent } from '../transfer-events';
import type { TransferState } from '../transfer-state';
import { requireStatus, requireTransfer } from './guards';

/**
 * Changes the placement on or after the effective date, re-checking that the employee is still
 * active in the origin position and the target still short of staff. A failed re-check refuses the
 * command and records nothing: the proposal stays DECREE_ISSUED, to be executed later or withdrawn.
 */
export function executeTransfer(state: TransferState, { data }: ExecuteTransfer): TransferEvent[] {
  const transfer = requireTransfer(state);
  requireStatus(transfer, ['DECREE_ISSUED'], 'execute');
  const effectiveDate = transfer.decree?.effectiveDate ?? transfer.requestedEffectiveDate;
  const today = jakartaDate(data.now);
  if (today < effectiveDate) {
    throw new DomainError(
      'EXECUTION_TOO_EARLY',
      `TMT belum tiba (${effectiveDate}) / Not yet the effective date (${effectiveDate})`,
      {
        effectiveDate,
        today,
      },
    );
  }
  if (!data.employee.active) {
    throw new DomainError('EXECUTION_EMPLOYEE_INACTIVE', 'Pegawai tidak lagi aktif / The employee is no longer active');
  }
  if (data.employee.positionId !== transfer.originPositionId) {
    throw new DomainError(
      'EXECUTION_EMPLOYEE_MOVED',
      'Pegawai tidak lagi menduduki jabatan asal / The employee no longer holds the origin position',
      { originPositionId: transfer.originPositionId, positionId: data.employee.positionId },
    );
  }
  const workload = data.targetPositionWorkload;
  if (workload !== null && workload.required - workload.actual <= 0) {
    throw new DomainError(
      'EXECUTION_NO_SHORTAGE',
      'Jabatan tujuan tidak lagi kekurangan pegawai / The target position no longer has a shortage',
      { ...workload },
    );
  }
  return [
    {
      type: 'TransferExecuted',
      data: {
        employeeNip: transfer.employeeNip,
        fromPositionId: transfer.originPositionId,
        toPositionId: transfer.targetPositionId,
        effectiveDate,
        executedByUserId: data.actor.userId,
        executedAt: data.now,
        targetPositionWorkload: workload,
        ...(transfer.temporary ? { returnOn: transfer.temporary.endDate } : {}),
      },
    },
  ];
}
