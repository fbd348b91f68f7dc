import {
  assessWorkload,
  checkHeadcount,
  DEFAULT_WORKLOAD_SETTINGS,
  type EfficiencyBand,
  type WorkloadAssessment,
  type WorkloadSettings,
} from './workload';

/** A position with its staff in post; `annualWorkloadMinutes` null where no ABK was made. */
export interface StaffedPosition {
  readonly positionId: string;
  readonly unitId: string;
  readonly annualWorkloadMinutes: number | null;
  readonly existing: number;
}

export interface PositionWorkload extends WorkloadAssessment {
  readonly positionId: string;
  readonly unitId: string;
}

/**
 * How unevenly a group's staff is spread over its positions; gaps are taken per position, so a
 * surplus in one position is not hidden by a shortage in another.
 *
 * The measure is `misplacedShare` = (Σ |gap| / 2) / Σ required: the share of the needed
 * workforce that is in the wrong place. Halving counts one misplaced person once (they are a
 * surplus where they are and a shortage where they are needed), so when surplus and shortage are
 * equal it is exactly the share of people who would have to move for every position to fit, the
 * figure a planner of transfers asks for; it is also the classic index of dissimilarity and does
 * not grow with the size of the agency, so agencies and regions can be ranked by it. When surplus
 * and shortage differ, `transferable` tells how many moves can be made inside the group and
 * `netGap` what is left for hiring or release.
 */
export interface Imbalance {
  /** Σ of positive position gaps: people beyond need. */
  readonly surplus: number;
  /** Σ of negative position gaps, as a positive number: people missing. */
  readonly shortage: number;
  /** surplus − shortage = measured staff − required. */
  readonly netGap: number;
  /** min(surplus, shortage): moves inside the group that each fix one surplus and one shortage. */
  readonly transferable: number;
  /** Σ |gap| / 2. */
  readonly misplaced: number;
  /** misplaced / Σ required; null when nothing is required. */
  readonly misplacedShare: number | null;
}

export interface WorkloadSummary {
  /** The unit id, agency id or region code the figures are for. */
  readonly key: string;
  readonly positions: number;
  /** Positions with a workload figure, the only ones in the workload figures below. */
  readonly measuredPositions: number;
  /** Everyone in post in the group's positions, measured or not. */
  readonly headcount: number;
  readonly measuredHeadcount: number;
  readonly annualWorkloadMinutes: number;
  /** Σ of each position's rounded required staff (rounding happens per position, not on the sum). */
  readonly required: number;
  /** Σ workload / (measured headcount × effective minutes), two decimals; null with nobody measured in post. */
  readonly efficiency: number | null;
  readonly band: EfficiencyBand | null;
  readonly imbalance: Imbalance;
  /** The raw figures per measured position, gaps included. */
  readonly positionWorkloads: readonly PositionWorkload[];
}

export function assessPosition(
  position: StaffedPosition & { readonly annualWorkloadMinutes: number },
  settings: WorkloadSettings = DEFAULT_WORKLOAD_SETTINGS,
): PositionWorkload {
  return { positionId: position.positionId, unitId: position.unitId, ...assessWorkload(position, settings) };
}

/** The figures of one group of positions (a unit, an agency, a region: the caller chooses). */
export function summarizeWorkload(
  key: string,
  positions: readonly StaffedPosition[],
  settings: WorkloadSettings = DEFAULT_WORKLOAD_SETTINGS,
): WorkloadSummary {
  positions.forEach((p) => checkHeadcount(p.existing, `Staff in post in ${p.positionId}`));
  const measured = positions.flatMap((p) =>
    p.annualWorkloadMinutes === null
      ? []
      : [assessPosition({ ...p, annualWorkloadMinutes: p.annualWorkloadMinutes }, settings)],
  );
  const annualWorkloadMinutes = sum(measured.map((p) => p.annualWorkloadMinutes));
  const measuredHeadcount = sum(measured.map((p) => p.existing));
  const required = sum(measured.map((p) => p.required));
  const total = assessWorkload({ annualWorkloadMinutes, existing: measuredHeadcount }, settings, required);
  return {
    key,
    positions: positions.length,
    measuredPositions: measured.length,
    headcount: sum(positions.map((p) => p.existing)),
    measuredHeadcount,
    annualWorkloadMinutes,
    required,
    efficiency: total.efficiency,
    band: total.band,
    imbalance: imbalanceOf(
      measured.map((p) => p.gap),
      required,
    ),
    positionWorkloads: measured,
  };
}

/**
 * One summary per key, in order of first appearance. Positions whose key is null (e.g. a
 * central agency with no region) are left out.
 */
export function summarizeWorkloadBy(
  positions: readonly StaffedPosition[],
  keyOf: (position: StaffedPosition) => string | null,
  settings: WorkloadSettings = DEFAULT_WORKLOAD_SETTINGS,
): WorkloadSummary[] {
  const groups = new Map<string, StaffedPosition[]>();
  for (const position of positions) {
    const key = keyOf(position);
    if (key === null) continue;
    const group = groups.get(key);
    if (group) group.push(position);
    else groups.set(key, [position]);
  }
  return [...groups].map(([key, group]) => summarizeWorkload(key, group, settings));
}

export function unitWorkloads(
  positions: readonly StaffedPosition[],
  settings: WorkloadSettings = DEFAULT_WORKLOAD_SETTINGS,
): WorkloadSummary[] {
  return summarizeWorkloadBy(positions, (p) => p.unitId, settings);
}

export function agencyWorkloads(
  positions: readonly StaffedPosition[],
  agencyOfUnit: (unitId: string) => string | null,
  settings: WorkloadSettings = DEFAULT_WORKLOAD_SETTINGS,
): WorkloadSummary[] {
  return summarizeWorkloadBy(positions, (p) => agencyOfUnit(p.unitId), settings);
}

/** Per region; `regionOfUnit` decides the level (the agency's own region, or its province). */
export function regionWorkloads(
  positions: readonly StaffedPosition[],
  regionOfUnit: (unitId: string) => string | null,
  settings: WorkloadSettings = DEFAULT_WORKLOAD_SETTINGS,
): WorkloadSummary[] {
  return summarizeWorkloadBy(positions, (p) => regionOfUnit(p.unitId), settings);
}

export function imbalanceOf(gaps: readonly number[], required: number): Imbalance {
  const surplus = sum(gaps.filter((g) => g > 0));
  const shortage = sum(gaps.filter((g) => g < 0).map((g) => -g));
  const misplaced = (surplus + shortage) / 2;
  return {
    surplus,
    shortage,
    netGap: surplus - shortage,
    transferable: Math.min(surplus, shortage),
    misplaced,
    misplacedShare: required > 0 ? misplaced / required : null,
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, v) => total + v, 0);
}
