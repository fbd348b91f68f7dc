/**
 * The worker of the notification benchmark, as a child process: the real WorkerModule, configured
 * from the environment. With BENCH_PROCESSOR=noop the email job does nothing (no database, no
 * template, no SMTP), so the run measures the pipeline up to the queue: the queue's ceiling. It
 * tells the parent (IPC) `ready`, and with noop `{ count, lastAt }` once BENCH_TARGET jobs ran.
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { DeliverNotification } from '@mutasi/notifications';
import { loadConfig } from '@mutasi/platform';
import { WorkerModule } from '../../apps/worker/src';

async function main(): Promise<void> {
  const module = WorkerModule.forRoot(loadConfig());
  if (process.env.BENCH_PROCESSOR === 'noop') {
    const target = Number(process.env.BENCH_TARGET);
    let count = 0;
    const noop = {
      async deliver() {
        if (++count === target) process.send?.({ type: 'done', count, lastAt: Date.now() });
        return 'skipped';
      },
    };
    const testing = await Test.createTestingModule({ imports: [module] })
      .overrideProvider(DeliverNotification)
      .useValue(noop)
      .compile();
    testing.useLogger(['error']);
    testing.enableShutdownHooks();
    await testing.init();
  } else {
    const app = await NestFactory.createApplicationContext(module, { logger: ['error'] });
    app.enableShutdownHooks();
  }
  process.send?.({ type: 'ready' });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
