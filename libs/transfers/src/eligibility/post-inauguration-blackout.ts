import { addMonths } from '@mutasi/calendar';
import { isOfficialPosition, unlessApproved } from './approval-exemption';
import type { EligibilityRule } from './eligibility-rule';

/**
 * UU 10/2016 Ps 162(3): within six months of the inauguration, the head of the origin region
 * replaces no official (JPT, administrator, pengawas) without the Minister of Home Affairs'
 * written approval. Checked at the TMT.
 */
export const postInaugurationBlackout: EligibilityRule = (input, config) => {
  const { origin, originRegionCalendar: calendar, requestedEffectiveDate: tmt } = input;
  if (calendar === null || !isOfficialPosition(origin.position.type)) return null;
  const until = addMonths(calendar.termStart, config.blackoutMonthsAfterInauguration);
  if (tmt < calendar.termStart || tmt >= until) return null;
  return unlessApproved(input, {
    code: 'ELIGIBILITY_POST_INAUGURATION_BLACKOUT',
    message: `TMT ${tmt} kurang dari ${config.blackoutMonthsAfterInauguration} bulan setelah pelantikan kepala daerah ${calendar.regionCode} (${calendar.termStart}) / The TMT ${tmt} is within ${config.blackoutMonthsAfterInauguration} months of the inauguration of the head of region ${calendar.regionCode} (${calendar.termStart})`,
    details: { regionCode: calendar.regionCode, inaugurationDate: calendar.termStart, blackoutUntil: until },
  });
};
