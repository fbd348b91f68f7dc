import type { RecordedEvent } from '@mutasi/event-store';
import { isTransferEvent, transferIdOf, type TransferEvent } from '@mutasi/transfers';

export interface RecordedTransferEvent {
  event: TransferEvent;
  recorded: RecordedEvent;
}

/**
 * The batch's transfer events grouped by proposal id, each group in stream order; other streams,
 * and events of a type this version does not know, are skipped (as `toTransferEvents` does).
 */
export function transferEventsByStream(events: readonly RecordedEvent[]): Map<string, RecordedTransferEvent[]> {
  const byId = new Map<string, RecordedTransferEvent[]>();
  for (const recorded of events) {
    const id = transferIdOf(recorded.streamId);
    if (id === null || !isTransferEvent(recorded)) continue;
    const entry = { event: recorded, recorded };
    const group = byId.get(id);
    if (group) group.push(entry);
    else byId.set(id, [entry]);
  }
  return byId;
}
