import { formatCalendarDate, isRealDate, requireCalendarDate, type CalendarDate } from '@mutasi/calendar';
import { holdsNip, type EmployeeStatus } from './employee-status';
import type { Gender } from './gender';
import type { Issue } from './issue';

/**
 * NIP of a PNS/CPNS (DOMAIN.md §5): `YYYYMMDD YYYYMM G NNN` = birth date, TMT CPNS (year and
 * month; the day is always the 1st), gender (1 male, 2 female), sequence from 001. No checksum.
 */
export const NIP_ISSUE_CODES = [
  'NIP_FORMAT',
  'NIP_INVALID_BIRTHDATE',
  'NIP_INVALID_TMT',
  'NIP_TMT_BEFORE_AGE_18',
  'NIP_TMT_IN_FUTURE',
  'NIP_INVALID_GENDER',
  'NIP_INVALID_SEQUENCE',
  'NIP_BIRTHDATE_MISMATCH',
  'NIP_GENDER_MISMATCH',
] as const;
export type NipIssueCode = (typeof NIP_ISSUE_CODES)[number];
export type NipIssue = Issue<NipIssueCode>;

export interface ParsedNip {
  readonly birthDate: CalendarDate;
  /** TMT CPNS as a date: always the 1st of the month. */
  readonly tmtCpns: CalendarDate;
  readonly gender: Gender;
  readonly sequence: number;
}

export interface NipContext {
  readonly today: CalendarDate;
  /** The stored birth date the NIP must agree with, if known. */
  readonly birthDate?: CalendarDate | null;
  /** The stored gender the NIP must agree with, if known. */
  readonly gender?: Gender | null;
}

const EIGHTEEN_DIGITS = /^\d{18}$/;
const ADULT_AGE = 18;

interface NipFields {
  readonly birth: { year: number; month: number; day: number };
  readonly tmt: { year: number; month: number };
  readonly genderDigit: string;
  readonly sequence: string;
}

function splitNip(nip: string): NipFields {
  return {
    birth: { year: Number(nip.slice(0, 4)), month: Number(nip.slice(4, 6)), day: Number(nip.slice(6, 8)) },
    tmt: { year: Number(nip.slice(8, 12)), month: Number(nip.slice(12, 14)) },
    genderDigit: nip.slice(14, 15),
    sequence: nip.slice(15, 18),
  };
}

const GENDER_BY_DIGIT: Readonly<Record<string, Gender>> = { '1': 'M', '2': 'F' };

export function isEighteenDigits(text: string): boolean {
  return EIGHTEEN_DIGITS.test(text);
}

/** Every rule the NIP breaks, in the order of its digits; an empty list means valid. */
export function validateNip(nip: string, context: NipContext): NipIssue[] {
  if (!isEighteenDigits(nip)) {
    return [issue('NIP_FORMAT', `NIP must be exactly 18 digits without spaces, got "${nip}"`)];
  }
  const today = requireCalendarDate(context.today);
  const { birth, tmt, genderDigit, sequence } = splitNip(nip);
  const issues: NipIssue[] = [];

  const birthText = nip.slice(0, 8);
  const birthDate = isRealDate(birth.year, birth.month, birth.day) ? formatCalendarDate(birth) : null;
  if (!birthDate) {
    issues.push(issue('NIP_INVALID_BIRTHDATE', `NIP digits 1-8 (${birthText}) are not a real date YYYYMMDD`));
  } else if (birthDate > context.today) {
    issues.push(issue('NIP_INVALID_BIRTHDATE', `NIP birth date ${birthDate} is after today (${context.today})`));
  }

  const tmtText = nip.slice(8, 14);
  if (tmt.month < 1 || tmt.month > 12 || tmt.year < 1) {
    issues.push(issue('NIP_INVALID_TMT', `NIP digits 9-14 (${tmtText}) are not a year and month YYYYMM of TMT CPNS`));
  } else {
    const tmtMonth = monthIndex(tmt);
    if (tmtMonth > monthIndex(today)) {
      issues.push(issue('NIP_TMT_IN_FUTURE', `NIP TMT CPNS ${tmtText} is after today (${context.today})`));
    }
    // TMT only has a month, so the 18th birthday is compared by month too.
    if (birthDate && tmtMonth < monthIndex({ year: birth.year + ADULT_AGE, month: birth.month })) {
      issues.push(
        issue(
          'NIP_TMT_BEFORE_AGE_18',
          `NIP TMT CPNS ${tmtText} is before the 18th birthday of someone born ${birthDate}`,
        ),
      );
    }
  }

  const gender = GENDER_BY_DIGIT[genderDigit];
  if (!gender) {
    issues.push(issue('NIP_INVALID_GENDER', `NIP digit 15 must be 1 (male) or 2 (female), got ${genderDigit}`));
  }
  if (sequence === '000') {
    issues.push(issue('NIP_INVALID_SEQUENCE', 'NIP sequence (digits 16-18) must start at 001, got 000'));
  }

  if (birthDate && context.birthDate && birthDate !== context.birthDate) {
    issues.push(
      issue('NIP_BIRTHDATE_MISMATCH', `NIP says born ${birthDate} but the birth date given is ${context.birthDate}`),
    );
  }
  if (gender && context.gender && gender !== context.gender) {
    issues.push(
      issue(
        'NIP_GENDER_MISMATCH',
        `NIP gender digit ${genderDigit} means ${gender} but the gender given is ${context.gender}`,
      ),
    );
  }
  return issues;
}

/**
 * The number of an employee of any status: a PNS/CPNS NIP gets every NIP rule; a PPPK number
 * (NI PPPK, other structure) only has to be 18 digits.
 */
export function validateEmployeeNumber(number: string, status: EmployeeStatus, context: NipContext): NipIssue[] {
  if (holdsNip(status)) return validateNip(number, context);
  return isEighteenDigits(number)
    ? []
    : [issue('NIP_FORMAT', `NI PPPK must be exactly 18 digits without spaces, got "${number}"`)];
}

/**
 * The parts of a structurally valid NIP, or null. Checks that need no outside facts are applied
 * (18 digits, real birth date, TMT month 01-12, gender digit, sequence not 000); use
 * `validateNip` for the rest and for the reason.
 */
export function parseNip(nip: string): ParsedNip | null {
  if (!isEighteenDigits(nip)) return null;
  const { birth, tmt, genderDigit, sequence } = splitNip(nip);
  const gender = GENDER_BY_DIGIT[genderDigit];
  if (!isRealDate(birth.year, birth.month, birth.day) || !isRealDate(tmt.year, tmt.month, 1)) return null;
  if (!gender || sequence === '000') return null;
  return {
    birthDate: formatCalendarDate(birth),
    tmtCpns: formatCalendarDate({ ...tmt, day: 1 }),
    gender,
    sequence: Number(sequence),
  };
}

/** `19860926 201505 1 001`: the grouping used on paper. */
export function formatNip(nip: string): string {
  if (!isEighteenDigits(nip)) return nip;
  return `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;
}

function monthIndex({ year, month }: { year: number; month: number }): number {
  return year * 12 + month;
}

function issue(code: NipIssueCode, message: string): NipIssue {
  return { code, message };
}
