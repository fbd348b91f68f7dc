import { addYears } from '@mutasi/calendar';
import { retirementAge, retirementDates } from '../retirement-age';
import type { EligibilityRule } from './eligibility-rule';

/**
 * Warns when the employee reaches the retirement age (BUP) of the target position within N years
 * of the move taking effect (the requested effective date, or today if that is later).
 */
export const retiringSoon: EligibilityRule = ({ employee, target, today, requestedEffectiveDate }, config) => {
  const age = retirementAge(target.position, config.retirementAges);
  if (age === null) return null;
  const { reachesAgeOn, pensionDate } = retirementDates(employee.birthDate, age);
  const from = requestedEffectiveDate > today ? requestedEffectiveDate : today;
  if (reachesAgeOn > addYears(from, config.retiringWithinYears)) return null;
  return {
    code: 'ELIGIBILITY_RETIRING_SOON',
    level: 'warning',
    message: `Mencapai BUP ${age} tahun pada ${reachesAgeOn}, pensiun TMT ${pensionDate} / Reaches retirement age ${age} on ${reachesAgeOn}, pension from ${pensionDate}`,
    details: { retirementAge: age, reachesAgeOn, pensionDate },
  };
};
