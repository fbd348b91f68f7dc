import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { Pool } from 'pg';
import { verifyDocuments } from '@mutasi/audit';
import { DocumentsService } from '@mutasi/documents';
import { requestRebuild, subscriptionStatuses, verifyHashChains } from '@mutasi/event-store';
import { CodedError } from '@mutasi/errors';
import type { AuthUser } from '@mutasi/identity';
import { AspirationsService } from '@mutasi/planner-commands';
import { loadConfig, PG_POOL } from '@mutasi/platform';
import { importFolder, MasterDataImporter } from '@mutasi/workforce';
import { CliModule } from './cli.module';

const USAGE = `usage:
  npm run cli -- import <dir> [--partial]   import regions, agencies, units, positions, employees, users, then aspirations (.csv) from <dir>
  npm run cli -- verify                     recompute every hash chain of the event log and every stored document's hash
  npm run cli -- projections                every projection: position reached, owner, lease, rebuild pending
  npm run cli -- rebuild <name…|all>        clear read models and replay the log (a running worker does it)`;

const COMMANDS = ['import', 'verify', 'projections', 'rebuild'];
const REBUILD_WAIT_MS = 60_000;

/** Whom the CLI imports wishes as: an admin of national scope. */
const CLI_ADMIN: AuthUser = {
  username: 'cli',
  displayName: 'cli',
  email: '',
  roles: ['admin'],
  agencyIds: ['*'],
  positionIds: [],
  employeeNip: null,
  language: 'id',
};

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (!command || !COMMANDS.includes(command)) {
    console.error(USAGE);
    return 2;
  }
  const config = loadConfig({ ...process.env, SEED_DEMO: 'false', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
  const app = await NestFactory.createApplicationContext(CliModule.forRoot(config), { logger: ['error', 'warn'] });
  try {
    const pool = app.get<Pool>(PG_POOL);
    if (command === 'verify') {
      const result = await verifyHashChains(pool);
      const documents = await verifyDocuments(pool, app.get(DocumentsService));
      const ok = result.ok && documents.altered.length === 0;
      console.log(JSON.stringify({ ...result, ok, documents }, null, 2));
      return ok ? 0 : 1;
    }
    if (command === 'projections') {
      console.log(JSON.stringify(await subscriptionStatuses(pool), null, 2));
      return 0;
    }
    if (command === 'rebuild') return await rebuild(pool, args);
    const dir = args.find((a) => !a.startsWith('--'));
    if (!dir || !existsSync(dir) || !statSync(dir).isDirectory()) {
      console.error(`not a folder: ${dir ?? '(none given)'}\n${USAGE}`);
      return 2;
    }
    const started = Date.now();
    const partial = args.includes('--partial');
    const correlationId = randomUUID();
    const username = process.env.USER ?? 'cli';
    const results: { rejectedCount: number }[] = await importFolder(
      app.get(MasterDataImporter),
      resolve(dir),
      { userId: username, role: 'admin', agencyScope: null, correlationId },
      { partial },
    );
    // Wishes name employees, units and positions, so they come after the master data.
    const aspirations = join(resolve(dir), 'aspirations.csv');
    if (existsSync(aspirations)) {
      const user: AuthUser = { ...CLI_ADMIN, username, displayName: username };
      results.push(
        await app
          .get(AspirationsService)
          .import(createReadStream(aspirations), partial, { user, correlationId, role: 'admin' }),
      );
    }
    console.log(JSON.stringify({ seconds: (Date.now() - started) / 1000, results }, null, 2));
    return results.some((r) => r.rejectedCount > 0) ? 1 : 0;
  } catch (error) {
    if (error instanceof CodedError) {
      console.error(JSON.stringify({ code: error.code, message: error.message, ...error.fields }, null, 2));
      return 1;
    }
    throw error;
  } finally {
    await app.close();
  }
}

/** Flags the projections for a rebuild and waits until the worker holding each has started it. */
async function rebuild(pool: Pool, names: string[]): Promise<number> {
  const known = (await subscriptionStatuses(pool)).map((s) => s.name);
  const wanted = names.includes('all') ? known : names;
  const unknown = wanted.filter((n) => !known.includes(n));
  if (wanted.length === 0 || unknown.length > 0) {
    console.error(`unknown projection(s): ${unknown.join(', ') || '(none given)'}; known: ${known.join(', ')}`);
    return 2;
  }
  await requestRebuild(pool, wanted);
  const deadline = Date.now() + REBUILD_WAIT_MS;
  for (;;) {
    const pending = (await subscriptionStatuses(pool)).filter((s) => wanted.includes(s.name) && s.rebuildRequestedAt);
    if (pending.length === 0) {
      console.log(`rebuilding ${wanted.join(', ')}: read models cleared, the worker is replaying the log`);
      return 0;
    }
    if (Date.now() > deadline) {
      console.error(`no worker took up ${pending.map((s) => s.name).join(', ')} yet; the rebuild starts when one runs`);
      return 1;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
