/**
 * `npm run bench:api`: the transfer API under load. Starts the built API and worker as child
 * processes on a fresh database with the demo data, then measures, over HTTP:
 *   1. propose: closed loop of BENCH_API_CONCURRENCY clients, BENCH_API_PROPOSALS proposals;
 *   2. decide: the hearing answer (consent, recorded from the signed form) on each of those proposals;
 *   3. steady: an open loop at BENCH_API_RATE commands/s (proposals and hearing answers in turn)
 *      for BENCH_API_SECONDS, with the projection lag from each response to the transfer-list
 *      read model's checkpoint covering the command's position.
 * An employee has at most one open proposal, so every proposal is for a copy of a demo scenario
 * employee of its own, imported before the run.
 * Only the JSON report goes to stdout; progress goes to stderr. The database is dropped at the end.
 */
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { createDatabase, databaseUrl, DEFAULT_ADMIN_URL, dropDatabase } from '../store/db';
import { errorMessage, Latencies, log, now, round, runClients } from '../store/stats';
import { ApiClient, type Timed } from './api-client';
import { cloneEmployees, importBenchData, RECORDER } from './bench-employees';
import { LagProbe } from './lag-probe';
import { startServers } from './servers';

const PASSWORD = 'mutasi-demo-2026';
const int = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const CONFIG = {
  proposals: int('BENCH_API_PROPOSALS', 3000),
  concurrency: int('BENCH_API_CONCURRENCY', 16),
  rate: int('BENCH_API_RATE', 200),
  seconds: int('BENCH_API_SECONDS', 20),
  warmup: int('BENCH_API_WARMUP', 200),
};

/**
 * Eligible moves of scenarios.csv with an operator in scope; each proposal moves a copy of one of
 * these employees. None targets a position the copies sit in, which would fill it.
 */
const MOVES = [
  { nip: '199011082014031006', target: 'P000236', operator: 'operator-99-71' },
  { nip: '198804172011032007', target: 'P000227', operator: 'operator-99-71' },
  { nip: '199302142017122001', target: 'P000026', operator: 'operator-99' },
  { nip: '199103212013091001', target: 'P000170', operator: 'operator-99-04' },
  { nip: '198408022009032004', target: 'P000343', operator: 'operator-99-01' },
  { nip: '199007122015051002', target: 'P000219', operator: 'operator-99-03' },
  { nip: '197011231996032002', target: 'P000243', operator: 'operator-99' },
  { nip: '199709052022061003', target: 'P000114', operator: 'operator-99-02' },
];

type CommandResult = { id: string; version: number; position: string };
type Proposal = { id: string };

/** Days ahead of today for the requested effective date, inside the proposal horizon. */
const EFFECTIVE_IN_DAYS = 120;

interface Phase {
  commands: number;
  errors: number;
  seconds: number;
  perSecond: number;
  p50Ms: number | null;
  p99Ms: number | null;
}

class Commands {
  readonly tokens = new Map<string, string>();
  private proposed = 0;
  private readonly effectiveDate = new Date(Date.now() + EFFECTIVE_IN_DAYS * 86_400_000).toISOString().slice(0, 10);

  constructor(
    private readonly api: ApiClient,
    private readonly employees: string[],
  ) {}

  async login(): Promise<void> {
    for (const user of new Set([...MOVES.map((m) => m.operator), RECORDER])) {
      this.tokens.set(user, await this.api.login(user, PASSWORD));
    }
  }

  /** The next employee copy, moved like the scenario employee it copies. */
  propose(): Promise<Timed<CommandResult>> {
    const i = this.proposed++;
    const move = MOVES[i % MOVES.length];
    return this.api.call<CommandResult>('POST', '/transfers', this.tokens.get(move.operator) ?? null, {
      employeeNip: this.employees[i],
      targetPositionId: move.target,
      reason: 'Kebutuhan organisasi sesuai analisis beban kerja',
      requestedEffectiveDate: this.effectiveDate,
    });
  }

  consent(proposal: Proposal): Promise<Timed<CommandResult>> {
    return this.api.call<CommandResult>(
      'POST',
      `/transfers/${proposal.id}/hearing-record`,
      this.tokens.get(RECORDER) ?? null,
      { taskId: 's0-t1', answer: 'consent', formSha256: 'b'.repeat(64) },
    );
  }
}

function phase(latencies: Latencies, errors: number, seconds: number): Phase {
  return {
    commands: latencies.count,
    errors,
    seconds: round(seconds, 2),
    perSecond: round(latencies.count / seconds, 1),
    p50Ms: latencies.percentile(50),
    p99Ms: latencies.percentile(99),
  };
}

async function closedLoop(
  count: number,
  concurrency: number,
  send: (i: number) => Promise<Timed<CommandResult>>,
  onOk: (i: number, result: CommandResult) => void = () => undefined,
): Promise<Phase> {
  const latencies = new Latencies(count);
  let next = 0;
  let errors = 0;
  const seconds = await runClients(concurrency, async () => {
    while (next < count) {
      const i = next++;
      const response = await send(i).catch((error: unknown) => {
        log(`request ${i}: ${errorMessage(error)}`);
        return null;
      });
      if (response && response.status < 300) {
        latencies.add(response.ms);
        onOk(i, response.body);
      } else {
        errors++;
        if (errors <= 5 && response) log(`request ${i}: ${response.status} ${JSON.stringify(response.body)}`);
      }
    }
  });
  return phase(latencies, errors, seconds);
}

