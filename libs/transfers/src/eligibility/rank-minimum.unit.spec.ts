import { DEFAULT_ELIGIBILITY_CONFIG as config } from './eligibility-config';
import { eligibilityInput } from '../testing/eligibility-input';
import { rankMinimum } from './rank-minimum';

describe('ELIGIBILITY_RANK_BELOW_MINIMUM', () => {
  it('warns of a rank below the position minimum (II/d < III/a)', () => {
    const input = eligibilityInput({ employee: { rank: 'II/d' }, targetPosition: { minRank: 'III/a' } });
    expect(rankMinimum(input, config)).toMatchObject({ code: 'ELIGIBILITY_RANK_BELOW_MINIMUM', level: 'warning' });
  });

  it('passes the minimum itself, a higher rank, or a position without minimum', () => {
    expect(
      rankMinimum(eligibilityInput({ employee: { rank: 'III/a' }, targetPosition: { minRank: 'III/a' } }), config),
    ).toBeNull();
    expect(
      rankMinimum(eligibilityInput({ employee: { rank: 'IV/e' }, targetPosition: { minRank: 'I/a' } }), config),
    ).toBeNull();
    expect(
      rankMinimum(eligibilityInput({ employee: { rank: 'I/a' }, targetPosition: { minRank: null } }), config),
    ).toBeNull();
  });

  it('leaves a non-PNS grade to ELIGIBILITY_NOT_PNS', () => {
    expect(rankMinimum(eligibilityInput({ employee: { rank: 'IX' } }), config)).toBeNull();
  });
});
