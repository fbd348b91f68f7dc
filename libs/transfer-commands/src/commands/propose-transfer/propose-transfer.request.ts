import type { DocumentEntryInput } from '@mutasi/transfers';

/** The proposal as the client sends it. */
export interface ProposeTransferRequest {
  employeeNip: string;
  targetPositionId: string;
  reason: string;
  requestedEffectiveDate: string;
  attachments?: DocumentEntryInput[];
  followsSpouse?: boolean;
}
