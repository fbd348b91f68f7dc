import fc from 'fast-check';
import {
  assessWorkload,
  efficiency,
  efficiencyBand,
  EFFICIENCY_BANDS,
  requiredStaff,
  requiredStaffExact,
  type WorkloadSettings,
} from './workload';

// DOMAIN.md §4 worked example: Pengolah Data dan Informasi, Disdukcapil.
const sourceMinutes = 12_000 * 10 + 9_000 * 9 + 12 * 600; // Kab. Pesisir Timur
const targetMinutes = 20_000 * 10 + 15_000 * 9 + 12 * 600; // Kota Lestari
const ceil: WorkloadSettings = { effectiveMinutesPerYear: 75_000, rounding: 'ceil' };

describe('requiredStaff', () => {
  it('given the worked example, then 208,200 min need 3 (2.78) and 342,200 min need 5 (4.56)', () => {
    expect(sourceMinutes).toBe(208_200);
    expect(targetMinutes).toBe(342_200);
    expect(requiredStaffExact(sourceMinutes)).toBeCloseTo(2.776, 3);
    expect(requiredStaff(sourceMinutes)).toBe(3);
    expect(requiredStaffExact(targetMinutes)).toBeCloseTo(4.5627, 4);
    expect(requiredStaff(targetMinutes)).toBe(5);
  });

  it('given exactly half a person, then half-up rounds up', () => {
    expect(requiredStaff(112_500)).toBe(2);
  });

  it('given just under half a person, then half-up rounds down', () => {
    expect(requiredStaff(112_499)).toBe(1);
  });

  it('given the ceil setting, then any fraction rounds up', () => {
    expect(requiredStaff(75_001, ceil)).toBe(2);
    expect(requiredStaff(75_000, ceil)).toBe(1);
  });

  it('given another effective time (Perka BKN 19/2011: 72,000), then it divides by that', () => {
    expect(requiredStaff(180_000, { effectiveMinutesPerYear: 72_000, rounding: 'half_up' })).toBe(3);
  });

  it('given no workload, then nobody is required', () => {
    expect(requiredStaff(0)).toBe(0);
  });

  it.each([-1, NaN, Infinity])('given %p minutes, then RangeError', (minutes) => {
    expect(() => requiredStaff(minutes)).toThrow(RangeError);
  });

  it.each([0, -75_000, NaN])('given effective minutes %p, then RangeError', (effective) => {
    expect(() => requiredStaff(1000, { effectiveMinutesPerYear: effective, rounding: 'half_up' })).toThrow(RangeError);
  });

  it('ceil never needs fewer than half-up, and never more than one more', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (minutes) => {
        const halfUp = requiredStaff(minutes);
        const up = requiredStaff(minutes, ceil);
        return up >= halfUp && up - halfUp <= 1;
      }),
    );
  });
});

describe('efficiency (EJ)', () => {
  it('given the worked example source (5 in post), then 0.56', () => {
    expect(efficiency(sourceMinutes, 5)).toBe(0.56);
  });

  it('given the worked example target (3 in post), then 1.52', () => {
    expect(efficiency(targetMinutes, 3)).toBe(1.52);
  });

  it('given an EJ of exactly x.xx5 (0.895), then it rounds half up to 0.90', () => {
    expect(efficiency(67_125, 1)).toBe(0.9);
  });

  it('given an EJ just below x.xx5 (0.89499), then it rounds down to 0.89', () => {
    expect(efficiency(67_124, 1)).toBe(0.89);
  });

  it('given nobody in post, then null: there is no finite ratio', () => {
    expect(efficiency(sourceMinutes, 0)).toBeNull();
  });

  it.each([-1, 1.5, NaN])('given %p in post, then RangeError', (existing) => {
    expect(() => efficiency(1000, existing)).toThrow(RangeError);
  });

  it('is at most two decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5_000_000 }), fc.integer({ min: 1, max: 200 }), (minutes, existing) => {
        const ej = efficiency(minutes, existing) as number;
        return Math.abs(ej * 100 - Math.round(ej * 100)) < 1e-9;
      }),
    );
  });
});

describe('efficiencyBand', () => {
  it.each([
    [1.52, 'A'],
    [1.01, 'A'],
    [1.0, 'B'],
    [0.9, 'B'],
    [0.89, 'C'],
    [0.7, 'C'],
    [0.69, 'D'],
    [0.5, 'D'],
    [0.49, 'E'],
    [0, 'E'],
  ] as const)('given EJ %p, then band %s', (ej, band) => {
    expect(efficiencyBand(ej)).toBe(band);
  });

  it('never gets better as the EJ falls', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 300 }), (a, b) => {
        const [low, high] = a <= b ? [a / 100, b / 100] : [b / 100, a / 100];
        return EFFICIENCY_BANDS.indexOf(efficiencyBand(high)) <= EFFICIENCY_BANDS.indexOf(efficiencyBand(low));
      }),
    );
  });
});

describe('assessWorkload', () => {
  it('given the worked example source, then 3 needed, surplus +2, EJ 0.56, band D', () => {
    expect(assessWorkload({ annualWorkloadMinutes: sourceMinutes, existing: 5 })).toEqual({
      annualWorkloadMinutes: 208_200,
      existing: 5,
      requiredExact: 208_200 / 75_000,
      required: 3,
      gap: 2,
      efficiency: 0.56,
      band: 'D',
    });
  });

  it('given the worked example target, then 5 needed, shortage −2, EJ 1.52, band A', () => {
    expect(assessWorkload({ annualWorkloadMinutes: targetMinutes, existing: 3 })).toMatchObject({
      required: 5,
      gap: -2,
      efficiency: 1.52,
      band: 'A',
    });
  });

  it('given work but nobody in post, then EJ null, band A and the whole need as shortage', () => {
    expect(assessWorkload({ annualWorkloadMinutes: targetMinutes, existing: 0 })).toMatchObject({
      required: 5,
      gap: -5,
      efficiency: null,
      band: 'A',
    });
  });

  it('given neither work nor staff, then EJ null and no band', () => {
    expect(assessWorkload({ annualWorkloadMinutes: 0, existing: 0 })).toMatchObject({
      required: 0,
      gap: 0,
      efficiency: null,
      band: null,
    });
  });

  it('given staff but no work, then EJ 0 and band E', () => {
    expect(assessWorkload({ annualWorkloadMinutes: 0, existing: 2 })).toMatchObject({
      gap: 2,
      efficiency: 0,
      band: 'E',
    });
  });

  it('given the required count from elsewhere (a unit total), then it is used for the gap', () => {
    expect(assessWorkload({ annualWorkloadMinutes: targetMinutes, existing: 3 }, undefined, 6)).toMatchObject({
      required: 6,
      gap: -3,
    });
  });
});
