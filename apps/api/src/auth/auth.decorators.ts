import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { AuthSession, AuthUser, Role } from '@mutasi/identity';

export const PUBLIC_ROUTE = 'mutasi:public';
export const REQUIRED_ROLES = 'mutasi:roles';

/** The route needs no access token. */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** The caller must hold one of these roles. */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);

export type AuthenticatedRequest = FastifyRequest & { user?: AuthUser; session?: AuthSession };

export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthUser => {
  const user = context.switchToHttp().getRequest<AuthenticatedRequest>().user;
  if (!user) throw new Error('CurrentUser used on a public route');
  return user;
});
