import type { Pool } from 'pg';
import type { NotificationParams } from '../notification-params';
import type { DeliveryCondition } from '../rules/notification-intent';

/** Whether a reminder is still true of its transfer now. */
export type ConditionCheck = (transferId: string, condition: DeliveryCondition) => Promise<boolean>;
import { languageOf, type Language, type NotificationTemplate } from '../notification-template';

export type ClaimedNotification = {
  id: string;
  template: NotificationTemplate;
  language: Language;
  recipientEmail: string;
  recipientName: string;
  eventId: string;
  params: NotificationParams;
  /** Attempts so far, this one included. */
  attempts: number;
};

export type DueRows = { pending: string[]; stale: string[] };

type ClaimRow = {
  id: string;
  template: NotificationTemplate;
  language: string;
  recipient_email: string;
  recipient_name: string;
  event_id: string;
  params: NotificationParams;
  attempts: number;
};

/** The outbox rows' life after the projection wrote them: queued, attempted, sent or dead. */
export class OutboxStore {
  constructor(private readonly pool: Pool) {}

  /**
   * Reminders whose time has come: those still true become pending (to be sent), the others
   * cancelled. Rows another dispatcher holds are skipped.
   */
  async releaseDue(now: Date, limit: number, stillHolds: ConditionCheck): Promise<number> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const { rows } = await client.query<{ id: string; transfer_id: string; condition: DeliveryCondition | null }>(
        `SELECT id, transfer_id, condition FROM notifications
          WHERE status = 'scheduled' AND send_at <= $1 ORDER BY send_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
        [now.toISOString(), limit],
      );
      const checked = new Map<string, Promise<boolean>>();
      const holds = (row: (typeof rows)[number]) => {
        if (row.condition === null) return Promise.resolve(true);
        const key = `${row.transfer_id} ${JSON.stringify(row.condition)}`;
        if (!checked.has(key)) checked.set(key, stillHolds(row.transfer_id, row.condition));
        return checked.get(key) as Promise<boolean>;
      };
      const verdicts = await Promise.all(rows.map(holds));
      const due = rows.filter((_, i) => verdicts[i]).map((r) => r.id);
      const moot = rows.filter((_, i) => !verdicts[i]).map((r) => r.id);
      await client.query(`UPDATE notifications SET status = 'pending' WHERE id = ANY($1::uuid[])`, [due]);
      await client.query(
        `UPDATE notifications SET status = 'cancelled', last_error = 'no longer true when due' WHERE id = ANY($1::uuid[])`,
        [moot],
      );
      await client.query('COMMIT');
      return rows.length;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /**
   * Holds (row locks, skipping rows another dispatcher holds) the next pending rows and the queued
   * rows not sent after `requeueAfterMs`, runs `enqueue` on them, and marks them queued only if it
   * succeeded: if the queue is down the rows stay pending.
   */
  async dispatch(limit: number, requeueAfterMs: number, enqueue: (due: DueRows) => Promise<void>): Promise<number> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const pending = await client.query<{ id: string }>(
        `SELECT id FROM notifications WHERE status = 'pending' ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [limit],
      );
      const stale = await client.query<{ id: string }>(
        `SELECT id FROM notifications
          WHERE status = 'queued' AND queued_at < now() - $2::int * interval '1 millisecond'
          ORDER BY queued_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [Math.max(1, Math.floor(limit / 5)), requeueAfterMs],
      );
      const due = { pending: pending.rows.map((r) => r.id), stale: stale.rows.map((r) => r.id) };
      const count = due.pending.length + due.stale.length;
      if (count > 0) {
        await enqueue(due);
        await client.query(
          `UPDATE notifications SET status = 'queued', queued_at = now()
            WHERE id = ANY($1::uuid[]) AND status IN ('pending', 'queued')`,
          [[...due.pending, ...due.stale]],
        );
      }
      await client.query('COMMIT');
      return count;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /** Counts an attempt at a row not yet sent or dead; null if it is (a repeated or late job). */
  async claim(id: string): Promise<ClaimedNotification | null> {
    const { rows } = await this.pool.query<ClaimRow>(
      `UPDATE notifications
          SET attempts = attempts + 1, last_attempt_at = now(), status = 'queued', queued_at = now()
        WHERE id = $1 AND status IN ('pending', 'queued')
        RETURNING id, template, language, recipient_email, recipient_name, event_id, params, attempts`,
      [id],
    );
    const row = rows[0];
    if (row === undefined) return null;
    return {
      id: row.id,
      template: row.template,
      language: languageOf(row.language),
      recipientEmail: row.recipient_email,
      recipientName: row.recipient_name,
      eventId: row.event_id,
      params: row.params,
      attempts: row.attempts,
    };
  }

  async markSent(id: string, messageId: string): Promise<void> {
    await this.pool.query(
      `UPDATE notifications SET status = 'sent', sent_at = now(), message_id = $2, last_error = NULL WHERE id = $1`,
      [id, messageId],
    );
  }

  async markRetrying(id: string, error: string): Promise<void> {
    await this.pool.query(`UPDATE notifications SET last_error = $2 WHERE id = $1 AND status = 'queued'`, [id, error]);
  }

  async markFailed(id: string, error: string): Promise<void> {
    await this.pool.query(
      `UPDATE notifications SET status = 'failed', failed_at = now(), last_error = $2
        WHERE id = $1 AND status IN ('pending', 'queued')`,
      [id, error],
    );
  }
}
