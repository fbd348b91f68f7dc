import type { Pool } from 'pg';
import { EVENTS_CHANNEL } from '../subscriptions/log-notifications';

/**
 * Tells subscribers (LISTEN es_events) that the log grew. Sent after the append committed, at
 * most one NOTIFY in flight: a NOTIFY per append would serialise every commit in the cluster on
 * PostgreSQL's notification queue lock. Appends that finish meanwhile share the next one.
 */
export class AppendAnnouncer {
  private inFlight = false;
  private pending = false;

  constructor(private readonly pool: Pool) {}

  announce(): void {
    if (this.inFlight) {
      this.pending = true;
      return;
    }
    this.inFlight = true;
    this.pool
      .query(`SELECT pg_notify('${EVENTS_CHANNEL}', '')`)
      .catch(() => undefined)
      .finally(() => {
        this.inFlight = false;
        if (this.pending) {
          this.pending = false;
          this.announce();
        }
      });
  }
}
