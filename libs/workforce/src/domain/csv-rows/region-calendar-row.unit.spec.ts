import { validateRegionCalendarRow } from './region-calendar-row';
import { contextKnowing, issuesOf } from './test-context';

const context = contextKnowing({ regions: ['99', '99.03'] });
const row = {
  regionCode: '99.03',
  termStart: '2022-05-20',
  termEnd: '2027-05-20',
  candidateDeterminationDate: '2027-02-15',
};

describe('validateRegionCalendarRow', () => {
  it('given a term and the candidate determination inside it, then a record', () => {
    expect(validateRegionCalendarRow(row, context)).toEqual({
      ok: true,
      value: {
        regionCode: '99.03',
        termStart: '2022-05-20',
        termEnd: '2027-05-20',
        candidateDeterminationDate: '2027-02-15',
      },
    });
  });

  it('given no candidate determination yet, then a record without it', () => {
    expect(validateRegionCalendarRow({ ...row, candidateDeterminationDate: '' }, context)).toMatchObject({
      ok: true,
      value: { candidateDeterminationDate: null },
    });
  });

  it('given a term that ends before it starts, then CALENDAR_DATES_OUT_OF_ORDER on termEnd', () => {
    expect(
      issuesOf(validateRegionCalendarRow({ ...row, termEnd: '2022-05-20', candidateDeterminationDate: '' }, context)),
    ).toEqual([['CALENDAR_DATES_OUT_OF_ORDER', 'termEnd']]);
  });

  it('given a candidate determination before the inauguration, then CALENDAR_DATES_OUT_OF_ORDER', () => {
    expect(issuesOf(validateRegionCalendarRow({ ...row, candidateDeterminationDate: '2021-01-01' }, context))).toEqual([
      ['CALENDAR_DATES_OUT_OF_ORDER', 'candidateDeterminationDate'],
    ]);
  });

  it('given a candidate determination after the end of the term, then CALENDAR_DATES_OUT_OF_ORDER', () => {
    expect(issuesOf(validateRegionCalendarRow({ ...row, candidateDeterminationDate: '2027-06-01' }, context))).toEqual([
      ['CALENDAR_DATES_OUT_OF_ORDER', 'candidateDeterminationDate'],
    ]);
  });

  it('given an unknown or malformed region and a bad date, then each is reported', () => {
    expect(
      issuesOf(validateRegionCalendarRow({ ...row, regionCode: '98.01', termStart: '2022-02-30' }, context)),
    ).toEqual([
      ['INVALID_DATE', 'termStart'],
      ['UNKNOWN_REGION', 'regionCode'],
    ]);
    expect(issuesOf(validateRegionCalendarRow({ ...row, regionCode: '99.7' }, context))).toEqual([
      ['INVALID_REGION_CODE', 'regionCode'],
    ]);
  });
});
