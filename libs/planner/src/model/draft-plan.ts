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
 * The pure steps run in slices of `sliceMs`, so that a caller on a server's event loop answers other
 * requests meanwhile (the solver's thread, which has no one else to answer, runs them straight through).
 */
export async function draftPlan(
  input: PlannerInput,
  parameters: PlanParameters,
  solver: TransportSolver,
  now: () => number = () => performance.now(),
  sliceMs = 8,
): Promise<DraftedPlan> {
  const start = now();
  const inputHash = await runStepsInSlices(inputHashSteps(input, parameters), now, sliceMs);
  const model: PlanModel = await runStepsInSlices(planModelSteps(input, parameters), now, sliceMs);
  const built = now();
  const solution = model.problem.numCols > 0 ? await solver.solve(model.problem) : null;
  const solved = now();
  const draft = await runStepsInSlices(assemblePlanSteps(input, model, solution?.colValue ?? null), now, sliceMs);
  const chosen = now();
  return {
    ...draft,
    inputHash,
    solver: solution?.solver ?? (await solver.identity()),
    timings: { building: built - start, solving: solved - built, choosing: chosen - solved },
  };
}
