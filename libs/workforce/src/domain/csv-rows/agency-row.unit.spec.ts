import { validateAgencyRow } from './agency-row';
import { contextKnowing, issuesOf } from './test-context';

const context = contextKnowing({ regions: ['99', '99.02', '99.71'] });
const regional = {
  id: 'pemkab-99-02',
  name: 'Pemerintah Kabupaten Pesisir Timur',
  kind: 'regional',
  regionCode: '99.02',
};

describe('validateAgencyRow', () => {
  it('given a regional government of a known regency, then a record', () => {
    expect(validateAgencyRow(regional, context)).toEqual({ ok: true, value: regional });
  });

  it('given a city government, then valid', () => {
    expect(issuesOf(validateAgencyRow({ ...regional, regionCode: '99.71' }, context))).toEqual([]);
  });

  it('given a provincial government of its province, then valid', () => {
    expect(issuesOf(validateAgencyRow({ ...regional, kind: 'provincial', regionCode: '99' }, context))).toEqual([]);
  });

  it('given a central agency without region, then regionCode null', () => {
    expect(
      validateAgencyRow({ id: 'bkn', name: 'Badan Kepegawaian Negara', kind: 'central', regionCode: '' }, context),
    ).toEqual({
      ok: true,
      value: { id: 'bkn', name: 'Badan Kepegawaian Negara', kind: 'central', regionCode: null },
    });
  });

  it.each(['id', 'name', 'kind'])('given no %s, then MISSING_FIELD', (field) => {
    expect(issuesOf(validateAgencyRow({ ...regional, [field]: ' ' }, context))).toContainEqual([
      'MISSING_FIELD',
      field,
    ]);
  });

  it('given an unknown kind, then INVALID_ENUM', () => {
    expect(issuesOf(validateAgencyRow({ ...regional, kind: 'pemkab' }, context))).toEqual([['INVALID_ENUM', 'kind']]);
  });

  it.each(['regional', 'provincial'])('given a %s agency without region, then MISSING_FIELD', (kind) => {
    expect(issuesOf(validateAgencyRow({ ...regional, kind, regionCode: '' }, context))).toEqual([
      ['MISSING_FIELD', 'regionCode'],
    ]);
  });

  it('given a malformed region code, then INVALID_REGION_CODE', () => {
    expect(issuesOf(validateAgencyRow({ ...regional, regionCode: '99-02' }, context))).toEqual([
      ['INVALID_REGION_CODE', 'regionCode'],
    ]);
  });

  it('given a regional agency on a province code, then AGENCY_REGION_MISMATCH', () => {
    expect(issuesOf(validateAgencyRow({ ...regional, regionCode: '99' }, context))).toEqual([
      ['AGENCY_REGION_MISMATCH', 'regionCode'],
    ]);
  });

  it('given a provincial agency on a regency code, then AGENCY_REGION_MISMATCH', () => {
    expect(issuesOf(validateAgencyRow({ ...regional, kind: 'provincial' }, context))).toEqual([
      ['AGENCY_REGION_MISMATCH', 'regionCode'],
    ]);
  });

  it('given a well-formed but unknown region, then UNKNOWN_REGION', () => {
    expect(issuesOf(validateAgencyRow({ ...regional, regionCode: '99.03' }, context))).toEqual([
      ['UNKNOWN_REGION', 'regionCode'],
    ]);
  });

  it('given a name with markup, then it is kept as text', () => {
    const name = `<script>alert('x')</script>'; DROP TABLE agencies; --`;
    expect(validateAgencyRow({ ...regional, name }, context)).toMatchObject({ ok: true, value: { name } });
  });
});
