import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import type { SqlExecutor } from '@mutasi/event-store';
import { PG_POOL } from '@mutasi/platform';
import { TRANSFER_STREAM_PREFIX, type PendingProposals } from '@mutasi/transfers';
import { PENDING_MOVES_PROJECTION } from './pending-moves.projection';

/**
 * The pending-moves read model, except for the proposals with events it has not reached yet (past
 * its checkpoint): those are read from their streams (latest employee and target; open unless
 * withdrawn, executed or rejected, as PendingMovesProjection decides), so a proposal made a moment
 * ago counts too.
 */
const OPEN_PROPOSALS_SQL = `
  WITH checkpoint AS (SELECT last_transaction_id, last_position FROM es_subscriptions WHERE name = $3),
  tail AS (
    SELECT DISTINCT e.stream_id FROM es_events e
     WHERE starts_with(e.stream_id, $4)
       AND (NOT EXISTS (SELECT 1 FROM checkpoint)
            OR (e.transaction_id, e.position) > (SELECT last_transaction_id, last_position FROM checkpoint))),
  projected AS (
    SELECT m.transfer_id::text AS transfer_id, m.employee_nip, m.target_position_id FROM transfer_pending_moves m
     WHERE (m.employee_nip = $1 OR m.target_position_id = $2)
       AND NOT EXISTS (SELECT 1 FROM tail WHERE tail.stream_id = $4 || m.transfer_id)),
  recent AS (
    SELECT substr(t.stream_id, length($4) + 1) AS transfer_id,
           latest.data->'employee'->>'nip' AS employee_nip,
           latest.data->'target'->'position'->>'id' AS target_position_id
      FROM tail t
      CROSS JOIN LATERAL (SELECT x.data FROM es_events x
                           WHERE x.stream_id = t.stream_id AND x.type IN ('TransferProposed', 'ProposalRevised')
                           ORDER BY x.stream_version DESC LIMIT 1) latest
     WHERE NOT EXISTS (SELECT 1 FROM es_events x
                        WHERE x.stream_id = t.stream_id
                          AND (x.type IN ('ProposalWithdrawn', 'TransferExecuted')
                               OR (x.type IN ('ApprovalRejected', 'ConsultationAnswered')
                                   AND x.data->>'taskStatus' = 'rejected'))))
  SELECT * FROM projected
  UNION ALL
  SELECT * FROM recent WHERE employee_nip = $1 OR target_position_id = $2
  ORDER BY transfer_id`;

/** The open proposals a new proposal (or a revision) must know of: the employee's and those into its target. */
@Injectable()
export class PendingProposalsReader {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  /** `sql`: the transaction holding the employee's proposal lock, when proposing. */
  async read(
    employeeNip: string,
    targetPositionId: string,
    options: { excludeTransferId?: string; sql?: SqlExecutor } = {},
  ): Promise<PendingProposals> {
    const sql = options.sql ?? {
      query: async <R>(text: string, params?: unknown[]) => (await this.pool.query(text, params)).rows as R[],
    };
    const rows = await sql.query<{ transfer_id: string; employee_nip: string; target_position_id: string }>(
      OPEN_PROPOSALS_SQL,
      [employeeNip, targetPositionId, PENDING_MOVES_PROJECTION, TRANSFER_STREAM_PREFIX],
    );
    const open = rows.filter((row) => row.transfer_id !== options.excludeTransferId);
    return {
      ofEmployee: open.filter((row) => row.employee_nip === employeeNip).map((row) => row.transfer_id),
      intoTargetPosition: open
        .filter((row) => row.employee_nip !== employeeNip && row.target_position_id === targetPositionId)
        .map((row) => row.transfer_id),
    };
  }
}
