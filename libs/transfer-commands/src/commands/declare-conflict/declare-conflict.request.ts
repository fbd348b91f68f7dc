/** The task whose holder declares a conflict of interest, and what the conflict is. */
export interface DeclareConflictRequest {
  taskId: string;
  reason: string;
}
