/** Sizes and budgets of one bench run; the parent passes it to each child as JSON. */
export interface BenchConfig {
  connectionString: string;
  clients: number;
  poolSize: number;
  seed: number;
  warmup: { streams: number; batches: number };
  w1: { streams: number; eventsPerStream: number; budgetMs: number };
  w2: { batches: number; batchSize: number; budgetMs: number };
  w3: { batchSize: number; budgetMs: number };
  w4: { streams: number; attempts: number; budgetMs: number };
}

export const CONFIG_ENV = 'BENCH_CONFIG';

export function benchConfig(connectionString: string, scale: number): BenchConfig {
  const scaled = (n: number): number => Math.max(1, Math.round(n * scale));
  return {
    connectionString,
    clients: 16,
    poolSize: 16,
    seed: 20240601,
    warmup: { streams: scaled(80), batches: scaled(160) },
    w1: { streams: scaled(2000), eventsPerStream: 10, budgetMs: 90_000 },
    w2: { batches: scaled(10_000), batchSize: 10, budgetMs: 90_000 },
    w3: { batchSize: 1000, budgetMs: 60_000 },
    w4: { streams: 10, attempts: scaled(4000), budgetMs: 60_000 },
  };
}

export function readConfig(): BenchConfig {
  const raw = process.env[CONFIG_ENV];
  if (!raw) throw new Error(`${CONFIG_ENV} is not set: run bench/store/run.js, which starts the children`);
  return JSON.parse(raw) as BenchConfig;
}
