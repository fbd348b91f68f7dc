import { Module } from '@nestjs/common';
import { AuditService } from './audit.service';

/** Needs DatabaseModule (the pool and the event store). */
@Module({ providers: [AuditService], exports: [AuditService] })
export class AuditModule {}