/** An open loop: one command every 1000/rate ms whatever the answers, proposals and hearing answers in turn. */
async function steady(commands: Commands, probe: LagProbe, backlog: Proposal[]) {
  const total = CONFIG.rate * CONFIG.seconds;
  const latencies = new Latencies(total);
  const interval = 1000 / CONFIG.rate;
  let errors = 0;
  const inFlight: Promise<void>[] = [];
  const started = now();
  probe.start();
  for (let i = 0; i < total; i++) {
    const due = started + i * interval;
    const wait = due - now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const proposal = i % 2 === 1 ? backlog.shift() : undefined;
    const sent = proposal ? commands.consent(proposal) : commands.propose();
    inFlight.push(
      sent.then(
        (response) => {
          if (response.status >= 300) {
            errors++;
            return;
          }
          latencies.add(response.ms);
          probe.committed(response.body.position);
          if (!proposal) backlog.push({ id: response.body.id });
        },
        () => {
          errors++;
        },
      ),
    );
  }
  await Promise.all(inFlight);
  const seconds = (now() - started) / 1000;
  const uncovered = await probe.stop();
  return {
    targetRate: CONFIG.rate,
    ...phase(latencies, errors, seconds),
    lag: {
      projection: 'transfer-list',
      measured: probe.lags.count,
      uncovered,
      p50Ms: probe.lags.percentile(50),
      p99Ms: probe.lags.percentile(99),
      maxMs: probe.lags.percentile(100),
    },
  };
}

async function main(): Promise<void> {
  const adminUrl = process.env.BENCH_ADMIN_DATABASE_URL ?? DEFAULT_ADMIN_URL;
  const suffix = randomBytes(4).toString('hex');
  const database = `mutasi_bench_api_${suffix}`;
  const url = databaseUrl(adminUrl, database);
  const redisPrefix = `mutasi-bench-api-${suffix}`;
  const port = 3900 + Math.floor(Math.random() * 500);
  await createDatabase(adminUrl, database);
  const servers = await startServers(url, port, redisPrefix).catch(async (error: unknown) => {
    await dropDatabase(adminUrl, database);
    throw error;
  });
  const api = new ApiClient(servers.baseUrl);
  const stopping = async () => {
    api.close();
    await servers.stop();
    await dropDatabase(adminUrl, database).catch(() => undefined);
    const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    const keys = await redis.keys(`${redisPrefix}:*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
  };
  process.once('SIGINT', () => void stopping().then(() => process.exit(130)));
  try {
    const employees = cloneEmployees(
      MOVES.map((m) => m.nip),
      CONFIG.warmup + CONFIG.proposals + CONFIG.rate * CONFIG.seconds,
    );
    log(`importing ${employees.nips.length} employee copies`);
    await importBenchData(api, PASSWORD, employees.csv);
    const commands = new Commands(api, employees.nips);
    await commands.login();
    log(`warm-up: ${CONFIG.warmup} proposals and answers`);
    const warm: Proposal[] = [];
    await closedLoop(
      CONFIG.warmup,
      CONFIG.concurrency,
      () => commands.propose(),
      (_i, r) => warm.push({ id: r.id }),
    );
    await closedLoop(warm.length, CONFIG.concurrency, (i) => commands.consent(warm[i]));

    log(`propose: ${CONFIG.proposals} proposals, ${CONFIG.concurrency} clients`);
    const proposals: Proposal[] = [];
    const propose = await closedLoop(
      CONFIG.proposals,
      CONFIG.concurrency,
      () => commands.propose(),
      (_i, r) => proposals.push({ id: r.id }),
    );
    log(`propose: ${propose.perSecond}/s, p99 ${propose.p99Ms} ms`);

    const toDecide = proposals.splice(0, Math.ceil(proposals.length / 2));
    log(`decide: ${toDecide.length} hearing answers, ${CONFIG.concurrency} clients`);
    const decide = await closedLoop(toDecide.length, CONFIG.concurrency, (i) => commands.consent(toDecide[i]));
    log(`decide: ${decide.perSecond}/s, p99 ${decide.p99Ms} ms`);

    log(`steady: ${CONFIG.rate} commands/s for ${CONFIG.seconds} s, projection lag`);
    const probe = new LagProbe(url, 'transfer-list', CONFIG.rate * CONFIG.seconds);
    const steadyResult = await steady(commands, probe, proposals);
    log(`steady: lag p99 ${steadyResult.lag.p99Ms} ms`);

    const report = {
      benchmark: 'api',
      dataset: 'demo (data/demo: 975 employees, 379 positions)',
      machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
      config: CONFIG,
      propose,
      decide,
      steady: steadyResult,
      targets: [
        { name: 'propose commands/s', target: '>= 500', actual: propose.perSecond, met: propose.perSecond >= 500 },
        { name: 'propose p99 ms', target: '<= 50', actual: propose.p99Ms, met: (propose.p99Ms ?? Infinity) <= 50 },
        { name: 'decide commands/s', target: '>= 500', actual: decide.perSecond, met: decide.perSecond >= 500 },
        { name: 'decide p99 ms', target: '<= 50', actual: decide.p99Ms, met: (decide.p99Ms ?? Infinity) <= 50 },
        {
          name: 'projection lag p99 ms at steady rate',
          target: '<= 100',
          actual: steadyResult.lag.p99Ms,
          met: (steadyResult.lag.p99Ms ?? Infinity) <= 100,
        },
      ],
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } finally {
    await stopping();
  }
}

main().catch((error: unknown) => {
  log(`failed: ${errorMessage(error)}`);
  process.exit(1);
});
