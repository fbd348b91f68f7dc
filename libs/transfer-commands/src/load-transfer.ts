import type { ReadStreamOptions, StreamReader } from '@mutasi/event-store';
import { foldEvents, toTransferEvents, transferStreamId, type TransferState } from '@mutasi/transfers';

/**
 * A proposal's state, folded from its stream: the one way every reader gets it (the command
 * handlers, the audit's time travel, the notification outbox, the reminder check). `options`
 * bound the read: up to a version, or up to an instant.
 *
 * A reader inside a transaction passes the store's reader for it (`store.inTransaction(sql)`).
 * The notification outbox does so for the state before a batch's first event of a stream: it
 * reads the earlier events in the batch's own transaction, so the rows it writes and the state
 * they were derived from come from one transaction, and no second connection is held per batch.
 *
 * Pure of Nest and of the rest of this lib, so that the notifications and the audit use it
 * through `@mutasi/transfer-commands/load-transfer` without depending on the command side.
 */
export async function loadTransfer(
  reader: StreamReader,
  transferId: string,
  options?: ReadStreamOptions,
): Promise<TransferState> {
  return foldEvents(toTransferEvents(await reader.readStream(transferStreamId(transferId), options)));
}
