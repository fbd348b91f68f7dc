import { parseRank, rankOrdinal } from '@mutasi/workforce/domain';
import type { EligibilityRule } from './eligibility-rule';

/** The rank's place from I/a up, or null for anything else (a PPPK grade such as `IX`). */
function rankIndex(rank: string): number | null {
  const parsed = parseRank(rank.trim());
  return parsed === null ? null : rankOrdinal(parsed);
}

export const rankMinimum: EligibilityRule = ({ employee, target }) => {
  const minRank = target.position.minRank;
  const have = rankIndex(employee.rank);
  const need = minRank === null ? null : rankIndex(minRank);
  if (have === null || need === null || have >= need) return null;
  return {
    code: 'ELIGIBILITY_RANK_BELOW_MINIMUM',
    level: 'warning',
    message: `Pangkat ${employee.rank} di bawah minimal ${minRank} / Rank ${employee.rank} is below the position's minimum ${minRank}`,
    details: { rank: employee.rank, minRank },
  };
};
