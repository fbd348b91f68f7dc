import type { UnitWorkload, WorkloadSnapshot } from '../snapshots';
import { distanceToBandC, forecastOutcome } from './forecast-outcome';

const unit = (unitId: string, efficiency: number | null): UnitWorkload => ({
  unitId,
  required: 3,
  actual: 3,
  efficiency,
  band: null,
});
const snapshot = (origin: number | null, target: number | null): WorkloadSnapshot => ({
  origin: unit('U1', origin),
  target: unit('U2', target),
});

describe('distanceToBandC', () => {
  it('is 0 inside band C (0.70–0.89), the hundredths to its edge outside, null without an EJ', () => {
    expect(distanceToBandC(unit('U', 0.7))).toBe(0);
    expect(distanceToBandC(unit('U', 0.89))).toBe(0);
    expect(distanceToBandC(unit('U', 0.56))).toBe(14);
    expect(distanceToBandC(unit('U', 1.52))).toBe(63);
    expect(distanceToBandC(unit('U', null))).toBeNull();
    expect(distanceToBandC(null)).toBeNull();
  });
});

describe('forecastOutcome', () => {
  it('given a forecast bringing both units nearer to band C, when both measured EJs are nearer too, then promised and kept', () => {
    expect(forecastOutcome(snapshot(0.56, 1.52), snapshot(0.69, 1.14), snapshot(0.72, 1.2))).toEqual({
      promised: true,
      kept: true,
    });
  });

  it('given a promised unit whose measured EJ drifted further from band C, then promised and not kept', () => {
    expect(forecastOutcome(snapshot(0.56, 1.52), snapshot(0.69, 1.14), snapshot(0.5, 1.14))).toEqual({
      promised: true,
      kept: false,
    });
  });

  it('given a unit the forecast moved away from band C, then only the other unit counts', () => {
    expect(forecastOutcome(snapshot(0.8, 1.52), snapshot(0.6, 1.14), snapshot(0.5, 1.0))).toEqual({
      promised: true,
      kept: true,
    });
  });

  it('given a forecast that keeps a unit inside band C, then keeping it there is kept', () => {
    expect(forecastOutcome(snapshot(0.8, null), snapshot(0.75, null), snapshot(0.88, null))).toEqual({
      promised: true,
      kept: true,
    });
  });

  it('given units without an EJ, or a forecast moving both away, then nothing was promised', () => {
    expect(forecastOutcome(snapshot(null, null), snapshot(0.8, 0.8), snapshot(0.8, 0.8))).toEqual({
      promised: false,
      kept: null,
    });
    expect(forecastOutcome(snapshot(0.8, 0.8), snapshot(0.6, 1.2), snapshot(0.8, 0.8))).toEqual({
      promised: false,
      kept: null,
    });
  });

  it('given a promised unit without a measured EJ at the evaluation, then not kept', () => {
    expect(forecastOutcome(snapshot(0.56, null), snapshot(0.69, null), { origin: null, target: null })).toEqual({
      promised: true,
      kept: false,
    });
  });
});
