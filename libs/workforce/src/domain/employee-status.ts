/**
 * `PNS` civil servant, `CPNS` civil-servant candidate (probation), `PPPK` government employee on
 * contract. Only PNS and CPNS hold a NIP; a PPPK's 18-digit NI PPPK has another structure.
 */
export const EMPLOYEE_STATUSES = ['PNS', 'CPNS', 'PPPK'] as const;
export type EmployeeStatus = (typeof EMPLOYEE_STATUSES)[number];

export function isEmployeeStatus(text: string): text is EmployeeStatus {
  return (EMPLOYEE_STATUSES as readonly string[]).includes(text);
}

/** PNS and CPNS: identified by a NIP and ranked I/a … IV/e. */
export function holdsNip(status: EmployeeStatus): boolean {
  return status !== 'PPPK';
}
