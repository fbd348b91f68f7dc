import type {
  ConvertAssignmentToPermanent,
  ExtendAssignment,
  ProposeTransfer,
  ReturnFromAssignment,
} from '../transfer-commands';
import { OPERATOR, propose } from './builders';

/** Bambang lent to P000236 from 2027-01-01 (the requested TMT) until `endDate`. */
export function proposeTemporary(endDate = '2027-04-01', overrides: Partial<ProposeTransfer['data']> = {}) {
  return propose({ temporary: { endDate }, ...overrides });
}

export function extendAssignment(overrides: Partial<ExtendAssignment['data']> = {}): ExtendAssignment {
  return {
    type: 'ExtendAssignment',
    data: {
      endDate: '2027-07-01',
      reason: 'Vaksinasi diperpanjang',
      decreeNumber: '800/321/BKD/2027',
      decreeDate: '2027-03-15',
      actor: OPERATOR,
      now: '2027-03-15T02:00:00.000Z',
      ...overrides,
    },
  };
}

export function convertAssignment(
  overrides: Partial<ConvertAssignmentToPermanent['data']> = {},
): ConvertAssignmentToPermanent {
  return {
    type: 'ConvertAssignmentToPermanent',
    data: {
      reason: 'Kebutuhan tetap di unit penugasan',
      decreeNumber: '800/322/BKD/2027',
      decreeDate: '2027-03-20',
      actor: OPERATOR,
      now: '2027-03-20T02:00:00.000Z',
      ...overrides,
    },
  };
}

/** The scheduled return on 2027-04-01, the employee still in the host position. */
export function returnHome(overrides: Partial<ReturnFromAssignment['data']> = {}): ReturnFromAssignment {
  return {
    type: 'ReturnFromAssignment',
    data: {
      employee: { active: true, positionId: 'P000236' },
      actor: { userId: 'system', role: 'scheduler' },
      now: '2027-03-31T17:00:00.000Z',
      ...overrides,
    },
  };
}
