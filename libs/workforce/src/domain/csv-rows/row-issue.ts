import type { NipIssueCode } from '../nip';

/** Stable codes of the problems a CSV row can have; NIP codes come from `nip.ts`. */
export const ROW_ISSUE_CODES = [
  'MISSING_FIELD',
  'INVALID_DATE',
  'INVALID_ENUM',
  'INVALID_NUMBER',
  'INVALID_YEAR',
  'INVALID_BOOLEAN',
  'INVALID_EMAIL',
  'INVALID_LIST',
  'INVALID_USERNAME',
  'INVALID_ROLE',
  'INVALID_LANGUAGE',
  'INVALID_REGION_CODE',
  'REGION_PARENT_MISMATCH',
  'AGENCY_REGION_MISMATCH',
  'INVALID_PARENT_UNIT',
  'PARENT_UNIT_OTHER_AGENCY',
  'UNKNOWN_REGION',
  'UNKNOWN_AGENCY',
  'UNKNOWN_UNIT',
  'UNKNOWN_PARENT_UNIT',
  'UNKNOWN_POSITION',
  'UNKNOWN_EMPLOYEE',
  'UNKNOWN_RANK',
  'CIVIL_SERVANT_SINCE_BEFORE_TMT_CPNS',
  'CONTROL_CHARACTER',
  'CALENDAR_DATES_OUT_OF_ORDER',
] as const;
export type RowIssueCode = (typeof ROW_ISSUE_CODES)[number] | NipIssueCode;

export interface RowIssue {
  readonly code: RowIssueCode;
  readonly message: string;
  /** The column the issue is about. */
  readonly field: string;
}

export type RowResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: RowIssue[] };

/** A parsed CSV line: cell text by column name (a column missing from the file reads as empty). */
export type CsvRow = Readonly<Record<string, string | undefined>>;
