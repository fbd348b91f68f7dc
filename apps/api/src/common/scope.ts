import { agencyScope, canAccessAgency, type AuthUser } from '@mutasi/identity';
import { CodedError } from '@mutasi/errors';

/** The agencies a read is limited to: the requested one (if the caller may see it) or the caller's scope. */
export function scopedAgencies(user: AuthUser, requestedAgencyId?: string): string[] | null {
  if (requestedAgencyId) {
    assertAgencyAccess(user, requestedAgencyId);
    return [requestedAgencyId];
  }
  return agencyScope(user);
}

export function assertAgencyAccess(user: AuthUser, agencyId: string): void {
  if (!canAccessAgency(user, agencyId)) {
    throw new CodedError('OUT_OF_SCOPE', `Agency ${agencyId} is outside your scope`, { agencyId });
  }
}
