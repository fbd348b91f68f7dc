import type { RecordedEvent } from '@mutasi/event-store';

/** One event of a proposal's stream as the history shows it (PRODUCT.md §5). */
export interface HistoryEntry {
  version: number;
  position: string;
  eventId: string;
  type: string;
  recordedAt: string;
  actorId: string;
  actorRole: string;
  onBehalfOf: string | null;
  correlationId: string;
  causationId: string | null;
  reason: string | null;
  prevHash: string;
  hash: string;
  data: RecordedEvent['data'];
}

export function historyEntry(event: RecordedEvent): HistoryEntry {
  const reason = event.data.reason;
  return {
    version: event.streamVersion,
    position: event.position,
    eventId: event.eventId,
    type: event.type,
    recordedAt: event.recordedAt.toISOString(),
    actorId: event.metadata.actorId,
    actorRole: event.metadata.actorRole,
    onBehalfOf: event.metadata.onBehalfOf,
    correlationId: event.metadata.correlationId,
    causationId: event.metadata.causationId,
    reason: typeof reason === 'string' ? reason : null,
    prevHash: event.prevHash,
    hash: event.hash,
    data: event.data,
  };
}
