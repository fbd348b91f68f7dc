import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const BENCH_USER = 'bench-planner';
export const BENCH_PASSWORD = 'bench-planner-password';

/** The shared generator, beside the repository (override with BENCH_PLAN_GENERATOR). */
const GENERATOR =
  process.env.BENCH_PLAN_GENERATOR ??
  path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'tools', 'gen-dataset.mjs');

/**
 * Generates a data set of about `employees` employees over 40 regencies per province into a
 * temporary folder, with one national-scope operator as its only user (hashing the generated
 * users' passwords would dominate the import and is not what is measured).
 */
export function generateDataset(employees: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), `bench-plan-${employees}-`));
  execFileSync(process.execPath, [GENERATOR, '--out', dir, '--regions', '40', '--employees', String(employees)], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  writeFileSync(
    path.join(dir, 'users.csv'),
    'username,password,displayName,email,roles,agencyIds,positionIds,employeeNip,language\n' +
      `${BENCH_USER},${BENCH_PASSWORD},Bench Planner,bench@mutasi.example,operator,*,,,id\n`,
  );
  return dir;
}

/** Wishes in the aspirations read model: every 20th employee of a measured position wishes the unit of another position of the same title. */
export const WISHES_SQL = `
  INSERT INTO aspirations (nip, rank, unit_id, position_id, reason, source, stated_by, stated_at)
  SELECT e.nip, 1, w.unit_id, NULL, 'bench', 'import', 'bench', now()
    FROM (SELECT x.nip, x.position_id, row_number() OVER (ORDER BY x.nip) AS n
            FROM employees x JOIN positions px ON px.id = x.position_id
           WHERE px.annual_workload_minutes IS NOT NULL) e
    JOIN positions p ON p.id = e.position_id
    JOIN LATERAL (
      SELECT q.unit_id FROM positions q
       WHERE q.title = p.title AND q.id <> p.id AND q.annual_workload_minutes IS NOT NULL
       ORDER BY md5(q.id || e.nip) LIMIT 1) w ON true
   WHERE e.n % 20 = 0`;
