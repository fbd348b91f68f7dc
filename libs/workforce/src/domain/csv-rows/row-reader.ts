import { isCalendarDate, type CalendarDate } from '@mutasi/calendar';
import type { CsvRow, RowIssue, RowIssueCode, RowResult } from './row-issue';

/** Separator of the values inside one list cell. */
export const LIST_SEPARATOR = ';';

/**
 * Reads the cells of one row and collects every issue, so a row reports all its problems at
 * once. Cells are trimmed; an empty cell is "absent". Readers return null for an absent or
 * invalid value, having recorded why when it matters.
 */
export interface RowReader {
  readonly issues: readonly RowIssue[];
  /** The cell exactly as given, untrimmed. */
  raw(field: string): string;
  optional(field: string): string | null;
  required(field: string): string | null;
  /** The `;`-separated values of the cell, trimmed, empty ones dropped. */
  list(field: string): string[];
  date(field: string, presence: Presence): CalendarDate | null;
  oneOf<T extends string>(field: string, values: readonly T[], presence: Presence, code?: RowIssueCode): T | null;
  /** Records `code` unless the (present) value passes `exists`. */
  reference(
    field: string,
    value: string | null,
    exists: (value: string) => boolean,
    code: RowIssueCode,
    what: string,
  ): void;
  fail(field: string, code: RowIssueCode, message: string): void;
  /** The value when no issue was recorded, else the issues. */
  result<T>(value: T): RowResult<T>;
  failure<T>(): RowResult<T>;
}

export type Presence = 'required' | 'optional';

export function readRow(row: CsvRow): RowReader {
  const issues: RowIssue[] = [];
  const fail = (field: string, code: RowIssueCode, message: string) => {
    issues.push({ code, message, field });
  };
  const raw = (field: string) => row[field] ?? '';
  const optional = (field: string) => {
    const text = raw(field).trim();
    return text === '' ? null : text;
  };
  const present = (field: string, presence: Presence) => {
    const text = optional(field);
    if (text === null && presence === 'required') fail(field, 'MISSING_FIELD', `${field} is required`);
    return text;
  };

  return {
    issues,
    raw,
    optional,
    required: (field) => present(field, 'required'),
    list: (field) =>
      raw(field)
        .split(LIST_SEPARATOR)
        .map((v) => v.trim())
        .filter((v) => v !== ''),
    date(field, presence) {
      const text = present(field, presence);
      if (text === null) return null;
      if (isCalendarDate(text)) return text;
      fail(field, 'INVALID_DATE', `${field} must be a calendar date YYYY-MM-DD, got "${text}"`);
      return null;
    },
    oneOf<T extends string>(
      field: string,
      values: readonly T[],
      presence: Presence,
      code: RowIssueCode = 'INVALID_ENUM',
    ) {
      const text = present(field, presence);
      if (text === null) return null;
      if ((values as readonly string[]).includes(text)) return text as T;
      fail(field, code, `${field} must be one of ${values.join(', ')}, got "${text}"`);
      return null;
    },
    reference(field, value, exists, code, what) {
      if (value !== null && !exists(value)) fail(field, code, `${field}: no ${what} "${value}" is known`);
    },
    fail,
    result: <T>(value: T): RowResult<T> => (issues.length === 0 ? { ok: true, value } : { ok: false, issues }),
    failure: <T>(): RowResult<T> => ({ ok: false, issues }),
  };
}
