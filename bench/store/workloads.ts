import type { ContentionOps, StoreAdapter, Unsupported } from './adapter';
import type { BenchConfig } from './config';
import { eventBytes, Fold, makeEvent, Rng, type BenchEvent } from './events';
import { CpuMeter } from './cpu';
import { errorMessage, Latencies, log, now, round, runClients } from './stats';

export interface ThroughputResult {
  events: number;
  expected: number;
  seconds: number;
  eventsPerSecond: number;
  p50Ms: number | null;
  p99Ms: number | null;
  errors: number;
  firstError?: string;
  timedOut: boolean;
  cpu: Record<string, number | null>;
}

export interface W2Result extends ThroughputResult {
  batches: number;
  batchesPerSecond: number;
}

export interface W3Result {
  events: number;
  expected: number;
  seconds: number;
  eventsPerSecond: number;
  /** Events written but never delivered (negative: more distinct events than written). */
  missing: number;
  complete: boolean;
  partial: boolean;
  fold: ReturnType<Fold['summary']>;
  notes: string[];
  cpu: Record<string, number | null>;
  diagnostics?: Record<string, unknown>;
}

export interface W4Result {
  attempts: number;
  successes: number;
  conflicts: number;
  errors: number;
  firstError?: string;
  seconds: number;
  attemptsPerSecond: number;
  storedEvents: number;
  lost: number;
  duplicated: number;
  duplicateEventIds: number;
  versionAnomalies: number;
  acknowledgedVersionMismatches: number;
  storedButNotAcknowledged: number;
  timedOut: boolean;
  verify?: Record<string, unknown>;
}

function pregenerate(rng: Rng, streams: number, perStream: number, prefix: string): BenchEvent[][] {
  const all: BenchEvent[][] = [];
  for (let s = 0; s < streams; s++) {
    const streamId = `${prefix}-${s}`;
    const events: BenchEvent[] = [];
    for (let v = 1; v <= perStream; v++) events.push(makeEvent(rng, streamId, v));
    all.push(events);
  }
  return all;
}

export function averageEventBytes(seed: number): number {
  const rng = new Rng(seed);
  let total = 0;
  for (let i = 0; i < 200; i++) total += eventBytes(makeEvent(rng, `transfer-sample-${i}`, 1 + (i % 10)));
  return Math.round(total / 200);
}

/** W1: every client owns the streams s ≡ client (mod clients) and appends event k expecting k-1. */
export async function singleAppends(
  adapter: StoreAdapter,
  config: BenchConfig,
  prefix: string,
  streams: number,
  perStream: number,
  budgetMs: number,
): Promise<ThroughputResult> {
  const events = pregenerate(new Rng(config.seed), streams, perStream, prefix);
  const latencies = new Latencies(streams * perStream);
  let done = 0;
  let errors = 0;
  let firstError: string | undefined;
  let timedOut = false;
  const deadline = now() + budgetMs;
  const cpu = await CpuMeter.start(config.connectionString);
  const seconds = await runClients(config.clients, async (client) => {
    for (let s = client; s < streams; s += config.clients) {
      const streamId = `${prefix}-${s}`;
      for (let k = 1; k <= perStream; k++) {
        if (now() > deadline) {
          timedOut = true;
          return;
        }
        const started = now();
        try {
          await adapter.appendOne(streamId, events[s][k - 1], k - 1);
          latencies.add(now() - started);
          done++;
        } catch (error) {
          errors++;
          firstError ??= errorMessage(error);
          break; // the rest of this stream would only conflict
        }
      }
    }
  });
  return {
    events: done,
    expected: streams * perStream,
    seconds: round(seconds, 3),
    eventsPerSecond: round(done / seconds),
    p50Ms: latencies.percentile(50),
    p99Ms: latencies.percentile(99),
    errors,
    ...(firstError ? { firstError } : {}),
    timedOut,
    cpu: await cpu.stop(done),
  };
}

/** W2: each batch is a new stream of `batchSize` events, appended in one call; batch b goes to client b mod clients. */
export async function batchAppends(
  adapter: StoreAdapter,
  config: BenchConfig,
  prefix: string,
  batches: number,
  batchSize: number,
  budgetMs: number,
): Promise<W2Result> {
  const events = pregenerate(new Rng(config.seed + 1), batches, batchSize, prefix);
  const latencies = new Latencies(batches);
  let done = 0;
  let errors = 0;
  let firstError: string | undefined;
  let timedOut = false;
  const deadline = now() + budgetMs;
  const cpu = await CpuMeter.start(config.connectionString);
  const seconds = await runClients(config.clients, async (client) => {
    for (let b = client; b < batches; b += config.clients) {
      if (now() > deadline) {
        timedOut = true;
        return;
      }
      const started = now();
      try {
        await adapter.appendNewStream(`${prefix}-${b}`, events[b]);
        latencies.add(now() - started);
        done++;
      } catch (error) {
        errors++;
        firstError ??= errorMessage(error);
      }
    }
  });
  return {
    events: done * batchSize,
    expected: batches * batchSize,
    batches: done,
    seconds: round(seconds, 3),
    eventsPerSecond: round((done * batchSize) / seconds),
    batchesPerSecond: round(done / seconds),
    p50Ms: latencies.percentile(50),
    p99Ms: latencies.percentile(99),
    errors,
    ...(firstError ? { firstError } : {}),
    timedOut,
    cpu: await cpu.stop(done * batchSize),
  };
}

