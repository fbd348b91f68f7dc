import { TRANSFER_KINDS, type TransferKind } from '@mutasi/transfers';
import { EFFICIENCY_BANDS, type EfficiencyBand } from '@mutasi/workforce/domain';
import type { Exclusions, MoveRelation } from './build-model';

export type BandCounts = Record<EfficiencyBand | 'none', number>;

/** Severe imbalance: EJ above 1.2 (overloaded) or below 0.5 (idle), or work with nobody in post. */
export const SEVERE_EJ = { above: 1.2, below: 0.5 } as const;

export interface PlanTotals {
  moves: number;
  wishesGranted: number;
  /** Σ |required − actual| over the scope's positions with a workload figure. */
  sumAbsGapBefore: number;
  sumAbsGapAfter: number;
  /** The model's objective: Σ|gap| + move costs − wish bonuses. */
  objectiveBefore: number;
  objectiveAfter: number;
  measuredPositions: number;
  positionsPerBand: { before: BandCounts; after: BandCounts };
  unitsPerBand: { before: BandCounts; after: BandCounts };
  severeImbalances: { positions: { before: number; after: number }; units: { before: number; after: number } };
  movesByKind: Record<TransferKind, number>;
  movesByRelation: Record<MoveRelation, number>;
  /** Employees of the surplus positions who may not move at all, by the first blocking rule. */
  excluded: Exclusions;
}

export function emptyBandCounts(): BandCounts {
  return Object.fromEntries([...EFFICIENCY_BANDS, 'none'].map((band) => [band, 0])) as BandCounts;
}

export function emptyKindCounts(): Record<TransferKind, number> {
  return Object.fromEntries(TRANSFER_KINDS.map((kind) => [kind, 0])) as Record<TransferKind, number>;
}

export function isSevere(efficiency: number | null, band: EfficiencyBand | null): boolean {
  if (efficiency === null) return band === 'A';
  return efficiency > SEVERE_EJ.above || efficiency < SEVERE_EJ.below;
}
