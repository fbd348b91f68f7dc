import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { APP_CONFIG, PG_POOL, type AppConfig } from '@mutasi/platform';
import { CONTENT_STORE, type ContentStore } from './content-store.port';
import { DOCUMENT_COLUMNS, documentRecord, type DocumentRow } from './document-rows';
import { intake } from './document-intake';
import type { DocumentRecord, StoredDocument } from './stored-document';

export interface UploadOptions {
  declaredMediaType: string | null;
  uploadedBy: string;
}

/** Stores uploads (content-addressed, each hash once) and finds and opens them. */
@Injectable()
export class DocumentsService {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(CONTENT_STORE) private readonly content: ContentStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get maxBytes(): number {
    return this.config.documents.maxBytes;
  }

  /** Stores the bytes unless that hash is stored; a refused or broken upload leaves nothing. */
  async upload(source: AsyncIterable<Buffer>, options: UploadOptions): Promise<StoredDocument & { created: boolean }> {
    const upload = await this.content.begin();
    try {
      const document = await intake(source, upload, {
        maxBytes: this.maxBytes,
        declaredMediaType: options.declaredMediaType,
      });
      const created = await upload.commit(document, options.uploadedBy);
      return { ...document, created };
    } catch (error) {
      await upload.abort();
      throw error;
    }
  }

  async find(sha256: string): Promise<DocumentRecord | null> {
    const { rows } = await this.pool.query<DocumentRow>(`SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE sha256 = $1`, [
      sha256,
    ]);
    return rows[0] ? documentRecord(rows[0]) : null;
  }

  open(document: DocumentRecord): AsyncIterable<Buffer> {
    return this.content.open(document);
  }

  /** The hashes of the list that are not stored, in the order given. */
  async missing(hashes: readonly string[]): Promise<string[]> {
    if (hashes.length === 0) return [];
    const { rows } = await this.pool.query<{ sha256: string }>(
      'SELECT sha256 FROM documents WHERE sha256 = ANY ($1::text[])',
      [[...new Set(hashes)]],
    );
    const stored = new Set(rows.map((row) => row.sha256));
    return hashes.filter((hash) => !stored.has(hash));
  }

  async isUploader(sha256: string, userId: string): Promise<boolean> {
    const { rowCount } = await this.pool.query('SELECT 1 FROM document_uploaders WHERE sha256 = $1 AND user_id = $2', [
      sha256,
      userId,
    ]);
    return rowCount === 1;
  }
}
