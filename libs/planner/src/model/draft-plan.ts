import { assemblePlan, type PlanDraft } from './assemble-plan';
import { buildPlanModel, type PlanModel } from './build-model';
import { planInputHash } from './input-hash';
import type { PlanParameters } from './plan-parameters';
import type { PlannerInput } from './planner-input';
import type { SolverIdentity, TransportSolver } from './transport-problem';

export interface DraftedPlan extends PlanDraft {
  inputHash: string;
  solver: SolverIdentity;
  /** Milliseconds spent building the model, solving it and choosing persons. */
  timings: { building: number; solving: number; choosing: number };
}

/**
 * The plan for an input: build the model (pure), solve it (the only step with I/O: the solver runs
 * off the event loop), choose persons and explain (pure). Same input and parameters, same plan.
 */
export async function draftPlan(
  input: PlannerInput,
  parameters: PlanParameters,
  solver: TransportSolver,
  now: () => number = () => performance.now(),
): Promise<DraftedPlan> {
  const start = now();
  const inputHash = planInputHash(input, parameters);
  const model: PlanModel = buildPlanModel(input, parameters);
  const built = now();
  const solution = model.problem.numCols > 0 ? await solver.solve(model.problem) : null;
  const solved = now();
  const draft = assemblePlan(input, model, solution?.colValue ?? null);
  const chosen = now();
  return {
    ...draft,
    inputHash,
    solver: solution?.solver ?? (await solver.identity()),
    timings: { building: built - start, solving: solved - built, choosing: chosen - solved },
  };
}
