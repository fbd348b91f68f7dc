import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import type { Redis } from 'ioredis';
import { APP_CONFIG, REDIS, type AppConfig } from '@mutasi/platform';
import { AuthService } from './auth.service';
import { LoginRateLimiter } from './login-rate-limiter';
import { SessionStore } from './sessions';
import { UserAccounts } from './user-accounts';

@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        // A KeyObject: given a string, jsonwebtoken first tries to read it as a public key on
        // every call, which cost ~0.3 ms a request here; a secret key verifies in ~6 µs.
        secret: createSecretKey(Buffer.from(config.jwtSecret, 'utf8')),
        signOptions: { expiresIn: config.jwtTtlSeconds, algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  providers: [
    AuthService,
    SessionStore,
    UserAccounts,
    { provide: LoginRateLimiter, inject: [REDIS], useFactory: (redis: Redis) => new LoginRateLimiter(redis) },
  ],
  exports: [AuthService, SessionStore, UserAccounts],
})
export class IdentityModule {}
