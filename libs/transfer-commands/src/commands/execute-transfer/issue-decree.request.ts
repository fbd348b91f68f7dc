import type { DocumentEntryInput } from '@mutasi/transfers';

/** The decree (SK): its number and date, and the effective date (TMT), YYYY-MM-DD (Asia/Jakarta). */
export interface IssueDecreeRequest {
  decreeNumber: string;
  decreeDate: string;
  effectiveDate: string;
  documents?: DocumentEntryInput[];
  /** The issuer checked the proposal's ministerial approval letter (required when it carries one). */
  ministerialApprovalConfirmed?: boolean;
}
