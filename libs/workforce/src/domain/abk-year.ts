import type { CalendarDate } from '@mutasi/calendar';

/** The first year an ABK may be stored for; older analyses predate the current ABK rules. */
export const FIRST_ABK_YEAR = 2000;

/** The year of a Jakarta calendar day. */
export function yearOf(day: CalendarDate): number {
  return Number(day.slice(0, 4));
}

/**
 * The years an ABK may be for: from FIRST_ABK_YEAR to next year, since next year's analysis is
 * made (and imported) ahead of it.
 */
export function abkYearRange(today: CalendarDate): { readonly first: number; readonly last: number } {
  return { first: FIRST_ABK_YEAR, last: yearOf(today) + 1 };
}

export function isAbkYear(year: number, today: CalendarDate): boolean {
  const { first, last } = abkYearRange(today);
  return Number.isSafeInteger(year) && year >= first && year <= last;
}

/** The day a year's analysis is measured at: its staff is the staff in post at the end of the year. */
export function abkMeasuredOn(year: number): CalendarDate {
  return `${year}-12-31`;
}
