import { Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { DocumentsModule } from '@mutasi/documents';
import { ReadModelFreshness } from '../transfers/common/read-model-freshness';
import { DocumentAccess } from './document-access';
import { registerDocumentBodyParsers } from './document-body-parsers';
import { DocumentsController } from './documents.controller';

/** POST /documents and GET /documents/{sha256}, with the body parsers they need. */
@Module({
  imports: [DocumentsModule],
  controllers: [DocumentsController],
  providers: [DocumentAccess, ReadModelFreshness],
})
export class DocumentsHttpModule implements OnModuleInit {
  constructor(private readonly adapter: HttpAdapterHost) {}

  async onModuleInit(): Promise<void> {
    await registerDocumentBodyParsers(this.adapter.httpAdapter.getInstance<FastifyInstance>());
  }
}
