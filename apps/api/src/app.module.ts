import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { IdentityModule } from '@mutasi/identity';
import { readModelSchema } from '@mutasi/projections';
import { ConfigModule, DatabaseModule, ReadModelDatabaseModule, RedisModule, type AppConfig } from '@mutasi/platform';
import { AuthController } from './auth/auth.controller';
import { AuthGuard } from './auth/auth.guard';
import { HealthController } from './health/health.controller';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        RedisModule,
        ReadModelDatabaseModule.forRoot(readModelSchema),
        IdentityModule,
      ],
      controllers: [HealthController, AuthController],
      providers: [{ provide: APP_GUARD, useClass: AuthGuard }],
    };
  }
}
