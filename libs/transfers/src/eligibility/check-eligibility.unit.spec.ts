import { eligibilityInput } from '../testing/eligibility-input';
import type { EligibilityInput } from './eligibility-rule';
import { blockingResults, checkEligibility, firstBlocking } from './check-eligibility';

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

describe('firstBlocking', () => {
  const problems: Parameters<typeof eligibilityInput>[0][] = [
    { pending: { ofEmployee: ['T-1'], intoTargetPosition: [] } },
    { employee: { status: 'CPNS' } },
    { employee: { civilServantSince: '2024-03-01' } },
    { employee: { performanceRatings: ['kurang', 'baik'] } },
    { employee: { disciplinaryUntil: '2030-01-01' } },
    { employee: { onStudyLeave: true } },
    { targetPositionWorkload: { positionId: 'P000236', required: 2, actual: 2 } },
    { employee: { positionSince: '2026-01-01', educationField: 'Teknik Sipil', birthDate: '1969-01-01' } },
    {
      originPosition: { type: 'jpt_pratama' },
      originRegionCalendar: {
        regionCode: '99.02',
        termStart: '2026-08-20',
        termEnd: '2031-08-20',
        candidateDeterminationDate: '2031-03-01',
      },
    },
  ];
  const combinations: EligibilityInput[] = [eligibilityInput()];
  problems.forEach((first, i) =>
    problems.slice(i).forEach((second) =>
      combinations.push(
        eligibilityInput({
          ...first,
          ...second,
          employee: { ...first?.employee, ...second?.employee },
        }),
      ),
    ),
  );

  it('gives the first blocking result of checkEligibility, or none, for every combination of two problems', () => {
    for (const input of combinations) {
      expect(firstBlocking(input)).toEqual(blockingResults(checkEligibility(input))[0] ?? null);
    }
    expect(combinations.filter((input) => firstBlocking(input) !== null).length).toBeGreaterThan(problems.length);
  });
});
