import type { Redis } from 'ioredis';

export interface RateLimitRule {
  limit: number;
  windowSeconds: number;
}

export interface LoginRateLimits {
  perUsername: RateLimitRule;
  perAddress: RateLimitRule;
}

export const DEFAULT_LOGIN_RATE_LIMITS: LoginRateLimits = {
  perUsername: { limit: 10, windowSeconds: 300 },
  perAddress: { limit: 50, windowSeconds: 300 },
};

export type RateLimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts login attempts per username and per client address in fixed Redis windows. If Redis is
 * unreachable the attempt is allowed: logging in matters more than throttling, and passwords are
 * still checked with a slow hash.
 */
export class LoginRateLimiter {
  constructor(
    private readonly redis: Redis,
    private readonly limits: LoginRateLimits = DEFAULT_LOGIN_RATE_LIMITS,
  ) {}

  async attempt(username: string, address: string): Promise<RateLimitVerdict> {
    try {
      const [user, ip] = await Promise.all([
        this.count(`login:user:${username.toLowerCase()}`, this.limits.perUsername),
        this.count(`login:ip:${address}`, this.limits.perAddress),
      ]);
      const blocked = [user, ip].filter((c) => !c.allowed);
      if (blocked.length === 0) return { allowed: true };
      return { allowed: false, retryAfterSeconds: Math.max(...blocked.map((c) => c.ttl)) };
    } catch {
      return { allowed: true };
    }
  }

  /** A successful login clears the username's failures. */
  async succeeded(username: string): Promise<void> {
    await this.redis.del(`login:user:${username.toLowerCase()}`).catch(() => undefined);
  }

  private async count(key: string, rule: RateLimitRule): Promise<{ allowed: boolean; ttl: number }> {
    const result = await this.redis.multi().incr(key).expire(key, rule.windowSeconds, 'NX').ttl(key).exec();
    if (!result) throw new Error('rate limit transaction aborted');
    const attempts = Number(result[0][1]);
    const ttl = Number(result[2][1]);
    return { allowed: attempts <= rule.limit, ttl: ttl > 0 ? ttl : rule.windowSeconds };
  }
}
