/**
 * Level (jenjang) of a functional position: keahlian (ahli pertama … utama) or keterampilan
 * (pemula … penyelia). The CSV has no column for it; titles carry it ("Perawat Ahli Muda").
 */
export const FUNCTIONAL_LEVELS = [
  'ahli_pertama',
  'ahli_muda',
  'ahli_madya',
  'ahli_utama',
  'pemula',
  'terampil',
  'mahir',
  'penyelia',
] as const;
export type FunctionalLevel = (typeof FUNCTIONAL_LEVELS)[number];

const TITLE_WORDS: ReadonlyArray<readonly [RegExp, FunctionalLevel]> = [
  [/\bahli pertama\b/i, 'ahli_pertama'],
  [/\bahli muda\b/i, 'ahli_muda'],
  [/\bahli madya\b/i, 'ahli_madya'],
  [/\bahli utama\b/i, 'ahli_utama'],
  [/\bpemula\b/i, 'pemula'],
  [/\bterampil\b/i, 'terampil'],
  [/\bmahir\b/i, 'mahir'],
  [/\bpenyelia\b/i, 'penyelia'],
];

/** The level named in a functional position's title, or null when the title names none. */
export function functionalLevelFromTitle(title: string): FunctionalLevel | null {
  return TITLE_WORDS.find(([pattern]) => pattern.test(title))?.[1] ?? null;
}

/**
 * The family (rumpun) of a functional position: its title without the level ("Perawat Ahli Muda"
 * and "Perawat Ahli Pertama" are both `perawat`), lower case, single spaces.
 */
export function functionalFamilyFromTitle(title: string): string {
  const withoutLevel = TITLE_WORDS.reduce((text, [pattern]) => text.replace(pattern, ' '), title);
  return withoutLevel.replace(/\s+/g, ' ').trim().toLowerCase();
}
