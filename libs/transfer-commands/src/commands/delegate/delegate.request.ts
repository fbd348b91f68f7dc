/** Whom the caller delegates to, from and to which day (Jakarta, YYYY-MM-DD). */
export interface DelegateRequest {
  delegateUserId: string;
  from: string;
  to: string;
}
