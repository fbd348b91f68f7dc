/**
 * `npm run bench:notify`: email notifications per second, end to end — from the transfer events
 * committed to the messages accepted by a local SMTP sink — with the real worker (a child process:
 * outbox projection, dispatcher, BullMQ, rendering, pooled SMTP). Two ceilings for comparison:
 *   - noop: the same run with an email job that does nothing, i.e. the pipeline up to and through
 *     the queue (the queue's ceiling);
 *   - direct: nodemailer sending the same rendered emails straight to the sink, without the queue.
 * BENCH_NOTIFICATIONS (default 10,000) notifications come from half as many proposals (each tells
 * the employee, and its hearing asks them). Each run has a fresh database with the demo data and
 * its own Redis prefix. Only the JSON report goes to stdout; progress goes to stderr.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { Pool } from 'pg';
import { PostgresEventStore, type JsonObject, type NewEvent } from '@mutasi/event-store';
import {
  DEFAULT_TEMPLATES_DIR,
  languageOf,
  SmtpMailSender,
  TemplateRenderer,
  type NotificationParams,
  type NotificationTemplate,
} from '@mutasi/notifications';
import { loadConfig } from '@mutasi/platform';
import { decide, DEFAULT_TRANSFER_CONFIG, initialState } from '@mutasi/transfers';
import { createApiApp } from '../../apps/api/src';
import { propose } from '@mutasi/transfers/testing';
import { createDatabase, databaseUrl, DEFAULT_ADMIN_URL, dropDatabase } from '../store/db';
import { CpuMeter, waitForQuiet } from '../store/cpu';
import { errorMessage, log, round } from '../store/stats';
import { processCpuSeconds } from './process-cpu';
import type { SinkMessage } from './sink';

const NOTIFICATIONS = Number(process.env.BENCH_NOTIFICATIONS ?? 10_000);
const APPEND_CLIENTS = 16;
const RUN_TIMEOUT_MS = 10 * 60_000;
/** The worker's settings for the runs (environment variables of the worker win). */
const SETTINGS: Record<string, string> = {
  MAIL_CONCURRENCY: process.env.MAIL_CONCURRENCY ?? '32',
  SMTP_POOL_SIZE: process.env.SMTP_POOL_SIZE ?? '8',
  MAIL_RATE_MAX: process.env.MAIL_RATE_MAX ?? '0',
  OUTBOX_POLL_MS: process.env.OUTBOX_POLL_MS ?? '50',
  OUTBOX_BATCH_SIZE: process.env.OUTBOX_BATCH_SIZE ?? '1000',
};
const OPERATOR = { userId: 'operator-99-71', role: 'operator' };

type Run = {
  emailsPerSecond: number;
  seconds: number;
  appendSeconds?: number;
  delivered: number;
  /** Share of the cores busy before the run (other programs), and where the CPU went during it. */
  machineBusyBefore: number | null;
  cpu: Record<string, number | null>;
};
type Mode = 'smtp' | 'noop';

