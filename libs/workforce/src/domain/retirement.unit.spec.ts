import {
  DEFAULT_RETIREMENT_AGES,
  pensionDate,
  retirement,
  retirementAge,
  retiresWithin,
  yearsUntilRetirement,
  type RetirementAges,
} from './retirement';

describe('retirementAge (UU 20/2023 defaults)', () => {
  it.each([
    ['jpt_utama', 60],
    ['jpt_madya', 60],
    ['jpt_pratama', 60],
    ['administrator', 58],
    ['pengawas', 58],
    ['pelaksana', 58],
    ['fungsional_ahli', 58],
    ['fungsional_keterampilan', 58],
  ] as const)('given %s, then BUP %i', (type, age) => {
    expect(retirementAge(type)).toBe(age);
  });

  it('given an official (Bupati), then there is no BUP', () => {
    expect(retirementAge('official')).toBeNull();
  });

  it.each([
    ['ahli_pertama', 58],
    ['ahli_muda', 58],
    ['ahli_madya', 60],
    ['ahli_utama', 65],
    ['terampil', 58],
  ] as const)('given a functional ahli position at level %s, then BUP %i', (level, age) => {
    expect(retirementAge('fungsional_ahli', { functionalLevel: level })).toBe(age);
  });

  it('given a functional level on a non-functional type, then the level is ignored', () => {
    expect(retirementAge('administrator', { functionalLevel: 'ahli_utama' })).toBe(58);
  });

  it('given a configured table, then its values are used', () => {
    const ages: RetirementAges = {
      ...DEFAULT_RETIREMENT_AGES,
      byPositionType: { ...DEFAULT_RETIREMENT_AGES.byPositionType, pelaksana: 60 },
    };
    expect(retirementAge('pelaksana', { ages })).toBe(60);
  });
});

describe('pensionDate', () => {
  it('given Dewi Lestari Ningsih (born 1970-11-23, BUP 58), then 1 December 2028 (DOMAIN.md §8)', () => {
    expect(pensionDate('1970-11-23', 58)).toBe('2028-12-01');
  });

  it('given a birthday on the 1st, then still the 1st of the following month', () => {
    expect(pensionDate('1970-11-01', 58)).toBe('2028-12-01');
  });

  it('given a December birthday, then 1 January of the next year', () => {
    expect(pensionDate('1968-12-15', 58)).toBe('2027-01-01');
  });

  it('given 29 February, then 1 March', () => {
    expect(pensionDate('1968-02-29', 58)).toBe('2026-03-01');
  });
});

describe('retirement', () => {
  it('given a position type, then BUP and pension date together', () => {
    expect(retirement('1966-05-10', 'jpt_pratama')).toEqual({ age: 60, pensionDate: '2026-06-01' });
  });

  it('given an official, then null', () => {
    expect(retirement('1966-05-10', 'official')).toBeNull();
  });
});

describe('yearsUntilRetirement', () => {
  it('given Dewi on 2026-11-23, then a little over two years', () => {
    expect(yearsUntilRetirement('1970-11-23', 'fungsional_ahli', '2026-11-23')).toBeCloseTo(739 / 365.2425, 10);
  });

  it('given the pension date itself, then 0', () => {
    expect(yearsUntilRetirement('1970-11-23', 'pengawas', '2028-12-01')).toBe(0);
  });

  it('given a date after the pension date, then a negative number', () => {
    expect(yearsUntilRetirement('1960-01-15', 'pelaksana', '2026-11-23')).toBeLessThan(0);
  });

  it('given an official, then null', () => {
    expect(yearsUntilRetirement('1970-11-23', 'official', '2026-11-23')).toBeNull();
  });
});

describe('retiresWithin', () => {
  it('given a pension date on the last day of the window, then true', () => {
    expect(retiresWithin('1970-11-23', 'pengawas', '2026-12-01', 2)).toBe(true);
  });

  it('given a pension date one week after the window, then false', () => {
    expect(retiresWithin('1970-11-23', 'pengawas', '2026-11-23', 2)).toBe(false);
  });

  it('given an official, then false', () => {
    expect(retiresWithin('1940-01-01', 'official', '2026-11-23', 2)).toBe(false);
  });
});
