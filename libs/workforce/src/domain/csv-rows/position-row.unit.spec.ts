import { validatePositionRow } from './position-row';
import { contextKnowing, issuesOf } from './test-context';

const context = contextKnowing({ regions: ['99', '98'], units: { U000098: 'pemkab-99-71', U000155: 'bkn' } });
const row = {
  id: 'P000236',
  unitId: 'U000098',
  title: 'Pengolah Data dan Informasi',
  type: 'pelaksana',
  minRank: 'II/c',
  educationFields: 'Teknik Informatika;Sistem Informasi;Statistika',
  annualWorkloadMinutes: '342200',
  chainRoles: '',
};

describe('validatePositionRow', () => {
  it('given a staffed position with a workload, then a typed record', () => {
    expect(validatePositionRow(row, context)).toEqual({
      ok: true,
      value: {
        id: 'P000236',
        unitId: 'U000098',
        title: 'Pengolah Data dan Informasi',
        type: 'pelaksana',
        minRank: 'II/c',
        educationFields: ['Teknik Informatika', 'Sistem Informasi', 'Statistika'],
        annualWorkloadMinutes: 342_200,
        chainRoles: [],
      },
    });
  });

  it('given an official without rank, education, workload, then nulls and empty lists', () => {
    const bupati = {
      ...row,
      title: 'Walikota Lestari',
      type: 'official',
      minRank: '',
      educationFields: '',
      annualWorkloadMinutes: '',
    };
    expect(validatePositionRow({ ...bupati, chainRoles: 'ppk' }, context)).toMatchObject({
      ok: true,
      value: {
        minRank: null,
        educationFields: [],
        annualWorkloadMinutes: null,
        chainRoles: [{ role: 'ppk', regionCode: null }],
      },
    });
  });

  it('given several chain roles, one with a region, then each is parsed', () => {
    expect(
      validatePositionRow({ ...row, unitId: 'U000155', chainRoles: 'bkn_regional:99; tpk_member' }, context),
    ).toMatchObject({
      ok: true,
      value: {
        chainRoles: [
          { role: 'bkn_regional', regionCode: '99' },
          { role: 'tpk_member', regionCode: null },
        ],
      },
    });
  });

  it('given a workload of 0 minutes, then 0 (a figure, not an absent one)', () => {
    expect(validatePositionRow({ ...row, annualWorkloadMinutes: '0' }, context)).toMatchObject({
      value: { annualWorkloadMinutes: 0 },
    });
  });

  it.each(['id', 'unitId', 'title', 'type'])('given no %s, then MISSING_FIELD', (field) => {
    expect(issuesOf(validatePositionRow({ ...row, [field]: '' }, context))).toEqual([['MISSING_FIELD', field]]);
  });

  it('given an unknown unit, then UNKNOWN_UNIT', () => {
    expect(issuesOf(validatePositionRow({ ...row, unitId: 'U999999' }, context))).toEqual([['UNKNOWN_UNIT', 'unitId']]);
  });

  it('given an unknown type, then INVALID_ENUM', () => {
    expect(issuesOf(validatePositionRow({ ...row, type: 'eselon_iv' }, context))).toEqual([['INVALID_ENUM', 'type']]);
  });

  it.each(['III-c', 'iii/c', 'IV/f', 'IX'])('given minRank %p, then UNKNOWN_RANK', (minRank) => {
    expect(issuesOf(validatePositionRow({ ...row, minRank }, context))).toEqual([['UNKNOWN_RANK', 'minRank']]);
  });

  it.each(['-5', '1.5', '208.200', '208,200', '2e5', 'banyak'])(
    'given annualWorkloadMinutes %p, then INVALID_NUMBER',
    (annualWorkloadMinutes) => {
      expect(issuesOf(validatePositionRow({ ...row, annualWorkloadMinutes }, context))).toEqual([
        ['INVALID_NUMBER', 'annualWorkloadMinutes'],
      ]);
    },
  );

  it.each(['kepala_dinas', 'bkn_regional', 'unit_head:99'])('given chain role %p, then INVALID_ROLE', (chainRoles) => {
    expect(issuesOf(validatePositionRow({ ...row, chainRoles }, context))).toEqual([['INVALID_ROLE', 'chainRoles']]);
  });

  it('given a chain role naming an unknown province, then UNKNOWN_REGION', () => {
    expect(issuesOf(validatePositionRow({ ...row, chainRoles: 'bkn_regional:97' }, context))).toEqual([
      ['UNKNOWN_REGION', 'chainRoles'],
    ]);
  });
});
