import type { CalendarDate } from '@mutasi/calendar';
import { hashPassword, verifyPassword } from '@mutasi/identity';
import { yearOf } from '../domain/abk-year';
import { formatChainRoleEntry } from '../domain/chain-role';
import type { CsvKind } from '../domain/csv-rows/csv-kind';
import type { CsvRow } from '../domain/csv-rows/row-issue';
import { ALL_AGENCIES } from '../domain/csv-rows/user-row';
import type { CsvRecords } from '../domain/csv-rows/validate-row';
import type { ReferenceData } from './reference-data';
import type { TableSpec } from './upsert';

type DbRow = Record<string, unknown>;

/** How one CSV kind is keyed, scoped and stored. */
export interface ImportKind<K extends CsvKind> {
  kind: K;
  table: TableSpec;
  /** Only national-scope callers (admins) may import this kind. */
  nationalOnly: boolean;
  /** Rows may refer to other rows of the same file, so the file is read whole before checking. */
  selfReferencing: boolean;
  key(record: CsvRecords[K]): string;
  /** The agency a row belongs to, for scope checks; null when it belongs to none. */
  agencyOf(record: CsvRecords[K], refs: ReferenceData): string | null;
  /** The key this row makes known to later rows (and what it points to). */
  register(record: CsvRecords[K], refs: ReferenceData): void;
  /** For self-referencing kinds: the row's key, read before validation, and the keys already stored. */
  preRegister?(row: CsvRow, refs: ReferenceData): void;
  storedKeys?(refs: ReferenceData): Set<string>;
  /** The key of another row of the same kind this row needs, and the code when it is missing. */
  dependsOn?(record: CsvRecords[K]): string | null;
  missingDependency?: { code: string; field: string };
  toDbRow(record: CsvRecords[K], refs: ReferenceData, existing: ExistingRows): Promise<DbRow> | DbRow;
  /** Statements run after each batch is written, in order, over the batch's rows as stored (`$1`, JSON). */
  afterBatch?(today: CalendarDate): { sql: string; params: unknown[] }[];
  /** Derived columns to recompute after the rows are written. */
  afterWrite?: string;
  /**
   * The rows as stored, keyed like the file: `key`, the `agency` they belong to and (positions)
   * their `chain_roles`. A scoped caller may only change rows whose stored agency is in scope.
   */
  storedSql?: string;
  /** The chain roles a row sets, formatted as stored; only administrators may change them. */
  chainRoles?(record: CsvRecords[K]): string[];
}

/** A row as stored before the import. */
export interface StoredRow {
  agency: string | null;
  chainRoles: string[];
}

/** Stored values a row is compared with (for users: the password hash to keep). */
export interface ExistingRows {
  passwordHash(username: string): string | undefined;
}

const regions: ImportKind<'regions'> = {
  kind: 'regions',
  table: {
    table: 'regions',
    key: 'code',
    columns: { code: 'text', name: 'text', level: 'text', parent_code: 'text' },
  },
  nationalOnly: true,
  selfReferencing: true,
  key: (r) => r.code,
  agencyOf: () => null,
  register: (r, refs) => void refs.regions.add(r.code),
  preRegister: (row, refs) => void refs.regions.add((row.code ?? '').trim()),
  storedKeys: (refs) => new Set(refs.regions),
  dependsOn: (r) => r.parentCode,
  missingDependency: { code: 'UNKNOWN_REGION', field: 'parentCode' },
  toDbRow: (r) => ({ code: r.code, name: r.name, level: r.level, parent_code: r.parentCode }),
};

const agencies: ImportKind<'agencies'> = {
  kind: 'agencies',
  table: {
    table: 'agencies',
    key: 'id',
    columns: { id: 'text', name: 'text', kind: 'text', region_code: 'text' },
  },
  nationalOnly: true,
  selfReferencing: false,
  key: (r) => r.id,
  agencyOf: (r) => r.id,
  register: (r, refs) => void refs.agencies.add(r.id),
  toDbRow: (r) => ({ id: r.id, name: r.name, kind: r.kind, region_code: r.regionCode }),
};

