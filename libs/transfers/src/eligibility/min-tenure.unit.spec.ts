import { DEFAULT_ELIGIBILITY_CONFIG as config } from './eligibility-config';
import { eligibilityInput } from '../testing/eligibility-input';
import { minTenure } from './min-tenure';

describe('ELIGIBILITY_MIN_TENURE', () => {
  it('warns under 2 years in post', () => {
    expect(minTenure(eligibilityInput({ employee: { positionSince: '2024-11-24' } }), config)).toMatchObject({
      code: 'ELIGIBILITY_MIN_TENURE',
      level: 'warning',
    });
  });

  it('passes at exactly 2 years', () => {
    expect(minTenure(eligibilityInput({ employee: { positionSince: '2024-11-23' } }), config)).toBeNull();
  });

  it('takes the threshold from the config', () => {
    const input = eligibilityInput({ employee: { positionSince: '2024-01-01' } });
    expect(minTenure(input, { ...config, minTenureYears: 3 })).not.toBeNull();
  });
});
