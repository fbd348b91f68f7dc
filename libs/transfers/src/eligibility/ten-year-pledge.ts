import { addYears } from '@mutasi/calendar';
import type { EligibilityRule } from './eligibility-rule';

/** PermenPANRB 6/2024 Ps 59: no move to another agency within 10 years of PNS appointment. */
export const tenYearPledge: EligibilityRule = ({ employee, origin, target, today }, config) => {
  const bound = employee.civilServantSince >= config.pledgeAppliesToCivilServantsSince;
  if (!bound || origin.agency.id === target.agency.id) return null;
  const pledgeEnds = addYears(employee.civilServantSince, config.pledgeYears);
  if (pledgeEnds <= today) return null;
  return {
    code: 'ELIGIBILITY_TEN_YEAR_PLEDGE',
    level: 'blocking',
    message: `Terikat janji tidak pindah instansi selama ${config.pledgeYears} tahun sampai ${pledgeEnds} / Bound by the ${config.pledgeYears}-year pledge not to move to another agency until ${pledgeEnds}`,
    details: { civilServantSince: employee.civilServantSince, pledgeEnds },
  };
};
