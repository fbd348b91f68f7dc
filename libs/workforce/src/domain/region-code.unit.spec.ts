import { expectedParentCode, parseRegionCode } from './region-code';

describe('parseRegionCode', () => {
  it.each([
    ['99', 'province', '99'],
    ['11', 'province', '11'],
    ['99.01', 'regency', '99'],
    ['99.69', 'regency', '99'],
    ['99.71', 'city', '99'],
    ['33.99', 'city', '33'],
  ] as const)('given %s, then a %s in province %s', (code, level, provinceCode) => {
    expect(parseRegionCode(code)).toEqual({ code, level, provinceCode });
  });

  it.each([
    ['one digit', '9'],
    ['three digits', '999'],
    ['a leading zero province', '09'],
    ['kab/kota number 00', '99.00'],
    ['kab/kota number 70', '99.70'],
    ['one digit after the dot', '99.1'],
    ['no dot', '9971'],
    ['a kecamatan code', '99.71.04'],
    ['spaces', ' 99'],
    ['empty', ''],
  ])('given %s, then null', (_what, code) => {
    expect(parseRegionCode(code)).toBeNull();
  });

  it('expects no parent for a province and the province for a regency or city', () => {
    expect(expectedParentCode({ code: '99', level: 'province', provinceCode: '99' })).toBeNull();
    expect(expectedParentCode({ code: '99.71', level: 'city', provinceCode: '99' })).toBe('99');
  });
});
