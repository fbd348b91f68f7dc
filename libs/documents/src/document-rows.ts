import type { PoolClient } from 'pg';
import type { DocumentMediaType } from './media-type';
import type { DocumentRecord, DocumentStorage, StoredDocument } from './stored-document';

export interface DocumentRow {
  sha256: string;
  size: string;
  media_type: string;
  storage: string;
  content_id: string | null;
  uploaded_by: string;
  uploaded_at: Date;
}

export const DOCUMENT_COLUMNS = 'sha256, size, media_type, storage, content_id, uploaded_by, uploaded_at';

export function documentRecord(row: DocumentRow): DocumentRecord {
  return {
    sha256: row.sha256,
    size: Number(row.size),
    mediaType: row.media_type as DocumentMediaType,
    storage: row.storage as DocumentStorage,
    contentId: row.content_id,
    uploadedBy: row.uploaded_by,
    uploadedAt: row.uploaded_at,
  };
}

/** Inserts the document's row unless the hash is there; true when inserted. */
export async function insertDocumentRow(
  sql: PoolClient,
  document: StoredDocument,
  storage: DocumentStorage,
  contentId: string | null,
  uploadedBy: string,
): Promise<boolean> {
  const { rowCount } = await sql.query(
    `INSERT INTO documents (sha256, size, media_type, storage, content_id, uploaded_by)
     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (sha256) DO NOTHING`,
    [document.sha256, document.size, document.mediaType, storage, contentId, uploadedBy],
  );
  return rowCount === 1;
}

export async function insertUploader(sql: PoolClient, sha256: string, uploadedBy: string): Promise<void> {
  await sql.query(
    'INSERT INTO document_uploaders (sha256, user_id) VALUES ($1, $2) ON CONFLICT (sha256, user_id) DO NOTHING',
    [sha256, uploadedBy],
  );
}
