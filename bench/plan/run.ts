/**
 * `npm run bench:plan`: the transfer planner on generated data sets imported into a real database.
 * For each size (BENCH_PLAN_SIZES, default 100000,200000,400000 employees over 2 provinces of 40
 * regencies each): generate, start the built API on a fresh database, import the set through the
 * CLI, put one wish per 20 employees in the aspirations read model, then, over HTTP:
 *   - POST /plans/preview for province 99: time from request to plan, split as the API reports it
 *     (loading from PostgreSQL, building the model, solving, choosing persons);
 *   - POST /plans for the same scope (drafted and recorded);
 *   - meanwhile GET /health every 10 ms: the API's latency while it plans, beside the same probe
 *     on the idle API (the ceiling);
 *   - the API process's peak resident memory (VmHWM), beside its resident memory before planning;
 *   - the API process's CPU time for the preview (all its threads) and that of the PostgreSQL
 *     backends serving the bench database (the queries), which the machine's load does not stretch
 *     as it stretches the wall-clock times, and the load average around each run.
 * Only the JSON report goes to stdout. Databases and folders are removed at the end.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { ApiClient } from '../api/api-client';
import { processCpuSeconds } from '../notify/process-cpu';
import { createDatabase, databaseUrl, DEFAULT_ADMIN_URL, dropDatabase } from '../store/db';
import { Latencies, log, now, round } from '../store/stats';
import { BENCH_PASSWORD, BENCH_USER, generateDataset, WISHES_SQL } from './dataset';
import { memoryOf, startApi } from './api-process';

const SIZES = (process.env.BENCH_PLAN_SIZES ?? '100000,200000,400000').split(',').map(Number);
const SCOPE = { kind: 'province', id: '99' };
const TARGETS = { secondsPer100kProvince: 3, peakMemoryMb: 1024, otherRequestMs: 100 };
const DIST = path.resolve(__dirname, '..', '..');
const PLAN_TIMEOUT_MS = 600_000;

interface Preview {
  timings: { loading: number; building: number; solving: number; choosing: number };
  inputCounts: { positions: number; employees: number; wishes: number };
  moveCount: number;
  totals: { sumAbsGapBefore: number; sumAbsGapAfter: number; wishesGranted: number };
  solver: { name: string; version: string };
}

/** CPU seconds so far of a process's main thread (the event loop): its task of the same id. */
function mainThreadCpuSeconds(pid: number): number | null {
  return processCpuSeconds(pid, `/proc/${pid}/task/${pid}/stat`);
}

/** CPU seconds so far of each PostgreSQL backend connected to the database (same machine: /proc). */
async function backendCpu(name: string): Promise<Map<number, number>> {
  const admin = new Client({ connectionString: DEFAULT_ADMIN_URL });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = $1', [name]);
    return new Map(rows.map((r) => [r.pid, processCpuSeconds(r.pid) ?? 0]));
  } finally {
    await admin.end();
  }
}

/** CPU seconds the database's backends spent between two readings (backends started meanwhile count whole). */
function backendCpuSpent(before: Map<number, number>, after: Map<number, number>): number {
  let spent = 0;
  for (const [pid, seconds] of after) spent += seconds - (before.get(pid) ?? 0);
  return spent;
}

/** GET /health every 10 ms until stopped. */
function probe(api: ApiClient) {
  const latencies = new Latencies(100_000);
  let failures = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const started = now();
      const answered = await api.call('GET', '/health', null).then(
        (response) => response.status === 200,
        () => false,
      );
      if (answered) latencies.add(now() - started);
      else failures++;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return {
        count: latencies.count,
        failures,
        p50Ms: latencies.percentile(50),
        p99Ms: latencies.percentile(99),
        maxMs: latencies.percentile(100),
      };
    },
  };
}

