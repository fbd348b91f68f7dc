import { validateEmployeeRow } from './employee-row';
import { contextKnowing, issuesOf } from './test-context';

const context = contextKnowing({ positions: ['P000072', 'P000230'] });
// Bambang Setiawan, DOMAIN.md §8.
const row = {
  nip: '199011082014031006',
  name: 'Bambang Setiawan, S.Kom.',
  gender: 'M',
  birthDate: '1990-11-08',
  status: 'PNS',
  rank: 'III/b',
  positionId: 'P000072',
  positionSince: '2021-02-01',
  civilServantSince: '2015-03-01',
  educationLevel: 'S1',
  educationField: 'Teknik Informatika',
  performanceRatings: 'sangat_baik;baik',
  disciplinaryUntil: '',
  onStudyLeave: 'false',
  email: 'bambang.setiawan@pemkab-99-02.mutasi.example',
};
const pppk = {
  ...row,
  nip: '199505152022211001',
  name: 'Yuni Handayani, S.Kep., Ns.',
  gender: 'F',
  birthDate: '1995-05-15',
  status: 'PPPK',
  rank: 'IX',
  positionId: 'P000230',
  civilServantSince: '2022-06-01',
};

describe('validateEmployeeRow', () => {
  it('given a complete PNS row, then a typed record', () => {
    expect(validateEmployeeRow(row, context)).toEqual({
      ok: true,
      value: {
        nip: '199011082014031006',
        name: 'Bambang Setiawan, S.Kom.',
        gender: 'M',
        birthDate: '1990-11-08',
        status: 'PNS',
        rank: 'III/b',
        positionId: 'P000072',
        positionSince: '2021-02-01',
        civilServantSince: '2015-03-01',
        educationLevel: 'S1',
        educationField: 'Teknik Informatika',
        performanceRatings: ['sangat_baik', 'baik'],
        disciplinaryUntil: null,
        onStudyLeave: false,
        email: 'bambang.setiawan@pemkab-99-02.mutasi.example',
      },
    });
  });

  it('given a PPPK with grade IX and a number that is no NIP, then valid', () => {
    expect(validateEmployeeRow(pppk, context)).toMatchObject({ ok: true, value: { status: 'PPPK', rank: 'IX' } });
  });

  it('given a CPNS, then the NIP rules and PNS ranks apply', () => {
    expect(validateEmployeeRow({ ...row, status: 'CPNS' }, context)).toMatchObject({
      ok: true,
      value: { status: 'CPNS' },
    });
  });

  it('given optional cells left empty, then null, [] and false', () => {
    const sparse = { ...row, educationField: '', performanceRatings: '', onStudyLeave: '', email: '' };
    expect(validateEmployeeRow(sparse, context)).toMatchObject({
      ok: true,
      value: { educationField: null, performanceRatings: [], onStudyLeave: false, email: null },
    });
  });

  it('given a running disciplinary sentence and study leave, then they are kept', () => {
    expect(
      validateEmployeeRow({ ...row, disciplinaryUntil: '2027-06-30', onStudyLeave: 'TRUE' }, context),
    ).toMatchObject({ ok: true, value: { disciplinaryUntil: '2027-06-30', onStudyLeave: true } });
  });

  it.each([
    'nip',
    'name',
    'gender',
    'birthDate',
    'status',
    'rank',
    'positionId',
    'positionSince',
    'civilServantSince',
    'educationLevel',
  ])('given no %s, then MISSING_FIELD', (field) => {
    expect(issuesOf(validateEmployeeRow({ ...row, [field]: '' }, context))).toContainEqual(['MISSING_FIELD', field]);
  });

  it.each([
    ['gender', 'L'],
    ['status', 'honorer'],
    ['educationLevel', 'Sarjana'],
  ])('given %s %p, then INVALID_ENUM', (field, value) => {
    expect(issuesOf(validateEmployeeRow({ ...row, [field]: value }, context))).toContainEqual(['INVALID_ENUM', field]);
  });

  it.each(['positionSince', 'civilServantSince', 'disciplinaryUntil'])(
    'given %s 2026-02-30, then INVALID_DATE',
    (field) => {
      expect(issuesOf(validateEmployeeRow({ ...row, [field]: '2026-02-30' }, context))).toEqual([
        ['INVALID_DATE', field],
      ]);
    },
  );

  it('given a birth date written 08/11/1990, then INVALID_DATE (and the NIP is not compared with it)', () => {
    expect(issuesOf(validateEmployeeRow({ ...row, birthDate: '08/11/1990' }, context))).toEqual([
      ['INVALID_DATE', 'birthDate'],
    ]);
  });

  it('given a NIP whose birth date differs from the row, then NIP_BIRTHDATE_MISMATCH on nip', () => {
    expect(issuesOf(validateEmployeeRow({ ...row, birthDate: '1990-11-09' }, context))).toEqual([
      ['NIP_BIRTHDATE_MISMATCH', 'nip'],
    ]);
  });

  it('given a NIP whose gender digit differs from the row, then NIP_GENDER_MISMATCH on nip', () => {
    expect(issuesOf(validateEmployeeRow({ ...row, gender: 'F' }, context))).toEqual([['NIP_GENDER_MISMATCH', 'nip']]);
  });

  it('given a NIP with a TMT CPNS in the future, then NIP_TMT_IN_FUTURE', () => {
    const future = { ...row, nip: '199011082027031006', civilServantSince: '2028-03-01' };
    expect(issuesOf(validateEmployeeRow(future, context))).toEqual([['NIP_TMT_IN_FUTURE', 'nip']]);
  });

  it('given a NIP of 17 digits, then NIP_FORMAT', () => {
    expect(issuesOf(validateEmployeeRow({ ...row, nip: '19901108201403100' }, context))).toEqual([
      ['NIP_FORMAT', 'nip'],
    ]);
  });

  it('given a PPPK number of 17 digits, then NIP_FORMAT', () => {
    expect(issuesOf(validateEmployeeRow({ ...pppk, nip: '19950515202221100' }, context))).toEqual([
      ['NIP_FORMAT', 'nip'],
    ]);
  });

  it('given an unknown status, then the number is only checked for 18 digits', () => {
    expect(issuesOf(validateEmployeeRow({ ...pppk, status: 'ASN' }, context))).toEqual([['INVALID_ENUM', 'status']]);
  });

  it('given civilServantSince before the TMT CPNS of the NIP, then CIVIL_SERVANT_SINCE_BEFORE_TMT_CPNS', () => {
    expect(issuesOf(validateEmployeeRow({ ...row, civilServantSince: '2014-02-01' }, context))).toEqual([
      ['CIVIL_SERVANT_SINCE_BEFORE_TMT_CPNS', 'civilServantSince'],
    ]);
  });

  it('given civilServantSince equal to the TMT CPNS, then valid', () => {
    expect(issuesOf(validateEmployeeRow({ ...row, civilServantSince: '2014-03-01' }, context))).toEqual([]);
  });

  it.each(['IV/f', 'IX', 'III-b'])('given a PNS with rank %p, then UNKNOWN_RANK', (rank) => {
    expect(issuesOf(validateEmployeeRow({ ...row, rank }, context))).toEqual([['UNKNOWN_RANK', 'rank']]);
  });

  it('given a PPPK with a PNS rank, then UNKNOWN_RANK', () => {
    expect(issuesOf(validateEmployeeRow({ ...pppk, rank: 'III/a' }, context))).toEqual([['UNKNOWN_RANK', 'rank']]);
  });

  it('given an unknown position, then UNKNOWN_POSITION', () => {
    expect(issuesOf(validateEmployeeRow({ ...row, positionId: 'P999999' }, context))).toEqual([
      ['UNKNOWN_POSITION', 'positionId'],
    ]);
  });

  it('given a rating that is not a predicate, then INVALID_ENUM', () => {
    expect(issuesOf(validateEmployeeRow({ ...row, performanceRatings: 'baik;Cukup' }, context))).toEqual([
      ['INVALID_ENUM', 'performanceRatings'],
    ]);
  });

  it('given three ratings, then INVALID_LIST: the cell holds the last two years', () => {
    expect(issuesOf(validateEmployeeRow({ ...row, performanceRatings: 'baik;baik;baik' }, context))).toEqual([
      ['INVALID_LIST', 'performanceRatings'],
    ]);
  });

  it('given onStudyLeave "ya", then INVALID_BOOLEAN', () => {
    expect(issuesOf(validateEmployeeRow({ ...row, onStudyLeave: 'ya' }, context))).toEqual([
      ['INVALID_BOOLEAN', 'onStudyLeave'],
    ]);
  });

  it('given an email without domain, then INVALID_EMAIL', () => {
    expect(issuesOf(validateEmployeeRow({ ...row, email: 'bambang.setiawan' }, context))).toEqual([
      ['INVALID_EMAIL', 'email'],
    ]);
  });

  it('given an issue, then its message is English and names the value', () => {
    const result = validateEmployeeRow({ ...row, positionId: 'P999999' }, context);
    expect(result).toEqual({
      ok: false,
      issues: [
        { code: 'UNKNOWN_POSITION', field: 'positionId', message: 'positionId: no position "P999999" is known' },
      ],
    });
  });
});
