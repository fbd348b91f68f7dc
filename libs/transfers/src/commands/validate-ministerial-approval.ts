import type { CalendarDate } from '@mutasi/calendar';
import { DomainError } from '../domain-error';
import type { MinisterialApproval } from '../snapshots';
import { requireDate } from './guards';

const MAX_NUMBER_LENGTH = 200;

/** The approval letter names its number and a date that is not ahead of today. */
export function validateMinisterialApproval(approval: MinisterialApproval | null, today: CalendarDate): void {
  if (approval === null) return;
  const number = approval.number.trim();
  if (number === '' || number.length > MAX_NUMBER_LENGTH) {
    throw new DomainError(
      'MINISTERIAL_APPROVAL_INVALID',
      `Nomor surat persetujuan Mendagri wajib diisi (paling banyak ${MAX_NUMBER_LENGTH} karakter) / The approval letter's number is required (at most ${MAX_NUMBER_LENGTH} characters)`,
      { field: 'ministerialApproval.number' },
    );
  }
  const date = requireDate(approval.date, 'ministerialApproval.date');
  if (date > today) {
    throw new DomainError(
      'MINISTERIAL_APPROVAL_INVALID',
      'Tanggal surat persetujuan Mendagri belum tiba / The approval letter is dated in the future',
      { field: 'ministerialApproval.date', date, today },
    );
  }
}

/** The approval as the proposal's event records it: plain JSON, the number trimmed; nothing when none. */
export function recordedApproval(approval: MinisterialApproval | null | undefined): {
  ministerialApproval?: MinisterialApproval;
} {
  return approval ? { ministerialApproval: { number: approval.number.trim(), date: approval.date } } : {};
}
