import fc from 'fast-check';
import type { Gender } from './gender';
import { formatNip, parseNip, validateEmployeeNumber, validateNip, type NipContext } from './nip';

const today = '2026-11-23';
const valid = '198609262015051001'; // DOMAIN.md §5 example: 19860926 201505 1 001
const matching: NipContext = { today, birthDate: '1986-09-26', gender: 'M' };

const codesOf = (nip: string, context: NipContext = { today }) => validateNip(nip, context).map((i) => i.code);

describe('validateNip', () => {
  it('given the DOMAIN.md example with its own birth date and gender, then there is no issue', () => {
    expect(validateNip(valid, matching)).toEqual([]);
  });

  it('given a female NIP and gender F, then there is no issue', () => {
    expect(validateNip('198804172011032007', { today, birthDate: '1988-04-17', gender: 'F' })).toEqual([]);
  });

  it.each([
    ['17 digits', '19860926201505100'],
    ['19 digits', '1986092620150510011'],
    ['spaces', '19860926 201505 1 001'],
    ['a letter', '19860926201505100A'],
    ['an empty string', ''],
  ])('given %s, then only NIP_FORMAT is reported', (_what, nip) => {
    const issues = validateNip(nip, matching);
    expect(issues.map((i) => i.code)).toEqual(['NIP_FORMAT']);
    expect(issues[0].message).toContain('18 digits');
  });

  it.each([
    ['month 13', '198613262015051001'],
    ['30 February', '198602302015051001'],
    ['29 February of a non-leap year', '198702292015051001'],
    ['day 00', '198609002015051001'],
  ])('given a birth date with %s, then NIP_INVALID_BIRTHDATE', (_what, nip) => {
    expect(codesOf(nip)).toEqual(['NIP_INVALID_BIRTHDATE']);
  });

  it('given 29 February of a leap year, then the birth date is accepted', () => {
    expect(codesOf('198802292015051001')).toEqual([]);
  });

  it('given a birth date after today, then NIP_INVALID_BIRTHDATE (and the TMT is before age 18)', () => {
    expect(codesOf('202701012026011001')).toEqual(['NIP_INVALID_BIRTHDATE', 'NIP_TMT_BEFORE_AGE_18']);
  });

  it.each([
    ['month 00', '198609262015001001'],
    ['month 13', '198609262015131001'],
  ])('given a TMT CPNS with %s, then NIP_INVALID_TMT', (_what, nip) => {
    expect(codesOf(nip)).toEqual(['NIP_INVALID_TMT']);
  });

  it('given a TMT CPNS one month before the month of the 18th birthday, then NIP_TMT_BEFORE_AGE_18', () => {
    expect(codesOf('198609262004081001')).toEqual(['NIP_TMT_BEFORE_AGE_18']);
  });

  it('given a TMT CPNS in the month of the 18th birthday, then it is accepted (TMT has no day)', () => {
    expect(codesOf('198609262004091001')).toEqual([]);
  });

  it('given a TMT CPNS in the month after today, then NIP_TMT_IN_FUTURE', () => {
    expect(codesOf('198609262026121001')).toEqual(['NIP_TMT_IN_FUTURE']);
  });

  it('given a TMT CPNS in the current month, then it is accepted', () => {
    expect(codesOf('198609262026111001')).toEqual([]);
  });

  it.each(['0', '3', '9'])('given gender digit %s, then NIP_INVALID_GENDER', (digit) => {
    expect(codesOf(`19860926201505${digit}001`)).toEqual(['NIP_INVALID_GENDER']);
  });

  it('given sequence 000, then NIP_INVALID_SEQUENCE', () => {
    expect(codesOf('198609262015051000')).toEqual(['NIP_INVALID_SEQUENCE']);
  });

  it('given another birth date on the row, then NIP_BIRTHDATE_MISMATCH naming both dates', () => {
    const issues = validateNip(valid, { ...matching, birthDate: '1986-09-27' });
    expect(issues.map((i) => i.code)).toEqual(['NIP_BIRTHDATE_MISMATCH']);
    expect(issues[0].message).toContain('1986-09-26');
    expect(issues[0].message).toContain('1986-09-27');
  });

  it('given gender F on the row for a gender digit 1, then NIP_GENDER_MISMATCH', () => {
    expect(codesOf(valid, { ...matching, gender: 'F' })).toEqual(['NIP_GENDER_MISMATCH']);
  });

  it('given no stored birth date or gender, then no agreement is checked', () => {
    expect(codesOf(valid, { today, birthDate: null, gender: null })).toEqual([]);
  });

  it('given several faults, then each is reported with its own code', () => {
    expect(codesOf('198613262015133000', matching)).toEqual([
      'NIP_INVALID_BIRTHDATE',
      'NIP_INVALID_TMT',
      'NIP_INVALID_GENDER',
      'NIP_INVALID_SEQUENCE',
    ]);
  });

  it('given an invalid today, then it throws: that is a programming error, not a data error', () => {
    expect(() => validateNip(valid, { today: '23-11-2026' })).toThrow(RangeError);
  });
});

