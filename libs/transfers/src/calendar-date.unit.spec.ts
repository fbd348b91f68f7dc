import {
  addMonths,
  addWorkingDays,
  addYears,
  endOfJakartaDay,
  firstOfNextMonth,
  isCalendarDate,
  jakartaDate,
} from './calendar-date';

describe('calendar dates', () => {
  it('validates real dates only', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2027-02-29')).toBe(false);
    expect(isCalendarDate('2027-13-01')).toBe(false);
    expect(isCalendarDate('27-01-01')).toBe(false);
  });

  it('adds months and years, clamping to the month’s end', () => {
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2027-01-15', -2)).toBe('2026-11-15');
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28');
  });

  it('gives the 1st of the next month', () => {
    expect(firstOfNextMonth('2028-11-23')).toBe('2028-12-01');
    expect(firstOfNextMonth('2028-12-01')).toBe('2029-01-01');
  });

  it('reads instants in Jakarta time', () => {
    expect(jakartaDate('2026-11-23T16:59:59.999Z')).toBe('2026-11-23');
    expect(jakartaDate('2026-11-23T17:00:00.000Z')).toBe('2026-11-24');
    expect(endOfJakartaDay('2026-11-30')).toBe('2026-11-30T16:59:59.999Z');
  });

  it('counts working days, skipping weekends and holidays', () => {
    expect(addWorkingDays('2026-11-23', 5, [])).toBe('2026-11-30');
    expect(addWorkingDays('2026-11-27', 1, [])).toBe('2026-11-30');
    expect(addWorkingDays('2026-12-23', 2, ['2026-12-25'])).toBe('2026-12-28');
  });
});
