import { DEFAULT_ELIGIBILITY_CONFIG as config } from './eligibility-config';
import { eligibilityInput } from '../testing/eligibility-input';
import type { RegionCalendar } from '../snapshots';
import { postInaugurationBlackout } from './post-inauguration-blackout';

/** Bambang's region (99.02) with a head inaugurated on 2026-08-20. */
const calendar: RegionCalendar = {
  regionCode: '99.02',
  termStart: '2026-08-20',
  termEnd: '2031-08-20',
  candidateDeterminationDate: null,
};
const official = (changes: Parameters<typeof eligibilityInput>[0] = {}) =>
  eligibilityInput({ originPosition: { type: 'jpt_pratama' }, originRegionCalendar: calendar, ...changes });

describe('ELIGIBILITY_POST_INAUGURATION_BLACKOUT', () => {
  it('given an official moved at a TMT within six months of the inauguration, then blocking', () => {
    expect(postInaugurationBlackout(official({ requestedEffectiveDate: '2027-01-01' }), config)).toMatchObject({
      code: 'ELIGIBILITY_POST_INAUGURATION_BLACKOUT',
      level: 'blocking',
      details: { regionCode: '99.02', inaugurationDate: '2026-08-20', blackoutUntil: '2027-02-20' },
    });
  });

  it('given a TMT six months after the inauguration or later, then it passes', () => {
    expect(postInaugurationBlackout(official({ requestedEffectiveDate: '2027-02-20' }), config)).toBeNull();
    expect(postInaugurationBlackout(official({ requestedEffectiveDate: '2027-02-19' }), config)?.level).toBe(
      'blocking',
    );
  });

  it('given a TMT before the inauguration, then it passes', () => {
    expect(postInaugurationBlackout(official({ requestedEffectiveDate: '2026-08-19' }), config)).toBeNull();
  });

  it('given a pelaksana, or no calendar, then it passes', () => {
    expect(postInaugurationBlackout(official({ originPosition: { type: 'pelaksana' } }), config)).toBeNull();
    expect(postInaugurationBlackout(official({ originRegionCalendar: null }), config)).toBeNull();
  });

  it('given the ministerial approval, then a warning', () => {
    const approved = official({ ministerialApproval: { number: 'X.1/2026', date: '2026-11-02' } });
    expect(postInaugurationBlackout(approved, config)?.level).toBe('warning');
  });

  it('takes the months from the config', () => {
    const input = official({ requestedEffectiveDate: '2027-03-01' });
    expect(postInaugurationBlackout(input, config)).toBeNull();
    expect(postInaugurationBlackout(input, { ...config, blackoutMonthsAfterInauguration: 12 })).not.toBeNull();
  });
});
