import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseNip, validateNip } from '../nip';
import { unitWorkloads } from '../workload-aggregation';
import { checkHeader, CSV_KINDS, type CsvKind } from './csv-kind';
import type { ReferenceContext } from './reference-context';
import type { CsvRow } from './row-issue';
import { validateRow } from './validate-row';

const DEMO_DIR = resolve(__dirname, '../../../../../data/demo');
const TODAY = '2026-11-23';

function readCsv(name: string): { header: string[]; rows: CsvRow[] } {
  const records = parse(readFileSync(resolve(DEMO_DIR, `${name}.csv`), 'utf8'), { bom: true }) as string[][];
  const [header, ...lines] = records;
  return { header, rows: lines.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i]]))) };
}

const files = Object.fromEntries(CSV_KINDS.map((kind) => [kind, readCsv(kind)])) as Record<
  CsvKind,
  { header: string[]; rows: CsvRow[] }
>;
const column = (kind: CsvKind, name: string) => new Set(files[kind].rows.map((row) => row[name] ?? ''));
const unitAgency = new Map(files.units.rows.map((row) => [row.id ?? '', row.agencyId ?? '']));

const context: ReferenceContext = {
  today: TODAY,
  hasRegion: (code) => column('regions', 'code').has(code),
  hasAgency: (id) => column('agencies', 'id').has(id),
  hasUnit: (id) => unitAgency.has(id),
  hasPosition: (id) => column('positions', 'id').has(id),
  hasEmployee: (nip) => column('employees', 'nip').has(nip),
  unitAgency: (id) => unitAgency.get(id),
};

describe('the demo data set (data/demo), checked on 2026-11-23', () => {
  it.each(CSV_KINDS)('given %s.csv, then its header is the expected one', (kind) => {
    expect(checkHeader(kind, files[kind].header)).toEqual([]);
  });

  it.each(CSV_KINDS)('given every row of %s.csv, then there is no issue', (kind) => {
    expect(files[kind].rows.length).toBeGreaterThan(0);
    const rejected = files[kind].rows.flatMap((row, i) => {
      const result = validateRow(kind, row, context);
      return result.ok ? [] : [{ line: i + 2, issues: result.issues }];
    });
    expect(rejected).toEqual([]);
  });

  it('given the employees, then every PNS number is a NIP consistent with the row', () => {
    const pns = files.employees.rows.filter((row) => row.status === 'PNS');
    expect(pns.length).toBeGreaterThan(900);
    for (const row of pns) {
      expect(parseNip(row.nip ?? '')).toMatchObject({ birthDate: row.birthDate, gender: row.gender });
    }
  });

  it('given the one PPPK, then its number is valid as a PPPK number although it is no NIP', () => {
    const pppk = files.employees.rows.filter((row) => row.status === 'PPPK');
    expect(pppk).toHaveLength(1);
    expect(validateRow('employees', pppk[0], context).ok).toBe(true);
    expect(validateNip(pppk[0].nip ?? '', { today: TODAY }).length).toBeGreaterThan(0);
  });

  it('given the positions and their staff, then every unit gets workload figures', () => {
    const staff = new Map<string, number>();
    for (const row of files.employees.rows) staff.set(row.positionId ?? '', (staff.get(row.positionId ?? '') ?? 0) + 1);
    const positions = files.positions.rows.map((row) => ({
      positionId: row.id ?? '',
      unitId: row.unitId ?? '',
      annualWorkloadMinutes: row.annualWorkloadMinutes ? Number(row.annualWorkloadMinutes) : null,
      existing: staff.get(row.id ?? '') ?? 0,
    }));
    const units = unitWorkloads(positions);
    expect(new Set(units.map((u) => u.key))).toEqual(new Set(positions.map((p) => p.unitId)));
    expect(units.reduce((n, u) => n + u.headcount, 0)).toBe(files.employees.rows.length);
  });
});

describe('the scenario employees (data/demo/scenarios.csv)', () => {
  const scenarios = readCsv('scenarios');
  const employeeByNip = new Map(files.employees.rows.map((row) => [row.nip ?? '', row]));

  it('given the scenario file, then it lists eleven employees', () => {
    expect(scenarios.rows).toHaveLength(11);
  });

  it.each(scenarios.rows.map((row) => [row.name ?? '', row] as const))(
    'given %s, then the employee row is valid and the target position exists',
    (_name, scenario) => {
      const employee = employeeByNip.get(scenario.nip ?? '');
      expect(employee).toBeDefined();
      expect(validateRow('employees', employee ?? {}, context)).toMatchObject({
        ok: true,
        value: { nip: scenario.nip, status: 'PNS' },
      });
      expect(context.hasPosition(scenario.targetPositionId ?? '')).toBe(true);
    },
  );
});
