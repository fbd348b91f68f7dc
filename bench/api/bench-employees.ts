import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { ApiClient } from './api-client';

/** The operator who records the hearing answers (from paper) in the benchmark; not a proposer. */
export const RECORDER = 'bench-recorder';

type Row = Record<string, string>;

const quote = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
const csv = (header: string[], rows: Row[]) =>
  [header.join(','), ...rows.map((row) => header.map((column) => quote(row[column] ?? '')).join(','))].join('\n');

/**
 * An employee has at most one open proposal, so each proposal of the benchmark is for an employee
 * of its own: `count` copies of the given demo employees (same position, rank, history; NIPs with
 * other sequence numbers), imported before the run, cycling through `nips`.
 */
export function cloneEmployees(nips: string[], count: number): { csv: string; nips: string[] } {
  const employees = parse(readFileSync('data/demo/employees.csv'), { columns: true }) as Row[];
  const taken = new Set(employees.map((e) => e.nip));
  const header = Object.keys(employees[0]);
  const rows: Row[] = [];
  const next = new Map(nips.map((nip) => [nip, 100]));
  for (let i = 0; rows.length < count; i++) {
    const base = employees.find((e) => e.nip === nips[i % nips.length]) as Row;
    let sequence = next.get(base.nip) as number;
    while (taken.has(`${base.nip.slice(0, 15)}${sequence}`)) sequence++;
    if (sequence > 999) throw new Error(`no NIP sequence left for copies of ${base.nip}`);
    next.set(base.nip, sequence + 1);
    const nip = `${base.nip.slice(0, 15)}${sequence}`;
    taken.add(nip);
    rows.push({ ...base, nip, name: `${base.name} ${sequence}`, email: `bench.${nip}@mutasi.example` });
  }
  return { csv: csv(header, rows), nips: rows.map((row) => row.nip) };
}

/** Imports the copies and the recorder operator (national scope) as the demo administrator. */
export async function importBenchData(api: ApiClient, password: string, employeesCsv: string): Promise<void> {
  const admin = await api.login('admin', password);
  const employees = await api.call('POST', '/imports/employees', admin, employeesCsv);
  if (employees.status !== 200) throw new Error(`importing bench employees: ${employees.status}`);
  const users = csv(
    ['username', 'password', 'displayName', 'email', 'roles', 'agencyIds', 'positionIds', 'employeeNip', 'language'],
    [
      {
        username: RECORDER,
        password,
        displayName: 'Bench recorder',
        email: 'bench.recorder@mutasi.example',
        roles: 'operator',
        agencyIds: '*',
      },
    ],
  );
  const imported = await api.call('POST', '/imports/users?partial=false', admin, users);
  if (imported.status !== 200) throw new Error(`importing the bench recorder: ${imported.status}`);
}
