/**
 * Yearly performance predicate (predikat kinerja, PermenPANRB 6/2022), best first. A transfer
 * needs at least `baik` in each of the last two years (DOMAIN.md §2).
 */
export const PERFORMANCE_RATINGS = ['sangat_baik', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang'] as const;
export type PerformanceRating = (typeof PERFORMANCE_RATINGS)[number];

export function isPerformanceRating(text: string): text is PerformanceRating {
  return (PERFORMANCE_RATINGS as readonly string[]).includes(text);
}

/** Negative when `a` is worse than `b`, 0 when equal, positive when better. */
export function comparePerformanceRatings(a: PerformanceRating, b: PerformanceRating): number {
  return PERFORMANCE_RATINGS.indexOf(b) - PERFORMANCE_RATINGS.indexOf(a);
}

export function isRatingAtLeast(rating: PerformanceRating, minimum: PerformanceRating): boolean {
  return comparePerformanceRatings(rating, minimum) >= 0;
}

export function isAtLeastBaik(rating: PerformanceRating): boolean {
  return isRatingAtLeast(rating, 'baik');
}
