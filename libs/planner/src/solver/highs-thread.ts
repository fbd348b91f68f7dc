/**
 * What the solver's thread runs (see highs-worker-source.ts): HiGHS on a transport problem, and a
 * whole plan from the loader's records, so that decoding, building the model and choosing persons
 * run off the server's event loop as the solve does.
 */
import { draftPlan, type DraftedPlan } from '../model/draft-plan';
import type { PlanParameters } from '../model/plan-parameters';
import { plannerInputFromRecords, type PlannerInputRecords } from '../model/planner-input-records';
import type { TransportProblem, TransportSolution, TransportSolver } from '../model/transport-problem';

export const SOLVER_NAME = 'HiGHS (highs-js, WebAssembly, dual simplex)';

interface HighsModel {
  options: { set(options: Record<string, unknown>): void };
  run(): void;
  getModelStatus(): unknown;
  getSolution(): { colValue: ArrayLike<number> };
  getObjectiveValue(): number;
  dispose(): void;
}

/** The part of the `highs` module the thread uses. */
export interface Highs {
  infinity: number;
  version: { string: string };
  constants: { modelStatus: { optimal: unknown } };
  createModel(data: Record<string, unknown>): HighsModel;
}

/** A plan drafted in the thread, with the sizes of its input. */
export interface ThreadPlan extends DraftedPlan {
  inputCounts: { positions: number; employees: number; wishes: number };
  /** Milliseconds the thread spent decoding the records. */
  decoding: number;
}

export function solveProblem(highs: Highs, problem: TransportProblem): { colValue: Float64Array; objective: number } {
  const infinity = highs.infinity;
  const bound = (values: Float64Array) =>
    Float64Array.from(values, (v) => (v === Infinity ? infinity : v === -Infinity ? -infinity : v));
  const model = highs.createModel({
    numCols: problem.numCols,
    numRows: problem.numRows,
    colCost: problem.colCost,
    colLower: bound(problem.colLower),
    colUpper: bound(problem.colUpper),
    rowLower: bound(problem.rowLower),
    rowUpper: bound(problem.rowUpper),
    matrix: {
      format: 'csc',
      numRows: problem.numRows,
      numCols: problem.numCols,
      starts: problem.starts,
      indices: problem.indices,
      values: problem.values,
    },
  });
  try {
    model.options.set({ output_flag: false, solver: 'simplex', random_seed: 0 });
    model.run();
    const status = model.getModelStatus();
    if (status !== highs.constants.modelStatus.optimal) throw new Error(`HiGHS model status ${String(status)}`);
    return { colValue: Float64Array.from(model.getSolution().colValue), objective: model.getObjectiveValue() };
  } finally {
    model.dispose();
  }
}

const WARM_UP_SIZE = 120;

/** A made-up transportation problem of the planner's shape, to have V8 optimise HiGHS before the first plan. */
export function warmUpProblem(): TransportProblem {
  const n = WARM_UP_SIZE;
  const numCols = n * n;
  const starts = new Int32Array(numCols + 1);
  const indices = new Int32Array(2 * numCols);
  const values = new Float64Array(2 * numCols).fill(1);
  const colCost = new Float64Array(numCols);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const col = i * n + j;
      starts[col] = 2 * col;
      indices[2 * col] = i;
      indices[2 * col + 1] = n + j;
      colCost[col] = ((i * 7 + j * 13) % 17) - 8;
    }
  }
  starts[numCols] = 2 * numCols;
  return {
    numCols,
    numRows: 2 * n,
    colCost,
    colLower: new Float64Array(numCols),
    colUpper: new Float64Array(numCols).fill(Infinity),
    rowLower: new Float64Array(2 * n),
    rowUpper: new Float64Array(2 * n).fill(3),
    starts,
    indices,
    values,
  };
}

/** The same `draftPlan` the tests run, on the records decoded here and HiGHS solving in this thread. */
export async function draftInThread(
  highs: Highs,
  records: PlannerInputRecords,
  parameters: PlanParameters,
): Promise<ThreadPlan> {
  const start = performance.now();
  const input = plannerInputFromRecords(records);
  const decoding = performance.now() - start;
  const solver: TransportSolver = {
    solve: (problem) => Promise.resolve(inThreadSolution(highs, problem)),
    identity: () => Promise.resolve({ name: SOLVER_NAME, version: highs.version.string }),
  };
  const plan = await draftPlan(input, parameters, solver, () => performance.now(), Infinity);
  return {
    ...plan,
    inputCounts: {
      positions: input.positions.length,
      employees: input.employees.length,
      wishes: input.wishes.length,
    },
    decoding,
  };
}

function inThreadSolution(highs: Highs, problem: TransportProblem): TransportSolution {
  return { ...solveProblem(highs, problem), solver: { name: SOLVER_NAME, version: highs.version.string } };
}
