import type { EligibilityResult, EligibilityRule } from './eligibility-rule';

/**
 * A transfer is only made into a position its workload analysis shows short of staff. Open
 * proposals into the same position count against the shortage: when they already fill it, the
 * proposal is warned, naming them (one of them may still fail).
 */
export const targetShortage: EligibilityRule = ({
  target,
  targetPositionWorkload,
  pending,
}): EligibilityResult | null => {
  if (targetPositionWorkload === null) {
    return {
      code: 'ELIGIBILITY_NO_WORKLOAD_ANALYSIS',
      level: 'warning',
      message: 'Jabatan tujuan belum memiliki analisis beban kerja / The target position has no workload analysis',
      details: { positionId: target.position.id },
    };
  }
  const { required, actual } = targetPositionWorkload;
  const claimed = pending.intoTargetPosition;
  if (required - actual > claimed.length) return null;
  if (required - actual > 0) {
    return {
      code: 'ELIGIBILITY_SHORTAGE_CLAIMED',
      level: 'warning',
      message: `Kekurangan pegawai pada jabatan tujuan (${required - actual}) sudah diisi oleh usulan terbuka ${claimed.join(', ')} / The target position's shortage (${required - actual}) is already claimed by open proposal(s) ${claimed.join(', ')}`,
      details: {
        positionId: target.position.id,
        required,
        actual,
        pendingIn: claimed.length,
        firstPendingTransferId: claimed[0],
        pendingTransferIds: claimed.join(','),
      },
    };
  }
  return {
    code: 'ELIGIBILITY_NO_SHORTAGE',
    level: 'blocking',
    message: `Jabatan tujuan tidak kekurangan pegawai (kebutuhan ${required}, tersedia ${actual}) / The target position has no shortage (needs ${required}, has ${actual})`,
    details: { positionId: target.position.id, required, actual },
  };
};
