/**
 * The worker thread's program, evaluated as CommonJS (`new Worker(source, { eval: true })`) so it
 * runs the same from sources under jest, from the build and from the benchmarks. It loads HiGHS
 * once, then solves each posted problem and posts back the column values (transferred, not copied).
 */
export const HIGHS_WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const loaded = require(workerData.highsPath)();
parentPort.on('message', async ({ id, problem }) => {
  try {
    const highs = await loaded;
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
      const colValue = Float64Array.from(model.getSolution().colValue);
      const objective = model.getObjectiveValue();
      parentPort.postMessage({ id, colValue, objective, version: highs.version.string }, [colValue.buffer]);
    } finally {
      model.dispose();
    }
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.stack ? error.stack : error) });
  }
});
parentPort.on('close', () => undefined);
loaded.then(
  (highs) => parentPort.postMessage({ ready: true, version: highs.version.string }),
  (error) => parentPort.postMessage({ ready: false, error: String(error) }),
);
`;
