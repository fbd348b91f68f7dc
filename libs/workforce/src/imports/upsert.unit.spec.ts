import { upsertSql } from './upsert';

const squeeze = (sql: string) => sql.replace(/\s+/g, ' ').trim();

describe('upsertSql', () => {
  it('given a one-column key, then rows conflict on it and every other column is updated', () => {
    const sql = squeeze(upsertSql({ table: 'units', key: 'id', columns: { id: 'text', name: 'text' } }));
    expect(sql).toContain(
      'ON CONFLICT (id) DO UPDATE SET name = excluded.name WHERE (units.name) IS DISTINCT FROM (excluded.name)',
    );
  });

  it('given a composite key (a position’s figure per year), then rows conflict on both and only the figure is updated', () => {
    const sql = squeeze(
      upsertSql({
        table: 'position_workloads',
        key: ['position_id', 'year'],
        columns: { position_id: 'text', year: 'integer', annual_workload_minutes: 'integer' },
      }),
    );
    expect(sql).toContain(
      'ON CONFLICT (position_id, year) DO UPDATE SET annual_workload_minutes = excluded.annual_workload_minutes ' +
        'WHERE (position_workloads.annual_workload_minutes) IS DISTINCT FROM (excluded.annual_workload_minutes)',
    );
  });
});
