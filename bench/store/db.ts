import { Client } from 'pg';

export const DEFAULT_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

/** The same server and credentials as `adminUrl`, another database. */
export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withClient<T>(connectionString: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

function quoteIdent(name: string): string {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Unexpected database name ${name}`);
  return `"${name}"`;
}

export async function createDatabase(adminUrl: string, name: string): Promise<void> {
  await withClient(adminUrl, (client) => client.query(`CREATE DATABASE ${quoteIdent(name)}`));
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await withClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
}

/** Flushes dirty buffers so that one workload's checkpoint does not land in the next one's timing. */
export async function checkpoint(connectionString: string): Promise<void> {
  await withClient(connectionString, (client) => client.query('CHECKPOINT'));
}

/** Bytes of all user tables of the database, with their indexes and TOAST. */
export async function userTableBytes(connectionString: string): Promise<number> {
  return withClient(connectionString, async (client) => {
    const { rows } = await client.query<{ bytes: string | null }>(
      `SELECT sum(pg_total_relation_size(c.oid))::text AS bytes
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
          AND c.relkind IN ('r', 'm')`,
    );
    return Number(rows[0]?.bytes ?? 0);
  });
}

export interface ServerInfo {
  version: string;
  serverVersion: string;
  settings: Record<string, string>;
}

export async function serverInfo(connectionString: string): Promise<ServerInfo> {
  return withClient(connectionString, async (client) => {
    const version = await client.query<{ version: string; server_version: string }>(
      'SELECT version() AS version, current_setting($1) AS server_version',
      ['server_version'],
    );
    const names = [
      'max_connections',
      'shared_buffers',
      'synchronous_commit',
      'fsync',
      'wal_level',
      'commit_delay',
      'max_wal_size',
      'jit',
    ];
    const settings = await client.query<{ name: string; setting: string }>(
      'SELECT name, current_setting(name) AS setting FROM unnest($1::text[]) AS name',
      [names],
    );
    return {
      version: version.rows[0].version,
      serverVersion: version.rows[0].server_version,
      settings: Object.fromEntries(settings.rows.map((r) => [r.name, r.setting])),
    };
  });
}
