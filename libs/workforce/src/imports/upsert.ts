/** A read-model table written by an import: its key and the columns a CSV row sets. */
export interface TableSpec {
  table: string;
  /** The key column, or the columns of a composite key. */
  key: string | readonly string[];
  /** Column name → PostgreSQL type, in insert order; includes the key. */
  columns: Record<string, string>;
  /** Columns set on insert only (derived later), with their initial SQL expression over the input row. */
  insertOnly?: Record<string, string>;
}

/**
 * One statement that upserts a JSON array of rows ($1) and returns how many rows it inserted or
 * actually changed: an unchanged row is not rewritten, so re-importing a file changes nothing.
 */
export function upsertSql(spec: TableSpec): string {
  const names = Object.keys(spec.columns);
  const recordType = names.map((n) => `${n} ${spec.columns[n]}`).join(', ');
  const insertOnly = spec.insertOnly ?? {};
  const insertColumns = [...names, ...Object.keys(insertOnly)];
  const insertValues = [...names.map((n) => `r.${n}`), ...Object.values(insertOnly)];
  const keys: readonly string[] = typeof spec.key === 'string' ? [spec.key] : spec.key;
  const updatable = names.filter((n) => !keys.includes(n));
  return `
    WITH changed AS (
      INSERT INTO ${spec.table} (${insertColumns.join(', ')})
      SELECT ${insertValues.join(', ')} FROM jsonb_to_recordset($1::jsonb) AS r(${recordType})
      ON CONFLICT (${keys.join(', ')}) DO UPDATE SET ${updatable.map((n) => `${n} = excluded.${n}`).join(', ')}
      WHERE (${updatable.map((n) => `${spec.table}.${n}`).join(', ')}) IS DISTINCT FROM (${updatable
        .map((n) => `excluded.${n}`)
        .join(', ')})
      RETURNING 1)
    SELECT count(*)::int AS changed FROM changed`;
}