const units: ImportKind<'units'> = {
  kind: 'units',
  table: {
    table: 'units',
    key: 'id',
    columns: { id: 'text', agency_id: 'text', name: 'text', parent_unit_id: 'text' },
    insertOnly: { top_unit_id: 'r.id' },
  },
  nationalOnly: false,
  selfReferencing: true,
  key: (r) => r.id,
  agencyOf: (r) => r.agencyId,
  register: (r, refs) => void refs.units.set(r.id, r.agencyId),
  preRegister: (row, refs) => void refs.units.set((row.id ?? '').trim(), (row.agencyId ?? '').trim()),
  storedKeys: (refs) => new Set(refs.units.keys()),
  dependsOn: (r) => r.parentUnitId,
  missingDependency: { code: 'UNKNOWN_PARENT_UNIT', field: 'parentUnitId' },
  toDbRow: (r) => ({ id: r.id, agency_id: r.agencyId, name: r.name, parent_unit_id: r.parentUnitId }),
  storedSql: 'SELECT id AS key, agency_id AS agency FROM units',
  afterWrite: `
    WITH RECURSIVE tree AS (
      SELECT id, id AS top FROM units WHERE parent_unit_id IS NULL
      UNION ALL
      SELECT u.id, tree.top FROM units u JOIN tree ON u.parent_unit_id = tree.id)
    UPDATE units SET top_unit_id = tree.top FROM tree
     WHERE units.id = tree.id AND units.top_unit_id IS DISTINCT FROM tree.top`,
};

/**
 * The batch's positions (`$1`, their id in `column`) take their latest ABK year's figure as
 * `annual_workload_minutes`, the one proposals and the planner read.
 */
const latestWorkloadOf = (column: string) => `
  UPDATE positions p SET annual_workload_minutes = latest.annual_workload_minutes
    FROM jsonb_to_recordset($1::jsonb) AS r(${column} text)
    CROSS JOIN LATERAL (SELECT w.annual_workload_minutes FROM position_workloads w WHERE w.position_id = r.${column}
                         ORDER BY w.year DESC LIMIT 1) latest
   WHERE p.id = r.${column} AND p.annual_workload_minutes IS DISTINCT FROM latest.annual_workload_minutes`;

/**
 * A positions file states this year's ABK figure (Jakarta calendar): stored as this year's, an
 * empty cell removing this year's; the earlier years' stay.
 */
const THIS_YEARS_WORKLOAD = `
  WITH r AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(id text, annual_workload_minutes integer)),
  cleared AS (
    DELETE FROM position_workloads w USING r
     WHERE w.position_id = r.id AND w.year = $2 AND r.annual_workload_minutes IS NULL)
  INSERT INTO position_workloads (position_id, year, annual_workload_minutes)
  SELECT id, $2, annual_workload_minutes FROM r WHERE annual_workload_minutes IS NOT NULL
  ON CONFLICT (position_id, year) DO UPDATE SET annual_workload_minutes = excluded.annual_workload_minutes
   WHERE position_workloads.annual_workload_minutes IS DISTINCT FROM excluded.annual_workload_minutes`;

const positions: ImportKind<'positions'> = {
  kind: 'positions',
  table: {
    table: 'positions',
    key: 'id',
    columns: {
      id: 'text',
      unit_id: 'text',
      agency_id: 'text',
      title: 'text',
      type: 'text',
      min_rank: 'text',
      education_fields: 'text[]',
      annual_workload_minutes: 'integer',
      chain_roles: 'text[]',
    },
  },
  nationalOnly: false,
  selfReferencing: false,
  key: (r) => r.id,
  agencyOf: (r, refs) => refs.unitAgency(r.unitId) ?? null,
  register: (r, refs) => void refs.positions.set(r.id, refs.unitAgency(r.unitId) ?? ''),
  storedSql: 'SELECT id AS key, agency_id AS agency, chain_roles FROM positions',
  afterBatch: (today) => [
    { sql: THIS_YEARS_WORKLOAD, params: [yearOf(today)] },
    { sql: latestWorkloadOf('id'), params: [] },
  ],
  chainRoles: (r) => r.chainRoles.map(formatChainRoleEntry),
  toDbRow: (r, refs) => ({
    id: r.id,
    unit_id: r.unitId,
    agency_id: refs.unitAgency(r.unitId),
    title: r.title,
    type: r.type,
    min_rank: r.minRank,
    education_fields: r.educationFields,
    annual_workload_minutes: r.annualWorkloadMinutes,
    chain_roles: r.chainRoles.map(formatChainRoleEntry),
  }),
};

