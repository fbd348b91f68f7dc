/**
 * The worker thread's program, evaluated as CommonJS (`new Worker(source, { eval: true })`) so it
 * runs the same from sources under jest, from the build and from the benchmarks. It loads HiGHS
 * once, then solves each posted problem and posts back the column values (transferred, not copied).
 * A warm-up request solves a made-up transportation problem of the planner's shape twice: V8 first
 * runs WebAssembly with its baseline compiler and optimises the hot functions only as they run, so
 * a cold thread takes several times longer on its first plan than on the next ones.
 */
export const HIGHS_WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const loaded = require(workerData.highsPath)();
const WARM_UP_SIZE = 120;
function warmUpProblem() {
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
parentPort.on('message', async ({ id, problem, warmUp }) => {
  try {
    const highs = await loaded;
    if (warmUp) {
      solve(highs, warmUpProblem());
      solve(highs, warmUpProblem());
      parentPort.postMessage({ id, colValue: new Float64Array(0), objective: 0, version: highs.version.string });
      return;
    }
    const { colValue, objective } = solve(highs, problem);
    parentPort.postMessage({ id, colValue, objective, version: highs.version.string }, [colValue.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.stack ? error.stack : error) });
  }
});
function solve(highs, problem) {
  const infinity = highs.infinity;
  const bound = (values) => Float64Array.from(values, (v) => (v === Infinity ? infinity : v === -Infinity ? -infinity : v));
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
    if (status !== highs.constants.modelStatus.optimal) throw new Error('HiGHS model status ' + status);
    return { colValue: Float64Array.from(model.getSolution().colValue), objective: model.getObjectiveValue() };
  } finally {
    model.dispose();
  }
}
parentPort.on('close', () => undefined);
loaded.then(
  (highs) => parentPort.postMessage({ ready: true, version: highs.version.string }),
  (error) => parentPort.postMessage({ ready: false, error: String(error) }),
);
`;
