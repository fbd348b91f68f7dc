import { forecastAfterMove } from './workload-forecast';

// DOMAIN.md §4 worked example.
const source = { annualWorkloadMinutes: 208_200, existing: 5 }; // Disdukcapil Kab. Pesisir Timur
const target = { annualWorkloadMinutes: 342_200, existing: 3 }; // Disdukcapil Kota Lestari

const view = (side: { existing: number; efficiency: number | null; band: string | null; gap: number }) => ({
  existing: side.existing,
  efficiency: side.efficiency,
  band: side.band,
  gap: side.gap,
});

describe('forecastAfterMove (DOMAIN.md §4 worked example)', () => {
  it('given 2 people move, then the source goes D 0.56 → B 0.93 and the target A 1.52 → B 0.91', () => {
    const forecast = forecastAfterMove(source, target, 2);
    expect(forecast.moved).toBe(2);
    expect(view(forecast.source.before)).toEqual({ existing: 5, efficiency: 0.56, band: 'D', gap: 2 });
    expect(view(forecast.source.after)).toEqual({ existing: 3, efficiency: 0.93, band: 'B', gap: 0 });
    expect(view(forecast.target.before)).toEqual({ existing: 3, efficiency: 1.52, band: 'A', gap: -2 });
    expect(view(forecast.target.after)).toEqual({ existing: 5, efficiency: 0.91, band: 'B', gap: 0 });
  });

  it('given 1 person moves, then the source stays D (0.69) and the target stays A (1.14)', () => {
    const forecast = forecastAfterMove(source, target, 1);
    expect(view(forecast.source.after)).toEqual({ existing: 4, efficiency: 0.69, band: 'D', gap: 1 });
    expect(view(forecast.target.after)).toEqual({ existing: 4, efficiency: 1.14, band: 'A', gap: -1 });
  });

  it('given everyone leaves the source, then its EJ is null and its band A', () => {
    const forecast = forecastAfterMove(source, target, 5);
    expect(view(forecast.source.after)).toEqual({ existing: 0, efficiency: null, band: 'A', gap: -3 });
  });

  it('given a required count for a unit, then it is kept before and after', () => {
    const forecast = forecastAfterMove({ ...source, required: 4 }, target, 1);
    expect(forecast.source.before.gap).toBe(1);
    expect(forecast.source.after.gap).toBe(0);
  });

  it('given more people than the source has, then RangeError', () => {
    expect(() => forecastAfterMove(source, target, 6)).toThrow(RangeError);
  });

  it.each([0, -1, 1.5])('given %p people, then RangeError', (n) => {
    expect(() => forecastAfterMove(source, target, n)).toThrow(RangeError);
  });
});
