import { addMonths } from '@mutasi/calendar';
import { isOfficialPosition, unlessApproved } from './approval-exemption';
import type { EligibilityRule } from './eligibility-rule';

/**
 * UU 10/2016 Ps 71(2): from six months before the candidates of the next regional election are
 * determined to the end of the term, the head of the origin region replaces no official (JPT,
 * administrator, pengawas) without the Minister of Home Affairs' written approval. Checked at the TMT.
 */
export const electionBlackout: EligibilityRule = (input, config) => {
  const { origin, originRegionCalendar: calendar, requestedEffectiveDate: tmt } = input;
  if (calendar === null || calendar.candidateDeterminationDate === null) return null;
  if (!isOfficialPosition(origin.position.type)) return null;
  const from = addMonths(calendar.candidateDeterminationDate, -config.blackoutMonthsBeforeCandidateDetermination);
  if (tmt < from || tmt > calendar.termEnd) return null;
  return unlessApproved(input, {
    code: 'ELIGIBILITY_ELECTION_BLACKOUT',
    message: `TMT ${tmt} dalam masa larangan penggantian pejabat menjelang pilkada ${calendar.regionCode} (${from} s.d. ${calendar.termEnd}) / The TMT ${tmt} falls in the pre-election blackout of region ${calendar.regionCode} (${from} to ${calendar.termEnd})`,
    details: {
      regionCode: calendar.regionCode,
      blackoutFrom: from,
      blackoutTo: calendar.termEnd,
      candidateDeterminationDate: calendar.candidateDeterminationDate,
    },
  });
};
