import type { AgencySnapshot } from './snapshots';

/** DOMAIN.md §1: A within one agency; B–D within one province; E–G between provinces; H central. */
export type TransferKind = 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H';

export const TRANSFER_KINDS: readonly TransferKind[] = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];

export function provinceOf(regionCode: string): string {
  return regionCode.split('.')[0];
}

export function transferKind(origin: AgencySnapshot, target: AgencySnapshot): TransferKind {
  if (origin.id === target.id) return 'A';
  if (origin.kind === 'central' || target.kind === 'central') return 'H';
  const fromProvince = origin.kind === 'provincial';
  const toProvince = target.kind === 'provincial';
  if (provinceOf(origin.regionCode) === provinceOf(target.regionCode)) {
    if (fromProvince) return 'C';
    return toProvince ? 'D' : 'B';
  }
  if (fromProvince) return 'G';
  return toProvince ? 'F' : 'E';
}
