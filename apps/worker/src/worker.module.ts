import { Module, type DynamicModule } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EVENT_STORE, type PostgresEventStore } from '@mutasi/event-store';
import {
  AspirationsProjection,
  EvaluationsProjection,
  EscalationSchedulingProjection,
  ExecutionSchedulingProjection,
  ReturnSchedulingProjection,
  PlansProjection,
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
import {
  EscalationScheduler,
  ExecutionScheduler,
  ReturnScheduler,
  TransferCommandsModule,
} from '@mutasi/transfer-commands';
import { ScheduledCommandsWorker } from './transfers/scheduled-commands.worker';

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
          inject: [EVENT_STORE, NotificationOutboxProjection, ExecutionScheduler, EscalationScheduler, ReturnScheduler],
          useFactory: (
            store: PostgresEventStore,
            outbox: NotificationOutboxProjection,
            executions: ExecutionScheduler,
            escalations: EscalationScheduler,
            returns: ReturnScheduler,
          ) => [
            new TransferListProjection(store),
            new PendingMovesProjection(),
            new PlacementProjection(),
            new ExecutionSchedulingProjection(executions),
            new EscalationSchedulingProjection(escalations),
            new ReturnSchedulingProjection(returns),
            new AspirationsProjection(),
            new PlansProjection(),
            new EvaluationsProjection(),
            outbox,
          ],
        },
        {
          provide: PROJECTION_TRANSACTOR,
          inject: [DataSource],
          useFactory: (dataSource: DataSource) => new TypeOrmTransactor(dataSource),
        },
        ProjectionHost,
        ScheduledCommandsWorker,
      ],
    };
  }
}
