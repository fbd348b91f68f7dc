import { Pool } from 'pg';
import { Latencies, now } from '../store/stats';

const COVERED_SQL = `
  SELECT e.position::text FROM es_events e, es_subscriptions s
   WHERE s.name = $1 AND e.position = ANY ($2::bigint[])
     AND (s.last_transaction_id, s.last_position) >= (e.transaction_id, e.position)`;

/**
 * Projection lag: from a command's response (its events committed) until the projection's
 * checkpoint covers the command's log position, polled back to back on one connection.
 */
export class LagProbe {
  readonly lags: Latencies;
  private readonly pending = new Map<string, number>();
  private readonly pool: Pool;
  private running = false;
  private loop: Promise<void> | null = null;

  constructor(
    databaseUrl: string,
    private readonly projection: string,
    capacity: number,
  ) {
    this.pool = new Pool({ connectionString: databaseUrl, max: 1 });
    this.lags = new Latencies(capacity);
  }

  committed(position: string): void {
    this.pending.set(position, now());
  }

  start(): void {
    this.running = true;
    this.loop = this.poll();
  }

  /** Waits (bounded) for the positions still pending, then stops; returns how many never got covered. */
  async stop(timeoutMs = 30_000): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    while (this.pending.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    this.running = false;
    await this.loop;
    await this.pool.end();
    return this.pending.size;
  }

  private async poll(): Promise<void> {
    while (this.running) {
      if (this.pending.size === 0) {
        await new Promise((r) => setTimeout(r, 1));
        continue;
      }
      const { rows } = await this.pool.query<{ position: string }>(COVERED_SQL, [
        this.projection,
        [...this.pending.keys()],
      ]);
      const seenAt = now();
      for (const { position } of rows) {
        const committedAt = this.pending.get(position);
        if (committedAt === undefined) continue;
        this.lags.add(seenAt - committedAt);
        this.pending.delete(position);
      }
    }
  }
}
