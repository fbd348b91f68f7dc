import type { Issue } from './issue';

/**
 * Rank (pangkat, golongan/ruang) of a PNS/CPNS, lowest first (DOMAIN.md §5). Written `III/c`:
 * golongan in Roman numerals, a slash, ruang as a lower-case letter.
 */
export const RANKS = [
  { code: 'I/a', name: 'Juru Muda' },
  { code: 'I/b', name: 'Juru Muda Tingkat I' },
  { code: 'I/c', name: 'Juru' },
  { code: 'I/d', name: 'Juru Tingkat I' },
  { code: 'II/a', name: 'Pengatur Muda' },
  { code: 'II/b', name: 'Pengatur Muda Tingkat I' },
  { code: 'II/c', name: 'Pengatur' },
  { code: 'II/d', name: 'Pengatur Tingkat I' },
  { code: 'III/a', name: 'Penata Muda' },
  { code: 'III/b', name: 'Penata Muda Tingkat I' },
  { code: 'III/c', name: 'Penata' },
  { code: 'III/d', name: 'Penata Tingkat I' },
  { code: 'IV/a', name: 'Pembina' },
  { code: 'IV/b', name: 'Pembina Tingkat I' },
  { code: 'IV/c', name: 'Pembina Utama Muda' },
  { code: 'IV/d', name: 'Pembina Utama Madya' },
  { code: 'IV/e', name: 'Pembina Utama' },
] as const;

export type Rank = (typeof RANKS)[number]['code'];
export const RANK_CODES: readonly Rank[] = RANKS.map((r) => r.code);

/** The rank written exactly as `I/a` … `IV/e`, or null. */
export function parseRank(text: string): Rank | null {
  return isRank(text) ? text : null;
}

export function isRank(text: string): text is Rank {
  return (RANK_CODES as readonly string[]).includes(text);
}

/** 0 for I/a up to 16 for IV/e. */
export function rankOrdinal(rank: Rank): number {
  return RANK_CODES.indexOf(rank);
}

/** Negative when `a` is lower than `b`, 0 when equal, positive when higher; usable with sort. */
export function compareRanks(a: Rank, b: Rank): number {
  return rankOrdinal(a) - rankOrdinal(b);
}

export function isRankAtLeast(rank: Rank, minimum: Rank): boolean {
  return compareRanks(rank, minimum) >= 0;
}

export function rankName(rank: Rank): string {
  return RANKS[rankOrdinal(rank)].name;
}

/** The golongan: I, II, III or IV. */
export function rankGolongan(rank: Rank): 'I' | 'II' | 'III' | 'IV' {
  return rank.split('/')[0] as 'I' | 'II' | 'III' | 'IV';
}

export type RankIssue = Issue<'UNKNOWN_RANK'>;

/** [] for a known rank, else one UNKNOWN_RANK issue that says what is accepted. */
export function validateRank(text: string): RankIssue[] {
  return isRank(text)
    ? []
    : [{ code: 'UNKNOWN_RANK', message: `Unknown rank "${text}": expected one of I/a … IV/e, such as III/c` }];
}
