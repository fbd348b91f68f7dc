import { eligibilityInput } from '../testing/eligibility-input';
import { blockingResults, checkEligibility } from './check-eligibility';

describe('checkEligibility', () => {
  it('returns every rule that did not pass, blocking ones first', () => {
    const results = checkEligibility(
      eligibilityInput({ employee: { status: 'CPNS', onStudyLeave: true, positionSince: '2026-01-01' } }),
    );

    expect(results.map((r) => r.code)).toEqual([
      'ELIGIBILITY_NOT_PNS',
      'ELIGIBILITY_STUDY_LEAVE',
      'ELIGIBILITY_MIN_TENURE',
    ]);
    expect(blockingResults(results).map((r) => r.code)).toEqual(['ELIGIBILITY_NOT_PNS', 'ELIGIBILITY_STUDY_LEAVE']);
  });
});
