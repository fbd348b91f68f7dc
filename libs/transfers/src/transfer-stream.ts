import type { TransferEvent, TransferEventType } from './transfer-events';

/** Stream per proposal: `transfer-<uuid>` (PRODUCT.md §4). */
export const TRANSFER_STREAM_PREFIX = 'transfer-';

export function transferStreamId(transferId: string): string {
  return `${TRANSFER_STREAM_PREFIX}${transferId}`;
}

/** The proposal id of a transfer stream, or null for any other stream. */
export function transferIdOf(streamId: string): string | null {
  return streamId.startsWith(TRANSFER_STREAM_PREFIX) ? streamId.slice(TRANSFER_STREAM_PREFIX.length) : null;
}

/** An event as the log hands it over (after upcasting to the current schema). */
export interface StoredEvent {
  type: string;
  data: unknown;
}

const KNOWN_TYPES: Record<TransferEventType, true> = {
  TransferProposed: true,
  StageOpened: true,
  ConsultationAnswered: true,
  ApprovalGranted: true,
  ApprovalRejected: true,
  ProposalReturned: true,
  ProposalRevised: true,
  ProposalWithdrawn: true,
  TaskDelegated: true,
  StageEscalated: true,
  ConflictOfInterestDeclared: true,
  ProposalApproved: true,
  TransferDecreeIssued: true,
  TransferExecuted: true,
  TransferEvaluated: true,
  AssignmentExtended: true,
  AssignmentConvertedToPermanent: true,
  AssignmentReturned: true,
};

/** A stored event of a type this version knows; its data is trusted to match the type (upcasters keep it so). */
export function isTransferEvent(event: StoredEvent): event is TransferEvent {
  return Object.hasOwn(KNOWN_TYPES, event.type);
}

/**
 * A transfer stream's stored events as domain events, in order. An event of a type this version
 * does not know (written by a newer version) is left out, the same way for every reader: the
 * command side, the audit, the projections and the notifications. Its state's version then lags
 * the stream's, so the command side refuses to append (STALE_VERSION) rather than decide on a
 * state it cannot fully read.
 */
export function toTransferEvents(stored: readonly StoredEvent[]): TransferEvent[] {
  return stored.filter(isTransferEvent);
}
