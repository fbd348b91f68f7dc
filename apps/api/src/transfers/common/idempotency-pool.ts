import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { Pool } from 'pg';
import { APP_CONFIG, createResilientPool, type AppConfig } from '@mutasi/platform';

/**
 * The connections idempotent requests hold their transaction on. Separate from the shared pool,
 * so requests each holding one while their command reads through the shared pool cannot starve it.
 */
@Injectable()
export class IdempotencyPool implements OnApplicationShutdown {
  readonly pool: Pool;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.pool = createResilientPool({
      connectionString: config.databaseUrl,
      max: 10,
      application_name: 'mutasi-idempotency',
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
  }
}
