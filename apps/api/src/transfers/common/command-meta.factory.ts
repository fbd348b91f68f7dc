import type { AuthUser } from '@mutasi/identity';
import type { CommandMeta } from '@mutasi/transfer-commands';
import type { AuthenticatedRequest } from '../../auth/auth.decorators';

export function commandMeta(user: AuthUser, request: AuthenticatedRequest, ifMatch: number | null = null): CommandMeta {
  return { user, correlationId: String(request.id), causationId: null, expectedVersion: ifMatch };
}
