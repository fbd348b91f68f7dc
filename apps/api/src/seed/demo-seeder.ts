import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Pool } from 'pg';
import { APP_CONFIG, PG_POOL, type AppConfig } from '@mutasi/platform';
import { importFolder, MasterDataImporter } from '@mutasi/workforce';
import { DemoHistoryPlayer } from './demo-history/demo-history-player';

/**
 * On a fresh database (no region yet) imports the demo data set, so the first start gives a
 * working system with the demo users, then plays the demo history (SEED_DEMO_HISTORY) under the
 * same lock. SEED_DEMO=false turns both off.
 */
@Injectable()
export class DemoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('seed');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(PG_POOL) private readonly pool: Pool,
    private readonly importer: MasterDataImporter,
    private readonly history: DemoHistoryPlayer,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seedDemo) return;
    const lock = await this.pool.connect();
    try {
      await lock.query("SELECT pg_advisory_lock(hashtext('mutasi_demo_seed'))");
      const { rows } = await lock.query<{ n: number }>('SELECT count(*)::int AS n FROM regions');
      const fresh = rows[0].n === 0;
      if (fresh) await this.importDemoData();
      if (this.config.seedDemoHistory) await this.history.play(fresh);
    } finally {
      await lock.query("SELECT pg_advisory_unlock(hashtext('mutasi_demo_seed'))").catch(() => undefined);
      lock.release();
    }
  }

  private async importDemoData(): Promise<void> {
    const dir = resolve(this.config.demoDataDir);
    const results = await importFolder(this.importer, dir, {
      userId: 'system',
      role: 'admin',
      agencyScope: null,
      correlationId: randomUUID(),
    });
    this.logger.log(`imported the demo data from ${dir}: ${results.map((r) => `${r.imported} ${r.kind}`).join(', ')}`);
  }
}
