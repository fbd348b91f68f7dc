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
import {
  loadNotificationsConfig,
  NotificationOutboxProjection,
  NotificationsWorkerModule,
  type NotificationsConfig,
} from '@mutasi/notifications';
import { TransferCommandsModule } from '@mutasi/transfer-commands';
import { TransferExecutionWorker } from './transfers/transfer-execution.worker';

@Module({})
export class WorkerModule {
  static forRoot(
    config: AppConfig,
    clock?: Clock,
    notifications: NotificationsConfig = loadNotificationsConfig(),
  ): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        clock ? DatabaseModule.withClock(clock) : DatabaseModule,
        RedisModule,
        ReadModelDatabaseModule.forRoot(readModelSchema),
        TransferCommandsModule,
        NotificationsWorkerModule.forRoot(notifications),
      ],
      providers: [
        {
          provide: PROJECTIONS,
          inject: [NotificationOutboxProjection],
          useFactory: (outbox: NotificationOutboxProjection) => [
            new TransferListProjection(),
            new PendingMovesProjection(),
            new PlacementProjection(),
            outbox,
          ],
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
