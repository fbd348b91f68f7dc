import { provinceOf } from '../transfer-kind';
import type { ChainRole } from '@mutasi/workforce/domain';

/**
 * A position that holds chain roles, with where it sits. A role entry may name the province it
 * covers: `bkn_regional:99` is the BKN regional office for province 99.
 */
export type DirectoryEntry = {
  positionId: string;
  unitId: string;
  topUnitId: string;
  agencyId: string;
  /** The agency's region code; empty for a central agency. */
  regionCode: string;
  chainRoles: string[];
};

/** The side of a proposal a role is resolved against. */
export type SideRef = {
  agencyId: string;
  topUnitId: string;
  regionCode: string;
};

function holdsRole(entry: DirectoryEntry, role: ChainRole): boolean {
  return entry.chainRoles.some((token) => token.split(':')[0] === role);
}

/** Positions holding `role` for a side (or nationally when side is null), sorted by id. */
export function holdersOf(role: ChainRole, side: SideRef | null, directory: readonly DirectoryEntry[]): string[] {
  const province = side === null || side.regionCode === '' ? null : provinceOf(side.regionCode);
  const covers = (entry: DirectoryEntry): boolean => {
    switch (role) {
      case 'unit_head':
        return side !== null && entry.agencyId === side.agencyId && entry.topUnitId === side.topUnitId;
      case 'personnel_head':
      case 'tpk_member':
      case 'ppk':
        return side !== null && entry.agencyId === side.agencyId;
      case 'governor':
        return province !== null && entry.regionCode === province;
      case 'bkn_regional':
        return province !== null && entry.chainRoles.includes(`bkn_regional:${province}`);
      case 'bkn_head':
      case 'mendagri':
        return true;
    }
  };
  return directory
    .filter((entry) => holdsRole(entry, role) && covers(entry))
    .map((entry) => entry.positionId)
    .sort();
}