function forkChild(script: string, env: NodeJS.ProcessEnv = {}): ChildProcess {
  // BENCH_NOTIFY_NODE_ARGS, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`, to profile the children.
  const execArgv = (process.env.BENCH_NOTIFY_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = fork(path.join(__dirname, script), [], {
    execArgv,
    stdio: ['ignore', 2, 2, 'ipc'],
    env: { ...process.env, ...env },
  });
  child.on('error', (error) => log(`${script}: ${errorMessage(error)}`));
  return child;
}

function message<T extends { type: string }>(child: ChildProcess, type: T['type'], timeoutMs: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no ${type} from child ${child.pid} within ${timeoutMs} ms`)),
      timeoutMs,
    );
    const onMessage = (received: T) => {
      if (received.type !== type) return;
      clearTimeout(timer);
      child.off('message', onMessage);
      resolve(received);
    };
    child.on('message', onMessage);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`child ${child.pid} exited (${code}) before ${type}`));
    });
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

async function startSink(): Promise<{ child: ChildProcess; url: string }> {
  const child = forkChild('sink.js');
  const { port } = await message<Extract<SinkMessage, { type: 'listening' }>>(child, 'listening', 10_000);
  return { child, url: `smtp://127.0.0.1:${port}` };
}

/** The events of `count` proposals (TransferProposed and the hearing's StageOpened each), decided up front. */
function proposalEvents(count: number): { streamId: string; events: NewEvent[] }[] {
  return Array.from({ length: count }, () => {
    const transferId = randomUUID();
    const decided = decide(propose({ transferId, proposer: OPERATOR }), initialState, DEFAULT_TRANSFER_CONFIG);
    const correlationId = randomUUID();
    return {
      streamId: `transfer-${transferId}`,
      events: decided.map((event) => ({
        eventId: randomUUID(),
        type: event.type,
        data: event.data as unknown as JsonObject,
        metadata: {
          actorId: OPERATOR.userId,
          actorRole: OPERATOR.role,
          onBehalfOf: null,
          correlationId,
          causationId: null,
        },
      })),
    };
  });
}

async function clearRedis(prefix: string): Promise<void> {
  const redis = new Redis(loadConfig().redisUrl);
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    if (keys.length > 0) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  redis.disconnect();
}

/** One end-to-end run on a fresh database; returns its figures and, for the direct run, sample emails. */
async function pipelineRun(mode: Mode, adminUrl: string): Promise<{ run: Run; samples: Sample[] }> {
  const database = `mutasi_bench_notify_${randomBytes(4).toString('hex')}_${mode}`;
  const url = databaseUrl(adminUrl, database);
  const redisPrefix = `mutasi-bench-notify-${randomBytes(4).toString('hex')}`;
  const env = {
    DATABASE_URL: url,
    REDIS_PREFIX: redisPrefix,
    LOG_LEVEL: 'warn',
    SEED_DEMO: 'false',
  };
  await createDatabase(adminUrl, database);
  const children: ChildProcess[] = [];
  const pool = new Pool({ connectionString: url, max: APPEND_CLIENTS });
  // Dropping the database at the end ends its connections, idle or not: no news.
  pool.on('error', () => undefined);
  try {
    log(`${mode}: seeding the demo data into ${database}`);
    const api = await createApiApp(
      loadConfig({ ...process.env, ...env, SEED_DEMO: 'true', SEED_DEMO_HISTORY: 'false', LOG_LEVEL: 'silent' }),
    );
    await api.close();

    const sink = mode === 'smtp' ? await startSink() : null;
    if (sink) children.push(sink.child);
    const worker = forkChild('worker.js', {
      ...env,
      ...SETTINGS,
      SMTP_URL: sink?.url ?? 'smtp://127.0.0.1:9',
      BENCH_PROCESSOR: mode,
      BENCH_TARGET: String(NOTIFICATIONS),
    });
    children.push(worker);
    await message(worker, 'ready', 60_000);
    const quiet = await waitForQuiet(30_000, 0.15);
    const done =
      mode === 'smtp'
        ? message<Extract<SinkMessage, { type: 'done' }>>(sink!.child, 'done', RUN_TIMEOUT_MS)
        : message<{ type: 'done'; count: number; lastAt: number }>(worker, 'done', RUN_TIMEOUT_MS);
    sink?.child.send({ type: 'expect', target: NOTIFICATIONS });

    const proposals = proposalEvents(Math.ceil(NOTIFICATIONS / 2));
    const store = new PostgresEventStore(pool);
    log(`${mode}: appending ${proposals.length * 2} events of ${proposals.length} proposals`);
    const meter = await CpuMeter.start(url);
    const workerCpu = processCpuSeconds(worker.pid);
    const sinkCpu = processCpuSeconds(sink?.child.pid);
    const startedAt = Date.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: APPEND_CLIENTS }, async () => {
        while (next < proposals.length) {
          const { streamId, events } = proposals[next++];
          await store.append(streamId, events, { expectedVersion: 'no_stream' });
        }
      }),
    );
    const appendSeconds = (Date.now() - startedAt) / 1000;
    const { lastAt } = await done;
    const seconds = (lastAt - startedAt) / 1000;
    const cpu = {
      ...(await meter.stop(NOTIFICATIONS)),
      workerCpuMillisPerEmail: perEmail(workerCpu, processCpuSeconds(worker.pid)),
      sinkCpuMillisPerEmail: perEmail(sinkCpu, processCpuSeconds(sink?.child.pid)),
    };
    log(`${mode}: ${NOTIFICATIONS} in ${round(seconds, 2)} s`);

    let delivered = NOTIFICATIONS;
    let samples: Sample[] = [];
    if (mode === 'smtp') {
      await new Promise((resolve) => setTimeout(resolve, 500));
      const counts = await pool.query<{ sent: number; total: number }>(
        `SELECT count(*) FILTER (WHERE status = 'sent')::int AS sent, count(*)::int AS total FROM notifications`,
      );
      delivered = counts.rows[0].sent;
      if (counts.rows[0].total !== NOTIFICATIONS || delivered !== NOTIFICATIONS) {
        throw new Error(`expected ${NOTIFICATIONS} notifications sent, found ${JSON.stringify(counts.rows[0])}`);
      }
      const rows = await pool.query<{
        template: NotificationTemplate;
        language: string;
        recipient_email: string;
        recipient_name: string;
        params: NotificationParams;
      }>(
        'SELECT DISTINCT ON (template) template, language, recipient_email, recipient_name, params FROM notifications',
      );
      samples = rows.rows.map((r) => ({
        template: r.template,
        language: languageOf(r.language),
        to: { name: r.recipient_name, address: r.recipient_email },
        params: r.params,
      }));
    }
    return {
      run: {
        emailsPerSecond: round(NOTIFICATIONS / seconds, 1),
        seconds: round(seconds, 2),
        appendSeconds: round(appendSeconds, 2),
        delivered,
        machineBusyBefore: quiet.busyShare,
        cpu,
      },
      samples,
    };
  } finally {
    await Promise.all(children.map(stop));
    await pool.end();
    await dropDatabase(adminUrl, database);
    await clearRedis(redisPrefix).catch((error: unknown) => log(`could not clear Redis: ${errorMessage(error)}`));
  }
}

