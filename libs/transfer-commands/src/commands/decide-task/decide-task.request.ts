import type { ConflictDeclarationInput, Decision, DocumentEntryInput } from '@mutasi/transfers';

/**
 * What the caller decides: the task, the decision, a reason, the official they act for (if any),
 * and their declaration of no conflict of interest (required on every task but the hearing).
 */
export interface DecideTaskRequest {
  taskId: string;
  decision: Decision;
  reason?: string;
  onBehalfOf?: string;
  documents?: DocumentEntryInput[];
  declaration?: ConflictDeclarationInput;
}
