import type { RecordedEvent, SubscriptionHandler, TransactionScope } from '@mutasi/event-store';
import { planIdOf, type PlanEvent } from '@mutasi/planner';

export const PLANS_PROJECTION = 'plans';

/** One row per plan (`plans`): scope, status, decision and proposals made, from the plan streams. */
export class PlansProjection implements SubscriptionHandler<TransactionScope> {
  readonly name = PLANS_PROJECTION;

  async handle(events: readonly RecordedEvent[], tx: TransactionScope): Promise<void> {
    for (const recorded of events) {
      if (planIdOf(recorded.streamId) === null) continue;
      const event = { type: recorded.type, data: recorded.data } as unknown as PlanEvent;
      switch (event.type) {
        case 'PlanDrafted': {
          const { planId, scope, moveCount, draftedBy, draftedAt } = event.data;
          await tx.sql.query(
            `INSERT INTO plans (plan_id, scope_kind, scope_id, agency_ids, status, move_count, drafted_by, drafted_at)
             VALUES ($1, $2, $3, $4, 'DRAFTED', $5, $6, $7) ON CONFLICT (plan_id) DO NOTHING`,
            [planId, scope.kind, scope.id, scope.agencyIds, moveCount, draftedBy, draftedAt],
          );
          break;
        }
        case 'PlanApproved':
          await tx.sql.query(
            `UPDATE plans SET status = 'APPROVED', decided_by = $2, decided_at = $3 WHERE plan_id = $1`,
            [event.data.planId, event.data.approvedBy, event.data.approvedAt],
          );
          break;
        case 'PlanRejected':
          await tx.sql.query(
            `UPDATE plans SET status = 'REJECTED', decided_by = $2, decided_at = $3 WHERE plan_id = $1`,
            [event.data.planId, event.data.rejectedBy, event.data.rejectedAt],
          );
          break;
        case 'PlanProposalsCreated':
          await tx.sql.query(
            `UPDATE plans SET proposals_created = $2, proposals_not_proposed = $3, proposals_created_at = $4
              WHERE plan_id = $1`,
            [event.data.planId, event.data.created.length, event.data.notProposed.length, event.data.createdAt],
          );
          break;
        case 'PlanMovesRecorded':
          break;
      }
    }
  }

  async reset(tx: TransactionScope): Promise<void> {
    await tx.sql.query('TRUNCATE plans');
  }
}
