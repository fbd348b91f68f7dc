import { addYears } from '@mutasi/calendar';
import type { EligibilityRule } from './eligibility-rule';

export const minTenure: EligibilityRule = ({ employee, today }, config) =>
  addYears(employee.positionSince, config.minTenureYears) > today
    ? {
        code: 'ELIGIBILITY_MIN_TENURE',
        level: 'warning',
        message: `Kurang dari ${config.minTenureYears} tahun dalam jabatan / Less than ${config.minTenureYears} years in the current post`,
        details: { positionSince: employee.positionSince, minTenureYears: config.minTenureYears },
      }
    : null;
