/**
 * Kemendagri region codes (DOMAIN.md §5) at the two levels the system keeps: a province is two
 * digits (`99`, first digit 1-9 = island group), a kabupaten/kota adds a dot and two digits:
 * 01-69 a regency (kabupaten), 71-99 a city (kota).
 */
export const REGION_LEVELS = ['province', 'regency', 'city'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

export interface RegionCode {
  readonly code: string;
  readonly level: RegionLevel;
  readonly provinceCode: string;
}

const PROVINCE = /^[1-9]\d$/;
const KAB_KOTA = /^([1-9]\d)\.(\d{2})$/;

export function isRegionLevel(text: string): text is RegionLevel {
  return (REGION_LEVELS as readonly string[]).includes(text);
}

/** The level and province of a well-formed code, or null (also for 00 and 70 after the dot). */
export function parseRegionCode(text: string): RegionCode | null {
  if (PROVINCE.test(text)) return { code: text, level: 'province', provinceCode: text };
  const match = KAB_KOTA.exec(text);
  if (!match) return null;
  const number = Number(match[2]);
  if (number >= 1 && number <= 69) return { code: text, level: 'regency', provinceCode: match[1] };
  if (number >= 71) return { code: text, level: 'city', provinceCode: match[1] };
  return null;
}

/** The parent a region must have: none for a province, its province for a regency or city. */
export function expectedParentCode(code: RegionCode): string | null {
  return code.level === 'province' ? null : code.provinceCode;
}
