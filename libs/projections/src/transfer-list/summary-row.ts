import type { TransferView } from './transfer-view';

/**
 * A row of `transfer_summaries`, as the projection writes it and the queries read it: the list's
 * columns, and `detail`, the proposal as the API shows it. Instants are ISO strings both ways
 * (the queries select them with `isoInstant`).
 */
export interface TransferSummaryRow {
  id: string;
  version: number;
  last_position: string;
  status: string;
  kind: string;
  employee_nip: string;
  employee_name: string;
  origin_position_id: string;
  target_position_id: string;
  origin_agency_id: string;
  target_agency_id: string;
  participant_position_ids: string[];
  proposer_user_id: string;
  requested_effective_date: string;
  proposed_at: string;
  updated_at: string;
  detail: TransferView;
}

/** A timestamptz column as `Date.prototype.toISOString` writes it (the projection stores millisecond instants). */
export function isoInstant(column: string): string {
  return `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}
