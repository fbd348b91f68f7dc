import { contextKnowing, issuesOf } from './test-context';
import { validateWorkloadRow } from './workload-row';

const context = contextKnowing({ positions: ['P000205'], today: '2026-11-23' });
const row = { positionId: 'P000205', year: '2025', annualWorkloadMinutes: '218600' };

describe('validateWorkloadRow', () => {
  it('given a position, a year and its minutes, then a typed record', () => {
    expect(validateWorkloadRow(row, context)).toEqual({
      ok: true,
      value: { positionId: 'P000205', year: 2025, annualWorkloadMinutes: 218_600 },
    });
  });

  it('given next year, then accepted (an ABK is made ahead)', () => {
    expect(validateWorkloadRow({ ...row, year: '2027' }, context)).toMatchObject({ ok: true, value: { year: 2027 } });
  });

  it.each(['1999', '2028', '25', '2025.0', 'dua ribu', '02025'])('given year %p, then INVALID_YEAR', (year) => {
    expect(issuesOf(validateWorkloadRow({ ...row, year }, context))).toEqual([['INVALID_YEAR', 'year']]);
  });

  it.each(['positionId', 'year', 'annualWorkloadMinutes'])('given no %s, then MISSING_FIELD', (field) => {
    expect(issuesOf(validateWorkloadRow({ ...row, [field]: '' }, context))).toEqual([['MISSING_FIELD', field]]);
  });

  it('given an unknown position, then UNKNOWN_POSITION', () => {
    expect(issuesOf(validateWorkloadRow({ ...row, positionId: 'P999999' }, context))).toEqual([
      ['UNKNOWN_POSITION', 'positionId'],
    ]);
  });

  it.each(['-5', '1.5', '218.600', '2e5'])('given minutes %p, then INVALID_NUMBER', (annualWorkloadMinutes) => {
    expect(issuesOf(validateWorkloadRow({ ...row, annualWorkloadMinutes }, context))).toEqual([
      ['INVALID_NUMBER', 'annualWorkloadMinutes'],
    ]);
  });
});
