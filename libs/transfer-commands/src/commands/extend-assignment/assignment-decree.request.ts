/** The decree (SK) extending or converting a temporary assignment: why, its number and date (YYYY-MM-DD). */
export interface AssignmentDecreeRequest {
  reason: string;
  decreeNumber: string;
  decreeDate: string;
}

/** An extension: the decree and the new end date. */
export interface ExtendAssignmentRequest extends AssignmentDecreeRequest {
  endDate: string;
}
