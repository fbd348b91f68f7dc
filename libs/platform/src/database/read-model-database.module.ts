import { Inject, Injectable, Logger, Module, type DynamicModule, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Pool } from 'pg';
import { DataSource, type MigrationInterface } from 'typeorm';
import { EVENT_STORE, type PostgresEventStore } from '@mutasi/event-store';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { PG_POOL } from './database.module';

export interface SchemaDefinition {
  // TypeORM takes entity classes of any shape.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: Function[];
  migrations: (new () => MigrationInterface)[];
}

/**
 * Brings the event store and the read-model schema up to date at start, under a session advisory
 * lock so that an API and workers starting together migrate once.
 */
@Injectable()
export class SchemaMigrator implements OnModuleInit {
  private readonly logger = new Logger('migrations');

  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(EVENT_STORE) private readonly store: PostgresEventStore,
    private readonly dataSource: DataSource,
  ) {}

  async onModuleInit(): Promise<void> {
    const lock = await this.pool.connect();
    try {
      await lock.query("SELECT pg_advisory_lock(hashtext('mutasi_schema'))");
      await this.store.migrate();
      const applied = await this.dataSource.runMigrations({ transaction: 'all' });
      if (applied.length) this.logger.log(`applied ${applied.map((m) => m.name).join(', ')}`);
    } finally {
      await lock.query("SELECT pg_advisory_unlock(hashtext('mutasi_schema'))").catch(() => undefined);
      lock.release();
    }
  }
}

/** TypeORM for master data and read models, on the same PostgreSQL database as the event log. */
@Module({})
export class ReadModelDatabaseModule {
  static forRoot(schema: SchemaDefinition): DynamicModule {
    return {
      module: ReadModelDatabaseModule,
      global: true,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            type: 'postgres',
            url: config.databaseUrl,
            entities: schema.entities,
            migrations: schema.migrations,
            migrationsTableName: 'read_model_migrations',
            synchronize: false,
            logging: ['error'],
            poolErrorHandler: (error: Error) =>
              new Logger('database').warn(
                `mutasi-typeorm: connection lost (${error.message}); reconnecting on next use`,
              ),
            extra: { max: Math.max(2, Math.ceil(config.databasePoolSize / 2)), application_name: 'mutasi-typeorm' },
          }),
        }),
        TypeOrmModule.forFeature(schema.entities),
      ],
      providers: [SchemaMigrator],
      exports: [TypeOrmModule],
    };
  }
}
