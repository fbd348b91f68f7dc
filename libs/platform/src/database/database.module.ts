import { Global, Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import type { Pool } from 'pg';
import { EVENT_STORE, PostgresEventStore } from '@mutasi/event-store';
import { backdatable, CLOCK, systemClock, type Clock } from '../clock';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { createResilientPool } from './resilient-pool';

export const PG_POOL = Symbol('PG_POOL');

/** The PostgreSQL pool and the event store on it. */
@Global()
@Module({
  providers: [
    {
      provide: PG_POOL,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        createResilientPool({
          connectionString: config.databaseUrl,
          max: config.databasePoolSize,
          application_name: 'mutasi',
        }),
    },
    { provide: CLOCK, useValue: backdatable(systemClock) },
    {
      provide: EVENT_STORE,
      inject: [PG_POOL, CLOCK],
      useFactory: (pool: Pool, clock: Clock) => new PostgresEventStore(pool, { now: () => clock.now() }),
    },
  ],
  exports: [PG_POOL, EVENT_STORE, CLOCK],
})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  /** The same module with another source of "now" (tests move a ManualClock). */
  static withClock(clock: Clock): DynamicModule {
    return { module: DatabaseModule, providers: [{ provide: CLOCK, useValue: backdatable(clock) }] };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
  }
}
