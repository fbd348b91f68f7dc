/** A row of `plans`, the plans read model: one plan, its scope, status, decision and proposals made. */
export interface PlanRow {
  plan_id: string;
  scope_kind: string;
  scope_id: string;
  agency_ids: string[];
  status: string;
  move_count: number;
  drafted_by: string;
  drafted_at: Date;
  decided_by: string | null;
  decided_at: Date | null;
  proposals_created: number | null;
  proposals_not_proposed: number | null;
  proposals_created_at: Date | null;
}
