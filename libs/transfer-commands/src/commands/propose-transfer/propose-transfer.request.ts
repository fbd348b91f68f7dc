import type { DocumentEntryInput, MinisterialApproval } from '@mutasi/transfers';

/** The proposal as the client sends it. */
export interface ProposeTransferRequest {
  employeeNip: string;
  targetPositionId: string;
  reason: string;
  requestedEffectiveDate: string;
  attachments?: DocumentEntryInput[];
  followsSpouse?: boolean;
  /** A temporary assignment: the employee returns home on the end date. */
  temporary?: { endDate: string };
  /** The Minister of Home Affairs' written approval of a move in a blackout window or JPT lock. */
  ministerialApproval?: MinisterialApproval;
}