export async function replay(
  adapter: StoreAdapter,
  connectionString: string,
  name: string,
  expected: number,
  batchSize: number,
  budgetMs: number,
): Promise<W3Result | Unsupported> {
  const fold = new Fold();
  const cpu = await CpuMeter.start(connectionString);
  const outcome = await adapter.replay(name, fold, expected, batchSize, budgetMs);
  if (!outcome.supported) return outcome;
  return {
    events: outcome.events,
    expected,
    seconds: round(outcome.seconds, 3),
    eventsPerSecond: round(outcome.events / outcome.seconds),
    missing: expected - fold.distinct,
    complete: fold.distinct === expected && fold.duplicates === 0,
    partial: outcome.partial,
    fold: fold.summary(),
    notes: outcome.notes,
    cpu: await cpu.stop(outcome.events),
  };
}

/**
 * W4: `clients` clients append to the same few streams; each attempt reads the stream and appends
 * with the version it just read. Afterwards every stream is read back and checked.
 */
export async function contention(ops: ContentionOps, config: BenchConfig, prefix: string): Promise<W4Result> {
  const { streams: streamCount, attempts, budgetMs } = config.w4;
  const streams = Array.from({ length: streamCount }, (_, i) => `${prefix}-${i}`);
  const acknowledged = new Map<string, { streamId: string; version: number }>();
  let made = 0;
  let successes = 0;
  let conflicts = 0;
  let errors = 0;
  let firstError: string | undefined;
  let timedOut = false;
  const perClient = Math.ceil(attempts / config.clients);
  const deadline = now() + budgetMs;
  const seconds = await runClients(config.clients, async (client) => {
    const rng = new Rng(config.seed + 100 + client);
    for (let i = 0; i < perClient && made < attempts; i++) {
      if (now() > deadline) {
        timedOut = true;
        return;
      }
      made++;
      const streamId = streams[rng.int(streams.length)];
      try {
        const version = await ops.readVersion(streamId);
        const event = makeEvent(rng, streamId, version + 1);
        const result = await ops.appendExpecting(streamId, event, version);
        if (result === 'conflict') conflicts++;
        else {
          successes++;
          acknowledged.set(event.eventId, { streamId, version: result });
        }
      } catch (error) {
        errors++;
        firstError ??= errorMessage(error);
      }
    }
  });

  let storedEvents = 0;
  let duplicateEventIds = 0;
  let versionAnomalies = 0;
  let acknowledgedVersionMismatches = 0;
  let storedButNotAcknowledged = 0;
  const seen = new Set<string>();
  for (const streamId of streams) {
    const stored = await ops.readStream(streamId);
    stored.forEach((event, index) => {
      storedEvents++;
      if (event.version !== index + 1) versionAnomalies++;
      if (seen.has(event.eventId)) duplicateEventIds++;
      seen.add(event.eventId);
      const ack = acknowledged.get(event.eventId);
      if (!ack) storedButNotAcknowledged++;
      else if (ack.streamId !== streamId || ack.version !== event.version) acknowledgedVersionMismatches++;
    });
  }
  let lost = 0;
  for (const eventId of acknowledged.keys()) if (!seen.has(eventId)) lost++;
  const verify = ops.verify ? await ops.verify() : undefined;
  log(
    `W4 ${successes} ok, ${conflicts} conflicts, ${errors} errors, lost ${lost}, duplicated ${duplicateEventIds + versionAnomalies}`,
  );
  return {
    attempts: made,
    successes,
    conflicts,
    errors,
    ...(firstError ? { firstError } : {}),
    seconds: round(seconds, 3),
    attemptsPerSecond: round(made / seconds),
    storedEvents,
    lost,
    duplicated: duplicateEventIds + versionAnomalies,
    duplicateEventIds,
    versionAnomalies,
    acknowledgedVersionMismatches,
    storedButNotAcknowledged,
    timedOut,
    ...(verify ? { verify } : {}),
  };
}
