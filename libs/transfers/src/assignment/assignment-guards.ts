import { jakartaDate, type CalendarDate } from '@mutasi/calendar';
import { checkedReason, requireDate, requireStatus, requireTransfer } from '../commands/guards';
import { DomainError } from '../domain-error';
import type { TransferConfig } from '../transfer-config';
import type { AssignmentDecree } from '../transfer-events';
import type { TemporaryAssignmentState, Transfer, TransferState } from '../transfer-state';

/** An executed temporary assignment whose employee is still in the host unit. */
export function requireAssignmentAway(
  state: TransferState,
  action: string,
): { transfer: Transfer; assignment: TemporaryAssignmentState } {
  const transfer = requireTransfer(state);
  const assignment = transfer.temporary ?? null;
  if (assignment === null) {
    throw new DomainError(
      'ASSIGNMENT_NOT_TEMPORARY',
      'Usulan ini bukan penugasan sementara / This proposal is not a temporary assignment',
      { action },
    );
  }
  requireStatus(transfer, ['EXECUTED', 'EVALUATED'], action);
  if (assignment.phase !== 'away') {
    throw new DomainError(
      'ASSIGNMENT_ALREADY_ENDED',
      `Penugasan sementara sudah berakhir (${assignment.phase}) / The temporary assignment has already ended (${assignment.phase})`,
      { phase: assignment.phase, action },
    );
  }
  return { transfer, assignment };
}

/** An extension or a conversion must be decided before the end date: on it the return runs. */
export function requireBeforeEnd(assignment: TemporaryAssignmentState, now: string): CalendarDate {
  const today = jakartaDate(now);
  if (today >= assignment.endDate) {
    throw new DomainError(
      'ASSIGNMENT_DECISION_TOO_LATE',
      `Perpanjangan atau alih status harus sebelum ${assignment.endDate} / An extension or conversion must come before ${assignment.endDate}`,
      { endDate: assignment.endDate, today },
    );
  }
  return today;
}

/** The decree an extension or a conversion is recorded with. */
export function checkedAssignmentDecree(
  input: { reason: string; decreeNumber: string; decreeDate: string },
  config: Pick<TransferConfig, 'maxTextLength'>,
): AssignmentDecree {
  const reason = checkedReason(input.reason, true, config.maxTextLength) ?? '';
  const decreeNumber = input.decreeNumber.trim();
  if (decreeNumber === '') {
    throw new DomainError('DECREE_NUMBER_REQUIRED', 'Nomor SK wajib diisi / The decree number is required');
  }
  return { reason, decreeNumber, decreeDate: requireDate(input.decreeDate, 'decreeDate') };
}
