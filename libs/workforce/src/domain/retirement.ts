import {
  addYears,
  daysBetween,
  firstOfNextMonth,
  formatCalendarDate,
  requireCalendarDate,
  type CalendarDate,
} from '@mutasi/calendar';
import type { FunctionalLevel } from './functional-level';
import { positionCategory, type PositionType } from './position-type';

/**
 * Retirement age (batas usia pensiun, BUP) per position type. UU 20/2023 Ps 55: JPT 60,
 * administrator, pengawas and pelaksana 58; functional positions follow sectoral rules, for which
 * PP 11/2017 Ps 239 gives 58 (ahli pertama, ahli muda, keterampilan), 60 (ahli madya) and 65
 * (ahli utama). A functional position whose level is unknown gets its type's value.
 * `official` is no civil-service position and has no BUP.
 */
export interface RetirementAges {
  readonly byPositionType: Readonly<Record<PositionType, number | null>>;
  readonly byFunctionalLevel: Readonly<Partial<Record<FunctionalLevel, number>>>;
}

export const DEFAULT_RETIREMENT_AGES: RetirementAges = {
  byPositionType: {
    jpt_utama: 60,
    jpt_madya: 60,
    jpt_pratama: 60,
    administrator: 58,
    pengawas: 58,
    pelaksana: 58,
    fungsional_ahli: 58,
    fungsional_keterampilan: 58,
    official: null,
  },
  byFunctionalLevel: { ahli_madya: 60, ahli_utama: 65 },
};

export interface RetirementOptions {
  readonly functionalLevel?: FunctionalLevel | null;
  readonly ages?: RetirementAges;
}

export interface Retirement {
  /** BUP in years. */
  readonly age: number;
  /** TMT pensiun: the 1st of the month after the month in which the BUP is reached. */
  readonly pensionDate: CalendarDate;
}

export function retirementAge(positionType: PositionType, options: RetirementOptions = {}): number | null {
  const ages = options.ages ?? DEFAULT_RETIREMENT_AGES;
  const level = options.functionalLevel;
  if (level && positionCategory(positionType) === 'functional') {
    const byLevel = ages.byFunctionalLevel[level];
    if (byLevel !== undefined) return byLevel;
  }
  return ages.byPositionType[positionType];
}

/** The pension date for someone born on `birthDate` with retirement age `age`. */
export function pensionDate(birthDate: CalendarDate, age: number): CalendarDate {
  const birth = requireCalendarDate(birthDate);
  return firstOfNextMonth(formatCalendarDate({ year: birth.year + age, month: birth.month, day: 1 }));
}

/** BUP and pension date, or null for a position without a BUP. */
export function retirement(
  birthDate: CalendarDate,
  positionType: PositionType,
  options: RetirementOptions = {},
): Retirement | null {
  const age = retirementAge(positionType, options);
  return age === null ? null : { age, pensionDate: pensionDate(birthDate, age) };
}

const DAYS_PER_YEAR = 365.2425;

/**
 * Years from `today` to the pension date as a fraction (days / mean Gregorian year); negative
 * once the pension date has passed; null for a position without a BUP.
 */
export function yearsUntilRetirement(
  birthDate: CalendarDate,
  positionType: PositionType,
  today: CalendarDate,
  options: RetirementOptions = {},
): number | null {
  const found = retirement(birthDate, positionType, options);
  return found === null ? null : daysBetween(today, found.pensionDate) / DAYS_PER_YEAR;
}

/** True when the pension date falls on or before the same calendar day `years` after today. */
export function retiresWithin(
  birthDate: CalendarDate,
  positionType: PositionType,
  today: CalendarDate,
  years: number,
  options: RetirementOptions = {},
): boolean {
  const found = retirement(birthDate, positionType, options);
  return found !== null && found.pensionDate <= addYears(today, years);
}
