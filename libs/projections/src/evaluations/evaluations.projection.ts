import { jakartaDate } from '@mutasi/calendar';
import type { RecordedEvent, SubscriptionHandler, TransactionScope } from '@mutasi/event-store';
import {
  forecastOutcome,
  isTransferEvent,
  transferIdOf,
  type ProposalContent,
  type TransferEvent,
  type WorkloadSnapshot,
} from '@mutasi/transfers';

export const EVALUATIONS_PROJECTION = 'evaluations';

const UPSERT_PROPOSAL = `
  INSERT INTO transfer_outcomes (transfer_id, employee_nip, employee_name, kind, reason, origin_agency_id,
    target_agency_id, origin_unit_id, target_unit_id, target_position_id, target_position_title, workload_before,
    workload_forecast, training_needs)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
  ON CONFLICT (transfer_id) DO UPDATE SET employee_nip = excluded.employee_nip,
    employee_name = excluded.employee_name, kind = excluded.kind, reason = excluded.reason,
    origin_agency_id = excluded.origin_agency_id, target_agency_id = excluded.target_agency_id,
    origin_unit_id = excluded.origin_unit_id, target_unit_id = excluded.target_unit_id,
    target_position_id = excluded.target_position_id, target_position_title = excluded.target_position_title,
    workload_before = excluded.workload_before, workload_forecast = excluded.workload_forecast,
    training_needs = excluded.training_needs`;

const EVALUATED = `
  UPDATE transfer_outcomes SET evaluated_at = $2, evaluated_on = $3, performance_score = $4,
    performance_rating = $5, adaptation = $6, training_completed = $7, workload_outcome = $8, promised = $9, kept = $10
  WHERE transfer_id = $1`;

/**
 * Per proposal (`transfer_outcomes`): what it forecast for both units and the training needs it
 * recorded (from the proposal or its latest revision), then its effective date and its evaluation,
 * with whether the forecast promised to bring a unit nearer to band C and whether that came true.
 */
export class EvaluationsProjection implements SubscriptionHandler<TransactionScope> {
  readonly name = EVALUATIONS_PROJECTION;

  async handle(events: readonly RecordedEvent[], tx: TransactionScope): Promise<void> {
    for (const recorded of events) {
      const id = transferIdOf(recorded.streamId);
      if (id === null || !isTransferEvent(recorded)) continue;
      const event: TransferEvent = recorded;
      switch (event.type) {
        case 'TransferProposed':
        case 'ProposalRevised':
          await tx.sql.query(UPSERT_PROPOSAL, proposalParams(id, event.data));
          break;
        case 'TransferExecuted':
          await tx.sql.query(
            'UPDATE transfer_outcomes SET effective_date = $2, executed_at = $3 WHERE transfer_id = $1',
            [id, event.data.effectiveDate, event.data.executedAt],
          );
          break;
        case 'TransferEvaluated': {
          const rows = await tx.sql.query<{ workload_forecast: WorkloadSnapshot | null }>(
            'SELECT workload_forecast FROM transfer_outcomes WHERE transfer_id = $1',
            [id],
          );
          const { data } = event;
          const forecast = rows[0]?.workload_forecast ?? null;
          const outcome = forecast
            ? forecastOutcome(data.workloadAtProposal, forecast, data.workloadNow)
            : { promised: null, kept: null };
          await tx.sql.query(EVALUATED, [
            id,
            data.evaluatedAt,
            jakartaDate(data.evaluatedAt),
            data.performanceScore,
            data.performanceRating ?? null,
            data.adaptation,
            data.trainingCompleted ?? null,
            JSON.stringify(data.workloadNow),
            outcome.promised,
            outcome.kept,
          ]);
          break;
        }
        default:
          break;
      }
    }
  }

  async reset(tx: TransactionScope): Promise<void> {
    await tx.sql.query('TRUNCATE transfer_outcomes');
  }
}

function proposalParams(id: string, data: ProposalContent): unknown[] {
  return [
    id,
    data.employee.nip,
    data.employee.name,
    data.kind,
    data.reason,
    data.origin.agency.id,
    data.target.agency.id,
    data.origin.position.unitId,
    data.target.position.unitId,
    data.target.position.id,
    data.target.position.title,
    JSON.stringify(data.workload),
    data.workloadForecast ? JSON.stringify(data.workloadForecast) : null,
    JSON.stringify(data.trainingNeeds ?? []),
  ];
}
