import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { PlannerInput, PlannerWish } from '@mutasi/planner';
import type { AgencyKind, EmployeeStatus, PerformanceRating, PositionType } from '@mutasi/transfers';
import { DEFAULT_WORKLOAD_SETTINGS } from '@mutasi/workforce/domain';

const GENERATOR = join(__dirname, '..', '..', '..', 'shared', 'tools', 'gen-dataset.mjs');

type Row = Record<string, string>;
const read = (dir: string, name: string): Row[] =>
  parse(readFileSync(join(dir, `${name}.csv`)), { columns: true }) as Row[];

/** Generates a data set with the shared generator into a temporary folder and reads it as planner input. */
export function generatedPlannerInput(options: { regions: number; employees: number; seed: number }): PlannerInput {
  const dir = mkdtempSync(join(tmpdir(), 'planner-dataset-'));
  try {
    execFileSync(process.execPath, [
      GENERATOR,
      '--out',
      dir,
      '--regions',
      String(options.regions),
      '--employees',
      String(options.employees),
      '--seed',
      String(options.seed),
    ]);
    return datasetInput(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A data set folder (the CSV formats of the imports) as planner input, with no wishes. */
export function datasetInput(dir: string): PlannerInput {
  const units = read(dir, 'units');
  const parent = new Map(units.map((u) => [u.id, u.parentUnitId]));
  const topOf = (id: string): string => {
    let current = id;
    while (parent.get(current)) current = parent.get(current) as string;
    return current;
  };
  return {
    today: '2026-11-01',
    settings: DEFAULT_WORKLOAD_SETTINGS,
    agencies: read(dir, 'agencies').map((a) => ({
      id: a.id,
      name: a.name,
      kind: a.kind as AgencyKind,
      regionCode: a.regionCode,
    })),
    units: units.map((u) => ({ id: u.id, name: u.name, agencyId: u.agencyId, topUnitId: topOf(u.id) })),
    positions: read(dir, 'positions').map((p) => ({
      id: p.id,
      unitId: p.unitId,
      title: p.title,
      type: p.type as PositionType,
      minRank: p.minRank || null,
      educationFields: p.educationFields ? p.educationFields.split(';') : [],
      annualWorkloadMinutes: p.annualWorkloadMinutes ? Number(p.annualWorkloadMinutes) : null,
    })),
    employees: read(dir, 'employees').map((e) => ({
      nip: e.nip,
      name: e.name,
      status: e.status as EmployeeStatus,
      rank: e.rank,
      birthDate: e.birthDate,
      positionId: e.positionId,
      positionSince: e.positionSince,
      civilServantSince: e.civilServantSince,
      educationLevel: e.educationLevel,
      educationField: e.educationField,
      performanceRatings: e.performanceRatings ? (e.performanceRatings.split(';') as PerformanceRating[]) : [],
      disciplinaryUntil: e.disciplinaryUntil || null,
      onStudyLeave: e.onStudyLeave === 'true',
    })),
    wishes: [],
    openProposals: [],
    regionCalendars: [],
  };
}

/** Every `every`-th employee wishes the unit of a measured position of their title elsewhere (deterministic). */
export function withWishes(input: PlannerInput, every: number): PlannerInput {
  const positions = new Map(input.positions.map((p) => [p.id, p]));
  const sameTitle = new Map<string, string[]>();
  for (const p of input.positions) {
    if (p.annualWorkloadMinutes === null) continue;
    const list = sameTitle.get(p.title);
    if (list) list.push(p.id);
    else sameTitle.set(p.title, [p.id]);
  }
  const wishes: PlannerWish[] = [];
  input.employees.forEach((e, i) => {
    if (i % every !== 0) return;
    const options = sameTitle.get(positions.get(e.positionId)?.title ?? '') ?? [];
    const other = options.filter((id) => id !== e.positionId);
    if (other.length === 0) return;
    const first = other[i % other.length];
    wishes.push({ nip: e.nip, rank: 1, unitId: positions.get(first)?.unitId ?? null, positionId: null });
    const second = other[(i + 7) % other.length];
    if (second !== first) wishes.push({ nip: e.nip, rank: 2, unitId: null, positionId: second });
  });
  return { ...input, wishes };
}
