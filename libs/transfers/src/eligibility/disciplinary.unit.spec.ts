import { DEFAULT_ELIGIBILITY_CONFIG as config } from './eligibility-config';
import { eligibilityInput } from '../testing/eligibility-input';
import { disciplinary } from './disciplinary';

describe('ELIGIBILITY_DISCIPLINARY', () => {
  it('blocks while a sentence runs after today', () => {
    expect(disciplinary(eligibilityInput({ employee: { disciplinaryUntil: '2026-11-24' } }), config)).toMatchObject({
      code: 'ELIGIBILITY_DISCIPLINARY',
      level: 'blocking',
    });
  });

  it('passes a sentence ending today, or none', () => {
    expect(disciplinary(eligibilityInput({ employee: { disciplinaryUntil: '2026-11-23' } }), config)).toBeNull();
    expect(disciplinary(eligibilityInput({ employee: { disciplinaryUntil: null } }), config)).toBeNull();
  });
});
