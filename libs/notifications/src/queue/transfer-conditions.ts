import type { EventStore } from '@mutasi/event-store';
import { foldEvents } from '@mutasi/transfers';
import { conditionHolds } from '../rules/delivery-condition';
import type { DeliveryCondition } from '../rules/notification-intent';
import { asTransferEvent, isTransferEvent, TRANSFER_STREAM_PREFIX } from '../rules/transfer-event-types';

/** Checks a reminder against the transfer as its stream says it stands now. */
export function transferConditions(store: EventStore) {
  return async (transferId: string, condition: DeliveryCondition): Promise<boolean> => {
    const events = await store.readStream(`${TRANSFER_STREAM_PREFIX}${transferId}`);
    return conditionHolds(condition, foldEvents(events.filter(isTransferEvent).map(asTransferEvent)));
  };
}
