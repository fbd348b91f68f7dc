import { validateAgencyRow, type AgencyRecord } from './agency-row';
import type { CsvKind } from './csv-kind';
import { validateEmployeeRow, type EmployeeRecord } from './employee-row';
import { validatePositionRow, type PositionRecord } from './position-row';
import type { ReferenceContext } from './reference-context';
import { validateRegionRow, type RegionRecord } from './region-row';
import type { CsvRow, RowResult } from './row-issue';
import { validateUnitRow, type UnitRecord } from './unit-row';
import { validateUserRow, type UserRecord } from './user-row';

export interface CsvRecords {
  regions: RegionRecord;
  agencies: AgencyRecord;
  units: UnitRecord;
  positions: PositionRecord;
  employees: EmployeeRecord;
  users: UserRecord;
}

const VALIDATORS: { [K in CsvKind]: (row: CsvRow, context: ReferenceContext) => RowResult<CsvRecords[K]> } = {
  regions: validateRegionRow,
  agencies: validateAgencyRow,
  units: validateUnitRow,
  positions: validatePositionRow,
  employees: validateEmployeeRow,
  users: validateUserRow,
};

/** The row validator for a file kind, for callers that handle every kind alike. */
export function validateRow<K extends CsvKind>(
  kind: K,
  row: CsvRow,
  context: ReferenceContext,
): RowResult<CsvRecords[K]> {
  return VALIDATORS[kind](row, context);
}
