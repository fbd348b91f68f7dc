import type { RowReader } from './row-reader';

// Whole minutes only: "208.200" would otherwise be read as 208.2 when it means 208,200.
const WHOLE_MINUTES = /^\d+$/;

/** A cell of whole workload minutes; null when absent or invalid (recording INVALID_NUMBER). */
export function readWholeMinutes(cells: RowReader, field: string, text: string | null): number | null {
  if (text === null) return null;
  if (WHOLE_MINUTES.test(text) && Number.isSafeInteger(Number(text))) return Number(text);
  cells.fail(field, 'INVALID_NUMBER', `${field} must be a whole number of minutes without separators, got "${text}"`);
  return null;
}
