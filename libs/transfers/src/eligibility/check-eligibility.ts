import { disciplinary } from './disciplinary';
import { DEFAULT_ELIGIBILITY_CONFIG, type EligibilityConfig } from './eligibility-config';
import type { EligibilityInput, EligibilityResult, EligibilityRule } from './eligibility-rule';
import { educationMatch } from './education-match';
import { electionBlackout } from './election-blackout';
import { jptTwoYearLock } from './jpt-two-year-lock';
import { minTenure } from './min-tenure';
import { notPns } from './not-pns';
import { openProposal } from './open-proposal';
import { performance } from './performance';
import { postInaugurationBlackout } from './post-inauguration-blackout';
import { rankMinimum } from './rank-minimum';
import { retiringSoon } from './retiring-soon';
import { rotationDue } from './rotation-due';
import { samePosition } from './same-position';
import { studyLeave } from './study-leave';
import { targetShortage } from './target-shortage';
import { tenYearPledge } from './ten-year-pledge';

/** In the order results are shown: the first blocking one names a refused proposal. */
export const ELIGIBILITY_RULES: readonly EligibilityRule[] = [
  openProposal,
  notPns,
  samePosition,
  tenYearPledge,
  performance,
  disciplinary,
  studyLeave,
  targetShortage,
  jptTwoYearLock,
  electionBlackout,
  postInaugurationBlackout,
  minTenure,
  rotationDue,
  educationMatch,
  rankMinimum,
  retiringSoon,
];

export function checkEligibility(
  input: EligibilityInput,
  config: EligibilityConfig = DEFAULT_ELIGIBILITY_CONFIG,
): EligibilityResult[] {
  return ELIGIBILITY_RULES.map((rule) => rule(input, config)).filter((result) => result !== null);
}

/** The rules that can refuse a proposal, in the order of ELIGIBILITY_RULES; the others only warn. */
export const BLOCKING_RULES: readonly EligibilityRule[] = ELIGIBILITY_RULES.filter((rule) =>
  [
    openProposal,
    notPns,
    samePosition,
    tenYearPledge,
    performance,
    disciplinary,
    studyLeave,
    targetShortage,
    jptTwoYearLock,
    electionBlackout,
    postInaugurationBlackout,
  ].includes(rule),
);

/**
 * The first blocking result `checkEligibility` would give, by the same rules, without running the
 * rules that only warn: for callers that ask thousands of times whether a move is allowed at all.
 */
export function firstBlocking(
  input: EligibilityInput,
  config: EligibilityConfig = DEFAULT_ELIGIBILITY_CONFIG,
): EligibilityResult | null {
  for (const rule of BLOCKING_RULES) {
    const result = rule(input, config);
    if (result !== null && result.level === 'blocking') return result;
  }
  return null;
}

export function blockingResults(results: readonly EligibilityResult[]): EligibilityResult[] {
  return results.filter((result) => result.level === 'blocking');
}
