import type { EligibilityRule } from './eligibility-rule';

const normalise = (field: string): string => field.trim().toLowerCase();

/** True when the position lists no field or lists the employee's (case and spaces aside). */
export function educationFieldFits(educationField: string, positionFields: readonly string[]): boolean {
  return positionFields.length === 0 || positionFields.map(normalise).includes(normalise(educationField));
}

export const educationMatch: EligibilityRule = ({ employee, target }) => {
  const fields = target.position.educationFields;
  if (educationFieldFits(employee.educationField, fields)) return null;
  return {
    code: 'ELIGIBILITY_EDUCATION_MISMATCH',
    level: 'warning',
    message: `Bidang pendidikan "${employee.educationField}" tidak sesuai jabatan tujuan / Education field "${employee.educationField}" does not match the target position (${fields.join(', ')})`,
    details: { educationField: employee.educationField, positionFields: fields.join(';') },
  };
};
