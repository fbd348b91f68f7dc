import { addMonths, type CalendarDate } from '@mutasi/calendar';
import { requireDate } from '../commands/guards';
import { DomainError } from '../domain-error';
import type { TransferConfig } from '../transfer-config';

/** A temporary assignment as proposed: the employee works in the host unit until `endDate`, then returns. */
export type TemporaryAssignment = { endDate: CalendarDate };

/** Where a temporary assignment stands: before execution, in the host unit, back home, or made permanent. */
export type AssignmentPhase = 'planned' | 'away' | 'returned' | 'converted';

/** An end date of a temporary assignment, checked against the day it starts (the effective date). */
export function checkedEndDate(
  endDate: string,
  startDate: CalendarDate,
  config: Pick<TransferConfig, 'temporaryAssignmentMaxMonths'>,
): CalendarDate {
  const end = requireDate(endDate, 'endDate');
  if (end <= startDate) {
    throw new DomainError(
      'ASSIGNMENT_END_DATE_INVALID',
      `Tanggal selesai penugasan harus setelah ${startDate} / The assignment must end after ${startDate}`,
      { endDate: end, after: startDate },
    );
  }
  const latest = addMonths(startDate, config.temporaryAssignmentMaxMonths);
  if (end > latest) {
    throw new DomainError(
      'ASSIGNMENT_TOO_LONG',
      `Penugasan sementara paling lama ${config.temporaryAssignmentMaxMonths} bulan (sampai ${latest}) / A temporary assignment lasts at most ${config.temporaryAssignmentMaxMonths} months (until ${latest})`,
      { endDate: end, latest, maxMonths: config.temporaryAssignmentMaxMonths },
    );
  }
  return end;
}
