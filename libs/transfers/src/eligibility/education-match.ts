import type { EligibilityRule } from './eligibility-rule';

const normalise = (field: string): string => field.trim().toLowerCase();

export const educationMatch: EligibilityRule = ({ employee, target }) => {
  const fields = target.position.educationFields;
  if (fields.length === 0 || fields.map(normalise).includes(normalise(employee.educationField))) return null;
  return {
    code: 'ELIGIBILITY_EDUCATION_MISMATCH',
    level: 'warning',
    message: `Bidang pendidikan "${employee.educationField}" tidak sesuai jabatan tujuan / Education field "${employee.educationField}" does not match the target position (${fields.join(', ')})`,
    details: { educationField: employee.educationField, positionFields: fields.join(';') },
  };
};
