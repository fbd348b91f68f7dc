import type { EligibilityRule } from './eligibility-rule';

/** Only PNS can be transferred (Perban 5/2019 Ps 3); CPNS and PPPK cannot. */
export const notPns: EligibilityRule = ({ employee }) =>
  employee.status === 'PNS'
    ? null
    : {
        code: 'ELIGIBILITY_NOT_PNS',
        level: 'blocking',
        message: `Hanya PNS yang dapat dimutasi / Only a PNS can be transferred (status ${employee.status})`,
        details: { status: employee.status },
      };
