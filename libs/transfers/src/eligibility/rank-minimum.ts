import { parseRank, rankOrdinal } from '@mutasi/workforce/domain';
import type { EligibilityRule } from './eligibility-rule';

/** The rank's place from I/a up, or null for anything else (a PPPK grade such as `IX`). */
function rankIndex(rank: string): number | null {
  const parsed = parseRank(rank.trim());
  return parsed === null ? null : rankOrdinal(parsed);
}

/** True when both are PNS ranks and `rank` is below `minRank`. */
export function rankBelowMinimum(rank: string, minRank: string | null): boolean {
  const have = rankIndex(rank);
  const need = minRank === null ? null : rankIndex(minRank);
  return have !== null && need !== null && have < need;
}

export const rankMinimum: EligibilityRule = ({ employee, target }) => {
  const minRank = target.position.minRank;
  if (!rankBelowMinimum(employee.rank, minRank)) return null;
  return {
    code: 'ELIGIBILITY_RANK_BELOW_MINIMUM',
    level: 'warning',
    message: `Pangkat ${employee.rank} di bawah minimal ${minRank} / Rank ${employee.rank} is below the position's minimum ${minRank}`,
    details: { rank: employee.rank, minRank },
  };
};
