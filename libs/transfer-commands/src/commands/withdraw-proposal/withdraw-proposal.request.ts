/** Why the proposal is withdrawn. */
export interface WithdrawProposalRequest {
  reason: string;
}
