import { Module, type DynamicModule } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  PendingMovesProjection,
  PlacementProjection,
  ProjectionHost,
  PROJECTION_TRANSACTOR,
  PROJECTIONS,
  readModelSchema,
  TransferListProjection,
  TypeOrmTransactor,
} from '@mutasi/projections';
import {
  ConfigModule,
  DatabaseModule,
  ReadModelDatabaseModule,
  RedisModule,
  type AppConfig,
  type Clock,
} from '@mutasi/platform';
import { TransferCommandsModule } from '../../api/src/transfers/transfer-commands.module';
import { TransferExecutionWorker } from './transfers/transfer-execution.worker';

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig, clock?: Clock): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        clock ? DatabaseModule.withClock(clock) : DatabaseModule,
        RedisModule,
        ReadModelDatabaseModule.forRoot(readModelSchema),
        TransferCommandsModule,
      ],
      providers: [
        {
          provide: PROJECTIONS,
          useValue: [new TransferListProjection(), new PendingMovesProjection(), new PlacementProjection()],
        },
        {
          provide: PROJECTION_TRANSACTOR,
          inject: [DataSource],
          useFactory: (dataSource: DataSource) => new TypeOrmTransactor(dataSource),
        },
        ProjectionHost,
        TransferExecutionWorker,
      ],
    };
  }
}
