import type { Language } from '../notification-template';

/** Someone an email goes to, as the read models know them at projection time. */
export type Recipient = { username: string | null; email: string; name: string; language: Language };

/** The read models as the outbox projection needs them; see `loadDirectory`. */
export interface Directory {
  /** The employee concerned: their user account if they have one, else the employee record. */
  employee(nip: string): Recipient | null;
  user(username: string): Recipient | null;
  /** The users holding any of these positions, and their delegates (standing delegations in force on `date`). */
  holders(positionIds: readonly string[], date: string): Recipient[];
  /** The operators of these agencies (users with the operator role scoped to one of them). */
  operators(agencyIds: readonly string[]): Recipient[];
  unitName(unitId: string): string | null;
  agencyName(agencyId: string): string | null;
}
