import { DEFAULT_ELIGIBILITY_CONFIG as config } from './eligibility-config';
import { eligibilityInput } from '../testing/eligibility-input';
import { educationMatch } from './education-match';

describe('ELIGIBILITY_EDUCATION_MISMATCH', () => {
  it('passes a field on the position’s list, whatever the case', () => {
    expect(educationMatch(eligibilityInput({ employee: { educationField: 'sistem informasi' } }), config)).toBeNull();
  });

  it('warns of a field not on the list', () => {
    expect(educationMatch(eligibilityInput({ employee: { educationField: 'Hukum' } }), config)).toMatchObject({
      code: 'ELIGIBILITY_EDUCATION_MISMATCH',
      level: 'warning',
    });
  });

  it('passes any field when the position lists none', () => {
    const input = eligibilityInput({ employee: { educationField: 'Hukum' }, targetPosition: { educationFields: [] } });
    expect(educationMatch(input, config)).toBeNull();
  });
});
