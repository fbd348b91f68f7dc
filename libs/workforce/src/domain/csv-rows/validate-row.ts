import { validateAgencyRow, type AgencyRecord } from './agency-row';
import type { CsvKind } from './csv-kind';
import { validateEmployeeRow, type EmployeeRecord } from './employee-row';
import { validatePositionRow, type PositionRecord } from './position-row';
import { validateRegionCalendarRow, type RegionCalendarRecord } from './region-calendar-row';
import type { ReferenceContext } from './reference-context';
import { validateRegionRow, type RegionRecord } from './region-row';
import type { CsvRow, RowIssue, RowResult } from './row-issue';
import { validateUnitRow, type UnitRecord } from './unit-row';
import { validateUserRow, type UserRecord } from './user-row';
import { validateWorkloadRow, type WorkloadRecord } from './workload-row';

export interface CsvRecords {
  regions: RegionRecord;
  agencies: AgencyRecord;
  units: UnitRecord;
  positions: PositionRecord;
  employees: EmployeeRecord;
  users: UserRecord;
  workload: WorkloadRecord;
  'region-calendars': RegionCalendarRecord;
}

const VALIDATORS: { [K in CsvKind]: (row: CsvRow, context: ReferenceContext) => RowResult<CsvRecords[K]> } = {
  regions: validateRegionRow,
  agencies: validateAgencyRow,
  units: validateUnitRow,
  positions: validatePositionRow,
  employees: validateEmployeeRow,
  users: validateUserRow,
  workload: validateWorkloadRow,
  'region-calendars': validateRegionCalendarRow,
};

/**
 * C0 controls (tab, CR and LF included: every cell is a single line), DEL and C1 controls. They
 * have no place in a name or a title, and in a plain-text email they forge lines.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;

function controlCharacterIssues(row: CsvRow): RowIssue[] {
  const issues: RowIssue[] = [];
  for (const [field, text] of Object.entries(row)) {
    const found = text === undefined ? null : CONTROL_CHARACTER.exec(text);
    if (found === null) continue;
    const codePoint = `U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    issues.push({
      code: 'CONTROL_CHARACTER',
      field,
      message: `${field} holds the control character ${codePoint} (tabs and line breaks included); remove it`,
    });
  }
  return issues;
}

/** The row validator for a file kind, for callers that handle every kind alike. */
export function validateRow<K extends CsvKind>(
  kind: K,
  row: CsvRow,
  context: ReferenceContext,
): RowResult<CsvRecords[K]> {
  const controls = controlCharacterIssues(row);
  if (controls.length > 0) return { ok: false, issues: controls };
  return VALIDATORS[kind](row, context);
}
