import type { DataSource, EntityManager } from 'typeorm';
import type { TransactionScope, Transactor } from '@mutasi/event-store';

export interface TypeOrmTransaction extends TransactionScope {
  readonly manager: EntityManager;
}

/** Projection batches run in a TypeORM transaction: entity writes and the checkpoint commit together. */
export class TypeOrmTransactor implements Transactor<TypeOrmTransaction> {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (tx: TypeOrmTransaction) => Promise<T>): Promise<T> {
    return this.dataSource.transaction((manager) => work(typeOrmTransaction(manager)));
  }
}

export function typeOrmTransaction(manager: EntityManager): TypeOrmTransaction {
  return {
    manager,
    sql: { query: <R>(text: string, params?: unknown[]) => manager.query(text, params) as Promise<R[]> },
  };
}
