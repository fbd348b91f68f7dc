import type { Pool } from 'pg';
import type { Migration } from './migrations';

/**
 * Applies the migrations not yet recorded in `table`, all in one transaction under an advisory
 * lock, so that processes starting together neither race nor leave a half-migrated schema.
 */
export async function runSqlMigrations(pool: Pool, table: string, migrations: readonly Migration[]): Promise<number[]> {
  const client = await pool.connect();
  const applied: number[] = [];
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [table]);
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${table} (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    const done = await client.query<{ version: number }>(`SELECT version FROM ${table}`);
    const doneVersions = new Set(done.rows.map((r) => r.version));
    for (const migration of migrations) {
      if (doneVersions.has(migration.version)) continue;
      await client.query(migration.sql);
      await client.query(`INSERT INTO ${table} (version, name) VALUES ($1, $2)`, [migration.version, migration.name]);
      applied.push(migration.version);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
  return applied;
}
