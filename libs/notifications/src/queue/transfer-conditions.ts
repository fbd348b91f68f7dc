import type { StreamReader } from '@mutasi/event-store';
import { loadTransfer } from '@mutasi/transfer-commands/load-transfer';
import { conditionHolds } from '../rules/delivery-condition';
import type { DeliveryCondition } from '../rules/notification-intent';

/** Checks a reminder against the transfer as its stream says it stands now. */
export function transferConditions(store: StreamReader) {
  return async (transferId: string, condition: DeliveryCondition): Promise<boolean> =>
    conditionHolds(condition, await loadTransfer(store, transferId));
}
