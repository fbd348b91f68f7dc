import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthService, type Role } from '@mutasi/identity';
import { ProblemException } from '@mutasi/platform';
import { accessTokenOf } from './session-cookie';
import { PUBLIC_ROUTE, REQUIRED_ROLES, type AuthenticatedRequest } from './auth.decorators';

/** Every route needs a valid bearer token unless marked @Public(), and one of its @Roles() if any. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token = accessTokenOf(request);
    if (!token) throw new ProblemException(401, 'UNAUTHENTICATED', 'A bearer access token is required');
    const user = await this.auth.verify(token);
    if (!user) throw new ProblemException(401, 'INVALID_TOKEN', 'The access token is invalid or has expired');
    request.user = user;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (roles && !roles.some((role) => user.roles.includes(role))) {
      throw new ProblemException(403, 'ROLE_REQUIRED', `This needs one of the roles: ${roles.join(', ')}`, {
        requiredRoles: roles,
      });
    }
    return true;
  }
}
