import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import type { SqlExecutor } from '@mutasi/event-store';
import { PG_POOL } from '@mutasi/platform';
import { currentUnitOfWork, runInUnitOfWork } from './unit-of-work';

const LOCK_SQL = `SELECT pg_advisory_xact_lock(hashtext('mutasi.open-proposal'), hashtext($1))`;

/**
 * Proposals for one employee are made one after another: `work` runs in a transaction holding a
 * lock on the employee's NIP (the request's unit of work when there is one), and must read the
 * open proposals and append through `sql`, so a proposal appended just before is seen.
 */
@Injectable()
export class EmployeeProposalLock {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async run<T>(employeeNip: string, work: (sql: SqlExecutor) => Promise<T>): Promise<T> {
    const unit = currentUnitOfWork();
    if (unit) {
      await unit.sql.query(LOCK_SQL, [employeeNip]);
      return work(unit.sql);
    }
    const client = await this.pool.connect();
    const afterCommit: (() => void)[] = [];
    let result: T;
    try {
      await client.query('BEGIN');
      await client.query(LOCK_SQL, [employeeNip]);
      const sql: SqlExecutor = {
        query: async <R>(text: string, params?: unknown[]) => (await client.query(text, params)).rows as R[],
      };
      result = await runInUnitOfWork({ sql, afterCommit: (action) => afterCommit.push(action) }, () => work(sql));
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
    afterCommit.forEach((action) => action());
    return result;
  }
}
