import { DEFAULT_ELIGIBILITY_CONFIG as config } from './eligibility-config';
import { eligibilityInput } from '../testing/eligibility-input';
import { performance } from './performance';

describe('ELIGIBILITY_PERFORMANCE', () => {
  it('passes when each of the last two ratings is at least baik', () => {
    expect(
      performance(eligibilityInput({ employee: { performanceRatings: ['sangat_baik', 'baik'] } }), config),
    ).toBeNull();
  });

  it.each([[['butuh_perbaikan', 'baik']], [['baik', 'kurang']], [['baik']]] as const)('blocks %j', (ratings) => {
    expect(performance(eligibilityInput({ employee: { performanceRatings: [...ratings] } }), config)).toMatchObject({
      code: 'ELIGIBILITY_PERFORMANCE',
      level: 'blocking',
    });
  });

  it('looks at the last two years only', () => {
    const input = eligibilityInput({ employee: { performanceRatings: ['baik', 'baik', 'sangat_kurang'] } });
    expect(performance(input, config)).toBeNull();
  });
});
