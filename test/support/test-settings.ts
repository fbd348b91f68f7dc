/** The shared Redis the suites use (each under a key prefix of its own). */
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * Every setting a test app or worker runs with, spelled out: nothing comes from the shell, so a
 * developer's `SMTP_URL`, `DATABASE_URL`, `PUBLIC_URL` or `REDIS_PREFIX` never reaches a test (and
 * no test email reaches a real server). Settings left out take the application's defaults.
 * Only where the test servers are may be set from outside (`TEST_ADMIN_DATABASE_URL`,
 * `TEST_REDIS_URL`).
 */
export function testSettings(required: {
  databaseUrl: string;
  redisPrefix: string;
  smtpUrl: string;
}): Record<string, string> {
  return {
    NODE_ENV: 'test',
    DATABASE_URL: required.databaseUrl,
    REDIS_URL: TEST_REDIS_URL,
    REDIS_PREFIX: required.redisPrefix,
    SMTP_URL: required.smtpUrl,
    PUBLIC_URL: 'http://localhost:3000',
    MAIL_FROM: 'mutasi <no-reply@mutasi.local>',
    SEED_DEMO: 'true',
    // The demo history plays dozens of proposals: only its own suite turns it on.
    SEED_DEMO_HISTORY: 'false',
    DEMO_DATA_DIR: 'data/demo',
    LOG_LEVEL: 'silent',
    // Suites run side by side on one PostgreSQL (max_connections 100): small pools each.
    DATABASE_POOL_SIZE: '6',
    PORT: '0',
  };
}
