import type { RecordedEvent } from '../event-store.port';
import type { TransactionScope } from './transactor';

/** A named consumer of the global log; each batch is applied in the transaction `tx`. */
export interface SubscriptionHandler<Tx extends TransactionScope> {
  readonly name: string;
  handle(events: readonly RecordedEvent[], tx: Tx): Promise<void>;
  /** Clears what the handler built, before a replay from the start of the log. */
  reset?(tx: Tx): Promise<void>;
}
