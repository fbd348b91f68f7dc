import { checkNotRecused } from './conflict-of-interest';
import { DomainError } from './domain-error';
import type { TaskState, Transfer } from './transfer-state';

export type Person = { userId: string; employeeNip: string | null };

/** Everyone who decided in the current revision, directly or through a delegate. */
export function decidedUserIds(transfer: Transfer): Set<string> {
  const ids = new Set<string>();
  for (const stage of transfer.stages) {
    for (const task of stage.tasks) {
      for (const decision of task.decisions) {
        ids.add(decision.actorId);
        if (decision.onBehalfOf !== null) ids.add(decision.onBehalfOf);
      }
    }
  }
  return ids;
}

/**
 * Nobody who proposed or revised the proposal decides on it; the employee concerned answers the
 * hearing and nothing else; nobody decides twice in one revision (a return and revision start a
 * new round in which the same officials decide again); nobody who declared a conflict of
 * interest on it decides on it again, in any revision.
 */
export function checkSeparationOfDuties(transfer: Transfer, task: TaskState, person: Person): void {
  if (transfer.authorUserIds.includes(person.userId)) {
    throw new DomainError(
      'SOD_PROPOSER_CANNOT_DECIDE',
      'Pengusul tidak boleh memutus usulannya sendiri / The proposer may not decide on their own proposal',
      { userId: person.userId },
    );
  }
  if (task.type !== 'hearing' && person.employeeNip !== null && person.employeeNip === transfer.employeeNip) {
    throw new DomainError(
      'SOD_EMPLOYEE_CANNOT_APPROVE',
      'Pegawai yang dimutasi hanya menjawab permintaan pendapat / The employee concerned only answers the hearing',
      { userId: person.userId },
    );
  }
  checkNotRecused(transfer, person.userId);
  if (decidedUserIds(transfer).has(person.userId)) {
    throw new DomainError(
      'SOD_ALREADY_DECIDED',
      'Anda sudah memberi keputusan pada usulan ini / You have already decided on this proposal',
      { userId: person.userId },
    );
  }
}
