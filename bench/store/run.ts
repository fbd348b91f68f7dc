/**
 * `npm run bench:store`: the event-store benchmark (W1..W4) for our PostgresEventStore, the plain
 * SQL ceilings and @event-driven-io/emmett-postgresql. Each implementation runs in its own child
 * process and its own fresh database, one after another; the databases are dropped at the end.
 * Only the JSON report goes to stdout; progress goes to stderr.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ImplName } from './adapter';
import type { ChildResult } from './child';
import { benchConfig, CONFIG_ENV, type BenchConfig } from './config';
import { createDatabase, databaseUrl, DEFAULT_ADMIN_URL, dropDatabase, serverInfo, type ServerInfo } from './db';
import { averageEventBytes } from './workloads';
import { errorMessage, log, round } from './stats';

const ORDER: readonly ImplName[] = ['plain', 'ours', 'emmett'];
const CHILD_TIMEOUT_MS = 6 * 60_000;

interface Target {
  name: string;
  target: string;
  actual: number | null;
  met: boolean | null;
}

let activeChild: ChildProcess | null = null;

/**
 * A private copy of the compiled bench and event store for the children: `npm run build` starts
 * with `rm -rf dist`, so a build running next to the bench would otherwise pull the children's
 * files from under it. Bare imports (pg, emmett) resolve through NODE_PATH to the repo's node_modules.
 */
interface Runtime {
  dir: string;
  env: NodeJS.ProcessEnv;
  remove(): void;
}

function snapshotRuntime(): Runtime {
  const distRoot = path.resolve(__dirname, '..', '..');
  const repoModules = path.resolve(distRoot, '..', 'node_modules');
  const fallback: Runtime = { dir: __dirname, env: {}, remove: () => undefined };
  let root: string | null = null;
  try {
    root = mkdtempSync(path.join(os.tmpdir(), 'mutasi-bench-'));
    cpSync(__dirname, path.join(root, 'bench', 'store'), { recursive: true });
    cpSync(path.join(distRoot, 'libs', 'event-store'), path.join(root, 'libs', 'event-store'), { recursive: true });
    const copy = root;
    const nodePath = [repoModules, process.env.NODE_PATH].filter(Boolean).join(path.delimiter);
    return {
      dir: path.join(copy, 'bench', 'store'),
      env: { NODE_PATH: nodePath },
      remove: () => rmSync(copy, { recursive: true, force: true }),
    };
  } catch (error) {
    log(`could not copy the compiled bench (${errorMessage(error)}); running the children from ${__dirname}`);
    if (root) rmSync(root, { recursive: true, force: true });
    return fallback;
  }
}

function runImplementation(impl: ImplName, config: BenchConfig, runtime: Runtime): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(runtime.dir, `child-${impl}.js`), [], {
      // The children's stdout goes to our stderr: stdout carries only the final report.
      stdio: ['ignore', 2, 2, 'ipc'],
      env: { ...process.env, ...runtime.env, [CONFIG_ENV]: JSON.stringify(config) },
    });
    activeChild = child;
    let result: ChildResult | null = null;
    const timer = setTimeout(() => {
      log(`${impl}: no result after ${CHILD_TIMEOUT_MS / 1000} s, stopping child ${child.pid}`);
      child.kill('SIGKILL');
    }, CHILD_TIMEOUT_MS);
    child.on('message', (message) => {
      result = message as ChildResult;
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      activeChild = null;
      if (result) resolve(result);
      else reject(new Error(`child ${impl} exited (code ${code}, signal ${signal}) without a result`));
    });
  });
}

const WORKLOADS = ['W1', 'W2', 'W3', 'W4'] as const;

/** Why a workload's figures cannot be trusted (failed, errors, out of time, nothing to read), if so. */
function problemOf(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return 'no result';
  const v = value as Record<string, unknown>;
  if (v.supported === false) return null;
  if (typeof v.error === 'string') return `failed: ${v.error}`;
  if (typeof v.errors === 'number' && v.errors > 0) return `${v.errors} errors, first: ${String(v.firstError)}`;
  if (v.timedOut === true || v.partial === true) return 'ran out of its time budget';
  if (v.expected === 0) return 'nothing to replay (W1 and W2 wrote no event)';
  return null;
}