describe('validateEmployeeNumber', () => {
  it('given a PPPK number that is no valid NIP, then only the 18 digits are checked', () => {
    expect(
      validateEmployeeNumber('199505152022211001', 'PPPK', { today, birthDate: '1995-05-15', gender: 'F' }),
    ).toEqual([]);
  });

  it('given a PPPK number that is not 18 digits, then NIP_FORMAT', () => {
    expect(validateEmployeeNumber('1995051520222110', 'PPPK', { today }).map((i) => i.code)).toEqual(['NIP_FORMAT']);
  });

  it.each(['PNS', 'CPNS'] as const)('given status %s, then every NIP rule applies', (status) => {
    expect(validateEmployeeNumber(valid, status, { ...matching, gender: 'F' }).map((i) => i.code)).toEqual([
      'NIP_GENDER_MISMATCH',
    ]);
  });
});

describe('parseNip', () => {
  it('given a valid NIP, then it yields birth date, TMT CPNS on the 1st, gender and sequence', () => {
    expect(parseNip(valid)).toEqual({ birthDate: '1986-09-26', tmtCpns: '2015-05-01', gender: 'M', sequence: 1 });
  });

  it('given gender digit 2 and sequence 007, then F and 7', () => {
    expect(parseNip('198804172011032007')).toMatchObject({ gender: 'F', sequence: 7 });
  });

  it.each([
    ['not 18 digits', '1986092620150510'],
    ['an unreal birth date', '198602302015051001'],
    ['TMT month 13', '198609262015131001'],
    ['gender digit 3', '198609262015053001'],
    ['sequence 000', '198609262015051000'],
  ])('given %s, then null', (_what, nip) => {
    expect(parseNip(nip)).toBeNull();
  });
});

describe('formatNip', () => {
  it('groups the digits as printed on a decree', () => {
    expect(formatNip(valid)).toBe('19860926 201505 1 001');
  });
});

describe('NIP round trip (property)', () => {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');

  it('given any real birth date, TMT CPNS between age 18 and today, gender and sequence, then the NIP is valid and parses back', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2008-01-31T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 12 * 40 }),
        fc.constantFrom<Gender>('M', 'F'),
        fc.integer({ min: 1, max: 999 }),
        (birth, monthsAfter18, gender, sequence) => {
          const birthDate = birth.toISOString().slice(0, 10);
          const tmtIndex = (birth.getUTCFullYear() + 18) * 12 + birth.getUTCMonth() + monthsAfter18;
          const tmtYear = Math.floor(tmtIndex / 12);
          const tmtMonth = (tmtIndex % 12) + 1;
          fc.pre(tmtYear * 100 + tmtMonth <= 202611);
          const nip = `${birthDate.replaceAll('-', '')}${tmtYear}${pad(tmtMonth, 2)}${gender === 'M' ? 1 : 2}${pad(sequence, 3)}`;
          expect(validateNip(nip, { today, birthDate, gender })).toEqual([]);
          expect(parseNip(nip)).toEqual({ birthDate, tmtCpns: `${tmtYear}-${pad(tmtMonth, 2)}-01`, gender, sequence });
        },
      ),
    );
  });
});
