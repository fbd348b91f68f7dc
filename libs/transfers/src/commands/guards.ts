import { isCalendarDate, type CalendarDate } from '@mutasi/calendar';
import { DomainError } from '../domain-error';
import type { TransferStatus } from '../transfer-status';
import {
  findTask,
  isTransfer,
  type StageState,
  type TaskState,
  type Transfer,
  type TransferState,
} from '../transfer-state';

export function requireTransfer(state: TransferState): Transfer {
  if (!isTransfer(state)) throw new DomainError('TRANSFER_NOT_FOUND', 'Usulan tidak ditemukan / Transfer not found');
  return state;
}

export function requireStatus(transfer: Transfer, allowed: readonly TransferStatus[], action: string): void {
  if (!allowed.includes(transfer.status)) {
    throw new DomainError(
      'INVALID_STATE_TRANSITION',
      `Tidak dapat ${action} pada status ${transfer.status} / Cannot ${action} a proposal that is ${transfer.status}`,
      { status: transfer.status, action, allowed },
    );
  }
}

/** Trims a free text; empty becomes null. A required one must be given; none may be too long. */
export function checkedReason(text: string | null, required: boolean, maxLength: number): string | null {
  const trimmed = text?.trim() ?? '';
  if (trimmed === '') {
    if (required) throw new DomainError('REASON_REQUIRED', 'Alasan wajib diisi / A reason is required');
    return null;
  }
  if (trimmed.length > maxLength) {
    throw new DomainError(
      'REASON_TOO_LONG',
      `Alasan melebihi ${maxLength} karakter / The reason is longer than ${maxLength} characters`,
      { maxLength, length: trimmed.length },
    );
  }
  return trimmed;
}

export function requireDate(value: string, field: string): CalendarDate {
  if (!isCalendarDate(value)) {
    throw new DomainError('INVALID_DATE', `${field} harus tanggal YYYY-MM-DD / ${field} must be a date YYYY-MM-DD`, {
      field,
      value,
    });
  }
  return value;
}

export function requireOpenTask(transfer: Transfer, taskId: string): { stage: StageState; task: TaskState } {
  const found = findTask(transfer, taskId);
  if (found === null) {
    throw new DomainError('TASK_NOT_FOUND', `Tugas ${taskId} tidak ada / No task ${taskId} in this proposal`, {
      taskId,
    });
  }
  if (found.task.status !== 'open') {
    throw new DomainError('TASK_NOT_OPEN', `Tugas ${taskId} tidak terbuka / Task ${taskId} is not open`, {
      taskId,
      status: found.task.status,
    });
  }
  return found;
}
