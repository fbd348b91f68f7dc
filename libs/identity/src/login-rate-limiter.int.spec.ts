import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { TEST_REDIS_URL } from '../../../test/support/test-settings';
import { DEFAULT_LOGIN_THROTTLE, LoginRateLimiter } from './login-rate-limiter';

const prefix = `mutasi-test-login-${randomBytes(4).toString('hex')}:`;
let redis: Redis;
let now: number;
let limiter: LoginRateLimiter;

beforeAll(() => {
  redis = new Redis(TEST_REDIS_URL, { keyPrefix: prefix, maxRetriesPerRequest: 1 });
});

beforeEach(async () => {
  await clear();
  now = Date.parse('2026-12-01T08:00:00Z');
  limiter = new LoginRateLimiter(redis, DEFAULT_LOGIN_THROTTLE, () => now);
});

afterAll(async () => {
  await clear();
  redis.disconnect();
});

async function clear(): Promise<void> {
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length) await redis.del(...keys.map((k) => k.slice(prefix.length)));
}

async function failTimes(username: string, address: string, times: number): Promise<void> {
  for (let i = 0; i < times; i++) await limiter.failed(username, address);
}

describe('login throttling', () => {
  it('allows a few failures of one username from one address, then makes each attempt wait longer', async () => {
    await failTimes('siti', '203.0.113.7', DEFAULT_LOGIN_THROTTLE.freeFailures);
    expect(await limiter.attempt('siti', '203.0.113.7')).toEqual({ allowed: true });

    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      await limiter.failed('siti', '203.0.113.7');
      const verdict = await limiter.attempt('siti', '203.0.113.7');
      if (verdict.allowed) throw new Error('expected a delay');
      waits.push(verdict.retryAfterSeconds);
      now += verdict.retryAfterSeconds * 1000;
      expect(await limiter.attempt('siti', '203.0.113.7')).toEqual({ allowed: true });
    }
    expect(waits).toEqual([1, 2, 4, 8]);
  });

  it('never delays longer than the ceiling', async () => {
    await failTimes('siti', '203.0.113.7', 40);
    const verdict = await limiter.attempt('siti', '203.0.113.7');
    expect(verdict).toEqual({ allowed: false, retryAfterSeconds: DEFAULT_LOGIN_THROTTLE.maxDelaySeconds });
  });

  it('lets the owner log in from their usual address after 10 wrong passwords from elsewhere', async () => {
    await limiter.succeeded('siti', '192.0.2.10');
    await failTimes('siti', '203.0.113.7', 10);
    expect(await limiter.attempt('siti', '203.0.113.7')).toMatchObject({ allowed: false });
    expect(await limiter.attempt('siti', '192.0.2.10')).toEqual({ allowed: true });
    // and from a new address, since one address alone is no distributed attack
    expect(await limiter.attempt('siti', '198.51.100.1')).toEqual({ allowed: true });
  });

  it('slows a distributed guesser on new addresses, never the owner on their usual one', async () => {
    await limiter.succeeded('siti', '192.0.2.10');
    for (let i = 1; i <= DEFAULT_LOGIN_THROTTLE.distributedAddresses + 1; i++) {
      await failTimes('siti', `203.0.113.${i}`, 2);
    }
    expect(await limiter.attempt('siti', '198.51.100.1')).toMatchObject({ allowed: false });
    expect(await limiter.attempt('siti', '192.0.2.10')).toEqual({ allowed: true });
    expect(await limiter.attempt('budi', '198.51.100.1')).toEqual({ allowed: true });
  });

  it('does not let one address lock out everybody', async () => {
    for (let i = 0; i < 60; i++) await failTimes(`user-${i}`, '203.0.113.66', 2);
    expect(await limiter.attempt('user-0', '203.0.113.66')).toMatchObject({ allowed: false });
    for (let i = 0; i < 60; i += 7) {
      expect(await limiter.attempt(`user-${i}`, '198.51.100.1')).toEqual({ allowed: true });
    }
    expect(await limiter.attempt('someone-else', '198.51.100.2')).toEqual({ allowed: true });
  });

  it('forgets an address’s failures on the username once it logs in', async () => {
    await failTimes('siti', '203.0.113.7', 8);
    now += 10 * 60_000;
    await limiter.succeeded('siti', '203.0.113.7');
    expect(await limiter.attempt('siti', '203.0.113.7')).toEqual({ allowed: true });
  });
});
