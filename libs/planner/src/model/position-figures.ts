import { assessWorkload, requiredStaff, type EfficiencyBand, type WorkloadSettings } from '@mutasi/workforce/domain';

/** One measured position's ABK figures for a given headcount. */
export interface PositionFigures {
  positionId: string;
  unitId: string;
  annualWorkloadMinutes: number;
  required: number;
  existing: number;
  /** existing − required: positive a surplus, negative a shortage. */
  gap: number;
  efficiency: number | null;
  band: EfficiencyBand | null;
}

export function positionFigures(
  position: { id: string; unitId: string; annualWorkloadMinutes: number },
  existing: number,
  settings: WorkloadSettings,
): PositionFigures {
  const required = requiredStaff(position.annualWorkloadMinutes, settings);
  const assessed = assessWorkload(
    { annualWorkloadMinutes: position.annualWorkloadMinutes, existing },
    settings,
    required,
  );
  return {
    positionId: position.id,
    unitId: position.unitId,
    annualWorkloadMinutes: position.annualWorkloadMinutes,
    required,
    existing,
    gap: assessed.gap,
    efficiency: assessed.efficiency,
    band: assessed.band,
  };
}
