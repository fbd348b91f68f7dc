/** Gender as written in the employees CSV: `M` (NIP digit 1) or `F` (NIP digit 2). */
export const GENDERS = ['M', 'F'] as const;
export type Gender = (typeof GENDERS)[number];

export function isGender(text: string): text is Gender {
  return (GENDERS as readonly string[]).includes(text);
}
