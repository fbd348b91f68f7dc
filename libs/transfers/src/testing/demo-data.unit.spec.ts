import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { requiredStaff } from '@mutasi/workforce/domain';
import type { PerformanceRating } from '../snapshots';
import {
  AGENCIES,
  DEMO_DIRECTORY,
  DEMO_EMPLOYEE_NIPS,
  DEMO_POSITION_IDS,
  demoEmployee,
  demoPlacement,
  demoPositionWorkload,
  SCENARIOS,
} from './demo-data';

const DEMO_DIR = resolve(__dirname, '../../../../data/demo');

type Row = Record<string, string>;

function readCsv(name: string): Row[] {
  const [header, ...lines] = parse(readFileSync(resolve(DEMO_DIR, `${name}.csv`), 'utf8'), { bom: true }) as string[][];
  return lines.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i]])));
}

function byKey(rows: Row[], key: string): Map<string, Row> {
  return new Map(rows.map((row) => [row[key], row]));
}

const agencies = readCsv('agencies');
const units = byKey(readCsv('units'), 'id');
const positions = readCsv('positions');
const positionById = byKey(positions, 'id');
const employees = readCsv('employees');
const employeeByNip = byKey(employees, 'nip');

function topUnitId(unitId: string): string {
  const parent = units.get(unitId)?.parentUnitId ?? '';
  return parent === '' ? unitId : topUnitId(parent);
}

const list = (cell: string) => (cell === '' ? [] : cell.split(';'));

describe('the demo data copied for the pure specs agrees with data/demo', () => {
  it('given agencies.csv, then every agency is copied as it is', () => {
    const fromCsv = Object.fromEntries(
      agencies.map((row) => [row.id, { id: row.id, kind: row.kind, regionCode: row.regionCode }]),
    );
    expect(AGENCIES).toEqual(fromCsv);
  });

  it('given positions.csv, then the directory holds every position with chain roles, as it is', () => {
    const fromCsv = positions
      .filter((row) => row.chainRoles !== '')
      .map((row) => ({
        positionId: row.id,
        unitId: row.unitId,
        topUnitId: topUnitId(row.unitId),
        agencyId: units.get(row.unitId)?.agencyId,
        regionCode: agencies.find((agency) => agency.id === units.get(row.unitId)?.agencyId)?.regionCode,
        chainRoles: list(row.chainRoles),
      }));
    expect(DEMO_DIRECTORY).toEqual(fromCsv);
  });

  it.each(DEMO_POSITION_IDS)('given position %s, then its placement and workload are those of the CSV', (id) => {
    const row = positionById.get(id);
    if (!row) throw new Error(`${id} is not in positions.csv`);
    const agencyId = units.get(row.unitId)?.agencyId ?? '';
    expect(demoPlacement(id)).toEqual({
      position: {
        id,
        unitId: row.unitId,
        title: row.title,
        type: row.type,
        minRank: row.minRank === '' ? null : row.minRank,
        educationFields: list(row.educationFields),
      },
      topUnitId: topUnitId(row.unitId),
      agency: AGENCIES[agencyId],
    });
    const actual = employees.filter((employee) => employee.positionId === id).length;
    expect(demoPositionWorkload(id)).toEqual(
      row.annualWorkloadMinutes === ''
        ? null
        : { positionId: id, required: requiredStaff(Number(row.annualWorkloadMinutes)), actual },
    );
  });

  it.each(DEMO_EMPLOYEE_NIPS)('given employee %s, then the snapshot is the CSV row', (nip) => {
    const row = employeeByNip.get(nip);
    if (!row) throw new Error(`${nip} is not in employees.csv`);
    expect(demoEmployee(nip)).toEqual({
      nip,
      name: row.name,
      status: row.status,
      rank: row.rank,
      birthDate: row.birthDate,
      positionId: row.positionId,
      positionSince: row.positionSince,
      civilServantSince: row.civilServantSince,
      educationLevel: row.educationLevel,
      educationField: row.educationField,
      performanceRatings: list(row.performanceRatings) as PerformanceRating[],
      disciplinaryUntil: row.disciplinaryUntil === '' ? null : row.disciplinaryUntil,
      onStudyLeave: row.onStudyLeave === 'true',
    });
  });

  it('given scenarios.csv, then every scenario is copied as it is', () => {
    const fromCsv = readCsv('scenarios').map(({ nip, kind, targetPositionId, scenario }) => ({
      nip,
      kind,
      targetPositionId,
      scenario,
    }));
    expect(SCENARIOS).toEqual(fromCsv);
  });

  it('given the scenarios, then each employee and target position is among those copied', () => {
    for (const { nip, targetPositionId } of SCENARIOS) {
      expect(DEMO_EMPLOYEE_NIPS).toContain(nip);
      expect(DEMO_POSITION_IDS).toContain(targetPositionId);
      expect(DEMO_POSITION_IDS).toContain(employeeByNip.get(nip)?.positionId);
    }
  });
});
