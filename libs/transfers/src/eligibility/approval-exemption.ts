import type { PositionType } from '../snapshots';
import type { EligibilityInput, EligibilityResult } from './eligibility-rule';

/** Officials (pejabat struktural) whose replacement the blackout windows forbid: JPT, administrator, pengawas. */
const OFFICIAL_TYPES: readonly PositionType[] = ['jpt_utama', 'jpt_madya', 'jpt_pratama', 'administrator', 'pengawas'];

export function isOfficialPosition(type: PositionType): boolean {
  return OFFICIAL_TYPES.includes(type);
}

export function isJptPosition(type: PositionType): boolean {
  return type === 'jpt_utama' || type === 'jpt_madya' || type === 'jpt_pratama';
}

/**
 * A refusal the written approval lifts: blocking without one; with one, a warning naming the
 * letter, which the decree stage must confirm (MINISTERIAL_APPROVAL_UNCONFIRMED).
 */
export function unlessApproved(
  { ministerialApproval }: Pick<EligibilityInput, 'ministerialApproval'>,
  result: Omit<EligibilityResult, 'level'>,
): EligibilityResult {
  if (ministerialApproval === null) return { ...result, level: 'blocking' };
  const number = ministerialApproval.number.trim();
  const { date } = ministerialApproval;
  return {
    ...result,
    level: 'warning',
    message: `${result.message}; disetujui tertulis no. ${number} tanggal ${date} / approved in writing, no. ${number} of ${date}`,
    details: { ...result.details, approvalNumber: number, approvalDate: date },
  };
}
