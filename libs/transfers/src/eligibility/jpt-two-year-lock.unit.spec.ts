import { DEFAULT_ELIGIBILITY_CONFIG as config } from './eligibility-config';
import { eligibilityInput } from '../testing/eligibility-input';
import { jptTwoYearLock } from './jpt-two-year-lock';

/** A JPT inaugurated last year (2025-12-01), moved at the TMT 2027-01-01. */
const jpt = (changes: Parameters<typeof eligibilityInput>[0] = {}) =>
  eligibilityInput({ originPosition: { type: 'jpt_pratama' }, employee: { positionSince: '2025-12-01' }, ...changes });

describe('ELIGIBILITY_JPT_TWO_YEAR_LOCK', () => {
  it('given a JPT inaugurated less than two years before the TMT, then blocking', () => {
    expect(jptTwoYearLock(jpt(), config)).toMatchObject({
      code: 'ELIGIBILITY_JPT_TWO_YEAR_LOCK',
      level: 'blocking',
      details: { positionType: 'jpt_pratama', positionSince: '2025-12-01', lockedUntil: '2027-12-01' },
    });
  });

  it('given a TMT exactly two years after the inauguration, then it passes', () => {
    expect(jptTwoYearLock(jpt({ requestedEffectiveDate: '2027-12-01' }), config)).toBeNull();
    expect(jptTwoYearLock(jpt({ requestedEffectiveDate: '2027-11-30' }), config)?.level).toBe('blocking');
  });

  it.each(['jpt_madya', 'jpt_utama'] as const)('given a %s, then blocking', (type) => {
    expect(jptTwoYearLock(jpt({ originPosition: { type } }), config)?.code).toBe('ELIGIBILITY_JPT_TWO_YEAR_LOCK');
  });

  it.each(['administrator', 'pengawas', 'pelaksana'] as const)('given a %s (no JPT), then it passes', (type) => {
    expect(jptTwoYearLock(jpt({ originPosition: { type } }), config)).toBeNull();
  });

  it('given the ministerial approval, then a warning', () => {
    const approved = jpt({ ministerialApproval: { number: '800/77/2026', date: '2026-11-02' } });
    expect(jptTwoYearLock(approved, config)).toMatchObject({
      level: 'warning',
      details: { approvalNumber: '800/77/2026' },
    });
  });

  it('takes the years from the config', () => {
    expect(jptTwoYearLock(jpt({ employee: { positionSince: '2024-06-01' } }), config)).toBeNull();
    const input = jpt({ employee: { positionSince: '2024-06-01' } });
    expect(jptTwoYearLock(input, { ...config, jptLockYears: 3 })).not.toBeNull();
  });
});
