import type { RecordedEvent } from '@mutasi/event-store';
import { transferIdOf, type TransferEvent } from '@mutasi/transfers';

export interface RecordedTransferEvent {
  event: TransferEvent;
  recorded: RecordedEvent;
}

/** The batch's transfer events grouped by proposal id, each group in stream order; other streams are skipped. */
export function transferEventsByStream(events: readonly RecordedEvent[]): Map<string, RecordedTransferEvent[]> {
  const byId = new Map<string, RecordedTransferEvent[]>();
  for (const recorded of events) {
    const id = transferIdOf(recorded.streamId);
    if (id === null) continue;
    const event = { type: recorded.type, data: recorded.data } as unknown as TransferEvent;
    const group = byId.get(id);
    if (group) group.push({ event, recorded });
    else byId.set(id, [{ event, recorded }]);
  }
  return byId;
}
