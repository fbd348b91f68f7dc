/** Process configuration from environment variables, checked once at start. */
export interface AppConfig {
  nodeEnv: string;
  databaseUrl: string;
  /** Connections per pool: the event store's, and the read models' (half of it, at least 2). */
  databasePoolSize: number;
  redisUrl: string;
  /** Prefix of every Redis key (rate limits, queues), so several deployments can share one Redis. */
  redisPrefix: string;
  smtpUrl: string;
  mailFrom: string;
  jwtSecret: string;
  jwtTtlSeconds: number;
  /** How long a session's standing (version, disabled, logged out) is remembered between checks. */
  sessionCheckCacheMs: number;
  /** PKCS#8 PEM of the Ed25519 key signing audit exports; derived from the JWT secret when unset. */
  auditSigningKey?: string;
  port: number;
  /** The address the API listens on: loopback unless set (the Docker image sets 0.0.0.0). */
  host: string;
  /**
   * Which proxies in front of the API may name the client's address (X-Forwarded-For): none
   * (false), any (true), or their addresses and subnets. Login throttling keys on that address.
   */
  trustProxy: boolean | string[];
  /** A bearer secret that lets a Prometheus scraper read /metrics without a user account. */
  metricsToken?: string;
  publicUrl: string;
  seedDemo: boolean;
  /** With the demo data, also play about a year of fictional proposals through the commands. */
  seedDemoHistory: boolean;
  demoDataDir: string;
  logLevel: string;
  bodyLimitBytes: number;
  effectiveMinutesPerYear: number;
  /** Longest standing delegation, in days. */
  delegationMaxDays: number;
  /** How far ahead a proposal's requested effective date may lie, in days. */
  proposalHorizonDays: number;
  /** Months after the effective date before a transfer may be evaluated. */
  evaluationPeriodMonths: number;
  /** The built web application served under /app/. */
  webDistDir: string;
  documents: DocumentSettings;
}

/** Where uploaded documents are kept, and how large one may be. */
export interface DocumentSettings {
  storage: 'postgres' | 's3';
  maxBytes: number;
  s3: {
    endpoint: string;
    bucket: string;
    region: string;
    accessKeyId: string;
    secretAccessKey: string;
    prefix: string;
  } | null;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
}

