import type { ReferenceContext } from './reference-context';
import type { CsvRow, RowResult } from './row-issue';
import { readRow } from './row-reader';

export interface UnitRecord {
  readonly id: string;
  readonly agencyId: string;
  readonly name: string;
  /** null for an OPD, the top unit under its agency. */
  readonly parentUnitId: string | null;
}

export function validateUnitRow(
  row: CsvRow,
  context: Pick<ReferenceContext, 'hasAgency' | 'hasUnit' | 'unitAgency'>,
): RowResult<UnitRecord> {
  const cells = readRow(row);
  const id = cells.required('id');
  const agencyId = cells.required('agencyId');
  const name = cells.required('name');
  const parentUnitId = cells.optional('parentUnitId');

  cells.reference('agencyId', agencyId, context.hasAgency, 'UNKNOWN_AGENCY', 'agency');
  if (parentUnitId !== null && parentUnitId === id) {
    cells.fail('parentUnitId', 'INVALID_PARENT_UNIT', `unit ${id} cannot be its own parent`);
  } else if (parentUnitId !== null && !context.hasUnit(parentUnitId)) {
    cells.fail('parentUnitId', 'UNKNOWN_PARENT_UNIT', `parentUnitId: no unit "${parentUnitId}" is known`);
  } else if (parentUnitId !== null && agencyId !== null && context.unitAgency) {
    const parentAgency = context.unitAgency(parentUnitId);
    if (parentAgency && parentAgency !== agencyId) {
      cells.fail(
        'parentUnitId',
        'PARENT_UNIT_OTHER_AGENCY',
        `parent unit ${parentUnitId} belongs to agency ${parentAgency}, not to ${agencyId}`,
      );
    }
  }

  if (!id || !agencyId || !name) return cells.failure();
  return cells.result({ id, agencyId, name, parentUnitId });
}
