import type { CalendarDate } from '@mutasi/calendar';
import { parseRegionCode } from '../region-code';
import type { ReferenceContext } from './reference-context';
import type { CsvRow, RowResult } from './row-issue';
import { readRow } from './row-reader';

/**
 * The current term of a region's head: inaugurated on `termStart`, ending on `termEnd` (or the
 * end of an acting head's tenure), and the day the candidates of the election of the successor
 * are determined, once it is scheduled. The blackout windows of UU 10/2016 Ps 71(2), 162(3) are
 * counted from these dates.
 */
export interface RegionCalendarRecord {
  readonly regionCode: string;
  readonly termStart: CalendarDate;
  readonly termEnd: CalendarDate;
  readonly candidateDeterminationDate: CalendarDate | null;
}

export function validateRegionCalendarRow(
  row: CsvRow,
  context: Pick<ReferenceContext, 'hasRegion'>,
): RowResult<RegionCalendarRecord> {
  const cells = readRow(row);
  const regionCode = cells.required('regionCode');
  const termStart = cells.date('termStart', 'required');
  const termEnd = cells.date('termEnd', 'required');
  const candidateDeterminationDate = cells.date('candidateDeterminationDate', 'optional');

  if (regionCode !== null && parseRegionCode(regionCode) === null) {
    cells.fail(
      'regionCode',
      'INVALID_REGION_CODE',
      `regionCode "${regionCode}" is no Kemendagri code such as 99 or 99.71`,
    );
  } else {
    cells.reference('regionCode', regionCode, context.hasRegion, 'UNKNOWN_REGION', 'region');
  }
  if (termStart !== null && termEnd !== null && termEnd <= termStart) {
    cells.fail('termEnd', 'CALENDAR_DATES_OUT_OF_ORDER', `termEnd ${termEnd} must come after termStart ${termStart}`);
  }
  if (candidateDeterminationDate !== null && termStart !== null && candidateDeterminationDate <= termStart) {
    cells.fail(
      'candidateDeterminationDate',
      'CALENDAR_DATES_OUT_OF_ORDER',
      `candidateDeterminationDate ${candidateDeterminationDate} must come after termStart ${termStart}`,
    );
  }
  if (candidateDeterminationDate !== null && termEnd !== null && candidateDeterminationDate > termEnd) {
    cells.fail(
      'candidateDeterminationDate',
      'CALENDAR_DATES_OUT_OF_ORDER',
      `candidateDeterminationDate ${candidateDeterminationDate} must not come after termEnd ${termEnd}`,
    );
  }

  if (!regionCode || !termStart || !termEnd) return cells.failure();
  return cells.result({ regionCode, termStart, termEnd, candidateDeterminationDate });
}
