export const ROLES = ['operator', 'approver', 'consultant', 'employee', 'auditor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ALL_AGENCIES = '*';

/** The caller, as carried by the access token. */
export interface AuthUser {
  username: string;
  displayName: string;
  email: string;
  roles: Role[];
  /** `['*']` for national scope. */
  agencyIds: string[];
  positionIds: string[];
  employeeNip: string | null;
  language: 'id' | 'en';
}

export function hasRole(user: AuthUser, ...roles: Role[]): boolean {
  return roles.some((role) => user.roles.includes(role));
}

export function hasNationalScope(user: AuthUser): boolean {
  return user.agencyIds.includes(ALL_AGENCIES);
}

export function canAccessAgency(user: AuthUser, agencyId: string): boolean {
  return hasNationalScope(user) || user.agencyIds.includes(agencyId);
}

/** The agencies a query is limited to, or null when the caller sees every agency. */
export function agencyScope(user: AuthUser): string[] | null {
  return hasNationalScope(user) ? null : user.agencyIds;
}
