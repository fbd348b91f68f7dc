import { rankIndex } from '../rank';
import type { EligibilityRule } from './eligibility-rule';

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
