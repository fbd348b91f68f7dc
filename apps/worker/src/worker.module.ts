import { Module, type DynamicModule } from '@nestjs/common';
import { PgTransactor } from '@mutasi/event-store';
import { ProjectionHost, PROJECTION_TRANSACTOR, PROJECTIONS } from '@mutasi/projections';
import { ConfigModule, DatabaseModule, PG_POOL, type AppConfig } from '@mutasi/platform';

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule],
      providers: [
        { provide: PROJECTIONS, useValue: [] },
        { provide: PROJECTION_TRANSACTOR, inject: [PG_POOL], useFactory: (pool) => new PgTransactor(pool) },
        ProjectionHost,
      ],
    };
  }
}