/** A number from a workload's result, or null when the workload is unusable. */
function pick(result: ChildResult | undefined, workload: (typeof WORKLOADS)[number], field: string): number | null {
  const value = result?.workloads[workload];
  if (problemOf(value) !== null || typeof value !== 'object' || value === null || !(field in value)) return null;
  const n = (value as Record<string, unknown>)[field];
  return typeof n === 'number' ? n : null;
}

function ratio(a: number | null, b: number | null): number | null {
  return a !== null && b !== null && b > 0 ? round(a / b, 3) : null;
}

function atLeast(name: string, target: number, actual: number | null, label: string): Target {
  return { name, target: label, actual, met: actual === null ? null : actual >= target };
}

async function main(): Promise<void> {
  const startedAt = new Date();
  const loadAtStart = os.loadavg();
  const adminUrl = process.env.BENCH_ADMIN_DATABASE_URL ?? DEFAULT_ADMIN_URL;
  const scale = Number(process.env.BENCH_SCALE ?? '1');
  if (!(scale > 0 && scale <= 10)) throw new Error(`BENCH_SCALE must be in (0, 10], got ${process.env.BENCH_SCALE}`);
  const only = (process.env.BENCH_ONLY ?? '').split(',').filter(Boolean);
  const base = `mutasi_bench_${randomBytes(4).toString('hex')}`;
  const created: string[] = [];
  const runtime = snapshotRuntime();
  const results: Partial<Record<ImplName, ChildResult>> = {};
  const failures: Partial<Record<ImplName, string>> = {};
  let server: ServerInfo | { error: string };
  let parameters: BenchConfig | null = null;

  const cleanup = async (): Promise<void> => {
    runtime.remove();
    for (const name of created.splice(0)) {
      await dropDatabase(adminUrl, name).catch((error: unknown) =>
        log(`could not drop ${name}: ${errorMessage(error)}`),
      );
      log(`dropped database ${name}`);
    }
  };
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    // The run loop notices, drops what it created and exits; a second signal kills at once.
    stopping = true;
    log(`${signal}: stopping (again to kill at once)`);
    activeChild?.kill('SIGKILL');
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    server = await serverInfo(adminUrl).catch((error: unknown) => ({ error: errorMessage(error) }));
    for (const impl of ORDER) {
      if (stopping) break;
      if (only.length && !only.includes(impl)) continue;
      const database = `${base}_${impl}`;
      await createDatabase(adminUrl, database);
      created.push(database);
      const config = benchConfig(databaseUrl(adminUrl, database), scale);
      parameters ??= config;
      log(`${impl}: database ${database}`);
      try {
        results[impl] = await runImplementation(impl, config, runtime);
      } catch (error) {
        failures[impl] = errorMessage(error);
        log(`${impl}: ${failures[impl]}`);
      }
      await dropDatabase(adminUrl, database);
      created.splice(created.indexOf(database), 1);
      log(`dropped database ${database}`);
    }
  } finally {
    await cleanup();
  }
  if (stopping) {
    process.exitCode = 130;
    return;
  }

  const { ours, plain, emmett } = results;
  const w1Ours = pick(ours, 'W1', 'eventsPerSecond');
  const w2Ours = pick(ours, 'W2', 'eventsPerSecond');
  const w3Ours = pick(ours, 'W3', 'eventsPerSecond');
  const ratios = {
    w1OursOverPlainInsert: ratio(w1Ours, pick(plain, 'W1', 'eventsPerSecond')),
    w1OursOverEmmett: ratio(w1Ours, pick(emmett, 'W1', 'eventsPerSecond')),
    w2OursOverPlainMultiRowInsert: ratio(w2Ours, pick(plain, 'W2', 'eventsPerSecond')),
    w2OursOverEmmett: ratio(w2Ours, pick(emmett, 'W2', 'eventsPerSecond')),
    w3OursOverPlainSelect: ratio(w3Ours, pick(plain, 'W3', 'eventsPerSecond')),
    w3OursOverEmmett: ratio(w3Ours, pick(emmett, 'W3', 'eventsPerSecond')),
  };
  const problems: string[] = [];
  for (const impl of ORDER) {
    const result = results[impl];
    if (failures[impl]) problems.push(`${impl}: ${failures[impl]}`);
    if (!result) continue;
    if (result.error) problems.push(`${impl}: ${result.error}`);
    for (const workload of WORKLOADS) {
      const value = result.workloads[workload];
      const problem = problemOf(value);
      if (problem) problems.push(`${impl} ${workload}: ${problem}`);
      else if (typeof value === 'object' && value !== null && 'complete' in value && value.complete === false) {
        problems.push(
          `${impl} ${workload}: did not deliver every written event exactly once (see missing, fold.duplicates)`,
        );
      }
    }
  }
  const lost = pick(ours, 'W4', 'lost');
  const duplicated = pick(ours, 'W4', 'duplicated');
  const targets: Target[] = [
    atLeast('W1 ours / plain INSERT ceiling', 0.85, ratios.w1OursOverPlainInsert, '>= 0.85'),
    atLeast('W1 ours / emmett', 2.5, ratios.w1OursOverEmmett, '>= 2.5'),
    atLeast('W2 ours / plain multi-row INSERT ceiling', 0.7, ratios.w2OursOverPlainMultiRowInsert, '>= 0.70'),
    atLeast('W3 ours events/s', 100_000, w3Ours, '>= 100000'),
    {
      name: 'W4 ours lost = duplicated = 0',
      target: 'lost = 0 and duplicated = 0',
      actual: lost === null || duplicated === null ? null : lost + duplicated,
      met: lost === null || duplicated === null ? null : lost === 0 && duplicated === 0,
    },
  ];

  const cpus = os.cpus();
  const report = {
    benchmark: 'mutasi event store (bench/store)',
    startedAt: startedAt.toISOString(),
    durationSeconds: round((Date.now() - startedAt.getTime()) / 1000, 1),
    scale,
    machine: {
      cpus: cpus.length,
      cpuModel: cpus[0]?.model ?? null,
      totalMemoryGiB: round(os.totalmem() / 2 ** 30, 1),
      platform: `${os.platform()} ${os.release()}`,
      node: process.version,
      postgres: server,
      pgOnSameHost: /@(127\.0\.0\.1|localhost)[:/]/.test(adminUrl),
      loadAverageAtStart: loadAtStart.map((n) => round(n, 2)),
      loadAverageAtEnd: os.loadavg().map((n) => round(n, 2)),
    },
    parameters: parameters && {
      clients: parameters.clients,
      poolSizePerImplementation: parameters.poolSize,
      averageEventJsonBytes: averageEventBytes(parameters.seed),
      warmup: {
        singleAppendEvents: parameters.warmup.streams * 10,
        batchAppendEvents: parameters.warmup.batches * 10,
        note: 'then a replay of them; the log is truncated before W1',
      },
      W1: {
        ...parameters.w1,
        events: parameters.w1.streams * parameters.w1.eventsPerStream,
        shape:
          'client c owns streams s with s mod clients = c; appends event k of a stream expecting version k-1 (no_stream for k = 1), one event per call',
      },
      W2: {
        ...parameters.w2,
        events: parameters.w2.batches * parameters.w2.batchSize,
        shape:
          'every batch is a new stream of batchSize events appended in one call expecting no_stream; batch b goes to client b mod clients',
      },
      W3: {
        ...parameters.w3,
        shape: 'one reader folds the whole log written by W1 + W2 (count per type + summed reason length), in memory',
      },
      W4: {
        ...parameters.w4,
        shape:
          'every attempt picks one of the streams at random, reads it (readStream) and appends one event expecting the last version read; afterwards every stream is read back',
      },
      order:
        'implementations one after another (plain, ours, emmett), each in its own child process and fresh database; CHECKPOINT before each workload',
    },
    results: Object.fromEntries(
      ORDER.map((impl) => [impl, results[impl] ?? (failures[impl] ? { error: failures[impl] } : null)]),
    ),
    ratios,
    targets,
    targetsMet: targets.every((t) => t.met === true),
    problems,
    notes: [
      'Throughput is wall-clock: the client, PostgreSQL and anything else on the machine share its cores.',
      'cpu (per workload): core-seconds of this client process, of the PostgreSQL backends connected to the bench database (from /proc), and of everything else (otherCpuSeconds: WAL writer, checkpointer, other programs); the per-event figures compare implementations independently of other load. backgroundBusyShareBefore is how busy the machine was in the half second before the workload (the bench waits up to 10 s for it to fall below 0.25).',
      'W3 complete = every written event delivered exactly once; emmett delivering duplicates or missing events is its paging, not a bench error (see its notes).',
    ],
  };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}

main().catch((error: unknown) => {
  log(`failed: ${errorMessage(error)}`);
  process.exitCode = 1;
});
