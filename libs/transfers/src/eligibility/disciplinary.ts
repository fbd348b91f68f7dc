import type { EligibilityRule } from './eligibility-rule';

export const disciplinary: EligibilityRule = ({ employee, today }) =>
  employee.disciplinaryUntil !== null && employee.disciplinaryUntil > today
    ? {
        code: 'ELIGIBILITY_DISCIPLINARY',
        level: 'blocking',
        message: `Sedang menjalani hukuman disiplin sampai ${employee.disciplinaryUntil} / Disciplinary sentence running until ${employee.disciplinaryUntil}`,
        details: { disciplinaryUntil: employee.disciplinaryUntil },
      }
    : null;
