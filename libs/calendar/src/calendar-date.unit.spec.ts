import {
  addMonths,
  addWorkingDays,
  addYears,
  daysBetween,
  endOfJakartaDay,
  firstOfNextMonth,
  isCalendarDate,
  jakartaDate,
  parseCalendarDate,
  requireCalendarDate,
} from './calendar-date';

describe('calendar dates', () => {
  it('validates real dates only', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2027-02-29')).toBe(false);
    expect(isCalendarDate('2027-13-01')).toBe(false);
    expect(isCalendarDate('27-01-01')).toBe(false);
  });

  it('given a real YYYY-MM-DD, then its parts', () => {
    expect(parseCalendarDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it.each([
    '2023-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-1-5',
    '26-01-05',
    '2026/01/05',
    '',
    '2026-01-05T00:00',
  ])('given %p, then not a date', (text) => {
    expect(isCalendarDate(text)).toBe(false);
  });

  it('given 1900 and 2000, then only 2000 is a leap year', () => {
    expect(isCalendarDate('1900-02-29')).toBe(false);
    expect(isCalendarDate('2000-02-29')).toBe(true);
  });

  it('adds months and years, clamping to the month’s end', () => {
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2027-01-15', -2)).toBe('2026-11-15');
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28');
    expect(addYears('2026-11-23', 2)).toBe('2028-11-23');
  });

  it('gives the 1st of the next month, across a year end', () => {
    expect(firstOfNextMonth('2028-11-23')).toBe('2028-12-01');
    expect(firstOfNextMonth('2028-12-01')).toBe('2029-01-01');
  });

  it('counts days across months, leap days and years', () => {
    expect(daysBetween('2026-11-23', '2028-12-01')).toBe(739);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-01-02', '2026-01-01')).toBe(-1);
    expect(daysBetween('1969-12-31', '1970-01-01')).toBe(1);
  });

  it('given a non-date where a date is required, then RangeError', () => {
    expect(() => requireCalendarDate('2026-02-30')).toThrow(RangeError);
  });

  it('reads instants in Jakarta time, given as text or as a Date', () => {
    expect(jakartaDate('2026-11-23T16:59:59.999Z')).toBe('2026-11-23');
    expect(jakartaDate('2026-11-23T17:00:00.000Z')).toBe('2026-11-24');
    expect(jakartaDate(new Date('2026-11-23T17:00:00.000Z'))).toBe('2026-11-24');
    expect(endOfJakartaDay('2026-11-30')).toBe('2026-11-30T16:59:59.999Z');
  });

  it('counts working days, skipping weekends and holidays', () => {
    expect(addWorkingDays('2026-11-23', 5, [])).toBe('2026-11-30');
    expect(addWorkingDays('2026-11-27', 1, [])).toBe('2026-11-30');
    expect(addWorkingDays('2026-12-23', 2, ['2026-12-25'])).toBe('2026-12-28');
  });
});
