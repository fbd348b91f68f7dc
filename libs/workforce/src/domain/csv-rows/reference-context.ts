import type { CalendarDate } from '@mutasi/calendar';

/**
 * What a row may refer to, answered by the caller (from the database, the rows of the same
 * import, or both), and the date the row is checked on.
 */
export interface ReferenceContext {
  readonly today: CalendarDate;
  hasRegion(code: string): boolean;
  hasAgency(id: string): boolean;
  hasUnit(id: string): boolean;
  hasPosition(id: string): boolean;
  hasEmployee(nip: string): boolean;
  /** The agency of a known unit; when given, a parent unit must belong to the child's agency. */
  unitAgency?(id: string): string | null | undefined;
}
