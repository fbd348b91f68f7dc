import { randomBytes } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Redis } from 'ioredis';
import request from 'supertest';
import { loadNotificationsConfig } from '@mutasi/notifications';
import { loadConfig, type AppConfig, type Clock } from '@mutasi/platform';
import { createApiApp } from '../../apps/api/src';
import { WorkerModule } from '../../apps/worker/src';
import { SmtpSink } from './smtp-sink';
import { createTestDatabase, type TestDatabase } from './test-database';
import { testSettings } from './test-settings';

export const DEMO_PASSWORD = 'mutasi-demo-2026';

export interface TestApp {
  config: AppConfig;
  db: TestDatabase;
  api: NestFastifyApplication;
  worker: INestApplicationContext | null;
  /** Where the apps send email: the suite's own SMTP_URL, or an SMTP sink started for the app. */
  mail: SmtpSink | null;
  /** The settings both apps run with (for a worker started as a child process). */
  env: Record<string, string>;
  http(): ReturnType<typeof request>;
  /** A bearer token for a demo user (cached per username). */
  token(username: string): Promise<string>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  seedDemo?: boolean;
  withWorker?: boolean;
  /** Settings on top of the test settings (see test-settings.ts); the shell's are never read. */
  env?: Record<string, string>;
  /** The source of "now" for both apps (a ManualClock moves time); the system clock by default. */
  clock?: Clock;
}

/**
 * The real API (and, if asked, the worker) in this process, on a database of its own and a Redis
 * key prefix of its own, so end-to-end suites run in parallel and leave nothing behind.
 */
export async function startTestApp(label: string, options: TestAppOptions = {}): Promise<TestApp> {
  const db = await createTestDatabase(label);
  const redisPrefix = `mutasi-test-${label}-${randomBytes(4).toString('hex')}`;
  const mail = options.env?.SMTP_URL === undefined ? await SmtpSink.start() : null;
  const smtpUrl = options.env?.SMTP_URL ?? (mail as SmtpSink).url;
  const env = {
    ...testSettings({ databaseUrl: db.url, redisPrefix, smtpUrl }),
    SEED_DEMO: String(options.seedDemo ?? true),
    ...options.env,
  };
  const config = loadConfig(env);
  const api = await createApiApp(config, options.clock);
  const worker = options.withWorker
    ? await NestFactory.createApplicationContext(
        WorkerModule.forRoot(config, options.clock, loadNotificationsConfig(env)),
        { logger: false },
      )
    : null;
  await worker?.init();
  const tokens = new Map<string, string>();
  const http = () => request(api.getHttpServer());
  return {
    config,
    db,
    api,
    worker,
    mail,
    env,
    http,
    async token(username: string) {
      const cached = tokens.get(username);
      if (cached) return cached;
      const response = await http().post('/auth/login').send({ username, password: DEMO_PASSWORD });
      if (response.status !== 200)
        throw new Error(`login ${username}: ${response.status} ${JSON.stringify(response.body)}`);
      tokens.set(username, response.body.accessToken as string);
      return response.body.accessToken as string;
    },
    async close() {
      await worker?.close();
      await api.close();
      const redis = new Redis(config.redisUrl);
      const keys = await redis.keys(`${redisPrefix}:*`);
      if (keys.length) await redis.del(...keys);
      redis.disconnect();
      await db.drop();
      await mail?.stop();
    },
  };
}
