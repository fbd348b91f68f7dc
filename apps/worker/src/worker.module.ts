import { Module, type DynamicModule } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ProjectionHost, PROJECTION_TRANSACTOR, PROJECTIONS, readModelSchema, TypeOrmTransactor } from '@mutasi/projections';
import { ConfigModule, DatabaseModule, ReadModelDatabaseModule, RedisModule, type AppConfig } from '@mutasi/platform';

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule, RedisModule, ReadModelDatabaseModule.forRoot(readModelSchema)],
      providers: [
        { provide: PROJECTIONS, useValue: [] },
        {
          provide: PROJECTION_TRANSACTOR,
          inject: [DataSource],
          useFactory: (dataSource: DataSource) => new TypeOrmTransactor(dataSource),
        },
        ProjectionHost,
      ],
    };
  }
}
