import { performance } from 'node:perf_hooks';

/** Latencies in milliseconds, recorded into a preallocated array. */
export class Latencies {
  private readonly values: Float64Array;
  private n = 0;

  constructor(capacity: number) {
    this.values = new Float64Array(capacity);
  }

  add(ms: number): void {
    if (this.n < this.values.length) this.values[this.n++] = ms;
  }

  get count(): number {
    return this.n;
  }

  percentile(p: number): number | null {
    if (this.n === 0) return null;
    const sorted = this.values.slice(0, this.n).sort();
    const index = Math.min(this.n - 1, Math.max(0, Math.ceil((p / 100) * this.n) - 1));
    return round(sorted[index], 3);
  }
}

export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export function now(): number {
  return performance.now();
}

/** Runs `clients` async loops side by side and returns the wall time in seconds. */
export async function runClients(clients: number, body: (client: number) => Promise<void>): Promise<number> {
  const start = now();
  await Promise.all(Array.from({ length: clients }, (_, client) => body(client)));
  return (now() - start) / 1000;
}

export function log(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
