import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { IdentityModule } from '@mutasi/identity';
import { WorkforceModule } from '@mutasi/workforce';
import { readModelSchema } from '@mutasi/projections';
import {
  ConfigModule,
  DatabaseModule,
  ReadModelDatabaseModule,
  RedisModule,
  type AppConfig,
  type Clock,
} from '@mutasi/platform';
import { AspirationsModule } from './aspirations/aspirations.module';
import { AuthController } from './auth/auth.controller';
import { AuthGuard } from './auth/auth.guard';
import { BrowserSessionController } from './auth/browser-session.controller';
import { DocumentsHttpModule } from './documents/documents-http.module';
import { EvaluationsController } from './evaluations/evaluations.controller';
import { UsersController } from './auth/users.controller';
import { HealthController } from './health/health.controller';
import { ImportsController } from './imports/imports.controller';
import { MasterDataController } from './master-data/master-data.controller';
import { NotificationsHttpModule } from './notifications/notifications-http.module';
import { PlansModule } from './plans/plans.module';
import { TransfersModule } from './transfers/transfers.module';
import { SeedModule } from './seed/seed.module';
import { WebApp } from './web/web-app';
import { WorkloadController } from './workload/workload.controller';
import { ReadModelFreshness } from './transfers/common/read-model-freshness';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, clock?: Clock): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        clock ? DatabaseModule.withClock(clock) : DatabaseModule,
        RedisModule,
        ReadModelDatabaseModule.forRoot(readModelSchema),
        IdentityModule,
        WorkforceModule,
        TransfersModule,
        NotificationsHttpModule,
        DocumentsHttpModule,
        PlansModule,
        AspirationsModule,
        SeedModule,
      ],
      controllers: [
        HealthController,
        AuthController,
        BrowserSessionController,
        UsersController,
        ImportsController,
        MasterDataController,
        WorkloadController,
        EvaluationsController,
      ],
      providers: [{ provide: APP_GUARD, useClass: AuthGuard }, WebApp, ReadModelFreshness],
    };
  }
}