const employees: ImportKind<'employees'> = {
  kind: 'employees',
  table: {
    table: 'employees',
    key: 'nip',
    columns: {
      nip: 'text',
      name: 'text',
      gender: 'text',
      birth_date: 'date',
      status: 'text',
      rank: 'text',
      position_id: 'text',
      agency_id: 'text',
      position_since: 'date',
      civil_servant_since: 'date',
      education_level: 'text',
      education_field: 'text',
      performance_ratings: 'text[]',
      disciplinary_until: 'date',
      on_study_leave: 'boolean',
      email: 'text',
    },
  },
  nationalOnly: false,
  selfReferencing: false,
  key: (r) => r.nip,
  agencyOf: (r, refs) => refs.positions.get(r.positionId) ?? null,
  register: (r, refs) => void refs.employees.add(r.nip),
  storedSql: 'SELECT nip AS key, agency_id AS agency FROM employees',
  toDbRow: (r, refs) => ({
    nip: r.nip,
    name: r.name,
    gender: r.gender,
    birth_date: r.birthDate,
    status: r.status,
    rank: r.rank,
    position_id: r.positionId,
    agency_id: refs.positions.get(r.positionId),
    position_since: r.positionSince,
    civil_servant_since: r.civilServantSince,
    education_level: r.educationLevel,
    education_field: r.educationField,
    performance_ratings: r.performanceRatings,
    disciplinary_until: r.disciplinaryUntil,
    on_study_leave: r.onStudyLeave,
    email: r.email,
  }),
};

const users: ImportKind<'users'> = {
  kind: 'users',
  table: {
    table: 'users',
    key: 'username',
    columns: {
      username: 'text',
      password_hash: 'text',
      display_name: 'text',
      email: 'text',
      roles: 'text[]',
      agency_ids: 'text[]',
      position_ids: 'text[]',
      employee_nip: 'text',
      language: 'text',
    },
  },
  nationalOnly: true,
  selfReferencing: false,
  key: (r) => r.username,
  agencyOf: () => null,
  register: () => undefined,
  async toDbRow(r, _refs, existing) {
    const stored = existing.passwordHash(r.username);
    // Keep the stored hash when the password is unchanged, so a re-import changes nothing.
    const keep = stored !== undefined && (await verifyPassword(stored, r.password));
    return {
      username: r.username,
      password_hash: keep ? stored : await hashPassword(r.password),
      display_name: r.displayName,
      email: r.email,
      roles: r.roles,
      agency_ids: r.agencyIds === ALL_AGENCIES ? [ALL_AGENCIES] : r.agencyIds,
      position_ids: r.positionIds,
      employee_nip: r.employeeNip,
      language: r.language ?? 'id',
    };
  },
};

const workload: ImportKind<'workload'> = {
  kind: 'workload',
  table: {
    table: 'position_workloads',
    key: ['position_id', 'year'],
    columns: { position_id: 'text', year: 'integer', annual_workload_minutes: 'integer' },
  },
  nationalOnly: false,
  selfReferencing: false,
  key: (r) => `${r.positionId} ${r.year}`,
  agencyOf: (r, refs) => refs.positions.get(r.positionId) ?? null,
  register: () => undefined,
  toDbRow: (r) => ({ position_id: r.positionId, year: r.year, annual_workload_minutes: r.annualWorkloadMinutes }),
  afterBatch: () => [{ sql: latestWorkloadOf('position_id'), params: [] }],
};

const regionCalendars: ImportKind<'region-calendars'> = {
  kind: 'region-calendars',
  table: {
    table: 'region_calendars',
    key: 'region_code',
    columns: { region_code: 'text', term_start: 'date', term_end: 'date', candidate_determination_date: 'date' },
  },
  nationalOnly: true,
  selfReferencing: false,
  key: (r) => r.regionCode,
  agencyOf: () => null,
  register: () => undefined,
  toDbRow: (r) => ({
    region_code: r.regionCode,
    term_start: r.termStart,
    term_end: r.termEnd,
    candidate_determination_date: r.candidateDeterminationDate,
  }),
};

export const IMPORT_KINDS: { [K in CsvKind]: ImportKind<K> } = {
  regions,
  agencies,
  units,
  positions,
  employees,
  users,
  workload,
  'region-calendars': regionCalendars,
};

/** Files of a folder import, in the order their references need. */
export const IMPORT_ORDER: CsvKind[] = [
  'regions',
  'agencies',
  'units',
  'positions',
  'workload',
  'employees',
  'users',
  'region-calendars',
];
