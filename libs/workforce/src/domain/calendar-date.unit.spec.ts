import { addYears, daysBetween, firstOfNextMonth, isIsoDate, parseIsoDate, requireDate } from './calendar-date';

describe('calendar date', () => {
  it('given a real YYYY-MM-DD, then its parts', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
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
    expect(isIsoDate(text)).toBe(false);
  });

  it('given 1900 and 2000, then only 2000 is a leap year', () => {
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
  });

  it('counts days across months, leap days and years', () => {
    expect(daysBetween('2026-11-23', '2028-12-01')).toBe(739);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-01-02', '2026-01-01')).toBe(-1);
    expect(daysBetween('1969-12-31', '1970-01-01')).toBe(1);
  });

  it('gives the first of the next month, across a year end', () => {
    expect(firstOfNextMonth({ year: 2028, month: 11 })).toBe('2028-12-01');
    expect(firstOfNextMonth({ year: 2028, month: 12 })).toBe('2029-01-01');
  });

  it('adds years, turning 29 February into 28 February in a common year', () => {
    expect(addYears('2026-11-23', 2)).toBe('2028-11-23');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
  });

  it('given a non-date where a date is required, then RangeError', () => {
    expect(() => requireDate('2026-02-30')).toThrow(RangeError);
  });
});
