import { AsyncLocalStorage } from 'node:async_hooks';
import type { SqlExecutor } from '@mutasi/event-store';

/**
 * The database transaction a request runs in, when it needs one around the command (an
 * Idempotency-Key is stored in the transaction that appends the events). Writers take it from
 * here and fall back to their own connection when there is none.
 */
export interface UnitOfWork {
  readonly sql: SqlExecutor;
  /** Called after the transaction committed. */
  afterCommit(action: () => void): void;
}

const storage = new AsyncLocalStorage<UnitOfWork>();

export function currentUnitOfWork(): UnitOfWork | undefined {
  return storage.getStore();
}

export function runInUnitOfWork<T>(unit: UnitOfWork, work: () => Promise<T>): Promise<T> {
  return storage.run(unit, work);
}
