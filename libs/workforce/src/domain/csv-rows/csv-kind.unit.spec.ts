import { checkHeader, CSV_KINDS, expectedHeaders, isCsvKind } from './csv-kind';

describe('expectedHeaders', () => {
  it('knows the six files of PRODUCT.md §6, the yearly workload figures and the region calendars', () => {
    expect(CSV_KINDS).toEqual([
      'regions',
      'agencies',
      'units',
      'positions',
      'employees',
      'users',
      'workload',
      'region-calendars',
    ]);
    expect(isCsvKind('employees')).toBe(true);
    expect(isCsvKind('toString')).toBe(false);
  });

  it('gives the columns in the documented order', () => {
    expect(expectedHeaders('regions')).toEqual(['code', 'name', 'level', 'parentCode']);
    expect(expectedHeaders('employees')).toHaveLength(15);
  });
});

describe('checkHeader', () => {
  it('given the expected header, then no issue', () => {
    expect(checkHeader('units', ['id', 'agencyId', 'name', 'parentUnitId'])).toEqual([]);
  });

  it('given the expected columns in another order, with spaces and a byte-order mark, then no issue', () => {
    expect(checkHeader('units', ['\uFEFFname', ' id', 'parentUnitId ', 'agencyId'])).toEqual([]);
  });

  it('given a missing column, then INVALID_HEADER naming it', () => {
    expect(checkHeader('units', ['id', 'agencyId', 'name'])).toEqual([
      {
        code: 'INVALID_HEADER',
        message: expect.stringContaining('missing parentUnitId'),
        missing: ['parentUnitId'],
        unexpected: [],
        duplicated: [],
      },
    ]);
  });

  it('given an unexpected column, then INVALID_HEADER naming it', () => {
    const [issue] = checkHeader('regions', ['code', 'name', 'level', 'parentCode', 'population']);
    expect(issue).toMatchObject({ code: 'INVALID_HEADER', unexpected: ['population'], missing: [] });
    expect(issue.message).toContain('"population"');
  });

  it('given a misspelt column, then it is both missing and unexpected', () => {
    expect(checkHeader('regions', ['code', 'name', 'Level', 'parentCode'])).toMatchObject([
      { missing: ['level'], unexpected: ['Level'] },
    ]);
  });

  it('given a repeated column, then INVALID_HEADER naming it', () => {
    expect(checkHeader('regions', ['code', 'name', 'level', 'parentCode', 'name'])).toMatchObject([
      { duplicated: ['name'], missing: [], unexpected: [] },
    ]);
  });

  it('given the header of another file, then INVALID_HEADER', () => {
    expect(checkHeader('agencies', [...expectedHeaders('units')])).toHaveLength(1);
  });
});
