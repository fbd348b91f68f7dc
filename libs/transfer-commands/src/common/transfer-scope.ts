import { canAccessAgency, type AuthUser } from '@mutasi/identity';
import { CodedError } from '@mutasi/errors';

/** An operator acts on a proposal when its origin or its target agency is in their scope. */
export function assertProposalInScope(user: AuthUser, originAgencyId: string, targetAgencyId: string): void {
  if (!canAccessAgency(user, originAgencyId) && !canAccessAgency(user, targetAgencyId)) {
    throw new CodedError(
      'OUT_OF_SCOPE',
      `Neither agency of this proposal (${originAgencyId}, ${targetAgencyId}) is in your scope`,
      { originAgencyId, targetAgencyId },
    );
  }
}
