/**
 * Grade (golongan) of a PPPK employee: Roman numerals I to XVII, lowest first. A PPPK has no
 * PNS rank; the employees CSV carries this grade in its `rank` column (e.g. `IX`).
 */
export const PPPK_GRADES = [
  'I',
  'II',
  'III',
  'IV',
  'V',
  'VI',
  'VII',
  'VIII',
  'IX',
  'X',
  'XI',
  'XII',
  'XIII',
  'XIV',
  'XV',
  'XVI',
  'XVII',
] as const;
export type PppkGrade = (typeof PPPK_GRADES)[number];

export function parsePppkGrade(text: string): PppkGrade | null {
  return (PPPK_GRADES as readonly string[]).includes(text) ? (text as PppkGrade) : null;
}

/** 1 for I up to 17 for XVII. */
export function pppkGradeNumber(grade: PppkGrade): number {
  return PPPK_GRADES.indexOf(grade) + 1;
}

export function comparePppkGrades(a: PppkGrade, b: PppkGrade): number {
  return pppkGradeNumber(a) - pppkGradeNumber(b);
}
