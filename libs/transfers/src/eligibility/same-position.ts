import type { EligibilityRule } from './eligibility-rule';

export const samePosition: EligibilityRule = ({ employee, target }) =>
  employee.positionId === target.position.id
    ? {
        code: 'ELIGIBILITY_SAME_POSITION',
        level: 'blocking',
        message: 'Jabatan tujuan sama dengan jabatan sekarang / The target position is the current position',
        details: { positionId: employee.positionId },
      }
    : null;
