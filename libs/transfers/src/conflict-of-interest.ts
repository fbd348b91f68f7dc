import type { TaskType } from './chain/chain-role';
import { DomainError } from './domain-error';
import type { Transfer } from './transfer-state';

/**
 * What an official states with every decision they make on a task (PP 11/2017 Ps 190(5): a
 * transfer avoids conflicts of interest). The Indonesian text is recorded with the decision.
 */
export const CONFLICT_STATEMENT = {
  id: 'Saya menyatakan tidak memiliki hubungan keluarga atau kepentingan pribadi dengan pegawai yang dimutasi maupun dalam mutasi ini (PP 11/2017 Pasal 190 ayat (5)).',
  en: 'I declare that I have no family relationship with, or personal interest in, the employee concerned or this transfer (PP 11/2017 Art. 190(5)).',
} as const;

/** The decider's answer, as the command carries it. */
export type ConflictDeclarationInput = { noConflictOfInterest: boolean };

/** The declaration as a decision records it: the stated text with the decider's yes. */
export type ConflictDeclaration = { noConflictOfInterest: true; statement: string };

/** Every task an official decides (approvals, committees, consultations) needs it; the employee's hearing does not. */
export function needsDeclaration(taskType: TaskType): boolean {
  return taskType !== 'hearing';
}

/** The declaration recorded with a decision on a task of `taskType`; null on the hearing. */
export function checkedDeclaration(
  taskType: TaskType,
  input: ConflictDeclarationInput | null | undefined,
): ConflictDeclaration | null {
  if (!needsDeclaration(taskType)) return null;
  if (input?.noConflictOfInterest !== true) {
    throw new DomainError(
      'CONFLICT_DECLARATION_REQUIRED',
      'Pernyataan tidak memiliki benturan kepentingan wajib diberikan / The declaration of no conflict of interest is required',
      { statement: CONFLICT_STATEMENT },
    );
  }
  return { noConflictOfInterest: true, statement: CONFLICT_STATEMENT.id };
}

/** Everyone who declared a conflict of interest on the proposal, in any revision. */
export function recusedUserIds(transfer: Transfer): Set<string> {
  return new Set(transfer.recusals.map((recusal) => recusal.userId));
}

/** Someone who declared a conflict on a proposal decides nothing on it afterwards, in person or for another. */
export function checkNotRecused(transfer: Transfer, userId: string): void {
  if (recusedUserIds(transfer).has(userId)) {
    throw new DomainError(
      'CONFLICT_OF_INTEREST_DECLARED',
      'Anda telah menyatakan benturan kepentingan pada usulan ini / You declared a conflict of interest on this proposal',
      { userId },
    );
  }
}
