import { DEFAULT_ELIGIBILITY_CONFIG as config } from './eligibility-config';
import { eligibilityInput } from '../testing/eligibility-input';
import { rotationDue } from './rotation-due';

describe('ELIGIBILITY_ROTATION_DUE', () => {
  it('flags more than 5 years in post as a warning', () => {
    expect(rotationDue(eligibilityInput({ employee: { positionSince: '2021-11-22' } }), config)).toMatchObject({
      code: 'ELIGIBILITY_ROTATION_DUE',
      level: 'warning',
    });
  });

  it('passes at exactly 5 years', () => {
    expect(rotationDue(eligibilityInput({ employee: { positionSince: '2021-11-23' } }), config)).toBeNull();
  });
});
