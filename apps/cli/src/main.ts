import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { Pool } from 'pg';
import { verifyHashChains } from '@mutasi/event-store';
import { loadConfig, PG_POOL, ProblemException } from '@mutasi/platform';
import { importFolder, MasterDataImporter } from '@mutasi/workforce';
import { CliModule } from './cli.module';

const USAGE = `usage:
  npm run cli -- import <dir> [--partial]   import regions, agencies, units, positions, employees, users (.csv) from <dir>
  npm run cli -- verify                     recompute every hash chain of the event log`;

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (command !== 'import' && command !== 'verify') {
    console.error(USAGE);
    return 2;
  }
  const config = loadConfig({ ...process.env, SEED_DEMO: 'false', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
  const app = await NestFactory.createApplicationContext(CliModule.forRoot(config), { logger: ['error', 'warn'] });
  try {
    if (command === 'verify') {
      const result = await verifyHashChains(app.get<Pool>(PG_POOL));
      console.log(JSON.stringify(result, null, 2));
      return result.ok ? 0 : 1;
    }
    const dir = args.find((a) => !a.startsWith('--'));
    if (!dir || !existsSync(dir) || !statSync(dir).isDirectory()) {
      console.error(`not a folder: ${dir ?? '(none given)'}\n${USAGE}`);
      return 2;
    }
    const started = Date.now();
    const results = await importFolder(
      app.get(MasterDataImporter),
      resolve(dir),
      { userId: process.env.USER ?? 'cli', role: 'admin', agencyScope: null, correlationId: randomUUID() },
      { partial: args.includes('--partial') },
    );
    console.log(JSON.stringify({ seconds: (Date.now() - started) / 1000, results }, null, 2));
    return results.some((r) => r.rejectedCount > 0) ? 1 : 0;
  } catch (error) {
    if (error instanceof ProblemException) {
      console.error(JSON.stringify({ code: error.code, message: error.message, ...error.extensions }, null, 2));
      return 1;
    }
    throw error;
  } finally {
    await app.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