function perEmail(before: number | null, after: number | null): number | null {
  return before === null || after === null ? null : round(((after - before) * 1000) / NOTIFICATIONS, 3);
}

type Sample = {
  template: NotificationTemplate;
  language: 'id' | 'en';
  to: { name: string; address: string };
  params: NotificationParams;
};

/** nodemailer alone: render and send the same emails straight to the sink, as many at a time as the worker. */
async function directRun(samples: Sample[]): Promise<Run> {
  const sink = await startSink();
  const config = loadConfig();
  const renderer = new TemplateRenderer(process.env.TEMPLATES_DIR || DEFAULT_TEMPLATES_DIR, config.publicUrl);
  const sender = new SmtpMailSender({
    url: sink.url,
    from: config.mailFrom,
    poolSize: Number(SETTINGS.SMTP_POOL_SIZE),
  });
  try {
    const quiet = await waitForQuiet(30_000, 0.15);
    const done = message<Extract<SinkMessage, { type: 'done' }>>(sink.child, 'done', RUN_TIMEOUT_MS);
    sink.child.send({ type: 'expect', target: NOTIFICATIONS });
    const sinkCpu = processCpuSeconds(sink.child.pid);
    const ownCpu = process.cpuUsage();
    const startedAt = Date.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: Number(SETTINGS.MAIL_CONCURRENCY) }, async () => {
        while (next < NOTIFICATIONS) {
          const n = next++;
          const sample = samples[n % samples.length];
          const email = renderer.render(sample.template, sample.language, sample.params);
          const id = randomUUID();
          await sender.send({
            to: sample.to,
            ...email,
            messageId: `<${id}@mutasi.local>`,
            headers: { 'X-Mutasi-Notification': id },
          });
        }
      }),
    );
    const { lastAt } = await done;
    const seconds = (lastAt - startedAt) / 1000;
    const own = process.cpuUsage(ownCpu);
    log(`direct: ${NOTIFICATIONS} in ${round(seconds, 2)} s`);
    return {
      emailsPerSecond: round(NOTIFICATIONS / seconds, 1),
      seconds: round(seconds, 2),
      delivered: NOTIFICATIONS,
      machineBusyBefore: quiet.busyShare,
      cpu: {
        senderCpuMillisPerEmail: round((own.user + own.system) / 1000 / NOTIFICATIONS, 3),
        sinkCpuMillisPerEmail: perEmail(sinkCpu, processCpuSeconds(sink.child.pid)),
      },
    };
  } finally {
    sender.close();
    await stop(sink.child);
  }
}

async function main(): Promise<void> {
  const adminUrl = process.env.BENCH_ADMIN_DATABASE_URL ?? DEFAULT_ADMIN_URL;
  const startedAt = new Date();
  const loadAtStart = os.loadavg();
  const endToEnd = await pipelineRun('smtp', adminUrl);
  const noop = await pipelineRun('noop', adminUrl);
  const direct = await directRun(endToEnd.samples);
  const ratio = (a: number, b: number) => round(a / b, 3);
  const report = {
    benchmark: 'notify',
    startedAt: startedAt.toISOString(),
    machine: { cpus: os.cpus().length, loadAverageAtStart: loadAtStart.map((l) => round(l, 2)), node: process.version },
    notifications: NOTIFICATIONS,
    workerSettings: SETTINGS,
    endToEnd: endToEnd.run,
    noopProcessorCeiling: noop.run,
    directNodemailerCeiling: direct,
    ratios: {
      endToEndOverNoop: ratio(endToEnd.run.emailsPerSecond, noop.run.emailsPerSecond),
      endToEndOverDirect: ratio(endToEnd.run.emailsPerSecond, direct.emailsPerSecond),
    },
    targets: [
      {
        name: 'end-to-end emails per second',
        target: '>= 500',
        actual: endToEnd.run.emailsPerSecond,
        met: endToEnd.run.emailsPerSecond >= 500,
      },
      {
        name: 'end to end over the no-op ceiling',
        target: '>= 0.5',
        actual: ratio(endToEnd.run.emailsPerSecond, noop.run.emailsPerSecond),
        met: endToEnd.run.emailsPerSecond / noop.run.emailsPerSecond >= 0.5,
      },
    ],
  };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}

main().catch((error: unknown) => {
  log(errorMessage(error));
  process.exit(1);
});
