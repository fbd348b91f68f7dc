import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { log } from '../store/stats';

export interface Servers {
  baseUrl: string;
  apiPid: number | undefined;
  stop(): Promise<void>;
}

const DIST = path.resolve(__dirname, '..', '..');

function start(name: string, script: string, env: NodeJS.ProcessEnv): ChildProcess {
  // BENCH_API_NODE_ARGS, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`, to profile the servers.
  const nodeArgs = (process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, path.join(DIST, script)], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(`[${name}] ${chunk.toString()}`));
  return child;
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** Starts the built API (which seeds the demo data into the fresh database) and then the worker. */
export async function startServers(
  databaseUrl: string,
  port: number,
  redisPrefix: string,
  settings: Record<string, string> = {},
): Promise<Servers> {
  const env = {
    ...settings,
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    REDIS_PREFIX: redisPrefix,
    LOG_LEVEL: 'warn',
    SEED_DEMO: 'true',
    SEED_DEMO_HISTORY: 'false',
    NODE_ENV: 'production',
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
  };
  const api = start('api', 'apps/api/src/main.js', env);
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (api.exitCode !== null) throw new Error(`the API exited with code ${api.exitCode}`);
    const healthy = await fetch(`${baseUrl}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (healthy) break;
    if (Date.now() > deadline) throw new Error('the API did not become healthy within 120 s');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const worker = start('worker', 'apps/worker/src/main.js', env);
  log(`api (pid ${api.pid}) on ${baseUrl}, worker pid ${worker.pid}`);
  return {
    baseUrl,
    apiPid: api.pid,
    async stop() {
      await Promise.all([stopChild(worker), stopChild(api)]);
    },
  };
}
