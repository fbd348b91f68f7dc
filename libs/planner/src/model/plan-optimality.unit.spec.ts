import {
  blockingResults,
  checkEligibility,
  NO_PENDING_PROPOSALS,
  provinceOf,
  type PlacementSnapshot,
} from '@mutasi/transfers';
import { requiredStaff } from '@mutasi/workforce/domain';
import { HighsSolver } from '../solver/highs-solver';
import { planObjective, type SimpleMove } from '../testing/plan-objective';
import { tinyInstance } from '../testing/tiny-instance';
import { buildPlanModel } from './build-model';
import { draftPlan } from './draft-plan';
import { DEFAULT_PLAN_PARAMETERS, type PlanParameters } from './plan-parameters';
import type { PlannerInput } from './planner-input';

const solver = new HighsSolver();
afterAll(() => solver.close());

/**
 * The oracle: every assignment of each employee to "stay" or a position short of staff, kept when
 * it is eligible (the proposals' rules), fits competence, respects the relations allowed, the
 * shortages, keep-need and the unit cap; the least objective wins. Exhaustive, so tiny instances only.
 */
function bruteForceOptimum(input: PlannerInput, parameters: PlanParameters): number {
  const model = buildPlanModel(input, parameters);
  const placements = model.placements;
  const count = new Map<string, number>();
  for (const e of input.employees) count.set(e.positionId, (count.get(e.positionId) ?? 0) + 1);
  const gap = (p: (typeof input.positions)[number]) =>
    (count.get(p.id) ?? 0) - requiredStaff(p.annualWorkloadMinutes as number, input.settings);
  const targets = input.positions.filter((p) => gap(p) < 0);
  const options = input.employees.map((employee) => {
    const origin = placements.get(employee.positionId) as PlacementSnapshot;
    const source = input.positions.find((p) => p.id === employee.positionId)!;
    if (parameters.keepNeed ? gap(source) <= 0 : gap(source) < 0) return [null];
    if (parameters.aspirantsOnly && !input.wishes.some((w) => w.nip === employee.nip)) return [null];
    const allowed = targets.filter((t) => {
      const target = placements.get(t.id) as PlacementSnapshot;
      const sameAgency = origin.agency.id === target.agency.id;
      if (!sameAgency && !parameters.allowInterAgency) return false;
      const sameProvince = provinceOf(origin.agency.regionCode) === provinceOf(target.agency.regionCode);
      if (!sameProvince && !parameters.allowInterProvince) return false;
      const results = checkEligibility({
        today: input.today,
        requestedEffectiveDate: parameters.requestedEffectiveDate,
        employee,
        origin,
        target,
        targetPositionWorkload: {
          positionId: t.id,
          required: requiredStaff(t.annualWorkloadMinutes as number),
          actual: count.get(t.id) ?? 0,
        },
        pending: NO_PENDING_PROPOSALS,
        originRegionCalendar: null,
        ministerialApproval: null,
      });
      const codes = results.map((r) => r.code);
      return (
        blockingResults(results).length === 0 &&
        t.educationFields.length > 0 &&
        !codes.includes('ELIGIBILITY_EDUCATION_MISMATCH') &&
        !codes.includes('ELIGIBILITY_RANK_BELOW_MINIMUM')
      );
    });
    return [null, ...allowed.map((t) => t.id)];
  });
  let best = planObjective(input, parameters, []);
  const choice: (string | null)[] = input.employees.map(() => null);
  const visit = (i: number) => {
    if (i === input.employees.length) {
      const moves: SimpleMove[] = input.employees.flatMap((e, k) =>
        choice[k] === null
          ? []
          : [{ employeeNip: e.nip, originPositionId: e.positionId, targetPositionId: choice[k] as string }],
      );
      if (!feasible(input, parameters, moves, gap)) return;
      best = Math.min(best, planObjective(input, parameters, moves));
      return;
    }
    for (const option of options[i]) {
      choice[i] = option;
      visit(i + 1);
    }
    choice[i] = null;
  };
  visit(0);
  return best;
}

function feasible(
  input: PlannerInput,
  parameters: PlanParameters,
  moves: readonly SimpleMove[],
  gap: (p: PlannerInput['positions'][number]) => number,
): boolean {
  const positions = new Map(input.positions.map((p) => [p.id, p]));
  const into = new Map<string, number>();
  const out = new Map<string, number>();
  const outOfUnit = new Map<string, number>();
  for (const m of moves) {
    into.set(m.targetPositionId, (into.get(m.targetPositionId) ?? 0) + 1);
    out.set(m.originPositionId, (out.get(m.originPositionId) ?? 0) + 1);
    const unitId = positions.get(m.originPositionId)!.unitId;
    outOfUnit.set(unitId, (outOfUnit.get(unitId) ?? 0) + 1);
  }
  for (const [id, n] of into) if (n > -gap(positions.get(id)!)) return false;
  if (parameters.keepNeed) for (const [id, n] of out) if (n > gap(positions.get(id)!)) return false;
  for (const n of outOfUnit.values()) if (n > parameters.maxMovesPerUnit) return false;
  return true;
}

const PARAMETER_SETS: Partial<PlanParameters>[] = [
  {},
  { allowInterProvince: true, wishWeight: 0.9 },
  { keepNeed: false, wishWeight: 0.7, allowInterProvince: true },
  { maxMovesPerUnit: 1 },
  { allowInterAgency: false, wishWeight: 0.3 },
  { aspirantsOnly: true },
];

describe('plan optimality against an exhaustive oracle', () => {
  const exercised = { moves: 0, wishes: 0, empty: 0 };
  afterAll(() => {
    // The instances are not trivial: plans move people, grant wishes, and some have nothing to do.
    expect(exercised.moves).toBeGreaterThan(20);
    expect(exercised.wishes).toBeGreaterThan(0);
    expect(exercised.empty).toBeGreaterThan(0);
  });
  for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
    for (const [n, overrides] of PARAMETER_SETS.entries()) {
      it(`instance ${seed}, parameters #${n}: the plan's objective is the least possible`, async () => {
        const input = tinyInstance(seed, 5);
        const parameters = { ...DEFAULT_PLAN_PARAMETERS, requestedEffectiveDate: '2027-01-01', ...overrides };
        const plan = await draftPlan(input, parameters, solver);
        exercised.moves += plan.moves.length;
        exercised.wishes += plan.totals.wishesGranted;
        if (plan.moves.length === 0) exercised.empty++;
        const objective = planObjective(input, parameters, plan.moves);
        expect(objective).toBeCloseTo(bruteForceOptimum(input, parameters), 6);
        expect(plan.totals.objectiveAfter).toBeCloseTo(objective, 6);
      });
    }
  }
});