async function runSize(employees: number) {
  log(`generating ${employees} employees`);
  const dir = generateDataset(employees);
  const name = `mutasi_bench_plan_${employees}_${process.pid}`;
  const url = databaseUrl(DEFAULT_ADMIN_URL, name);
  await createDatabase(DEFAULT_ADMIN_URL, name);
  const api = await startApi(url, 3300 + (employees % 97));
  try {
    log('importing');
    const importStart = now();
    execFileSync(process.execPath, [path.join(DIST, 'apps/cli/src/main.js'), 'import', dir], {
      // employees.csv of 400,000 employees is larger than the default 64 MB import limit.
      env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'warn', BODY_LIMIT_BYTES: String(256 * 1024 * 1024) },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const importSeconds = (now() - importStart) / 1000;
    const db = new Client({ connectionString: url });
    await db.connect();
    await db.query(WISHES_SQL);
    await db.query('ANALYZE');
    await db.end();

    const client = new ApiClient(api.baseUrl);
    const token = await client.login(BENCH_USER, BENCH_PASSWORD);
    const idleMainBefore = mainThreadCpuSeconds(api.pid);
    const idle = probe(client);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const idleLatency = await idle.stop();
    const idleMainAfter = mainThreadCpuSeconds(api.pid);
    // What the probe itself costs the event loop, to tell it from the planning's share.
    const mainThreadCpuMsPerProbe =
      idleMainBefore === null || idleMainAfter === null || idleLatency.count === 0
        ? null
        : round(((idleMainAfter - idleMainBefore) * 1000) / idleLatency.count, 2);
    const memoryBefore = memoryOf(api.pid);

    log('planning');
    const loadBefore = os.loadavg();
    const busy = probe(client);
    const pgBefore = await backendCpu(name);
    const cpuBefore = processCpuSeconds(api.pid);
    const mainThreadBefore = mainThreadCpuSeconds(api.pid);
    const preview = await client.call<Preview>(
      'POST',
      '/plans/preview?limit=1',
      token,
      { scope: SCOPE },
      PLAN_TIMEOUT_MS,
    );
    const cpuAfter = processCpuSeconds(api.pid);
    const mainThreadAfter = mainThreadCpuSeconds(api.pid);
    const postgresCpuMs = round(backendCpuSpent(pgBefore, await backendCpu(name)) * 1000);
    const drafted = await client.call<{ id: string }>('POST', '/plans', token, { scope: SCOPE }, PLAN_TIMEOUT_MS);
    const busyLatency = await busy.stop();
    const memoryAfter = memoryOf(api.pid);
    client.close();
    if (preview.status !== 200 || drafted.status !== 201) {
      throw new Error(
        `planning failed: ${preview.status} ${JSON.stringify(preview.body).slice(0, 300)} / ${drafted.status}`,
      );
    }
    const { timings, inputCounts } = preview.body;
    const secondsPer100kEmployees = round(preview.ms / 1000 / (inputCounts.employees / 100_000), 2);
    return {
      employees,
      importSeconds: round(importSeconds),
      province: { scope: SCOPE, ...inputCounts },
      preview: {
        requestToPlanMs: round(preview.ms),
        splitMs: {
          loading: round(timings.loading),
          building: round(timings.building),
          solving: round(timings.solving),
          choosing: round(timings.choosing),
        },
        secondsPer100kEmployees,
        apiCpuMs: cpuBefore === null || cpuAfter === null ? null : round((cpuAfter - cpuBefore) * 1000),
        apiMainThreadCpuMs:
          mainThreadBefore === null || mainThreadAfter === null
            ? null
            : round((mainThreadAfter - mainThreadBefore) * 1000),
        postgresCpuMs,
      },
      draftMs: round(drafted.ms),
      moves: preview.body.moveCount,
      wishesGranted: preview.body.totals.wishesGranted,
      sumAbsGap: { before: preview.body.totals.sumAbsGapBefore, after: preview.body.totals.sumAbsGapAfter },
      solver: preview.body.solver,
      otherRequestsWhilePlanning: busyLatency,
      otherRequestsIdleCeiling: { ...idleLatency, mainThreadCpuMsPerProbe },
      apiMemoryMb: { residentBefore: memoryBefore.rssMb, peakResident: memoryAfter.peakMb },
      loadAverage: {
        beforePlanning: loadBefore.map((l) => round(l, 2)),
        afterPlanning: os.loadavg().map((l) => round(l, 2)),
      },
      targets: [
        {
          name: 'seconds per 100,000-employee province, request to plan',
          target: `<= ${TARGETS.secondsPer100kProvince}`,
          actual: secondsPer100kEmployees,
          met: secondsPer100kEmployees <= TARGETS.secondsPer100kProvince,
        },
        {
          name: 'GET /health p99 while planning (ms)',
          target: `<= ${TARGETS.otherRequestMs}`,
          actual: busyLatency.p99Ms,
          met: busyLatency.p99Ms !== null && busyLatency.p99Ms <= TARGETS.otherRequestMs,
        },
        {
          name: 'API peak resident memory (MB)',
          target: `<= ${TARGETS.peakMemoryMb}`,
          actual: memoryAfter.peakMb,
          met: memoryAfter.peakMb <= TARGETS.peakMemoryMb,
        },
      ],
    };
  } finally {
    await api.stop();
    await dropDatabase(DEFAULT_ADMIN_URL, name);
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const startedAt = new Date();
  const loadAtStart = os.loadavg();
  const runs = [];
  for (const size of SIZES) runs.push(await runSize(size));
  const report = {
    benchmark: 'plan',
    startedAt: startedAt.toISOString(),
    machine: { cpus: os.cpus().length, loadAverageAtStart: loadAtStart.map((l) => round(l, 2)), node: process.version },
    targets: TARGETS,
    runs,
  };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
