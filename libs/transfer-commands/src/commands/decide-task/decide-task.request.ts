import type { Decision, DocumentEntryInput } from '@mutasi/transfers';

/** What the caller decides: the task, the decision, a reason, and the official they act for (if any). */
export interface DecideTaskRequest {
  taskId: string;
  decision: Decision;
  reason?: string;
  onBehalfOf?: string;
  documents?: DocumentEntryInput[];
}
