import { addYears, firstOfNextMonth, type CalendarDate } from '@mutasi/calendar';
import type { PositionSnapshot } from './snapshots';

/** Retirement ages (BUP) by position, UU 20/2023 Ps 55 and PP 11/2017 Ps 239 for functional posts. */
export type RetirementAges = {
  jpt: number;
  administrator: number;
  pengawas: number;
  pelaksana: number;
  fungsionalAhliUtama: number;
  fungsionalAhliMadya: number;
  fungsionalOther: number;
};

export const DEFAULT_RETIREMENT_AGES: RetirementAges = {
  jpt: 60,
  administrator: 58,
  pengawas: 58,
  pelaksana: 58,
  fungsionalAhliUtama: 65,
  fungsionalAhliMadya: 60,
  fungsionalOther: 58,
};

/** BUP of a position, or null for a non-civil-servant office. */
export function retirementAge(position: Pick<PositionSnapshot, 'type' | 'title'>, ages: RetirementAges): number | null {
  switch (position.type) {
    case 'jpt_utama':
    case 'jpt_madya':
    case 'jpt_pratama':
      return ages.jpt;
    case 'administrator':
      return ages.administrator;
    case 'pengawas':
      return ages.pengawas;
    case 'pelaksana':
      return ages.pelaksana;
    // position data has no level column: the level (Ahli Utama/Madya/…) is part of the title
    case 'fungsional_ahli':
      if (/\bahli utama\b/i.test(position.title)) return ages.fungsionalAhliUtama;
      if (/\bahli madya\b/i.test(position.title)) return ages.fungsionalAhliMadya;
      return ages.fungsionalOther;
    case 'fungsional_keterampilan':
      return ages.fungsionalOther;
    case 'official':
      return null;
  }
}

export type RetirementDates = {
  /** The day the employee reaches BUP. */
  reachesAgeOn: CalendarDate;
  /** Pension TMT: the 1st of the month after reaching BUP. */
  pensionDate: CalendarDate;
};

export function retirementDates(birthDate: CalendarDate, age: number): RetirementDates {
  const reachesAgeOn = addYears(birthDate, age);
  return { reachesAgeOn, pensionDate: firstOfNextMonth(reachesAgeOn) };
}
