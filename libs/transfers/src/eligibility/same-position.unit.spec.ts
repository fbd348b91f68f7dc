import { DEFAULT_ELIGIBILITY_CONFIG as config } from './eligibility-config';
import { eligibilityInput } from '../testing/eligibility-input';
import { samePosition } from './same-position';

describe('ELIGIBILITY_SAME_POSITION', () => {
  it('blocks a move to the current position', () => {
    expect(samePosition(eligibilityInput({ targetPosition: { id: 'P000113' } }), config)).toMatchObject({
      code: 'ELIGIBILITY_SAME_POSITION',
      level: 'blocking',
    });
  });

  it('passes another position', () => {
    expect(samePosition(eligibilityInput(), config)).toBeNull();
  });
});
