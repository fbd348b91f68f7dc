import type { Redis } from 'ioredis';

/**
 * How failed logins are slowed down (OWASP Authentication and Credential Stuffing cheat sheets):
 * growing delays rather than a lockout, so nobody can lock an account out by guessing wrong.
 */
export interface LoginThrottleRules {
  /** Failures of one username from one address before delays start. */
  freeFailures: number;
  /** The first delay; each further failure doubles it, up to `maxDelaySeconds`. */
  baseDelaySeconds: number;
  maxDelaySeconds: number;
  /** Failures are forgotten this long after the last one. */
  windowSeconds: number;
  /**
   * Distinct addresses failing on one username (a distributed guesser) beyond which that username
   * is slowed from every address except the ones it logged in from successfully.
   */
  distributedAddresses: number;
  /** Failures from one address, on any usernames, before that address (only) is slowed. */
  addressFailures: number;
  /** How long an address that logged in successfully stays exempt from the username's limit. */
  knownAddressDays: number;
}

export const DEFAULT_LOGIN_THROTTLE: LoginThrottleRules = {
  freeFailures: 5,
  baseDelaySeconds: 1,
  maxDelaySeconds: 15 * 60,
  windowSeconds: 15 * 60,
  distributedAddresses: 10,
  addressFailures: 100,
  knownAddressDays: 30,
};

export type RateLimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Throttles logins in Redis, three ways:
 * - per (username, address): after a few failures each attempt waits a growing delay;
 * - per username: once failures come from many addresses, addresses the user never logged in from
 *   wait too, while the owner's usual addresses are exempt (a guesser cannot lock the owner out);
 * - per address: one address failing on very many usernames is slowed, and only that address.
 * Attempts made while waiting are refused without checking the password and do not count.
 * If Redis is unreachable the attempt is allowed: logging in matters more than throttling, and
 * passwords are still checked with a slow hash.
 */
export class LoginRateLimiter {
  constructor(
    private readonly redis: Redis,
    private readonly rules: LoginThrottleRules = DEFAULT_LOGIN_THROTTLE,
    private readonly now: () => number = Date.now,
  ) {}

  async attempt(username: string, address: string): Promise<RateLimitVerdict> {
    const keys = this.keys(username, address);
    try {
      const result = await this.redis
        .multi()
        .hget(keys.pair, 'until')
        .hget(keys.address, 'until')
        .hget(keys.user, 'until')
        .zscore(keys.known, address)
        .exec();
      if (!result) return { allowed: true };
      const [pairUntil, addressUntil, userUntil, knownSince] = result.map(([, value]) =>
        value === null ? 0 : Number(value),
      );
      const now = this.now();
      const known = knownSince > now - this.rules.knownAddressDays * 86_400_000;
      const until = Math.max(pairUntil, addressUntil, known ? 0 : userUntil);
      if (until <= now) return { allowed: true };
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((until - now) / 1000)) };
    } catch {
      return { allowed: true };
    }
  }

  async failed(username: string, address: string): Promise<void> {
    const keys = this.keys(username, address);
    const window = this.rules.windowSeconds;
    try {
      const result = await this.redis
        .multi()
        .hincrby(keys.pair, 'failures', 1)
        .expire(keys.pair, window)
        .hincrby(keys.address, 'failures', 1)
        .expire(keys.address, window)
        .sadd(keys.userAddresses, address)
        .expire(keys.userAddresses, window)
        .scard(keys.userAddresses)
        .exec();
      if (!result) return;
      const pairFailures = Number(result[0][1]);
      const addressFailures = Number(result[2][1]);
      const failingAddresses = Number(result[6][1]);
      await Promise.all([
        this.delay(keys.pair, pairFailures - this.rules.freeFailures),
        this.delay(keys.address, addressFailures - this.rules.addressFailures),
        this.delay(keys.user, failingAddresses - this.rules.distributedAddresses),
      ]);
    } catch {
      // Redis away: nothing to count with; see the class comment.
    }
  }

  /** Clears this address's failures on the username and remembers the address as the user's own. */
  async succeeded(username: string, address: string): Promise<void> {
    const keys = this.keys(username, address);
    const now = this.now();
    const keep = this.rules.knownAddressDays * 86_400;
    await this.redis
      .multi()
      .del(keys.pair)
      .zadd(keys.known, now, address)
      .zremrangebyscore(keys.known, '-inf', now - keep * 1000)
      .expire(keys.known, keep)
      .exec()
      .catch(() => undefined);
  }

  /** Blocks the key for the delay owed after `excess` failures beyond its free ones. */
  private async delay(key: string, excess: number): Promise<void> {
    if (excess <= 0) return;
    const seconds = Math.min(this.rules.baseDelaySeconds * 2 ** Math.min(excess - 1, 30), this.rules.maxDelaySeconds);
    await this.redis
      .multi()
      .hset(key, 'until', this.now() + seconds * 1000)
      .expire(key, Math.max(this.rules.windowSeconds, seconds))
      .exec();
  }

  private keys(username: string, address: string) {
    const user = encodeURIComponent(username.toLowerCase());
    return {
      pair: `login:pair:${user}:${address}`,
      address: `login:address:${address}`,
      user: `login:user:${user}`,
      userAddresses: `login:user-addresses:${user}`,
      known: `login:known:${user}`,
    };
  }
}
