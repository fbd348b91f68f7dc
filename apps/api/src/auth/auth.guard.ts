import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AUTH_MESSAGES, AuthService, type Role } from '@mutasi/identity';
import { CodedError } from '@mutasi/errors';
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
    if (!token) throw new CodedError('UNAUTHENTICATED', AUTH_MESSAGES.UNAUTHENTICATED);
    const result = await this.auth.authenticate(token);
    if (!result.ok) {
      throw result.reason === 'ended'
        ? new CodedError('SESSION_ENDED', AUTH_MESSAGES.SESSION_ENDED)
        : new CodedError('INVALID_TOKEN', AUTH_MESSAGES.INVALID_TOKEN);
    }
    const user = result.session.user;
    request.user = user;
    request.session = result.session;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (roles && !roles.some((role) => user.roles.includes(role))) {
      throw new CodedError('ROLE_REQUIRED', AUTH_MESSAGES.ROLE_REQUIRED(roles), { requiredRoles: roles });
    }
    return true;
  }
}
