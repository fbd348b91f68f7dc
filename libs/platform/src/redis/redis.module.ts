import { Global, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';

export const REDIS = Symbol('REDIS');

@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        // Commands fail at once while Redis is away (callers degrade: the login limit lets the
        // attempt through, /health says 503); the client reconnects by itself meanwhile.
        const redis = new Redis(config.redisUrl, {
          maxRetriesPerRequest: 1,
          enableOfflineQueue: false,
          keyPrefix: `${config.redisPrefix}:`,
        });
        const logger = new Logger('redis');
        let reported = false;
        redis.on('error', (error: Error) => {
          if (!reported) logger.warn(`connection lost (${error.message}); reconnecting`);
          reported = true;
        });
        redis.on('ready', () => {
          if (reported) logger.log('connection back');
          reported = false;
        });
        return redis;
      },
    },
  ],
  exports: [REDIS],
})
export class RedisModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    this.redis.disconnect();
  }
}
