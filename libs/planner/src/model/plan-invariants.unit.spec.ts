import { blockingResults, checkEligibility, NO_PENDING_PROPOSALS, type PlacementSnapshot } from '@mutasi/transfers';
import { requiredStaff } from '@mutasi/workforce/domain';
import { generatedPlannerInput, withWishes } from '../../../../test/support/planner-dataset';
import { HighsSolver } from '../solver/highs-solver';
import { planObjective } from '../testing/plan-objective';
import { buildPlanModel } from './build-model';
import { draftPlan } from './draft-plan';
import { DEFAULT_PLAN_PARAMETERS, type PlanParameters } from './plan-parameters';
import type { PlanMove } from './plan-move';
import type { PlannerInput } from './planner-input';

const solver = new HighsSolver();
afterAll(() => solver.close());

const INPUT: PlannerInput = withWishes(generatedPlannerInput({ regions: 2, employees: 3000, seed: 7 }), 9);

const PARAMETER_SETS: Partial<PlanParameters>[] = [
  {},
  { allowInterProvince: true, wishWeight: 0.8, maxMovesPerUnit: 4 },
  { keepNeed: false, wishWeight: 0.6, allowInterProvince: true },
  { allowInterAgency: false, maxMovesPerUnit: 2 },
  { aspirantsOnly: true, wishWeight: 1 },
];

function headcounts(input: PlannerInput, moves: readonly PlanMove[]) {
  const count = new Map<string, number>();
  for (const e of input.employees) count.set(e.positionId, (count.get(e.positionId) ?? 0) + 1);
  const before = new Map(count);
  for (const m of moves) {
    count.set(m.originPositionId, (count.get(m.originPositionId) ?? 0) - 1);
    count.set(m.targetPositionId, (count.get(m.targetPositionId) ?? 0) + 1);
  }
  return { before, after: count };
}

describe.each(PARAMETER_SETS.map((overrides, n) => [n, overrides] as const))(
  'plan invariants on a generated data set, parameters #%i',
  (_n, overrides) => {
    const parameters: PlanParameters = {
      ...DEFAULT_PLAN_PARAMETERS,
      requestedEffectiveDate: '2027-01-01',
      ...overrides,
    };
    let moves: PlanMove[] = [];

    beforeAll(async () => {
      moves = (await draftPlan(INPUT, parameters, solver)).moves;
    });

    it('moves people', () => {
      expect(moves.length).toBeGreaterThan(0);
    });

    it('moves nobody twice', () => {
      expect(new Set(moves.map((m) => m.employeeNip)).size).toBe(moves.length);
    });

    it("moves only employees eligible under the proposals' rules, into positions fitting their competence", () => {
      const model = buildPlanModel(INPUT, parameters);
      const employees = new Map(INPUT.employees.map((e) => [e.nip, e]));
      for (const move of moves) {
        const target = model.placements.get(move.targetPositionId) as PlacementSnapshot;
        const figures = model.figures.get(move.targetPositionId)!;
        const results = checkEligibility({
          today: INPUT.today,
          requestedEffectiveDate: parameters.requestedEffectiveDate,
          employee: employees.get(move.employeeNip)!,
          origin: model.placements.get(move.originPositionId) as PlacementSnapshot,
          target,
          targetPositionWorkload: {
            positionId: figures.positionId,
            required: figures.required,
            actual: figures.existing,
          },
          pending: NO_PENDING_PROPOSALS,
          originRegionCalendar: null,
          ministerialApproval: null,
        });
        expect(blockingResults(results)).toEqual([]);
        expect(target.position.educationFields.length).toBeGreaterThan(0);
        expect(results.map((r) => r.code)).not.toContain('ELIGIBILITY_EDUCATION_MISMATCH');
        expect(results.map((r) => r.code)).not.toContain('ELIGIBILITY_RANK_BELOW_MINIMUM');
        if (parameters.aspirantsOnly) expect(INPUT.wishes.some((w) => w.nip === move.employeeNip)).toBe(true);
        if (!parameters.allowInterAgency) expect(move.originAgencyId).toBe(move.targetAgencyId);
        if (!parameters.allowInterProvince) expect(move.relation).not.toBe('interProvince');
      }
    });

    it('never takes a source below its need (keep-need) nor fills a target beyond it', () => {
      const positions = new Map(INPUT.positions.map((p) => [p.id, p]));
      const { after } = headcounts(INPUT, moves);
      for (const id of new Set(moves.map((m) => m.targetPositionId))) {
        expect(after.get(id)).toBeLessThanOrEqual(requiredStaff(positions.get(id)!.annualWorkloadMinutes!));
      }
      if (!parameters.keepNeed) return;
      for (const id of new Set(moves.map((m) => m.originPositionId))) {
        expect(after.get(id)).toBeGreaterThanOrEqual(requiredStaff(positions.get(id)!.annualWorkloadMinutes!));
      }
    });

    it('holds the cap of moves out of one unit', () => {
      const out = new Map<string, number>();
      for (const m of moves) out.set(m.originUnitId, (out.get(m.originUnitId) ?? 0) + 1);
      for (const n of out.values()) expect(n).toBeLessThanOrEqual(parameters.maxMovesPerUnit);
    });

    it('lowers the objective with each move: leaving any one out makes the plan worse', () => {
      const objective = planObjective(INPUT, parameters, moves);
      expect(objective).toBeLessThan(planObjective(INPUT, parameters, []));
      for (let i = 0; i < moves.length; i++) {
        const without = [...moves.slice(0, i), ...moves.slice(i + 1)];
        expect(planObjective(INPUT, parameters, without)).toBeGreaterThan(objective);
      }
    });

    it('gives the same plan, move for move, on a second run and whatever order the input is in', async () => {
      const shuffled: PlannerInput = {
        ...INPUT,
        employees: [...INPUT.employees].reverse(),
        positions: [...INPUT.positions].reverse(),
        wishes: [...INPUT.wishes].reverse(),
      };
      const again = await draftPlan(shuffled, parameters, solver);
      expect(again.moves).toEqual(moves);
      expect(again.inputHash).toBe((await draftPlan(INPUT, parameters, solver)).inputHash);
    });
  },
);
