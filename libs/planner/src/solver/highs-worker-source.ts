/**
 * The worker thread's program, evaluated as CommonJS (`new Worker(source, { eval: true })`) so it
 * runs the same from sources under jest, from the build and from the benchmarks: it loads HiGHS and
 * highs-thread (from TypeScript sources through `register`, the repository's swc hook), then solves
 * each posted problem or drafts each posted plan. Column values go back transferred, not copied.
 * A warm-up request solves a made-up problem of the planner's shape twice: V8 first runs
 * WebAssembly with its baseline compiler and optimises the hot functions only as they run, so a
 * cold thread takes several times longer on its first plan than on the next ones.
 */
export const HIGHS_WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
if (workerData.register) require(workerData.register);
const { draftInThread, solveProblem, warmUpProblem } = require(workerData.threadPath);
const loaded = require(workerData.highsPath)();
parentPort.on('message', async ({ id, problem, warmUp, records, parameters }) => {
  try {
    const highs = await loaded;
    const version = highs.version.string;
    if (warmUp) {
      solveProblem(highs, warmUpProblem());
      solveProblem(highs, warmUpProblem());
      parentPort.postMessage({ id, colValue: new Float64Array(0), objective: 0, version });
    } else if (records) {
      parentPort.postMessage({ id, plan: await draftInThread(highs, records, parameters) });
    } else {
      const { colValue, objective } = solveProblem(highs, problem);
      parentPort.postMessage({ id, colValue, objective, version }, [colValue.buffer]);
    }
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.stack ? error.stack : error) });
  }
});
loaded.then(
  (highs) => parentPort.postMessage({ ready: true, version: highs.version.string }),
  (error) => parentPort.postMessage({ ready: false, error: String(error) }),
);
`;
