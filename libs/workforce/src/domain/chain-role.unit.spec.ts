import { chainRoleScope, CHAIN_ROLES, formatChainRoleEntry, parseChainRoleEntry } from './chain-role';

describe('parseChainRoleEntry', () => {
  it('knows the eight roles of DOMAIN.md §9', () => {
    expect(CHAIN_ROLES).toEqual([
      'unit_head',
      'personnel_head',
      'tpk_member',
      'ppk',
      'governor',
      'bkn_regional',
      'bkn_head',
      'mendagri',
    ]);
  });

  it.each(['unit_head', 'personnel_head', 'tpk_member', 'ppk', 'governor', 'bkn_head', 'mendagri'])(
    'given %s alone, then the role with no region',
    (text) => {
      expect(parseChainRoleEntry(text)).toEqual({ ok: true, value: { role: text, regionCode: null } });
    },
  );

  it('given bkn_regional:99, then the Kanreg for province 99', () => {
    expect(parseChainRoleEntry('bkn_regional:99')).toEqual({
      ok: true,
      value: { role: 'bkn_regional', regionCode: '99' },
    });
  });

  it('given governor:98, then the governor of province 98', () => {
    expect(parseChainRoleEntry('governor:98')).toEqual({ ok: true, value: { role: 'governor', regionCode: '98' } });
  });

  it.each([
    ['an unknown role', 'kepala_dinas'],
    ['upper case', 'UNIT_HEAD'],
    ['bkn_regional without its province', 'bkn_regional'],
    ['bkn_regional with a regency', 'bkn_regional:99.01'],
    ['bkn_regional with a malformed code', 'bkn_regional:099'],
    ['an empty region', 'bkn_regional:'],
    ['a region on an agency role', 'unit_head:99'],
    ['a region on a national role', 'mendagri:99'],
    ['two qualifiers', 'bkn_regional:99:98'],
    ['an empty entry', ''],
  ])('given %s, then INVALID_ROLE', (_what, text) => {
    const result = parseChainRoleEntry(text);
    expect(result).toEqual({ ok: false, issue: { code: 'INVALID_ROLE', message: expect.any(String) } });
  });

  it('tells the scope each role is resolved from', () => {
    expect(chainRoleScope('unit_head')).toBe('agency');
    expect(chainRoleScope('bkn_regional')).toBe('province');
    expect(chainRoleScope('mendagri')).toBe('national');
  });

  it('writes an entry back as in the CSV', () => {
    expect(formatChainRoleEntry({ role: 'bkn_regional', regionCode: '99' })).toBe('bkn_regional:99');
    expect(formatChainRoleEntry({ role: 'ppk', regionCode: null })).toBe('ppk');
  });
});
