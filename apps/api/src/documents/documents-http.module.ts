import { Module } from '@nestjs/common';
import { DocumentsModule } from '@mutasi/documents';
import { ReadModelFreshness } from '../transfers/common/read-model-freshness';
import { DocumentAccess } from './document-access';
import { DocumentsController } from './documents.controller';

/** POST /documents and GET /documents/{sha256}; their body parsers are registered by the bootstrap. */
@Module({
  imports: [DocumentsModule],
  controllers: [DocumentsController],
  providers: [DocumentAccess, ReadModelFreshness],
})
export class DocumentsHttpModule {}
