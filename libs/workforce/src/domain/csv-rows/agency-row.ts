import { AGENCY_KINDS, type AgencyKind } from '../agency-kind';
import { parseRegionCode, type RegionLevel } from '../region-code';
import type { ReferenceContext } from './reference-context';
import type { CsvRow, RowResult } from './row-issue';
import { readRow } from './row-reader';

export interface AgencyRecord {
  readonly id: string;
  readonly name: string;
  readonly kind: AgencyKind;
  /** The region the agency governs; null for a central agency. */
  readonly regionCode: string | null;
}

const REGION_LEVELS_OF: Readonly<Record<AgencyKind, readonly RegionLevel[]>> = {
  central: ['province', 'regency', 'city'],
  provincial: ['province'],
  regional: ['regency', 'city'],
};

export function validateAgencyRow(row: CsvRow, context: Pick<ReferenceContext, 'hasRegion'>): RowResult<AgencyRecord> {
  const cells = readRow(row);
  const id = cells.required('id');
  const name = cells.required('name');
  const kind = cells.oneOf('kind', AGENCY_KINDS, 'required');
  const regionCode = cells.optional('regionCode');

  if (regionCode === null) {
    if (kind === 'provincial' || kind === 'regional') {
      cells.fail('regionCode', 'MISSING_FIELD', `regionCode is required for a ${kind} agency`);
    }
  } else {
    const region = parseRegionCode(regionCode);
    if (region === null) {
      cells.fail(
        'regionCode',
        'INVALID_REGION_CODE',
        `regionCode "${regionCode}" is no Kemendagri code such as 99 or 99.71`,
      );
    } else if (kind && !REGION_LEVELS_OF[kind].includes(region.level)) {
      cells.fail(
        'regionCode',
        'AGENCY_REGION_MISMATCH',
        `a ${kind} agency governs a ${REGION_LEVELS_OF[kind].join(' or ')}, but ${regionCode} is a ${region.level}`,
      );
    } else {
      cells.reference('regionCode', regionCode, context.hasRegion, 'UNKNOWN_REGION', 'region');
    }
  }

  if (!id || !name || !kind) return cells.failure();
  return cells.result({ id, name, kind, regionCode });
}
