import { Module } from '@nestjs/common';
import { DocumentsModule } from '@mutasi/documents';
import { APP_CONFIG, type AppConfig } from '@mutasi/platform';
import { AUDIT_SIGNING_KEY, AuditExporter } from './audit-export';
import { AuditService } from './audit.service';
import { AuditSigningKey } from './audit-signing-key';

/** Needs ConfigModule and DatabaseModule (the pool, the clock and the event store). */
@Module({
  imports: [DocumentsModule],
  providers: [
    AuditService,
    AuditExporter,
    {
      provide: AUDIT_SIGNING_KEY,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        new AuditSigningKey({ pem: config.auditSigningKey, fallbackSecret: config.jwtSecret }),
    },
  ],
  exports: [AuditService, AuditExporter],
})
export class AuditModule {}
