import type { RecordedEvent, SubscriptionHandler, TransactionScope } from '@mutasi/event-store';
import { transferEventsByStream } from '../transfer-events-by-stream';

export const PLACEMENT_PROJECTION = 'placements';

/**
 * The employee's placement: on TransferExecuted the employee's position, agency and position date
 * change (`employees`, master data shared with imports) and a `placement_history` row keeps what
 * they were, in the batch's transaction. On AssignmentReturned the employee of a temporary
 * assignment goes back to the home position the first row kept, with a second row (`return`); so
 * while away the workload counts them in the host unit, not at home.
 *
 * A rebuild first puts every employee still where an executed transfer placed them back where the
 * history says they came from (before their first executed transfer), empties the history, and replays the log, which
 * moves them again. An employee moved since by a master-data import is left as the import says.
 */
export class PlacementProjection implements SubscriptionHandler<TransactionScope> {
  readonly name = PLACEMENT_PROJECTION;

  async handle(events: readonly RecordedEvent[], tx: TransactionScope): Promise<void> {
    for (const [transferId, group] of transferEventsByStream(events)) {
      for (const { event, recorded } of group) {
        if (event.type === 'TransferExecuted') {
          const { employeeNip, fromPositionId, toPositionId, effectiveDate, executedAt } = event.data;
          const row = [transferId, employeeNip, fromPositionId, toPositionId, effectiveDate, executedAt];
          await move(tx, 'transfer', [...row, recorded.position]);
        }
        if (event.type === 'AssignmentReturned') {
          const { employeeNip, fromPositionId, toPositionId, effectiveDate, returnedAt } = event.data;
          const row = [transferId, employeeNip, fromPositionId, toPositionId, effectiveDate, returnedAt];
          await move(tx, 'return', [...row, recorded.position]);
        }
      }
    }
  }

  async reset(tx: TransactionScope): Promise<void> {
    await tx.sql.query(
      `UPDATE employees e SET position_id = first.from_position_id, agency_id = first.from_agency_id,
              position_since = first.from_position_since
         FROM (SELECT DISTINCT ON (employee_nip) employee_nip, to_position_id FROM placement_history
                ORDER BY employee_nip, event_position DESC) last
         JOIN (SELECT DISTINCT ON (employee_nip) employee_nip, from_position_id, from_agency_id, from_position_since
                 FROM placement_history ORDER BY employee_nip, event_position) first USING (employee_nip)
        WHERE e.nip = last.employee_nip AND e.position_id = last.to_position_id
          AND first.from_agency_id IS NOT NULL AND first.from_position_since IS NOT NULL`,
    );
    await tx.sql.query('TRUNCATE placement_history');
  }
}

/**
 * Moves the employee from one position to another if they still hold the first, and keeps a history
 * row of the move (once per transfer and movement, so a replay changes nothing). A return gives the
 * home position back with the date the employee held it since, as before the assignment.
 */
async function move(tx: TransactionScope, movement: 'transfer' | 'return', params: unknown[]): Promise<void> {
  await tx.sql.query(
    `WITH previous AS (
       SELECT e.nip, e.agency_id, e.position_since FROM employees e
        WHERE e.nip = $2 AND e.position_id = $3),
     history AS (
       INSERT INTO placement_history (transfer_id, movement, employee_nip, from_position_id, from_agency_id,
         from_position_since, to_position_id, to_agency_id, effective_date, executed_at, event_position)
       SELECT $1, $8, $2, $3, p.agency_id, p.position_since, $4, t.agency_id, $5, $6, $7
         FROM (SELECT 1) one
         LEFT JOIN previous p ON true
         LEFT JOIN positions t ON t.id = $4
       ON CONFLICT (transfer_id, movement) DO NOTHING
       RETURNING to_agency_id)
     UPDATE employees e SET position_id = $4, agency_id = h.to_agency_id,
            position_since = CASE WHEN $8 = 'return' THEN coalesce(
              (SELECT k.from_position_since FROM placement_history k
                WHERE k.transfer_id = $1 AND k.movement = 'transfer' AND k.from_position_id = $4), $5::date)
              ELSE $5::date END
       FROM history h
      WHERE e.nip = $2 AND e.position_id = $3 AND h.to_agency_id IS NOT NULL`,
    [...params, movement],
  );
}
