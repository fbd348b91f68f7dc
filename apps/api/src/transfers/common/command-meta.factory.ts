import type { AuthUser } from '@mutasi/identity';
import type { AuthenticatedRequest } from '../../auth/auth.decorators';
import type { CommandMeta } from './command-meta';

export function commandMeta(user: AuthUser, request: AuthenticatedRequest, ifMatch: number | null = null): CommandMeta {
  return { user, correlationId: String(request.id), causationId: null, expectedVersion: ifMatch };
}
