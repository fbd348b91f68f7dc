import type { RecordedEvent, SubscriptionHandler, TransactionScope } from '@mutasi/event-store';
import { aspirationNipOf, type AspirationEvent } from '@mutasi/planner';

export const ASPIRATIONS_PROJECTION = 'aspirations';

/** Each employee's current wishes (`aspirations`), one row per (nip, rank), from AspirationStated/Withdrawn. */
export class AspirationsProjection implements SubscriptionHandler<TransactionScope> {
  readonly name = ASPIRATIONS_PROJECTION;

  async handle(events: readonly RecordedEvent[], tx: TransactionScope): Promise<void> {
    for (const recorded of events) {
      if (aspirationNipOf(recorded.streamId) === null) continue;
      const event = { type: recorded.type, data: recorded.data } as unknown as AspirationEvent;
      if (event.type === 'AspirationStated') {
        const { nip, rank, unitId, positionId, reason, source, statedBy, statedAt } = event.data;
        await tx.sql.query(
          `INSERT INTO aspirations (nip, rank, unit_id, position_id, reason, source, stated_by, stated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
           ON CONFLICT (nip, rank) DO UPDATE SET unit_id = excluded.unit_id, position_id = excluded.position_id,
             reason = excluded.reason, source = excluded.source, stated_by = excluded.stated_by, stated_at = excluded.stated_at`,
          [nip, rank, unitId, positionId, reason, source, statedBy, statedAt],
        );
      } else if (event.type === 'AspirationWithdrawn') {
        await tx.sql.query('DELETE FROM aspirations WHERE nip = $1 AND rank = $2', [event.data.nip, event.data.rank]);
      }
    }
  }

  async reset(tx: TransactionScope): Promise<void> {
    await tx.sql.query('TRUNCATE aspirations');
  }
}
