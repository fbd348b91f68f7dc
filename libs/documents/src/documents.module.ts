import { Module } from '@nestjs/common';
import type { Pool } from 'pg';
import { APP_CONFIG, PG_POOL, type AppConfig } from '@mutasi/platform';
import { CONTENT_STORE, type ContentStore } from './content-store.port';
import { DocumentsService } from './documents.service';
import { PostgresContentStore } from './postgres/postgres-content-store';
import { S3ContentStore } from './s3/s3-content-store';

export function contentStore(config: AppConfig, pool: Pool): ContentStore {
  const { s3 } = config.documents;
  if (config.documents.storage === 's3' && s3 !== null) return new S3ContentStore(pool, s3);
  return new PostgresContentStore(pool);
}

/** Document storage (`DOCUMENT_STORAGE`): needs ConfigModule and DatabaseModule. */
@Module({
  providers: [DocumentsService, { provide: CONTENT_STORE, inject: [APP_CONFIG, PG_POOL], useFactory: contentStore }],
  exports: [DocumentsService],
})
export class DocumentsModule {}
