import { addYears } from '@mutasi/calendar';
import type { EligibilityRule } from './eligibility-rule';

export const rotationDue: EligibilityRule = ({ employee, today }, config) =>
  addYears(employee.positionSince, config.rotationDueYears) < today
    ? {
        code: 'ELIGIBILITY_ROTATION_DUE',
        level: 'warning',
        message: `Lebih dari ${config.rotationDueYears} tahun dalam jabatan, sudah waktunya rotasi / More than ${config.rotationDueYears} years in the current post, due for rotation`,
        details: { positionSince: employee.positionSince, rotationDueYears: config.rotationDueYears },
      }
    : null;
