import { abkYearRange, isAbkYear } from '../abk-year';
import type { ReferenceContext } from './reference-context';
import type { CsvRow, RowResult } from './row-issue';
import { readRow } from './row-reader';
import { readWholeMinutes } from './whole-minutes';

/** One position's ABK figure for one year (workload.csv). */
export interface WorkloadRecord {
  readonly positionId: string;
  readonly year: number;
  /** Σ volume × norm time in minutes. */
  readonly annualWorkloadMinutes: number;
}

const WHOLE_YEAR = /^\d{4}$/;

export function validateWorkloadRow(
  row: CsvRow,
  context: Pick<ReferenceContext, 'hasPosition' | 'today'>,
): RowResult<WorkloadRecord> {
  const cells = readRow(row);
  const positionId = cells.required('positionId');
  const yearText = cells.required('year');
  const workloadText = cells.required('annualWorkloadMinutes');

  cells.reference('positionId', positionId, context.hasPosition, 'UNKNOWN_POSITION', 'position');
  let year: number | null = null;
  if (yearText !== null) {
    const { first, last } = abkYearRange(context.today);
    if (WHOLE_YEAR.test(yearText) && isAbkYear(Number(yearText), context.today)) year = Number(yearText);
    else cells.fail('year', 'INVALID_YEAR', `year must be a year from ${first} to ${last}, got "${yearText}"`);
  }
  const annualWorkloadMinutes = readWholeMinutes(cells, 'annualWorkloadMinutes', workloadText);

  if (positionId === null || year === null || annualWorkloadMinutes === null) return cells.failure();
  return cells.result({ positionId, year, annualWorkloadMinutes });
}
