import type { DocumentEntryInput, MinisterialApproval } from '@mutasi/transfers';

/** New values for the proposal's fields; a field left out keeps its value. The employee cannot change. */
export interface ReviseProposalRequest {
  targetPositionId?: string;
  reason?: string;
  requestedEffectiveDate?: string;
  attachments?: DocumentEntryInput[];
  followsSpouse?: boolean;
  /** A temporary assignment's end date; null makes the proposal a permanent transfer. */
  temporary?: { endDate: string } | null;
  /** null removes the approval the proposal carried. */
  ministerialApproval?: MinisterialApproval | null;
}
