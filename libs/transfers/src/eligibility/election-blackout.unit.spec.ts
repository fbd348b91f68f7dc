import { DEFAULT_ELIGIBILITY_CONFIG as config } from './eligibility-config';
import { eligibilityInput } from '../testing/eligibility-input';
import type { RegionCalendar } from '../snapshots';
import { electionBlackout } from './election-blackout';

/** Bambang's region (99.02) with an election ahead: candidates determined 2027-02-15, term ends 2027-05-20. */
const calendar: RegionCalendar = {
  regionCode: '99.02',
  termStart: '2022-05-20',
  termEnd: '2027-05-20',
  candidateDeterminationDate: '2027-02-15',
};
const official = (changes: Parameters<typeof eligibilityInput>[0] = {}) =>
  eligibilityInput({ originPosition: { type: 'administrator' }, originRegionCalendar: calendar, ...changes });

describe('ELIGIBILITY_ELECTION_BLACKOUT', () => {
  it('given an official moved at a TMT from six months before the candidate determination, then blocking', () => {
    expect(electionBlackout(official({ requestedEffectiveDate: '2026-08-15' }), config)).toMatchObject({
      code: 'ELIGIBILITY_ELECTION_BLACKOUT',
      level: 'blocking',
      details: { regionCode: '99.02', blackoutFrom: '2026-08-15', blackoutTo: '2027-05-20' },
    });
  });

  it('given a TMT on the last day of the term, then blocking; the day after, it passes', () => {
    expect(electionBlackout(official({ requestedEffectiveDate: '2027-05-20' }), config)?.level).toBe('blocking');
    expect(electionBlackout(official({ requestedEffectiveDate: '2027-05-21' }), config)).toBeNull();
  });

  it('given a TMT the day before the window opens, then it passes', () => {
    expect(electionBlackout(official({ requestedEffectiveDate: '2026-08-14' }), config)).toBeNull();
  });

  it.each(['jpt_pratama', 'jpt_madya', 'jpt_utama', 'pengawas'] as const)(
    'given a %s holder, then blocking',
    (type) => {
      const input = official({ originPosition: { type }, requestedEffectiveDate: '2027-01-01' });
      expect(electionBlackout(input, config)?.code).toBe('ELIGIBILITY_ELECTION_BLACKOUT');
    },
  );

  it.each(['pelaksana', 'fungsional_ahli', 'fungsional_keterampilan'] as const)(
    'given a %s (no official), then it passes',
    (type) => {
      expect(electionBlackout(official({ originPosition: { type } }), config)).toBeNull();
    },
  );

  it('given no calendar, or no candidate determination scheduled, then it passes', () => {
    expect(electionBlackout(official({ originRegionCalendar: null }), config)).toBeNull();
    const unscheduled = { ...calendar, candidateDeterminationDate: null };
    expect(electionBlackout(official({ originRegionCalendar: unscheduled }), config)).toBeNull();
  });

  it('given the ministerial approval, then a warning naming the letter', () => {
    const approved = official({ ministerialApproval: { number: '100.2.2.6/1234/OTDA', date: '2026-11-02' } });
    expect(electionBlackout(approved, config)).toMatchObject({
      level: 'warning',
      details: { approvalNumber: '100.2.2.6/1234/OTDA', approvalDate: '2026-11-02' },
    });
  });

  it('takes the months from the config', () => {
    const input = official({ requestedEffectiveDate: '2026-06-01' });
    expect(electionBlackout(input, config)).toBeNull();
    expect(electionBlackout(input, { ...config, blackoutMonthsBeforeCandidateDetermination: 9 })).not.toBeNull();
  });
});
