import type { TrainingNeed, WorkloadSnapshot } from '@mutasi/transfers';

/** A row of `transfer_outcomes`: a proposal's forecast and training needs, then its execution and evaluation. */
export interface TransferOutcomeRow {
  transfer_id: string;
  employee_nip: string;
  employee_name: string;
  kind: string;
  reason: string;
  origin_agency_id: string;
  target_agency_id: string;
  origin_unit_id: string;
  target_unit_id: string;
  target_position_id: string;
  target_position_title: string;
  workload_before: WorkloadSnapshot;
  workload_forecast: WorkloadSnapshot | null;
  training_needs: TrainingNeed[];
  effective_date: string | null;
  executed_at: Date | null;
  evaluated_at: Date | null;
  evaluated_on: string | null;
  performance_score: string | null;
  performance_rating: string | null;
  adaptation: string | null;
  training_completed: boolean | null;
  workload_outcome: WorkloadSnapshot | null;
  promised: boolean | null;
  kept: boolean | null;
}
