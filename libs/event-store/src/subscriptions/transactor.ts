import type { Pool, PoolClient } from 'pg';

/** Runs SQL inside the subscription's transaction and returns the result rows. */
export interface SqlExecutor {
  query<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<R[]>;
}

export interface TransactionScope {
  readonly sql: SqlExecutor;
}

/**
 * Opens the transaction in which a subscription applies a batch and moves its checkpoint, so the
 * handler's writes and the checkpoint commit or roll back together. A read-model layer (TypeORM,
 * say) provides its own, exposing its transactional handle next to `sql`.
 */
export interface Transactor<Tx extends TransactionScope> {
  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
}

export interface PgTransaction extends TransactionScope {
  readonly client: PoolClient;
}

export class PgTransactor implements Transactor<PgTransaction> {
  constructor(private readonly pool: Pool) {}

  async transaction<T>(work: (tx: PgTransaction) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    const tx: PgTransaction = {
      client,
      sql: {
        query: async <R>(text: string, params?: unknown[]) => (await client.query(text, params)).rows as R[],
      },
    };
    try {
      await client.query('BEGIN');
      const result = await work(tx);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}
