import type { PerformanceRating } from '../snapshots';
import type { EligibilityRule } from './eligibility-rule';

const BEST_FIRST: readonly PerformanceRating[] = ['sangat_baik', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang'];

/** Each of the last N yearly ratings must be at least the minimum (Perban 5/2019 Ps 3); missing years fail. */
export const performance: EligibilityRule = ({ employee }, config) => {
  const considered = employee.performanceRatings.slice(0, config.performanceYears);
  const worstAllowed = BEST_FIRST.indexOf(config.minPerformanceRating);
  const enough = considered.length === config.performanceYears;
  if (enough && considered.every((rating) => BEST_FIRST.indexOf(rating) <= worstAllowed)) return null;
  return {
    code: 'ELIGIBILITY_PERFORMANCE',
    level: 'blocking',
    message: `Predikat kinerja ${config.performanceYears} tahun terakhir harus minimal "${config.minPerformanceRating}" / Each of the last ${config.performanceYears} performance ratings must be at least "${config.minPerformanceRating}"`,
    details: { ratings: considered.join(';'), minimum: config.minPerformanceRating },
  };
};
