/** The delegation stored. */
export interface DelegateResult {
  id: string;
  delegatorUserId: string;
  delegateUserId: string;
  positionIds: string[];
  from: string;
  to: string;
}
