import { Module, type DynamicModule } from '@nestjs/common';
import { ConfigModule, DatabaseModule, RedisModule, type AppConfig } from '@mutasi/platform';
import { HealthController } from './health/health.controller';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule, RedisModule],
      controllers: [HealthController],
    };
  }
}
