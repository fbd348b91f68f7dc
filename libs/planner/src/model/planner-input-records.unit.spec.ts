import { generatedPlannerInput, withWishes } from '../../../../test/support/planner-dataset';
import { HighsSolver } from '../solver/highs-solver';
import { draftPlan } from './draft-plan';
import { planInputHash } from './input-hash';
import { DEFAULT_PLAN_PARAMETERS, type PlanParameters } from './plan-parameters';
import type { PlannerInput } from './planner-input';
import { plannerInputFromRecords, type PlannerInputRecords } from './planner-input-records';

const solver = new HighsSolver();
afterAll(() => solver.close());

/** The records as the loader's SQL builds them (json_build_array, fields in the documented order). */
function recordsOf(input: PlannerInput, employeesPerChunk: number): PlannerInputRecords {
  const employees = input.employees.map((e) => [
    e.nip,
    e.name,
    e.status,
    e.rank,
    e.birthDate,
    e.positionId,
    e.positionSince,
    e.civilServantSince,
    e.educationLevel,
    e.educationField,
    e.performanceRatings,
    e.disciplinaryUntil,
    e.onStudyLeave,
  ]);
  const chunks: string[] = [];
  for (let at = 0; at < employees.length; at += employeesPerChunk) {
    chunks.push(JSON.stringify(employees.slice(at, at + employeesPerChunk)));
  }
  return {
    today: input.today,
    settings: input.settings,
    agencies: JSON.stringify(input.agencies.map((a) => [a.id, a.name, a.kind, a.regionCode])),
    units: JSON.stringify(input.units.map((u) => [u.id, u.name, u.agencyId, u.topUnitId])),
    positions: JSON.stringify(
      input.positions.map((p) => [
        p.id,
        p.unitId,
        p.title,
        p.type,
        p.minRank,
        p.educationFields,
        p.annualWorkloadMinutes,
      ]),
    ),
    employees: chunks,
    wishes: JSON.stringify(input.wishes.map((w) => [w.nip, w.rank, w.unitId, w.positionId])),
    openProposals: JSON.stringify(input.openProposals.map((o) => [o.transferId, o.employeeNip, o.targetPositionId])),
    regionCalendars: JSON.stringify(input.regionCalendars),
  };
}

const INPUT: PlannerInput = {
  ...withWishes(generatedPlannerInput({ regions: 2, employees: 3000, seed: 11 }), 5),
  openProposals: [],
};
const PARAMETERS: PlanParameters = { ...DEFAULT_PLAN_PARAMETERS, requestedEffectiveDate: '2027-01-01' };

describe('the planner input as records', () => {
  it('decodes to the input they were built from, whatever the chunks', () => {
    expect(plannerInputFromRecords(recordsOf(INPUT, 700))).toEqual(INPUT);
    expect(plannerInputFromRecords(recordsOf(INPUT, 100_000))).toEqual(INPUT);
  });

  it('reads absent region, OPD, education field and open-proposal fields as the loader did', () => {
    const records: PlannerInputRecords = {
      ...recordsOf({ ...INPUT, employees: INPUT.employees.slice(0, 1) }, 10),
      agencies: JSON.stringify([['k1', 'Kementerian', 'central', null]]),
      units: JSON.stringify([['u1', 'Unit', 'k1', null]]),
      employees: [JSON.stringify([[...Object.values(INPUT.employees[0]).slice(0, 9), null, [], null, false]])],
      openProposals: JSON.stringify([['t1', null, null]]),
    };
    const input = plannerInputFromRecords(records);
    expect(input.agencies[0].regionCode).toBe('');
    expect(input.units[0].topUnitId).toBe('u1');
    expect(input.employees[0].educationField).toBe('');
    expect(input.openProposals).toEqual([{ transferId: 't1', employeeNip: '', targetPositionId: '' }]);
  });

  it("drafted in the solver's thread, gives the plan draftPlan gives here, move for move", async () => {
    const here = await draftPlan(INPUT, PARAMETERS, solver);
    const there = await solver.draft(recordsOf(INPUT, 500), PARAMETERS);
    expect(here.moves.length).toBeGreaterThan(0);
    expect(there.moves).toEqual(here.moves);
    expect(there.totals).toEqual(here.totals);
    expect(there.inputHash).toBe(here.inputHash);
    expect(there.solver).toEqual(here.solver);
    expect(there.inputCounts).toEqual({
      positions: INPUT.positions.length,
      employees: INPUT.employees.length,
      wishes: INPUT.wishes.length,
    });
  });

  it("hashes a region's calendar with the input, and an input without calendars as before they existed", () => {
    const calendar = {
      regionCode: INPUT.agencies[0].regionCode,
      termStart: '2025-02-20',
      termEnd: '2030-02-20',
      candidateDeterminationDate: '2029-09-22',
    };
    const withCalendar = { ...INPUT, regionCalendars: [calendar] };
    expect(plannerInputFromRecords(recordsOf(withCalendar, 700)).regionCalendars).toEqual([calendar]);
    expect(planInputHash(withCalendar, PARAMETERS)).not.toBe(planInputHash(INPUT, PARAMETERS));
    expect(INPUT.regionCalendars).toEqual([]);
  });
});
