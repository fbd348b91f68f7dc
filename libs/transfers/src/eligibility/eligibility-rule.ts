import type { CalendarDate } from '@mutasi/calendar';
import type { EligibilityConfig } from './eligibility-config';
import type {
  EmployeeSnapshot,
  MinisterialApproval,
  PlacementSnapshot,
  PositionWorkload,
  RegionCalendar,
} from '../snapshots';

export type EligibilityCode =
  | 'ELIGIBILITY_NOT_PNS'
  | 'ELIGIBILITY_MIN_TENURE'
  | 'ELIGIBILITY_ROTATION_DUE'
  | 'ELIGIBILITY_TEN_YEAR_PLEDGE'
  | 'ELIGIBILITY_PERFORMANCE'
  | 'ELIGIBILITY_DISCIPLINARY'
  | 'ELIGIBILITY_STUDY_LEAVE'
  | 'ELIGIBILITY_NO_SHORTAGE'
  | 'ELIGIBILITY_NO_WORKLOAD_ANALYSIS'
  | 'ELIGIBILITY_EDUCATION_MISMATCH'
  | 'ELIGIBILITY_RANK_BELOW_MINIMUM'
  | 'ELIGIBILITY_RETIRING_SOON'
  | 'ELIGIBILITY_SAME_POSITION'
  | 'ELIGIBILITY_SHORTAGE_CLAIMED'
  | 'OPEN_PROPOSAL_EXISTS'
  | 'ELIGIBILITY_ELECTION_BLACKOUT'
  | 'ELIGIBILITY_POST_INAUGURATION_BLACKOUT'
  | 'ELIGIBILITY_JPT_TWO_YEAR_LOCK';

export type EligibilityLevel = 'blocking' | 'warning';

/** A rule that did not pass: blocking ones refuse the proposal, warnings are recorded. */
export type EligibilityResult = {
  code: EligibilityCode;
  level: EligibilityLevel;
  message: string;
  details: Record<string, string | number | boolean | null>;
};

/** Open proposals (neither rejected, withdrawn nor executed) the rules must know of, by id. */
export type PendingProposals = {
  /** The employee's open proposals, never the one being revised. */
  ofEmployee: string[];
  /** Open proposals of other employees into the target position. */
  intoTargetPosition: string[];
};

export const NO_PENDING_PROPOSALS: PendingProposals = { ofEmployee: [], intoTargetPosition: [] };

export type EligibilityInput = {
  /** The Jakarta calendar date the check is made on. */
  today: CalendarDate;
  requestedEffectiveDate: CalendarDate;
  employee: EmployeeSnapshot;
  origin: PlacementSnapshot;
  target: PlacementSnapshot;
  /** Null when the target position has no workload analysis. */
  targetPositionWorkload: PositionWorkload | null;
  pending: PendingProposals;
  /** The calendar of the origin agency's region, when one was imported. */
  originRegionCalendar: RegionCalendar | null;
  /** The approval the proposal carries; it turns the blackout and JPT-lock refusals into warnings. */
  ministerialApproval: MinisterialApproval | null;
};

/** Returns the problem it finds, or null when the employee passes it. */
export type EligibilityRule = (input: EligibilityInput, config: EligibilityConfig) => EligibilityResult | null;
