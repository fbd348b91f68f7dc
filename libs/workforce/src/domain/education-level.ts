/** Highest education completed: school (SD … SMK), diploma (D1 … D4), degree (S1 … S3). */
export const EDUCATION_LEVELS = ['SD', 'SMP', 'SMA', 'SMK', 'D1', 'D2', 'D3', 'D4', 'S1', 'S2', 'S3'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export function isEducationLevel(text: string): text is EducationLevel {
  return (EDUCATION_LEVELS as readonly string[]).includes(text);
}
