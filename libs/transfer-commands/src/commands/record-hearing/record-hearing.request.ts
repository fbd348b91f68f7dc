/** The employee's hearing answer as written on the signed paper form. */
export interface RecordHearingRequest {
  taskId: string;
  answer: 'consent' | 'objection';
  reason?: string;
  /** sha256 (hex) of the scanned, signed form. */
  formSha256: string;
  /** The day the employee signed (Jakarta, YYYY-MM-DD); today when absent. */
  answeredOn?: string;
}
