import { DomainError } from './domain-error';
import type { ErrorCode } from './error-codes';
import { checkStandingDelegation, type StandingDelegationRequest } from './standing-delegation';

const kadis = {
  userId: 'kadis',
  roles: ['approver'],
  agencyIds: ['pemkab-99-02'],
  positionAgencyIds: ['pemkab-99-02'],
};
const sekda = { userId: 'sekda', roles: ['approver'], agencyIds: ['pemkab-99-02'] };
const base: StandingDelegationRequest = {
  principal: kadis,
  delegate: sekda,
  from: '2026-11-23',
  to: '2026-12-31',
  today: '2026-11-23',
  maxDays: 90,
};

function refusal(change: Partial<StandingDelegationRequest>): ErrorCode {
  try {
    checkStandingDelegation({ ...base, ...change });
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  throw new Error('the delegation was accepted');
}

describe('checkStandingDelegation', () => {
  it('given an approver of the same agency and a range from today, then accepted', () => {
    expect(checkStandingDelegation(base)).toEqual({ from: '2026-11-23', to: '2026-12-31' });
  });

  it('given exactly the longest range (90 days, both ends included), then accepted', () => {
    expect(checkStandingDelegation({ ...base, to: '2027-02-20' }).to).toBe('2027-02-20');
  });

  it('given one day more than the longest range, then DELEGATION_RANGE_INVALID', () => {
    expect(refusal({ to: '2027-02-21' })).toBe('DELEGATION_RANGE_INVALID');
  });

  it('given 1900-01-01 to 9999-12-31, then DELEGATION_RANGE_INVALID', () => {
    expect(refusal({ from: '1900-01-01', to: '9999-12-31' })).toBe('DELEGATION_RANGE_INVALID');
  });

  it('given a start yesterday (Jakarta), then DELEGATION_RANGE_INVALID', () => {
    expect(refusal({ from: '2026-11-22' })).toBe('DELEGATION_RANGE_INVALID');
  });

  it('given an end before the start, then INVALID_DATE_RANGE', () => {
    expect(refusal({ from: '2026-12-31', to: '2026-11-23' })).toBe('INVALID_DATE_RANGE');
  });

  it.each(['2026-02-30', 'tomorrow', ''])('given the date "%s", then INVALID_DATE', (from) => {
    expect(refusal({ from })).toBe('INVALID_DATE');
  });

  it('given an employee-only account, then DELEGATE_NOT_APPROVER', () => {
    expect(refusal({ delegate: { userId: 'asn', roles: ['employee'], agencyIds: [] } })).toBe('DELEGATE_NOT_APPROVER');
  });

  it('given an operator of the agency, then DELEGATE_NOT_APPROVER', () => {
    expect(refusal({ delegate: { userId: 'op', roles: ['operator'], agencyIds: ['pemkab-99-02'] } })).toBe(
      'DELEGATE_NOT_APPROVER',
    );
  });

  it('given an approver of another agency, then DELEGATE_OUT_OF_SCOPE', () => {
    expect(refusal({ delegate: { userId: 'x', roles: ['approver'], agencyIds: ['pemkab-99-71'] } })).toBe(
      'DELEGATE_OUT_OF_SCOPE',
    );
  });

  it('given a national approver, then accepted for any agency', () => {
    const national = { userId: 'bkn', roles: ['approver'], agencyIds: ['*'] };
    expect(() => checkStandingDelegation({ ...base, delegate: national })).not.toThrow();
  });

  it('given a consultant delegating to a consultant of the same office, then accepted', () => {
    const kanreg = { userId: 'kanreg', roles: ['consultant'], agencyIds: ['bkn'], positionAgencyIds: ['bkn'] };
    const deputy = { userId: 'deputy', roles: ['consultant'], agencyIds: ['bkn'] };
    expect(() => checkStandingDelegation({ ...base, principal: kanreg, delegate: deputy })).not.toThrow();
  });

  it('given the official themself, then DELEGATE_IS_SELF', () => {
    expect(refusal({ delegate: { ...sekda, userId: 'kadis' } })).toBe('DELEGATE_IS_SELF');
  });
});
