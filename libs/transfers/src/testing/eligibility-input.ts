import { NO_PENDING_PROPOSALS, type EligibilityInput } from '../eligibility/eligibility-rule';
import type { EmployeeSnapshot, PositionSnapshot } from '../snapshots';
import { DEMO_TODAY, demoEmployee, demoPlacement, demoPositionWorkload } from './demo-data';

/** Bambang Setiawan's move to Disdukcapil Kota Lestari, with parts replaced. */
export function eligibilityInput(
  changes: {
    employee?: Partial<EmployeeSnapshot>;
    targetPosition?: Partial<PositionSnapshot>;
    targetAgencyId?: 'pemkab-99-02';
    originPosition?: Partial<PositionSnapshot>;
  } & Partial<
    Pick<
      EligibilityInput,
      | 'today'
      | 'requestedEffectiveDate'
      | 'targetPositionWorkload'
      | 'pending'
      | 'originRegionCalendar'
      | 'ministerialApproval'
    >
  > = {},
): EligibilityInput {
  const { employee, targetPosition, originPosition, targetAgencyId, ...rest } = changes;
  const base = demoEmployee('199011082014031006');
  const target = demoPlacement('P000236');
  const origin = demoPlacement(base.positionId);
  return {
    today: DEMO_TODAY,
    requestedEffectiveDate: '2027-01-01',
    employee: { ...base, ...employee },
    origin: { ...origin, position: { ...origin.position, ...originPosition } },
    target: {
      ...target,
      position: { ...target.position, ...targetPosition },
      agency: targetAgencyId ? origin.agency : target.agency,
    },
    targetPositionWorkload: demoPositionWorkload('P000236'),
    pending: NO_PENDING_PROPOSALS,
    originRegionCalendar: null,
    ministerialApproval: null,
    ...rest,
  };
}
