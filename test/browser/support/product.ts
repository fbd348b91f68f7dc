import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { SmtpSink } from '../../support/smtp-sink';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

const ROOT = join(__dirname, '..', '..', '..');

/** The whole product as `npm start` runs it (built API serving the built app, and the worker), on its own database. */
export interface Product {
  baseURL: string;
  sink: SmtpSink;
  db: TestDatabase;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function start(script: string, env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, [join(ROOT, script)], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(chunk));
  return child;
}

async function waitForHealth(baseURL: string, api: ChildProcess): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (api.exitCode !== null) throw new Error(`the API exited with ${api.exitCode}`);
    const ok = await fetch(`${baseURL}/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the API did not become healthy');
}

export async function startProduct(label: string, env: Record<string, string> = {}): Promise<Product> {
  const db = await createTestDatabase(label);
  const sink = await SmtpSink.start();
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const processEnv: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    NODE_ENV: 'test',
    DATABASE_URL: db.url,
    DATABASE_POOL_SIZE: '6',
    REDIS_URL: 'redis://127.0.0.1:6379',
    REDIS_PREFIX: `mutasi-browser-${label}-${randomBytes(4).toString('hex')}`,
    SMTP_URL: sink.url,
    PUBLIC_URL: baseURL,
    PORT: String(port),
    SEED_DEMO: 'true',
    SEED_DEMO_HISTORY: 'false',
    LOG_LEVEL: 'warn',
    MAIL_BACKOFF_MS: '200',
    ...env,
  };
  const api = start('dist/apps/api/src/main.js', processEnv);
  const worker = start('dist/apps/worker/src/main.js', processEnv);
  const stop = async (child: ChildProcess) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
  try {
    await waitForHealth(baseURL, api);
  } catch (error) {
    await Promise.all([stop(api), stop(worker)]);
    await sink.stop();
    await db.drop();
    throw error;
  }
  return {
    baseURL,
    sink,
    db,
    async close() {
      await Promise.all([stop(api), stop(worker)]);
      await sink.stop();
      await db.drop();
    },
  };
}