const DEV_JWT_SECRET = 'mutasi-local-development-secret-change-me';
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const problems: string[] = [];
  const nodeEnv = env.NODE_ENV ?? 'development';

  const url = (name: string, fallback: string, protocols: string[]): string => {
    const value = env[name] ?? fallback;
    try {
      const parsed = new URL(value);
      if (!protocols.includes(parsed.protocol)) {
        problems.push(`${name} must use ${protocols.join(' or ')}, got ${parsed.protocol}`);
      }
    } catch {
      problems.push(`${name} is not a URL: ${JSON.stringify(value)}`);
    }
    return value;
  };
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max}, got ${JSON.stringify(raw)}`);
      return fallback;
    }
    return value;
  };
  const bool = (name: string, fallback: boolean): boolean => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    if (raw === 'true' || raw === '1') return true;
    if (raw === 'false' || raw === '0') return false;
    problems.push(`${name} must be true or false, got ${JSON.stringify(raw)}`);
    return fallback;
  };

  const jwtSecret = env.JWT_SECRET ?? (nodeEnv === 'production' ? '' : DEV_JWT_SECRET);
  if (jwtSecret.length < 32) {
    problems.push('JWT_SECRET must be set to at least 32 characters (it is required when NODE_ENV=production)');
  }
  if (env.METRICS_TOKEN && env.METRICS_TOKEN.length < 32) problems.push('METRICS_TOKEN must be at least 32 characters');
  const logLevel = env.LOG_LEVEL ?? 'info';
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  const mailFrom = env.MAIL_FROM ?? 'mutasi <no-reply@mutasi.local>';
  if (!/@/.test(mailFrom)) problems.push(`MAIL_FROM must hold an email address, got ${JSON.stringify(mailFrom)}`);

  const config: AppConfig = {
    nodeEnv,
    databaseUrl: url('DATABASE_URL', 'postgres://postgres@127.0.0.1:5432/mutasi', ['postgres:', 'postgresql:']),
    databasePoolSize: int('DATABASE_POOL_SIZE', 20, 2, 500),
    redisUrl: url('REDIS_URL', 'redis://127.0.0.1:6379', ['redis:', 'rediss:']),
    redisPrefix: env.REDIS_PREFIX ?? 'mutasi',
    smtpUrl: url('SMTP_URL', 'smtp://127.0.0.1:1025', ['smtp:', 'smtps:']),
    mailFrom,
    jwtSecret,
    jwtTtlSeconds: int('JWT_TTL_SECONDS', 8 * 3600, 60, 7 * 24 * 3600),
    sessionCheckCacheMs: int('SESSION_CHECK_CACHE_MS', 2000, 0, 5000),
    auditSigningKey: env.AUDIT_SIGNING_KEY || undefined,
    port: int('PORT', 3000, 0, 65535),
    host: env.HOST || '127.0.0.1',
    trustProxy: trustProxy(env.TRUST_PROXY, problems),
    metricsToken: env.METRICS_TOKEN || undefined,
    publicUrl: url('PUBLIC_URL', 'http://localhost:3000', ['http:', 'https:']).replace(/\/+$/, ''),
    seedDemo: bool('SEED_DEMO', true),
    seedDemoHistory: bool('SEED_DEMO_HISTORY', true),
    demoDataDir: env.DEMO_DATA_DIR ?? 'data/demo',
    logLevel,
    bodyLimitBytes: int('BODY_LIMIT_BYTES', 64 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
    effectiveMinutesPerYear: int('EFFECTIVE_MINUTES_PER_YEAR', 75000, 1, 1_000_000),
    delegationMaxDays: int('DELEGATION_MAX_DAYS', 90, 1, 366),
    proposalHorizonDays: int('PROPOSAL_HORIZON_DAYS', 365, 1, 3650),
    evaluationPeriodMonths: int('EVALUATION_PERIOD_MONTHS', 6, 1, 60),
    webDistDir: env.WEB_DIST_DIR ?? 'dist/web',
    documents: documentSettings(env, problems, url, int),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

const PROXY_ADDRESS = /^(loopback|linklocal|uniquelocal|[0-9a-f.:]+(\/\d{1,3})?)$/i;

function trustProxy(value: string | undefined, problems: string[]): AppConfig['trustProxy'] {
  if (value === undefined || value === '' || value === 'false') return false;
  if (value === 'true') return true;
  const addresses = value.split(',').map((address) => address.trim());
  if (addresses.every((address) => PROXY_ADDRESS.test(address))) return addresses;
  problems.push(`TRUST_PROXY must be false, true or a list of addresses/subnets, got ${JSON.stringify(value)}`);
  return false;
}

function documentSettings(
  env: NodeJS.ProcessEnv,
  problems: string[],
  url: (name: string, fallback: string, protocols: string[]) => string,
  int: (name: string, fallback: number, min: number, max: number) => number,
): DocumentSettings {
  const storage = env.DOCUMENT_STORAGE || 'postgres';
  const maxBytes = int('DOCUMENT_MAX_BYTES', 2 * 1024 * 1024, 1, 1024 * 1024 * 1024);
  if (storage === 'postgres') return { storage, maxBytes, s3: null };
  if (storage !== 's3') {
    problems.push(`DOCUMENT_STORAGE must be postgres or s3, got ${JSON.stringify(storage)}`);
    return { storage: 'postgres', maxBytes, s3: null };
  }
  const required = (name: string): string => {
    const value = env[name] ?? '';
    if (value === '') problems.push(`${name} is required when DOCUMENT_STORAGE=s3`);
    return value;
  };
  return {
    storage,
    maxBytes,
    s3: {
      endpoint: env.DOCUMENT_S3_ENDPOINT
        ? url('DOCUMENT_S3_ENDPOINT', '', ['http:', 'https:'])
        : required('DOCUMENT_S3_ENDPOINT'),
      bucket: required('DOCUMENT_S3_BUCKET'),
      region: env.DOCUMENT_S3_REGION || 'us-east-1',
      accessKeyId: required('DOCUMENT_S3_ACCESS_KEY_ID'),
      secretAccessKey: required('DOCUMENT_S3_SECRET_ACCESS_KEY'),
      prefix: env.DOCUMENT_S3_PREFIX ?? '',
    },
  };
}
