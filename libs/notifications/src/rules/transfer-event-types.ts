import type { TransferEvent, TransferEventType } from '@mutasi/transfers';
import type { RecordedEvent } from '@mutasi/event-store';

const TYPES: Record<TransferEventType, true> = {
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
  ProposalApproved: true,
  TransferDecreeIssued: true,
  TransferExecuted: true,
  TransferEvaluated: true,
};

export const TRANSFER_STREAM_PREFIX = 'transfer-';

/** An event of a transfer stream, of a type this version knows. */
export function isTransferEvent(event: RecordedEvent): boolean {
  return event.streamId.startsWith(TRANSFER_STREAM_PREFIX) && Object.hasOwn(TYPES, event.type);
}

export function asTransferEvent(event: RecordedEvent): TransferEvent {
  return { type: event.type, data: event.data } as TransferEvent;
}
