import type { TransferKind } from '@mutasi/transfers';
import type { EfficiencyBand } from '@mutasi/workforce/domain';
import type { MoveRelation } from './build-model';

/** A unit's EJ and band before and after the plan. */
export interface UnitEfficiency {
  unitId: string;
  unitName: string;
  efficiencyBefore: number | null;
  efficiencyAfter: number | null;
  bandBefore: EfficiencyBand | null;
  bandAfter: EfficiencyBand | null;
}

/** One move of a plan, with the numbers its explanation is written from. */
export interface PlanMove {
  /** Unique in the plan: nobody moves twice. */
  moveId: string;
  employeeNip: string;
  employeeName: string;
  originPositionId: string;
  originUnitId: string;
  originAgencyId: string;
  targetPositionId: string;
  targetUnitId: string;
  targetAgencyId: string;
  positionTitle: string;
  kind: TransferKind;
  relation: MoveRelation;
  /** The employee's wish this move grants (1 first), or null. */
  wishRank: number | null;
  /** Moves of this group (same origin and target position), and this move's place in it. */
  groupSize: number;
  groupIndex: number;
  /** The origin position's surplus before the plan. */
  originSurplus: number;
  /** The target position's shortage before the plan. */
  targetShortage: number;
  /** How much Σ|gap| falls by this move (2: a surplus and a shortage closed; 0 below the origin's need). */
  gapReduction: number;
  /** The move's cost minus its wish bonus, in staff of gap. */
  cost: number;
  origin: UnitEfficiency;
  target: UnitEfficiency;
  explanation: { id: string; en: string };
}
