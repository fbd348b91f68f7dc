import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { CodedError } from '@mutasi/errors';
import type { AuthUser, Role } from './auth-user';
import { AUTH_MESSAGES } from './auth-messages';
import { LoginRateLimiter } from './login-rate-limiter';
import { verifyAgainstDecoy, verifyPassword } from './password';
import { UserEntity } from './persistence/user.entity';
import { SessionStore } from './sessions';

export interface LoginResult {
  accessToken: string;
  user: AuthUser;
}

/** A checked access token: who it names, and which session it belongs to. */
export interface AuthSession {
  user: AuthUser;
  sessionId: string;
  expiresAt: Date;
}

/** Why a token was refused: `invalid` (forged, malformed, expired, no `exp`) or `ended` (revoked). */
export type Authentication = { ok: true; session: AuthSession } | { ok: false; reason: 'invalid' | 'ended' };

interface TokenClaims extends Omit<AuthUser, 'username'> {
  sub: string;
  /** The user's session version when the token was issued. */
  sv: number;
  /** The session (one login). */
  sid: string;
  exp?: number;
}

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly jwt: JwtService,
    @Inject(LoginRateLimiter) private readonly limiter: LoginRateLimiter,
    private readonly sessions: SessionStore,
  ) {}

  async login(username: string, password: string, address: string): Promise<LoginResult> {
    const verdict = await this.limiter.attempt(username, address);
    if (!verdict.allowed) {
      throw new CodedError('TOO_MANY_LOGIN_ATTEMPTS', AUTH_MESSAGES.TOO_MANY_LOGIN_ATTEMPTS, {
        retryAfterSeconds: verdict.retryAfterSeconds,
      });
    }
    const entity = await this.users.findOneBy({ username });
    const ok = entity ? await verifyPassword(entity.passwordHash, password) : await verifyAgainstDecoy(password);
    // A disabled account answers like a wrong password: the response does not tell which accounts exist.
    if (!entity || !ok || entity.disabledAt !== null) {
      await this.limiter.failed(username, address);
      throw new CodedError('INVALID_CREDENTIALS', AUTH_MESSAGES.INVALID_CREDENTIALS);
    }
    await this.limiter.succeeded(username, address);
    const user = toAuthUser(entity);
    const { username: sub, ...rest } = user;
    const claims: TokenClaims = { sub, ...rest, sv: entity.sessionVersion, sid: randomUUID() };
    return { accessToken: await this.jwt.signAsync(claims), user };
  }

  /**
   * The one check of an access token, whatever carried it (bearer header or cookie): signature,
   * expiry (a token without `exp` is refused), and that its session still stands (not logged out,
   * user not disabled or removed, rights unchanged since it was issued).
   */
  async authenticate(token: string): Promise<Authentication> {
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(token);
    } catch {
      return { ok: false, reason: 'invalid' };
    }
    if (typeof claims.exp !== 'number' || typeof claims.sv !== 'number' || typeof claims.sid !== 'string') {
      return { ok: false, reason: 'invalid' };
    }
    const standing = await this.sessions.standing(claims.sub, claims.sid);
    if (!standing || standing.disabled || standing.ended || standing.version !== claims.sv) {
      return { ok: false, reason: 'ended' };
    }
    const { sub, displayName, email, roles, agencyIds, positionIds, employeeNip, language } = claims;
    return {
      ok: true,
      session: {
        user: { username: sub, displayName, email, roles, agencyIds, positionIds, employeeNip, language },
        sessionId: claims.sid,
        expiresAt: new Date(claims.exp * 1000),
      },
    };
  }

  /** The user a token names, or null when it is refused for any reason. */
  async verify(token: string): Promise<AuthUser | null> {
    const result = await this.authenticate(token);
    return result.ok ? result.session.user : null;
  }

  /** Logout: ends this session, or with `everywhere` every session of the user. */
  async logout(session: AuthSession, everywhere: boolean): Promise<void> {
    if (everywhere) await this.sessions.endAll(session.user.username);
    else await this.sessions.end(session.user.username, session.sessionId, session.expiresAt);
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
