/** Civil-servant ranks (golongan/ruang), lowest first. */
// prettier-ignore
export const RANKS = [
  'I/a', 'I/b', 'I/c', 'I/d',
  'II/a', 'II/b', 'II/c', 'II/d',
  'III/a', 'III/b', 'III/c', 'III/d',
  'IV/a', 'IV/b', 'IV/c', 'IV/d', 'IV/e',
] as const;

/** The rank's place in RANKS, or null for anything else (a PPPK grade such as `IX`). */
export function rankIndex(rank: string): number | null {
  const index = (RANKS as readonly string[]).indexOf(rank.trim());
  return index === -1 ? null : index;
}
