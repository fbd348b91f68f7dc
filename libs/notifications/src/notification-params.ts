import type { NotificationDetails } from './rules/notification-intent';

/** Where the employee is, or is to go: the position, its OPD (top unit) and the agency. */
export type PlaceFacts = { positionTitle: string; unitName: string | null; agencyName: string | null };

export type ProposalFacts = {
  transferId: string;
  employeeName: string;
  employeeNip: string;
  kind: string;
  reason: string;
  requestedEffectiveDate: string;
  origin: PlaceFacts;
  target: PlaceFacts;
};

/**
 * What a template is rendered with, stored with the outbox row at projection time, so that the
 * email says what was true when the event happened. Names replace the user ids of the details.
 */
export type NotificationParams = Omit<
  NotificationDetails,
  'decidedBy' | 'onBehalfOf' | 'delegatedBy' | 'withdrawnBy'
> & {
  recipientName: string;
  proposal: ProposalFacts;
  decidedByName?: string;
  onBehalfOfName?: string | null;
  delegatedByName?: string;
  withdrawnByName?: string;
};
