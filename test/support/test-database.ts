import { randomBytes } from 'node:crypto';
import { Client, Pool, type PoolConfig } from 'pg';

export const ADMIN_DATABASE_URL = process.env.TEST_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  readonly name: string;
  readonly url: string;
  pool(config?: PoolConfig): Pool;
  drop(): Promise<void>;
}

/** A database of its own for one test suite, so suites run in parallel and leave nothing behind. */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const name = `mutasi_test_${label.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
  await withAdmin((admin) => admin.query(`CREATE DATABASE ${name}`));
  const url = new URL(ADMIN_DATABASE_URL);
  url.pathname = `/${name}`;
  const pools: Pool[] = [];
  return {
    name,
    url: url.toString(),
    pool(config: PoolConfig = {}) {
      const pool = new Pool({ connectionString: url.toString(), ...config });
      // Idle connections are cut when the database is dropped at the end; that is expected.
      pool.on('error', () => undefined);
      pools.push(pool);
      return pool;
    },
    async drop() {
      await Promise.all(pools.map((p) => p.end().catch(() => undefined)));
      await withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

async function withAdmin<T>(work: (admin: Client) => Promise<T>): Promise<T> {
  const admin = new Client({ connectionString: ADMIN_DATABASE_URL });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}
