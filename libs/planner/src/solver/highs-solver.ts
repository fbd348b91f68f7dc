import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { PlanParameters } from '../model/plan-parameters';
import type { PlannerInputRecords } from '../model/planner-input-records';
import type { SolverIdentity, TransportProblem, TransportSolution, TransportSolver } from '../model/transport-problem';
import { SOLVER_NAME, type ThreadPlan } from './highs-thread';
import { HIGHS_WORKER_SOURCE } from './highs-worker-source';

type Reply =
  | { id: number; colValue: Float64Array; objective: number; version: string }
  | { id: number; plan: ThreadPlan }
  | { id: number; error: string };
type Ready = { ready: true; version: string } | { ready: false; error: string };
type Request =
  { problem: TransportProblem } | { warmUp: true } | { records: PlannerInputRecords; parameters: PlanParameters };

/** The thread's program; from TypeScript sources (jest) it compiles them with the repository's swc hook, as jest does. */
const THREAD_PATH = require.resolve('./highs-thread');
const REGISTER = THREAD_PATH.endsWith('.ts')
  ? path.resolve(__dirname, '..', '..', '..', '..', 'test', 'support', 'swc-register.js')
  : undefined;

/**
 * HiGHS (WebAssembly, MIT) in a worker thread, so a solve never blocks the API's event loop; a
 * whole plan can be drafted there too (`draft`). One thread, started on first use and kept;
 * requests queue on it. `close()` stops it.
 */
export class HighsSolver implements TransportSolver {
  private worker: Worker | null = null;
  private ready: Promise<string> | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (reply: Reply) => void; reject: (e: Error) => void }>();

  async identity(): Promise<SolverIdentity> {
    return { name: SOLVER_NAME, version: await this.start() };
  }

  async solve(problem: TransportProblem): Promise<TransportSolution> {
    await this.start();
    const reply = await this.post({ problem });
    if (!('colValue' in reply)) throw new Error('The solver thread answered a solve without column values');
    return {
      colValue: reply.colValue,
      objective: reply.objective,
      solver: { name: SOLVER_NAME, version: reply.version },
    };
  }

  /**
   * `draftPlan` of the decoded records, run in the thread: decoding, building, solving and
   * choosing persons leave the caller's event loop free.
   */
  async draft(records: PlannerInputRecords, parameters: PlanParameters): Promise<ThreadPlan> {
    await this.start();
    const reply = await this.post({ records, parameters });
    if (!('plan' in reply)) throw new Error('The solver thread answered a plan without one');
    return reply.plan;
  }

  /** Starts the thread and has it optimise the solver's code on a made-up problem, before the first plan needs it. */
  async warmUp(): Promise<void> {
    await this.start();
    await this.post({ warmUp: true });
  }

  private post(message: Request): Promise<Reply> {
    const worker = this.worker as Worker;
    const id = this.nextId++;
    return new Promise<Reply>((resolve, reject) => {
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
    const worker = new Worker(HIGHS_WORKER_SOURCE, {
      eval: true,
      workerData: { highsPath: require.resolve('highs'), threadPath: THREAD_PATH, register: REGISTER },
    });
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
      else waiting.resolve(message);
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
