import { expectedParentCode, parseRegionCode, REGION_LEVELS, type RegionLevel } from '../region-code';
import type { ReferenceContext } from './reference-context';
import type { CsvRow, RowResult } from './row-issue';
import { readRow } from './row-reader';

export interface RegionRecord {
  readonly code: string;
  readonly name: string;
  readonly level: RegionLevel;
  readonly parentCode: string | null;
}

export function validateRegionRow(row: CsvRow, context: Pick<ReferenceContext, 'hasRegion'>): RowResult<RegionRecord> {
  const cells = readRow(row);
  const codeText = cells.required('code');
  const name = cells.required('name');
  const level = cells.oneOf('level', REGION_LEVELS, 'required');
  const parentCode = cells.optional('parentCode');

  const code = codeText === null ? null : parseRegionCode(codeText);
  if (codeText !== null && code === null) {
    cells.fail(
      'code',
      'INVALID_REGION_CODE',
      `code "${codeText}" is no Kemendagri code such as 99 (province) or 99.71 (regency 01-69, city 71-99)`,
    );
  }
  if (code && level && code.level !== level) {
    cells.fail('code', 'INVALID_REGION_CODE', `code ${code.code} is a ${code.level} code but level says ${level}`);
  }
  if (code) {
    const parent = expectedParentCode(code);
    if (parent === null && parentCode !== null) {
      cells.fail('parentCode', 'REGION_PARENT_MISMATCH', `province ${code.code} has no parent, got "${parentCode}"`);
    } else if (parent !== null && parentCode === null) {
      cells.fail('parentCode', 'MISSING_FIELD', `parentCode is required for ${code.code}: its province ${parent}`);
    } else if (parent !== null && parentCode !== parent) {
      cells.fail(
        'parentCode',
        'REGION_PARENT_MISMATCH',
        `the parent of ${code.code} is province ${parent}, got "${parentCode}"`,
      );
    } else {
      cells.reference('parentCode', parentCode, context.hasRegion, 'UNKNOWN_REGION', 'region');
    }
  }

  if (!codeText || !name || !level) return cells.failure();
  return cells.result({ code: codeText, name, level, parentCode });
}
