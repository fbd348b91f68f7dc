import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Pool } from 'pg';
import {
  EVENT_STORE,
  LogNotifications,
  SubscriptionRunner,
  type EventStore,
  type SubscriptionHandler,
  type TransactionScope,
  type Transactor,
} from '@mutasi/event-store';
import { PG_POOL } from '@mutasi/platform';

export const PROJECTIONS = Symbol('PROJECTIONS');
export const PROJECTION_TRANSACTOR = Symbol('PROJECTION_TRANSACTOR');

/**
 * Runs every registered projection as a subscription of the global log, in the worker process.
 * Several workers may run: each projection has one active runner at a time (lease), the others
 * stand by and take over when it dies.
 */
@Injectable()
export class ProjectionHost<Tx extends TransactionScope> implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('projections');
  private readonly runners: SubscriptionRunner<Tx>[];
  private readonly notifications: LogNotifications;

  constructor(
    @Inject(PROJECTIONS) handlers: SubscriptionHandler<Tx>[],
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(PG_POOL) pool: Pool,
    @Inject(PROJECTION_TRANSACTOR) transactor: Transactor<Tx>,
  ) {
    this.notifications = new LogNotifications(pool.options, (error) =>
      this.logger.warn(`LISTEN connection lost: ${error.message}`),
    );
    this.runners = handlers.map(
      (handler) =>
        new SubscriptionRunner(handler, store, pool, transactor, this.notifications, {
          onError: (error, name) => this.logger.error(`projection ${name} failed a batch; retrying: ${String(error)}`),
        }),
    );
  }

  runner(name: string): SubscriptionRunner<Tx> | undefined {
    return this.runners.find((r) => r.name === name);
  }

  get all(): readonly SubscriptionRunner<Tx>[] {
    return this.runners;
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.notifications.start();
    await Promise.all(this.runners.map((r) => r.start()));
    this.logger.log(`running ${this.runners.map((r) => r.name).join(', ') || 'no projections'}`);
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.runners.map((r) => r.stop()));
    await this.notifications.stop();
  }
}
