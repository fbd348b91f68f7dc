import type { Issue } from './issue';
import { parseRegionCode } from './region-code';

/** Roles a position can hold in an approval chain (DOMAIN.md §9). */
export const CHAIN_ROLES = [
  'unit_head',
  'personnel_head',
  'tpk_member',
  'ppk',
  'governor',
  'bkn_regional',
  'bkn_head',
  'mendagri',
] as const;
export type ChainRole = (typeof CHAIN_ROLES)[number];

/** What a role is resolved from: the proposal's agency, a province, or nothing (national). */
export type ChainRoleScope = 'agency' | 'province' | 'national';

const SCOPE: Readonly<Record<ChainRole, ChainRoleScope>> = {
  unit_head: 'agency',
  personnel_head: 'agency',
  tpk_member: 'agency',
  ppk: 'agency',
  governor: 'province',
  bkn_regional: 'province',
  bkn_head: 'national',
  mendagri: 'national',
};

/**
 * One entry of a position's `chainRoles` cell: `unit_head`, or a province-scoped role naming
 * the province it covers, `bkn_regional:99`. A Kanreg serves several provinces and belongs to no
 * regional agency, so `bkn_regional` must name its province; a governor may (the governor's own
 * agency already tells the province).
 */
export interface ChainRoleEntry {
  readonly role: ChainRole;
  readonly regionCode: string | null;
}

export type ChainRoleIssue = Issue<'INVALID_ROLE'>;
export type ChainRoleParse = { ok: true; value: ChainRoleEntry } | { ok: false; issue: ChainRoleIssue };

export function isChainRole(text: string): text is ChainRole {
  return (CHAIN_ROLES as readonly string[]).includes(text);
}

export function chainRoleScope(role: ChainRole): ChainRoleScope {
  return SCOPE[role];
}

export function parseChainRoleEntry(text: string): ChainRoleParse {
  const [roleText, regionCode, ...rest] = text.split(':');
  if (!isChainRole(roleText) || rest.length > 0) {
    return invalid(`Unknown chain role "${text}": expected one of ${CHAIN_ROLES.join(', ')}`);
  }
  const role = roleText;
  if (regionCode === undefined) {
    return role === 'bkn_regional'
      ? invalid(`Chain role "${text}" must name the province it covers, e.g. bkn_regional:99`)
      : { ok: true, value: { role, regionCode: null } };
  }
  if (SCOPE[role] !== 'province') {
    return invalid(`Chain role "${role}" is resolved from the ${SCOPE[role]} level and takes no region, got "${text}"`);
  }
  if (parseRegionCode(regionCode)?.level !== 'province') {
    return invalid(`Chain role "${text}" must name a province code of two digits, e.g. ${role}:99`);
  }
  return { ok: true, value: { role, regionCode } };
}

export function formatChainRoleEntry(entry: ChainRoleEntry): string {
  return entry.regionCode === null ? entry.role : `${entry.role}:${entry.regionCode}`;
}

function invalid(message: string): { ok: false; issue: ChainRoleIssue } {
  return { ok: false, issue: { code: 'INVALID_ROLE', message } };
}
