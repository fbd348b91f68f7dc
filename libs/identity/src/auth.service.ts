import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { ProblemException } from '@mutasi/platform';
import type { AuthUser, Role } from './auth-user';
import { LoginRateLimiter } from './login-rate-limiter';
import { verifyAgainstDecoy, verifyPassword } from './password';
import { UserEntity } from './persistence/user.entity';

export interface LoginResult {
  accessToken: string;
  user: AuthUser;
}

interface TokenClaims extends Omit<AuthUser, 'username'> {
  sub: string;
}

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly jwt: JwtService,
    @Inject(LoginRateLimiter) private readonly limiter: LoginRateLimiter,
  ) {}

  async login(username: string, password: string, address: string): Promise<LoginResult> {
    const verdict = await this.limiter.attempt(username, address);
    if (!verdict.allowed) {
      throw new ProblemException(429, 'TOO_MANY_LOGIN_ATTEMPTS', 'Too many login attempts; try again later', {
        retryAfterSeconds: verdict.retryAfterSeconds,
      });
    }
    const entity = await this.users.findOneBy({ username });
    const ok = entity ? await verifyPassword(entity.passwordHash, password) : await verifyAgainstDecoy(password);
    if (!entity || !ok) {
      throw new ProblemException(401, 'INVALID_CREDENTIALS', 'The username or the password is wrong');
    }
    await this.limiter.succeeded(username);
    const user = toAuthUser(entity);
    const { username: sub, ...rest } = user;
    const claims: TokenClaims = { sub, ...rest };
    return { accessToken: await this.jwt.signAsync(claims), user };
  }

  /** Checks a bearer token; returns the user it names or null when it is invalid or expired. */
  async verify(token: string): Promise<AuthUser | null> {
    try {
      const { sub, displayName, email, roles, agencyIds, positionIds, employeeNip, language } =
        await this.jwt.verifyAsync<TokenClaims>(token);
      return { username: sub, displayName, email, roles, agencyIds, positionIds, employeeNip, language };
    } catch {
      return null;
    }
  }
}

export function toAuthUser(entity: UserEntity): AuthUser {
  return {
    username: entity.username,
    displayName: entity.displayName,
    email: entity.email,
    roles: entity.roles as Role[],
    agencyIds: entity.agencyIds,
    positionIds: entity.positionIds,
    employeeNip: entity.employeeNip,
    language: entity.language === 'en' ? 'en' : 'id',
  };
}
