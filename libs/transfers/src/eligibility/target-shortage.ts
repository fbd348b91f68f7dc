import type { EligibilityResult, EligibilityRule } from './eligibility-rule';

/** A transfer is only made into a position its workload analysis shows short of staff. */
export const targetShortage: EligibilityRule = ({ target, targetPositionWorkload }): EligibilityResult | null => {
  if (targetPositionWorkload === null) {
    return {
      code: 'ELIGIBILITY_NO_WORKLOAD_ANALYSIS',
      level: 'warning',
      message: 'Jabatan tujuan belum memiliki analisis beban kerja / The target position has no workload analysis',
      details: { positionId: target.position.id },
    };
  }
  const { required, actual } = targetPositionWorkload;
  if (required - actual > 0) return null;
  return {
    code: 'ELIGIBILITY_NO_SHORTAGE',
    level: 'blocking',
    message: `Jabatan tujuan tidak kekurangan pegawai (kebutuhan ${required}, tersedia ${actual}) / The target position has no shortage (needs ${required}, has ${actual})`,
    details: { positionId: target.position.id, required, actual },
  };
};
