import type { Issue } from '../issue';

/** The master-data files of PRODUCT.md §6 and their columns, in the documented order. */
export const CSV_HEADERS = {
  regions: ['code', 'name', 'level', 'parentCode'],
  agencies: ['id', 'name', 'kind', 'regionCode'],
  units: ['id', 'agencyId', 'name', 'parentUnitId'],
  positions: ['id', 'unitId', 'title', 'type', 'minRank', 'educationFields', 'annualWorkloadMinutes', 'chainRoles'],
  employees: [
    'nip',
    'name',
    'gender',
    'birthDate',
    'status',
    'rank',
    'positionId',
    'positionSince',
    'civilServantSince',
    'educationLevel',
    'educationField',
    'performanceRatings',
    'disciplinaryUntil',
    'onStudyLeave',
    'email',
  ],
  users: [
    'username',
    'password',
    'displayName',
    'email',
    'roles',
    'agencyIds',
    'positionIds',
    'employeeNip',
    'language',
  ],
  /** One position's ABK figure for one year: importing another year's keeps the earlier ones. */
  workload: ['positionId', 'year', 'annualWorkloadMinutes'],
  'region-calendars': ['regionCode', 'termStart', 'termEnd', 'candidateDeterminationDate'],
} as const;

export type CsvKind = keyof typeof CSV_HEADERS;
export const CSV_KINDS = Object.keys(CSV_HEADERS) as CsvKind[];

export function isCsvKind(text: string): text is CsvKind {
  return Object.prototype.hasOwnProperty.call(CSV_HEADERS, text);
}

export function expectedHeaders(kind: CsvKind): readonly string[] {
  return CSV_HEADERS[kind];
}

export interface HeaderIssue extends Issue<'INVALID_HEADER'> {
  readonly missing: string[];
  readonly unexpected: string[];
  readonly duplicated: string[];
}

const BYTE_ORDER_MARK = '\uFEFF';

/**
 * [] when the header row names every expected column once and nothing else, in any order (rows
 * are read by column name); otherwise one INVALID_HEADER issue naming the offending columns.
 * Names are trimmed and a leading byte-order mark is ignored; case matters.
 */
export function checkHeader(kind: CsvKind, header: readonly string[]): HeaderIssue[] {
  const names = header.map((name, i) => (i === 0 ? name.replace(BYTE_ORDER_MARK, '') : name).trim());
  const expected: readonly string[] = CSV_HEADERS[kind];
  const missing = expected.filter((name) => !names.includes(name));
  const unexpected = names.filter((name) => !expected.includes(name));
  const duplicated = [...new Set(names.filter((name, i) => names.indexOf(name) !== i))];
  if (missing.length + unexpected.length + duplicated.length === 0) return [];

  const parts = [
    missing.length > 0 ? `missing ${missing.join(', ')}` : null,
    unexpected.length > 0 ? `unexpected ${unexpected.map((n) => `"${n}"`).join(', ')}` : null,
    duplicated.length > 0 ? `repeated ${duplicated.join(', ')}` : null,
  ].filter((part): part is string => part !== null);
  return [
    {
      code: 'INVALID_HEADER',
      message: `${kind}.csv header: ${parts.join('; ')}. Expected: ${expected.join(',')}`,
      missing,
      unexpected,
      duplicated,
    },
  ];
}
