import { assemblePlanSteps, type PlanDraft } from './assemble-plan';
import { planModelSteps, type PlanModel } from './build-model';
import { inputHashSteps } from './input-hash';
import type { PlanParameters } from './plan-parameters';
import type { PlannerInput } from './planner-input';
import { runStepsInSlices } from './steps';
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
 * The pure steps run in slices of a few milliseconds, so that a server answers other requests meanwhile.
 */
export async function draftPlan(
  input: PlannerInput,
  parameters: PlanParameters,
  solver: TransportSolver,
  now: () => number = () => performance.now(),
): Promise<DraftedPlan> {
  const start = now();
  const inputHash = await runStepsInSlices(inputHashSteps(input, parameters), now);
  const model: PlanModel = await runStepsInSlices(planModelSteps(input, parameters), now);
  const built = now();
  const solution = model.problem.numCols > 0 ? await solver.solve(model.problem) : null;
  const solved = now();
  const draft = await runStepsInSlices(assemblePlanSteps(input, model, solution?.colValue ?? null), now);
  const chosen = now();
  return {
    ...draft,
    inputHash,
    solver: solution?.solver ?? (await solver.identity()),
    timings: { building: built - start, solving: solved - built, choosing: chosen - solved },
  };
}
