import { Worker } from 'node:worker_threads';
import type { SolverIdentity, TransportProblem, TransportSolution, TransportSolver } from '../model/transport-problem';
import { HIGHS_WORKER_SOURCE } from './highs-worker-source';

type Reply = { id: number; colValue: Float64Array; objective: number; version: string } | { id: number; error: string };
type Ready = { ready: true; version: string } | { ready: false; error: string };

/**
 * HiGHS (WebAssembly, MIT) in a worker thread, so a solve never blocks the API's event loop. One
 * thread, started on first use and kept; solves queue on it. `close()` stops it.
 */
export class HighsSolver implements TransportSolver {
  private worker: Worker | null = null;
  private ready: Promise<string> | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (s: TransportSolution) => void; reject: (e: Error) => void }>();

  async identity(): Promise<SolverIdentity> {
    return { name: 'HiGHS (highs-js, WebAssembly, dual simplex)', version: await this.start() };
  }

  async solve(problem: TransportProblem): Promise<TransportSolution> {
    const version = await this.start();
    const solution = await this.post({ problem });
    return { ...solution, solver: { ...solution.solver, version } };
  }

  /** Starts the thread and has it optimise the solver's code on a made-up problem, before the first plan needs it. */
  async warmUp(): Promise<void> {
    await this.start();
    await this.post({ warmUp: true });
  }

  private post(message: { problem: TransportProblem } | { warmUp: true }): Promise<TransportSolution> {
    const worker = this.worker as Worker;
    const id = this.nextId++;
    return new Promise<TransportSolution>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, ...message });
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.ready = null;
    if (worker) await worker.terminate();
  }

  private start(): Promise<string> {
    if (this.ready) return this.ready;
    const worker = new Worker(HIGHS_WORKER_SOURCE, { eval: true, workerData: { highsPath: require.resolve('highs') } });
    worker.unref();
    this.worker = worker;
    this.ready = new Promise<string>((resolve, reject) => {
      worker.once('message', (message: Ready) =>
        message.ready ? resolve(message.version) : reject(new Error(message.error)),
      );
      worker.once('error', reject);
    });
    worker.on('message', (message: Reply | Ready) => {
      if (!('id' in message)) return;
      const waiting = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (!waiting) return;
      if ('error' in message) waiting.reject(new Error(message.error));
      else {
        waiting.resolve({
          colValue: message.colValue,
          objective: message.objective,
          solver: { name: 'HiGHS (highs-js, WebAssembly, dual simplex)', version: message.version },
        });
      }
    });
    worker.on('error', (error) => this.failAll(error));
    worker.on('exit', (code) => {
      if (this.worker === worker) {
        this.worker = null;
        this.ready = null;
      }
      this.failAll(new Error(`The solver thread exited (${code})`));
    });
    return this.ready;
  }

  private failAll(error: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}
