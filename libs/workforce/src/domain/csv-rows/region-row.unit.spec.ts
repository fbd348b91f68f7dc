import { validateRegionRow } from './region-row';
import { contextKnowing, issuesOf } from './test-context';

const context = contextKnowing({ regions: ['99', '98'] });
const province = { code: '99', name: 'Provinsi Nusa Lestari', level: 'province', parentCode: '' };
const city = { code: '99.71', name: 'Kota Lestari', level: 'city', parentCode: '99' };
const regency = { code: '99.02', name: 'Kabupaten Pesisir Timur', level: 'regency', parentCode: '99' };

describe('validateRegionRow', () => {
  it('given a province, then a record with no parent', () => {
    expect(validateRegionRow(province, context)).toEqual({
      ok: true,
      value: { code: '99', name: 'Provinsi Nusa Lestari', level: 'province', parentCode: null },
    });
  });

  it('given a city and a regency under a known province, then valid', () => {
    expect(validateRegionRow(city, context)).toMatchObject({ ok: true, value: { level: 'city', parentCode: '99' } });
    expect(validateRegionRow(regency, context)).toMatchObject({ ok: true, value: { level: 'regency' } });
  });

  it('given cells with surrounding spaces, then they are trimmed', () => {
    expect(validateRegionRow({ ...city, code: ' 99.71 ', name: ' Kota Lestari ' }, context)).toMatchObject({
      ok: true,
      value: { code: '99.71', name: 'Kota Lestari' },
    });
  });

  it.each(['code', 'name', 'level'])('given no %s, then MISSING_FIELD', (field) => {
    expect(issuesOf(validateRegionRow({ ...province, [field]: '' }, context))).toContainEqual(['MISSING_FIELD', field]);
  });

  it('given a column left out entirely, then MISSING_FIELD', () => {
    expect(issuesOf(validateRegionRow({ code: '99', level: 'province' }, context))).toEqual([
      ['MISSING_FIELD', 'name'],
    ]);
  });

  it('given an unknown level, then INVALID_ENUM', () => {
    expect(issuesOf(validateRegionRow({ ...province, level: 'provinsi' }, context))).toEqual([
      ['INVALID_ENUM', 'level'],
    ]);
  });

  it.each(['9', '99.7', '99.00', '99.70', '99.71.04', 'NL'])('given code %p, then INVALID_REGION_CODE', (code) => {
    expect(issuesOf(validateRegionRow({ ...city, code }, context))).toEqual([['INVALID_REGION_CODE', 'code']]);
  });

  it('given a city code (71-99) with level regency, then INVALID_REGION_CODE', () => {
    expect(issuesOf(validateRegionRow({ ...city, level: 'regency' }, context))).toEqual([
      ['INVALID_REGION_CODE', 'code'],
    ]);
  });

  it('given a regency code (01-69) with level city, then INVALID_REGION_CODE', () => {
    expect(issuesOf(validateRegionRow({ ...regency, level: 'city' }, context))).toEqual([
      ['INVALID_REGION_CODE', 'code'],
    ]);
  });

  it('given a province code with level city, then INVALID_REGION_CODE', () => {
    expect(issuesOf(validateRegionRow({ ...province, level: 'city' }, context))).toEqual([
      ['INVALID_REGION_CODE', 'code'],
    ]);
  });

  it('given a province with a parent, then REGION_PARENT_MISMATCH', () => {
    expect(issuesOf(validateRegionRow({ ...province, parentCode: '98' }, context))).toEqual([
      ['REGION_PARENT_MISMATCH', 'parentCode'],
    ]);
  });

  it('given a city without a parent, then MISSING_FIELD', () => {
    expect(issuesOf(validateRegionRow({ ...city, parentCode: '' }, context))).toEqual([
      ['MISSING_FIELD', 'parentCode'],
    ]);
  });

  it('given a city whose parent is another province, then REGION_PARENT_MISMATCH', () => {
    expect(issuesOf(validateRegionRow({ ...city, parentCode: '98' }, context))).toEqual([
      ['REGION_PARENT_MISMATCH', 'parentCode'],
    ]);
  });

  it('given a city under a province nobody knows, then UNKNOWN_REGION', () => {
    expect(issuesOf(validateRegionRow({ ...city, code: '97.71', parentCode: '97' }, context))).toEqual([
      ['UNKNOWN_REGION', 'parentCode'],
    ]);
  });

  it('given several faults, then all are reported at once', () => {
    expect(issuesOf(validateRegionRow({ code: '99.71', name: '', level: 'kota', parentCode: '98' }, context))).toEqual([
      ['MISSING_FIELD', 'name'],
      ['INVALID_ENUM', 'level'],
      ['REGION_PARENT_MISMATCH', 'parentCode'],
    ]);
  });
});
