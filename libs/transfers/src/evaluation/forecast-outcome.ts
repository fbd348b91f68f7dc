import type { UnitWorkload, WorkloadSnapshot } from '../snapshots';

/** Band C (EJ 0.70–0.89, in hundredths) is where a move is meant to bring both units. */
const BAND_C_FROM = 70;
const BAND_C_TO = 89;

/** How far an EJ lies from band C, in hundredths; 0 inside it, null when there is no EJ. */
export function distanceToBandC(unit: UnitWorkload | null): number | null {
  if (unit === null || unit.efficiency === null) return null;
  const hundredths = Math.round(unit.efficiency * 100);
  if (hundredths < BAND_C_FROM) return BAND_C_FROM - hundredths;
  return Math.max(0, hundredths - BAND_C_TO);
}

/**
 * Whether a move promised something and kept it. A unit is promised when the forecast brings its
 * EJ nearer to band C than before, or keeps it inside; the move promised when either unit was.
 * It kept its promise when every promised unit's EJ measured at the evaluation is also nearer to
 * band C than before, or inside it. Units without an EJ (no workload analysis, nobody in post)
 * promise nothing. `kept` is null when nothing was promised.
 */
export function forecastOutcome(
  before: WorkloadSnapshot,
  forecast: WorkloadSnapshot,
  outcome: WorkloadSnapshot,
): { promised: boolean; kept: boolean | null } {
  const sides = (['origin', 'target'] as const).flatMap((side) => {
    const was = distanceToBandC(before[side]);
    const planned = distanceToBandC(forecast[side]);
    if (was === null || planned === null || !(planned < was || planned === 0)) return [];
    const measured = distanceToBandC(outcome[side]);
    return [measured !== null && (measured < was || measured === 0)];
  });
  if (sides.length === 0) return { promised: false, kept: null };
  return { promised: true, kept: sides.every(Boolean) };
}
