/**
 * Kind of position (DOMAIN.md §5). `official` is an office held by someone who is not a civil
 * servant (Bupati, Gubernur, Menteri): it has no rank, no workload analysis and no BUP.
 */
export const POSITION_TYPES = [
  'jpt_utama',
  'jpt_madya',
  'jpt_pratama',
  'administrator',
  'pengawas',
  'pelaksana',
  'fungsional_ahli',
  'fungsional_keterampilan',
  'official',
] as const;
export type PositionType = (typeof POSITION_TYPES)[number];

/** JPT = Jabatan Pimpinan Tinggi, JA = Jabatan Administrasi, JF = Jabatan Fungsional. */
export type PositionCategory = 'jpt' | 'administration' | 'functional' | 'official';

const CATEGORY: Readonly<Record<PositionType, PositionCategory>> = {
  jpt_utama: 'jpt',
  jpt_madya: 'jpt',
  jpt_pratama: 'jpt',
  administrator: 'administration',
  pengawas: 'administration',
  pelaksana: 'administration',
  fungsional_ahli: 'functional',
  fungsional_keterampilan: 'functional',
  official: 'official',
};

export function isPositionType(text: string): text is PositionType {
  return (POSITION_TYPES as readonly string[]).includes(text);
}

export function positionCategory(type: PositionType): PositionCategory {
  return CATEGORY[type];
}

/** Positions filled by civil servants (every type except `official`). */
export function isCivilServicePosition(type: PositionType): boolean {
  return type !== 'official';
}
