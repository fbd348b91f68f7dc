import type { EligibilityRule } from './eligibility-rule';

export const studyLeave: EligibilityRule = ({ employee }) =>
  employee.onStudyLeave
    ? {
        code: 'ELIGIBILITY_STUDY_LEAVE',
        level: 'blocking',
        message: 'Sedang tugas belajar / On study leave',
        details: {},
      }
    : null;
