/** A calendar date `YYYY-MM-DD` (no time; Asia/Jakarta where it is a day of someone's life). Such strings sort chronologically. */
export type CalendarDate = string;

export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
const JAKARTA_OFFSET_MS = 7 * 3_600_000;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isRealDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Parts of a real `YYYY-MM-DD` date, or null for anything else (wrong shape, 2023-02-30, …). */
export function parseCalendarDate(text: string): DateParts | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isRealDate(year, month, day) ? { year, month, day } : null;
}

export function isCalendarDate(text: string): boolean {
  return parseCalendarDate(text) !== null;
}

export function requireCalendarDate(text: CalendarDate): DateParts {
  const parts = parseCalendarDate(text);
  if (!parts) throw new RangeError(`Not a calendar date (YYYY-MM-DD): "${text}"`);
  return parts;
}

export function formatCalendarDate({ year, month, day }: DateParts): CalendarDate {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function parts(date: CalendarDate): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number);
  return [y, m, d];
}

/** Adds months; a day that does not exist in the target month becomes its last day (29 Feb → 28 Feb). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return formatCalendarDate({ year, month, day: Math.min(d, daysInMonth(year, month)) });
}

export function addYears(date: CalendarDate, years: number): CalendarDate {
  return addMonths(date, years * 12);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const [y, m, d] = parts(date);
  return new Date(Date.UTC(y, m - 1, d) + days * DAY_MS).toISOString().slice(0, 10);
}

export function firstOfNextMonth(date: CalendarDate): CalendarDate {
  const [year, month] = parts(addMonths(date, 1));
  return formatCalendarDate({ year, month, day: 1 });
}

/** Whole days from `from` to `to` (negative when `to` is earlier). Both must be real dates. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(requireCalendarDate(to)) - dayNumber(requireCalendarDate(from));
}

/** Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil). */
function dayNumber({ year, month, day }: DateParts): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The calendar date in Jakarta (UTC+7, no daylight saving) at an instant. */
export function jakartaDate(instant: Date | string): CalendarDate {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  return new Date(ms + JAKARTA_OFFSET_MS).toISOString().slice(0, 10);
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
