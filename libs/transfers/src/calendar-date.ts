/** A calendar date `YYYY-MM-DD` (Asia/Jakarta); instants are ISO-8601 UTC strings. */
export type CalendarDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
const JAKARTA_OFFSET_MS = 7 * 3_600_000;

export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function parts(date: CalendarDate): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number);
  return [y, m, d];
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function format(year: number, month: number, day: number): CalendarDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Adds months; a day that does not exist in the target month becomes its last day (29 Feb → 28 Feb). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return format(year, month, Math.min(d, daysInMonth(year, month)));
}

export function addYears(date: CalendarDate, years: number): CalendarDate {
  return addMonths(date, years * 12);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const [y, m, d] = parts(date);
  return new Date(Date.UTC(y, m - 1, d) + days * DAY_MS).toISOString().slice(0, 10);
}

export function firstOfNextMonth(date: CalendarDate): CalendarDate {
  const [y, m] = parts(addMonths(date, 1));
  return format(y, m, 1);
}

/** The calendar date in Jakarta at an instant. */
export function jakartaDate(instant: string): CalendarDate {
  return new Date(Date.parse(instant) + JAKARTA_OFFSET_MS).toISOString().slice(0, 10);
}

/** The last millisecond of a Jakarta calendar day, as a UTC instant. */
export function endOfJakartaDay(date: CalendarDate): string {
  const [y, m, d] = parts(date);
  return new Date(Date.UTC(y, m - 1, d + 1) - JAKARTA_OFFSET_MS - 1).toISOString();
}

function isWeekend(date: CalendarDate): boolean {
  const [y, m, d] = parts(date);
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/** The date `days` working days (Monday–Friday, not a holiday) after `date`. */
export function addWorkingDays(date: CalendarDate, days: number, holidays: readonly CalendarDate[]): CalendarDate {
  let current = date;
  let left = days;
  while (left > 0) {
    current = addDays(current, 1);
    if (!isWeekend(current) && !holidays.includes(current)) left -= 1;
  }
  return current;
}
