/**
 * Workload analysis (Analisis Beban Kerja, ABK; DOMAIN.md §4) for one position or any group
 * of positions: required staff = annual workload / effective minutes per year; efficiency
 * EJ = workload / (existing staff × effective minutes); gap = existing − required
 * (positive a surplus, negative a shortage).
 */

export type StaffRounding = 'half_up' | 'ceil';

export interface WorkloadSettings {
  /** Effective working minutes per person per year; 75,000 (1,250 h) per PermenPANRB 1/2020 tools. */
  readonly effectiveMinutesPerYear: number;
  /** How the required staff of one position is rounded: BSSN forms round, NTT's code rounds up. */
  readonly rounding: StaffRounding;
}

export const DEFAULT_WORKLOAD_SETTINGS: WorkloadSettings = { effectiveMinutesPerYear: 75_000, rounding: 'half_up' };

/** Prestasi kerja jabatan: A sangat baik (overloaded) … E kurang (underloaded). */
export const EFFICIENCY_BANDS = ['A', 'B', 'C', 'D', 'E'] as const;
export type EfficiencyBand = (typeof EFFICIENCY_BANDS)[number];

export const EFFICIENCY_BAND_NAMES: Readonly<Record<EfficiencyBand, string>> = {
  A: 'Sangat Baik',
  B: 'Baik',
  C: 'Cukup',
  D: 'Sedang',
  E: 'Kurang',
};

/** The figures of one position, or of a group with its total workload and staff. */
export interface WorkloadFigures {
  readonly annualWorkloadMinutes: number;
  readonly existing: number;
}

export interface WorkloadAssessment {
  readonly annualWorkloadMinutes: number;
  readonly existing: number;
  /** Unrounded required staff, e.g. 2.776 (for display as 2.78). */
  readonly requiredExact: number;
  readonly required: number;
  /** existing − required: positive a surplus, negative a shortage. */
  readonly gap: number;
  /** EJ rounded to two decimals; null when nobody is in post (see `efficiency`). */
  readonly efficiency: number | null;
  readonly band: EfficiencyBand | null;
}

export function requiredStaffExact(
  annualWorkloadMinutes: number,
  settings: WorkloadSettings = DEFAULT_WORKLOAD_SETTINGS,
): number {
  checkMinutes(annualWorkloadMinutes);
  return annualWorkloadMinutes / effectiveMinutes(settings);
}

/** Required staff for one position's total workload, rounded per `settings.rounding`. */
export function requiredStaff(
  annualWorkloadMinutes: number,
  settings: WorkloadSettings = DEFAULT_WORKLOAD_SETTINGS,
): number {
  const exact = requiredStaffExact(annualWorkloadMinutes, settings);
  return settings.rounding === 'ceil' ? Math.ceil(exact) : roundHalfUp(exact);
}

/**
 * EJ rounded half-up to two decimals, the precision of the band table. With nobody in post the
 * ratio has no finite value, so the result is null: the band then says what that means (A when
 * there is work nobody does, none when there is no work either).
 */
export function efficiency(
  annualWorkloadMinutes: number,
  existing: number,
  settings: WorkloadSettings = DEFAULT_WORKLOAD_SETTINGS,
): number | null {
  checkMinutes(annualWorkloadMinutes);
  checkHeadcount(existing);
  if (existing === 0) return null;
  // 100 × minutes is exact for whole minutes, so a true x.5 hundredth is not lost to binary rounding.
  return roundHalfUp((100 * annualWorkloadMinutes) / (existing * effectiveMinutes(settings))) / 100;
}

/**
 * The band of an EJ already rounded to two decimals, so the table's gaps close: 0.895 is
 * shown as 0.90 and is B; 1.004 is 1.00 and B; 1.005 is 1.01 and A.
 * A: > 1.00 · B: 0.90–1.00 · C: 0.70–0.89 · D: 0.50–0.69 · E: < 0.50.
 */
export function efficiencyBand(roundedEfficiency: number): EfficiencyBand {
  if (roundedEfficiency > 1) return 'A';
  if (roundedEfficiency >= 0.9) return 'B';
  if (roundedEfficiency >= 0.7) return 'C';
  if (roundedEfficiency >= 0.5) return 'D';
  return 'E';
}

/**
 * Everything a screen shows for one position (or a group given as totals). Nobody in post:
 * efficiency null, band A if there is any workload (the work is entirely undone, the extreme of
 * "overloaded"), band null if the workload is 0 too (nothing to judge).
 */
export function assessWorkload(
  figures: WorkloadFigures,
  settings: WorkloadSettings = DEFAULT_WORKLOAD_SETTINGS,
  required: number = requiredStaff(figures.annualWorkloadMinutes, settings),
): WorkloadAssessment {
  const { annualWorkloadMinutes, existing } = figures;
  const ej = efficiency(annualWorkloadMinutes, existing, settings);
  return {
    annualWorkloadMinutes,
    existing,
    requiredExact: requiredStaffExact(annualWorkloadMinutes, settings),
    required,
    gap: existing - required,
    efficiency: ej,
    band: ej !== null ? efficiencyBand(ej) : annualWorkloadMinutes > 0 ? 'A' : null,
  };
}

function roundHalfUp(value: number): number {
  return Math.floor(value + 0.5);
}

function effectiveMinutes(settings: WorkloadSettings): number {
  const minutes = settings.effectiveMinutesPerYear;
  if (!Number.isFinite(minutes) || minutes <= 0) {
    throw new RangeError(`Effective minutes per year must be a positive number, got ${minutes}`);
  }
  return minutes;
}

function checkMinutes(minutes: number): void {
  if (!Number.isFinite(minutes) || minutes < 0) {
    throw new RangeError(`Annual workload must be a non-negative number of minutes, got ${minutes}`);
  }
}

export function checkHeadcount(count: number, what = 'Staff in post'): void {
  if (!Number.isSafeInteger(count) || count < 0) {
    throw new RangeError(`${what} must be a whole number of at least 0, got ${count}`);
  }
}
