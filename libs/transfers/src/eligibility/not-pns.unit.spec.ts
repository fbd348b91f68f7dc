import { DEFAULT_ELIGIBILITY_CONFIG as config } from './eligibility-config';
import { eligibilityInput } from '../testing/eligibility-input';
import { notPns } from './not-pns';

describe('ELIGIBILITY_NOT_PNS', () => {
  it('passes a PNS', () => {
    expect(notPns(eligibilityInput(), config)).toBeNull();
  });

  it.each(['CPNS', 'PPPK'] as const)('blocks a %s', (status) => {
    expect(notPns(eligibilityInput({ employee: { status } }), config)).toMatchObject({
      code: 'ELIGIBILITY_NOT_PNS',
      level: 'blocking',
    });
  });
});
