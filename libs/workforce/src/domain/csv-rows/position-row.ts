import { parseChainRoleEntry, type ChainRoleEntry } from '../chain-role';
import { POSITION_TYPES, type PositionType } from '../position-type';
import { parseRank, type Rank } from '../rank';
import type { ReferenceContext } from './reference-context';
import type { CsvRow, RowResult } from './row-issue';
import { readRow } from './row-reader';
import { readWholeMinutes } from './whole-minutes';

export interface PositionRecord {
  readonly id: string;
  readonly unitId: string;
  readonly title: string;
  readonly type: PositionType;
  readonly minRank: Rank | null;
  readonly educationFields: string[];
  /** Σ volume × norm time in minutes; null where no workload analysis was made. */
  readonly annualWorkloadMinutes: number | null;
  readonly chainRoles: ChainRoleEntry[];
}

export function validatePositionRow(
  row: CsvRow,
  context: Pick<ReferenceContext, 'hasUnit' | 'hasRegion'>,
): RowResult<PositionRecord> {
  const cells = readRow(row);
  const id = cells.required('id');
  const unitId = cells.required('unitId');
  const title = cells.required('title');
  const type = cells.oneOf('type', POSITION_TYPES, 'required');
  const minRankText = cells.optional('minRank');
  const workloadText = cells.optional('annualWorkloadMinutes');

  cells.reference('unitId', unitId, context.hasUnit, 'UNKNOWN_UNIT', 'unit');
  const minRank = minRankText === null ? null : parseRank(minRankText);
  if (minRankText !== null && minRank === null) {
    cells.fail('minRank', 'UNKNOWN_RANK', `minRank "${minRankText}" is no rank: expected I/a … IV/e, such as III/c`);
  }

  const annualWorkloadMinutes = readWholeMinutes(cells, 'annualWorkloadMinutes', workloadText);

  const chainRoles: ChainRoleEntry[] = [];
  for (const entry of cells.list('chainRoles')) {
    const parsed = parseChainRoleEntry(entry);
    if (!parsed.ok) {
      cells.fail('chainRoles', parsed.issue.code, parsed.issue.message);
    } else {
      chainRoles.push(parsed.value);
      cells.reference('chainRoles', parsed.value.regionCode, context.hasRegion, 'UNKNOWN_REGION', 'region');
    }
  }

  if (!id || !unitId || !title || !type) return cells.failure();
  return cells.result({
    id,
    unitId,
    title,
    type,
    minRank,
    educationFields: cells.list('educationFields'),
    annualWorkloadMinutes,
    chainRoles,
  });
}
