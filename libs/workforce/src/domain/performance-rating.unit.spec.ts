import {
  comparePerformanceRatings,
  isAtLeastBaik,
  isPerformanceRating,
  isRatingAtLeast,
  PERFORMANCE_RATINGS,
} from './performance-rating';

describe('performance rating', () => {
  it.each(PERFORMANCE_RATINGS)('accepts %s', (text) => {
    expect(isPerformanceRating(text)).toBe(true);
  });

  it.each(['Baik', 'BAIK', 'sangat baik', 'cukup', ''])('refuses %p', (text) => {
    expect(isPerformanceRating(text)).toBe(false);
  });

  it('orders sangat_baik above baik above butuh_perbaikan above kurang above sangat_kurang', () => {
    expect(comparePerformanceRatings('sangat_baik', 'baik')).toBeGreaterThan(0);
    expect(comparePerformanceRatings('butuh_perbaikan', 'baik')).toBeLessThan(0);
    expect(comparePerformanceRatings('kurang', 'kurang')).toBe(0);
    expect([...PERFORMANCE_RATINGS].reverse().sort(comparePerformanceRatings)).toEqual([
      'sangat_kurang',
      'kurang',
      'butuh_perbaikan',
      'baik',
      'sangat_baik',
    ]);
  });

  it.each([
    ['sangat_baik', true],
    ['baik', true],
    ['butuh_perbaikan', false],
    ['kurang', false],
    ['sangat_kurang', false],
  ] as const)('given %s, then "at least baik" is %s', (rating, expected) => {
    expect(isAtLeastBaik(rating)).toBe(expected);
  });

  it('compares against any minimum', () => {
    expect(isRatingAtLeast('kurang', 'sangat_kurang')).toBe(true);
    expect(isRatingAtLeast('baik', 'sangat_baik')).toBe(false);
  });
});
