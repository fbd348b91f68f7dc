import { addYears } from '@mutasi/calendar';
import { isJptPosition, unlessApproved } from './approval-exemption';
import type { EligibilityRule } from './eligibility-rule';

/**
 * UU 5/2014 Ps 116(1): a JPT is not moved within two years of being inaugurated in the post (the
 * employee's `positionSince`), counted to the TMT, without written approval.
 */
export const jptTwoYearLock: EligibilityRule = (input, config) => {
  const { employee, origin, requestedEffectiveDate: tmt } = input;
  if (!isJptPosition(origin.position.type)) return null;
  const lockedUntil = addYears(employee.positionSince, config.jptLockYears);
  if (tmt >= lockedUntil) return null;
  return unlessApproved(input, {
    code: 'ELIGIBILITY_JPT_TWO_YEAR_LOCK',
    message: `Pejabat pimpinan tinggi dilantik ${employee.positionSince}: belum ${config.jptLockYears} tahun pada TMT ${tmt} / The JPT was inaugurated on ${employee.positionSince}: less than ${config.jptLockYears} years by the TMT ${tmt}`,
    details: { positionType: origin.position.type, positionSince: employee.positionSince, lockedUntil },
  });
};
