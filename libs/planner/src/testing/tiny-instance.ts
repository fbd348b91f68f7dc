import type { EmployeeSnapshot, PerformanceRating } from '@mutasi/transfers';
import { DEFAULT_WORKLOAD_SETTINGS } from '@mutasi/workforce/domain';
import type { PlannerInput, PlannerPosition, PlannerWish } from '../model/planner-input';

/** A small deterministic PRNG (mulberry32) so each seed gives the same instance. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIELDS = ['Administrasi Perkantoran', 'Keperawatan'];
const RANKS = ['II/c', 'III/a', 'III/c'];
const RATINGS: PerformanceRating[] = ['baik', 'sangat_baik', 'butuh_perbaikan'];

/**
 * A tiny planning instance for exhaustive checks: three agencies (two in province 98, one in 99),
 * a few measured positions with surpluses and shortages, employees with mixed eligibility
 * (performance, pledge, discipline), education fields, ranks and wishes.
 */
export function tinyInstance(seed: number, movers = 6): PlannerInput {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const agencies = [
    { id: 'a1', name: 'Pemkab Satu', kind: 'regional' as const, regionCode: '98.01' },
    { id: 'a2', name: 'Pemkab Dua', kind: 'regional' as const, regionCode: '98.02' },
    { id: 'a3', name: 'Pemkab Tiga', kind: 'regional' as const, regionCode: '99.01' },
  ];
  const units = agencies.flatMap((a) =>
    [1, 2].map((n) => ({
      id: `${a.id}-u${n}`,
      name: `Unit ${n} ${a.name}`,
      agencyId: a.id,
      topUnitId: `${a.id}-u${n}`,
    })),
  );
  const positions: PlannerPosition[] = units.map((u, i) => ({
    id: `${u.id}-p`,
    unitId: u.id,
    title: i % 2 === 0 ? 'Pengadministrasi Perkantoran' : 'Perawat',
    type: 'pelaksana',
    minRank: pick(['II/a', 'III/a']),
    educationFields: i % 3 === 2 ? FIELDS : [FIELDS[i % 2]],
    annualWorkloadMinutes: 75_000 * (1 + Math.floor(next() * 3)),
  }));
  const employees: EmployeeSnapshot[] = [];
  for (let n = 0; n < movers + 4; n++) {
    const position = pick(positions);
    employees.push({
      nip: `19800101200501100${n}`.slice(0, 18),
      name: `Pegawai ${n}`,
      status: 'PNS',
      rank: pick(RANKS),
      birthDate: '1980-01-01',
      positionId: position.id,
      positionSince: pick(['2018-01-01', '2020-06-01', '2015-03-01']),
      civilServantSince: pick(['2005-01-01', '2005-01-01', '2023-01-01']),
      educationLevel: 'S1',
      educationField: pick(FIELDS),
      performanceRatings: [pick(RATINGS), 'baik'],
      disciplinaryUntil: next() < 0.1 ? '2030-01-01' : null,
      onStudyLeave: false,
    });
  }
  employees.forEach((e, i) => (e.nip = `1980010120050110${String(i).padStart(2, '0')}`));
  const wishes: PlannerWish[] = [];
  for (const e of employees) {
    if (next() < 0.4) wishes.push({ nip: e.nip, rank: 1, unitId: pick(units).id, positionId: null });
    if (next() < 0.3) wishes.push({ nip: e.nip, rank: 2, unitId: null, positionId: pick(positions).id });
  }
  return {
    today: '2026-11-01',
    settings: DEFAULT_WORKLOAD_SETTINGS,
    agencies,
    units,
    positions,
    employees,
    wishes,
    openProposals: [],
    regionCalendars: [],
  };
}
