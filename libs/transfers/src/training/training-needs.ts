import { functionalFamilyFromTitle, positionCategory } from '@mutasi/workforce/domain';
import { educationFieldFits } from '../eligibility/education-match';
import { rankBelowMinimum } from '../eligibility/rank-minimum';
import type { EmployeeSnapshot, PositionSnapshot } from '../snapshots';

export const TRAINING_NEED_CODES = [
  'TRAINING_EDUCATION_FIELD',
  'TRAINING_RANK_BELOW_MINIMUM',
  'TRAINING_FUNCTIONAL_FAMILY',
] as const;
export type TrainingNeedCode = (typeof TRAINING_NEED_CODES)[number];

/** A gap between the employee and the target position that training (diklat) is to close. */
export type TrainingNeed = {
  code: TrainingNeedCode;
  message: string;
  details: Record<string, string>;
};

const isFunctional = (position: PositionSnapshot): boolean => positionCategory(position.type) === 'functional';

/**
 * The competence gaps of a move: the employee's education field is not among the target
 * position's fields; their rank is below its minimum; the target is a functional position of a
 * family (its title without the level) other than the one the employee holds now, or they hold no
 * functional position at all.
 */
export function trainingNeeds(
  employee: EmployeeSnapshot,
  origin: PositionSnapshot,
  target: PositionSnapshot,
): TrainingNeed[] {
  const needs: TrainingNeed[] = [];
  if (!educationFieldFits(employee.educationField, target.educationFields)) {
    const fields = target.educationFields.join(', ');
    needs.push({
      code: 'TRAINING_EDUCATION_FIELD',
      message: `Pelatihan bidang ${fields} untuk lulusan ${employee.educationField || '-'} / Training in ${fields} for a graduate in ${employee.educationField || '-'}`,
      details: { educationField: employee.educationField, positionFields: target.educationFields.join(';') },
    });
  }
  if (rankBelowMinimum(employee.rank, target.minRank)) {
    needs.push({
      code: 'TRAINING_RANK_BELOW_MINIMUM',
      message: `Pangkat ${employee.rank} di bawah minimal ${target.minRank}: pengembangan kompetensi jenjang jabatan / Rank ${employee.rank} is below the minimum ${target.minRank}: competence development for the position's level`,
      details: { rank: employee.rank, minRank: target.minRank ?? '' },
    });
  }
  if (isFunctional(target)) {
    const targetFamily = functionalFamilyFromTitle(target.title);
    const originFamily = isFunctional(origin) ? functionalFamilyFromTitle(origin.title) : null;
    if (originFamily !== targetFamily) {
      needs.push({
        code: 'TRAINING_FUNCTIONAL_FAMILY',
        message: `Pelatihan fungsional ${target.title} (dari ${origin.title}) / Functional training for ${target.title} (from ${origin.title})`,
        details: { originTitle: origin.title, targetTitle: target.title, targetFamily },
      });
    }
  }
  return needs;
}
