import type { ImplName, StoreAdapter, Unsupported } from './adapter';
import { readConfig, type BenchConfig } from './config';
import { waitForQuiet } from './cpu';
import { checkpoint, userTableBytes } from './db';
import { batchAppends, contention, replay, singleAppends } from './workloads';
import { errorMessage, log } from './stats';

export interface Failed {
  error: string;
}

export interface ChildResult {
  implementation: ImplName;
  description: string;
  warmup: unknown;
  workloads: Record<'W1' | 'W2' | 'W3' | 'W4', unknown>;
  storage: { userTableBytesAfterW2: number; bytesPerEvent: number | null } | Failed;
  error?: string;
}

async function step<T>(name: string, work: () => Promise<T>): Promise<T | Failed> {
  log(`${name}: start`);
  try {
    const result = await work();
    log(`${name}: done ${JSON.stringify(result).slice(0, 300)}`);
    return result;
  } catch (error) {
    log(`${name}: FAILED ${errorMessage(error)}`);
    return { error: errorMessage(error) };
  }
}

function eventsOf(result: unknown): number {
  if (typeof result === 'object' && result !== null && 'events' in result) {
    const events = (result as { events: unknown }).events;
    if (typeof events === 'number') return events;
  }
  return 0;
}

const QUIET_WAIT_MS = 10_000;
const QUIET_BUSY_SHARE = 0.25;

/**
 * CHECKPOINT, then up to QUIET_WAIT_MS for the machine to be quiet (what else keeps it busy is
 * reported as backgroundBusyShareBefore), then the workload.
 */
async function measured<T extends object>(
  name: string,
  connectionString: string,
  work: () => Promise<T>,
): Promise<(T & { backgroundBusyShareBefore: number | null; waitedForQuietMs: number }) | Failed> {
  await checkpoint(connectionString);
  const quiet = await waitForQuiet(QUIET_WAIT_MS, QUIET_BUSY_SHARE);
  if (quiet.busyShare !== null && quiet.busyShare > QUIET_BUSY_SHARE) {
    log(`${name}: the machine is still ${Math.round(quiet.busyShare * 100)}% busy with other work; measuring anyway`);
  }
  return step(name, async () => ({
    ...(await work()),
    backgroundBusyShareBefore: quiet.busyShare,
    waitedForQuietMs: quiet.waitedMs,
  }));
}

/** Runs the warm-up and W1..W4 against one implementation, in this process, and reports to the parent. */
export async function runChild(create: (config: BenchConfig) => StoreAdapter): Promise<void> {
  const config = readConfig();
  const adapter = create(config);
  const name = adapter.name;
  const cs = config.connectionString;
  const result: ChildResult = {
    implementation: name,
    description: adapter.description,
    warmup: null,
    workloads: { W1: null, W2: null, W3: null, W4: null },
    storage: { error: 'not measured' },
  };
  try {
    await adapter.setup();
    result.warmup = await step(`${name} warm-up`, async () => {
      const w1 = await singleAppends(adapter, config, 'transfer-warm1', config.warmup.streams, 10, 30_000);
      const w2 = await batchAppends(adapter, config, 'transfer-warm2', config.warmup.batches, 10, 30_000);
      const w3 = await replay(adapter, cs, 'bench-warmup', w1.events + w2.events, config.w3.batchSize, 30_000);
      await adapter.truncate();
      return { singleAppends: w1.events, batchAppends: w2.events, replayed: 'events' in w3 ? w3.events : w3 };
    });

    const w1 = await measured(`${name} W1`, cs, () =>
      singleAppends(adapter, config, 'transfer-w1', config.w1.streams, config.w1.eventsPerStream, config.w1.budgetMs),
    );
    result.workloads.W1 = w1;

    const w2 = await measured(`${name} W2`, cs, () =>
      batchAppends(adapter, config, 'transfer-w2', config.w2.batches, config.w2.batchSize, config.w2.budgetMs),
    );
    result.workloads.W2 = w2;
    const written = eventsOf(w1) + eventsOf(w2);
    result.storage = await step(`${name} storage`, async () => {
      const bytes = await userTableBytes(cs);
      return { userTableBytesAfterW2: bytes, bytesPerEvent: written ? Math.round(bytes / written) : null };
    });

    result.workloads.W3 = await measured(`${name} W3`, cs, async () => {
      const replayed = await replay(adapter, cs, 'bench-w3', written, config.w3.batchSize, config.w3.budgetMs);
      if ('supported' in replayed || !adapter.replayDiagnostics) return replayed;
      return { ...replayed, diagnostics: await adapter.replayDiagnostics(config.w3.batchSize, written) };
    });

    const ops = adapter.contention;
    result.workloads.W4 =
      'supported' in ops
        ? (ops satisfies Unsupported)
        : await measured(`${name} W4`, cs, () => contention(ops, config, 'transfer-w4'));
  } catch (error) {
    result.error = errorMessage(error);
    log(`${name}: FAILED ${result.error}`);
  } finally {
    await adapter.close().catch((error: unknown) => log(`${name}: close failed ${errorMessage(error)}`));
  }
  await new Promise<void>((resolve) => {
    if (!process.send) {
      process.stderr.write(`${JSON.stringify(result)}\n`);
      resolve();
      return;
    }
    process.send(result, undefined, undefined, () => resolve());
  });
}
