import type { Pool } from 'pg';
import { EVENTS_CHANNEL } from '../subscriptions/log-notifications';

/**
 * Tells subscribers (LISTEN es_events) that the log grew. Sent after the append committed, one
 * NOTIFY at a time and at most one per `minIntervalMs`: a NOTIFY per append would serialise every
 * commit in the cluster on PostgreSQL's notification queue lock. Appends that finish meanwhile
 * share the next one.
 */
export class AppendAnnouncer {
  private busy = false;
  private pending = false;

  constructor(
    private readonly pool: Pool,
    private readonly minIntervalMs = 5,
  ) {}

  announce(): void {
    if (this.busy) {
      this.pending = true;
      return;
    }
    this.busy = true;
    this.pool
      .query(`SELECT pg_notify('${EVENTS_CHANNEL}', '')`)
      .catch(() => undefined)
      .then(() => new Promise((resolve) => setTimeout(resolve, this.minIntervalMs).unref()))
      .finally(() => {
        this.busy = false;
        if (this.pending) {
          this.pending = false;
          this.announce();
        }
      });
  }
}
