import type { RecordedEvent, SubscriptionHandler, TransactionScope } from '@mutasi/event-store';
import type { TransferEvent } from '@mutasi/transfers';
import { transferEventsByStream } from '../transfer-events-by-stream';

export const PENDING_MOVES_PROJECTION = 'transfer-pending-moves';

type Move = { originUnitId: string; targetUnitId: string; employeeNip: string; targetPositionId: string };

/** What an event does to the proposal's pending move: set it, end it, or leave it. */
function effect(event: TransferEvent): Move | 'end' | null {
  switch (event.type) {
    case 'TransferProposed':
    case 'ProposalRevised':
      return {
        originUnitId: event.data.origin.position.unitId,
        targetUnitId: event.data.target.position.unitId,
        employeeNip: event.data.employee.nip,
        targetPositionId: event.data.target.position.id,
      };
    case 'ProposalWithdrawn':
    case 'TransferExecuted':
      return 'end';
    case 'ApprovalRejected':
    case 'ConsultationAnswered':
      return event.data.taskStatus === 'rejected' ? 'end' : null;
    default:
      return null;
  }
}

/**
 * The workload model's pending moves (`transfer_pending_moves`): a row from the proposal until it
 * ends (rejected, withdrawn or executed). A returned proposal still counts: it may be revised.
 */
export class PendingMovesProjection implements SubscriptionHandler<TransactionScope> {
  readonly name = PENDING_MOVES_PROJECTION;

  async handle(events: readonly RecordedEvent[], tx: TransactionScope): Promise<void> {
    const moves: {
      transfer_id: string;
      origin_unit_id: string;
      target_unit_id: string;
      employee_nip: string;
      target_position_id: string;
    }[] = [];
    const ended: string[] = [];
    for (const [id, group] of transferEventsByStream(events)) {
      let last: Move | 'end' | null = null;
      for (const { event } of group) last = effect(event) ?? last;
      if (last === 'end') ended.push(id);
      else if (last !== null) {
        moves.push({
          transfer_id: id,
          origin_unit_id: last.originUnitId,
          target_unit_id: last.targetUnitId,
          employee_nip: last.employeeNip,
          target_position_id: last.targetPositionId,
        });
      }
    }
    if (moves.length > 0) {
      await tx.sql.query(
        `INSERT INTO transfer_pending_moves (transfer_id, origin_unit_id, target_unit_id, employee_nip, target_position_id)
         SELECT * FROM jsonb_to_recordset($1::jsonb)
                    AS r(transfer_id uuid, origin_unit_id text, target_unit_id text, employee_nip text, target_position_id text)
         ON CONFLICT (transfer_id) DO UPDATE
           SET origin_unit_id = excluded.origin_unit_id, target_unit_id = excluded.target_unit_id,
               employee_nip = excluded.employee_nip, target_position_id = excluded.target_position_id`,
        [JSON.stringify(moves)],
      );
    }
    if (ended.length > 0) {
      await tx.sql.query('DELETE FROM transfer_pending_moves WHERE transfer_id = ANY ($1::uuid[])', [ended]);
    }
  }

  async reset(tx: TransactionScope): Promise<void> {
    await tx.sql.query('TRUNCATE transfer_pending_moves');
  }
}
