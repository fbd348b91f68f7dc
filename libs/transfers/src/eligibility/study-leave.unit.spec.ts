import { DEFAULT_ELIGIBILITY_CONFIG as config } from './eligibility-config';
import { eligibilityInput } from '../testing/eligibility-input';
import { studyLeave } from './study-leave';

describe('ELIGIBILITY_STUDY_LEAVE', () => {
  it('blocks an employee on study leave', () => {
    expect(studyLeave(eligibilityInput({ employee: { onStudyLeave: true } }), config)).toMatchObject({
      code: 'ELIGIBILITY_STUDY_LEAVE',
      level: 'blocking',
    });
  });

  it('passes otherwise', () => {
    expect(studyLeave(eligibilityInput(), config)).toBeNull();
  });
});
