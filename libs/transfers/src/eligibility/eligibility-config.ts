import type { CalendarDate } from '@mutasi/calendar';
import { DEFAULT_RETIREMENT_AGES, type RetirementAges } from '../retirement-age';
import type { PerformanceRating } from '../snapshots';

export type EligibilityConfig = {
  /** Fewer years in post than this is warned (PP 11/2017 Ps 190(3)). */
  minTenureYears: number;
  /** More years in post than this flags the employee as due for rotation. */
  rotationDueYears: number;
  pledgeYears: number;
  /**
   * The pledge binds the cohorts recruited under PermenPANRB 27/2021 and later, i.e. appointed PNS
   * from this date on; earlier civil servants signed no pledge.
   */
  pledgeAppliesToCivilServantsSince: CalendarDate;
  minPerformanceRating: PerformanceRating;
  performanceYears: number;
  retiringWithinYears: number;
  retirementAges: RetirementAges;
  /** Officials are not replaced from this many months before the candidate determination (UU 10/2016 Ps 71(2)). */
  blackoutMonthsBeforeCandidateDetermination: number;
  /** …nor within this many months after the head's inauguration (UU 10/2016 Ps 162(3)). */
  blackoutMonthsAfterInauguration: number;
  /** A JPT is not moved within this many years of taking the post (UU 5/2014 Ps 116(1)). */
  jptLockYears: number;
};

export const DEFAULT_ELIGIBILITY_CONFIG: EligibilityConfig = {
  minTenureYears: 2,
  rotationDueYears: 5,
  pledgeYears: 10,
  pledgeAppliesToCivilServantsSince: '2022-01-01',
  minPerformanceRating: 'baik',
  performanceYears: 2,
  retiringWithinYears: 2,
  retirementAges: DEFAULT_RETIREMENT_AGES,
  blackoutMonthsBeforeCandidateDetermination: 6,
  blackoutMonthsAfterInauguration: 6,
  jptLockYears: 2,
};
