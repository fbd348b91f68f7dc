/**
 * `npm run bench:documents`: the API's memory while documents stream through it. Starts the built
 * API and worker on a fresh database, then uploads and downloads BENCH_DOCS_COUNT documents per
 * size with BENCH_DOCS_CONCURRENCY clients, sampling the API process's resident memory
 * (/proc/<pid>/status VmRSS) every 10 ms. Beside it: what a server that holds each file whole
 * would hold at least at once (concurrency × size), and the bytes moved through the server. Peak
 * RSS also counts buffers already released but not yet collected, so it grows with the bytes moved
 * even when little is held at any moment.
 * Only the JSON report goes to stdout; progress goes to stderr.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Redis } from 'ioredis';
import { createDatabase, databaseUrl, DEFAULT_ADMIN_URL, dropDatabase } from '../store/db';
import { log, round } from '../store/stats';
import { startServers } from '../api/servers';

const int = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const COUNT = int('BENCH_DOCS_COUNT', 40);
const CONCURRENCY = int('BENCH_DOCS_CONCURRENCY', 4);
const SIZES = [64 * 1024, 2 * 1024 * 1024];
const MIB = 1024 * 1024;
/**
 * One client, one document at a time, sizes 16× apart, measured first (before the concurrent
 * phases leave freed memory the allocator could reuse): streamed, the API's memory does not follow the size.
 */
const SCALING_SIZES = [2 * MIB, 32 * MIB];
const SCALING_COUNT = 4;

function rssBytes(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) * 1024 : 0;
}

function pdf(seed: string, size: number): Buffer {
  const bytes = randomBytes(size);
  Buffer.from(`%PDF-1.7\n% ${seed}\n`).copy(bytes);
  return bytes;
}

async function login(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'operator-99-02', password: 'mutasi-demo-2026' }),
  });
  return ((await response.json()) as { accessToken: string }).accessToken;
}

/** Uploads then downloads one document, checking the bytes come back unchanged. */
async function roundTrip(baseUrl: string, token: string, bytes: Buffer): Promise<void> {
  const upload = await fetch(`${baseUrl}/documents`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/pdf' },
    body: bytes,
  });
  if (upload.status !== 201) throw new Error(`upload: ${upload.status} ${await upload.text()}`);
  const { sha256 } = (await upload.json()) as { sha256: string };
  const download = await fetch(`${baseUrl}/documents/${sha256}`, { headers: { authorization: `Bearer ${token}` } });
  if (download.status !== 200 || !download.body) throw new Error(`download: ${download.status}`);
  const hash = createHash('sha256');
  for await (const chunk of download.body) hash.update(chunk);
  if (hash.digest('hex') !== sha256) throw new Error('download differs from upload');
}

async function phase(baseUrl: string, token: string, pid: number, size: number, count = COUNT, clients = CONCURRENCY) {
  const before = rssBytes(pid);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rssBytes(pid))), 10);
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < count) {
        const i = next++;
        await roundTrip(baseUrl, token, pdf(`${size}-${i}`, size));
      }
    }),
  );
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  return {
    documentBytes: size,
    documents: count,
    clients,
    rssBeforeMiB: round(before / MIB, 1),
    peakRssGrowthMiB: round((peak - before) / MIB, 1),
    wholeFileFloorMiB: round((clients * size) / MIB, 1),
    movedMiB: round((2 * count * size) / MIB, 1),
    roundTripsPerSecond: round(count / seconds, 1),
  };
}

async function main(): Promise<void> {
  const adminUrl = process.env.BENCH_ADMIN_DATABASE_URL ?? DEFAULT_ADMIN_URL;
  const suffix = randomBytes(4).toString('hex');
  const database = `mutasi_bench_documents_${suffix}`;
  const redisPrefix = `mutasi-bench-documents-${suffix}`;
  const port = 3900 + Math.floor(Math.random() * 500);
  await createDatabase(adminUrl, database);
  const servers = await startServers(databaseUrl(adminUrl, database), port, redisPrefix, {
    DOCUMENT_MAX_BYTES: String(Math.max(...SCALING_SIZES)),
    BODY_LIMIT_BYTES: String(2 * Math.max(...SCALING_SIZES)),
  });
  try {
    const pid = servers.apiPid;
    if (pid === undefined) throw new Error('no API process');
    const token = await login(servers.baseUrl);
    log('warm-up: 8 small round trips');
    for (let i = 0; i < 8; i++) await roundTrip(servers.baseUrl, token, pdf(`warm-${i}`, 16 * 1024));
    const scaling = [];
    for (const size of SCALING_SIZES) {
      log(`${SCALING_COUNT} round trips of ${size} bytes, one client`);
      scaling.push(await phase(servers.baseUrl, token, pid, size, SCALING_COUNT, 1));
    }
    const phases = [];
    for (const size of SIZES) {
      log(`${COUNT} round trips of ${size} bytes, ${CONCURRENCY} clients`);
      phases.push(await phase(servers.baseUrl, token, pid, size));
    }
    process.stdout.write(
      `${JSON.stringify({ benchmark: 'documents', storage: 'postgres', concurrency: CONCURRENCY, phases, scaling }, null, 2)}\n`,
    );
  } finally {
    await servers.stop();
    await dropDatabase(adminUrl, database).catch(() => undefined);
    const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    const keys = await redis.keys(`${redisPrefix}:*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
