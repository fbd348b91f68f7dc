import type { DocumentRecord, DocumentStorage, StoredDocument } from './stored-document';

/** An upload in progress: bytes go in as they arrive; nothing is visible before `commit`. */
export interface ContentUpload {
  write(chunk: Buffer): Promise<void>;
  /**
   * Stores the document and its row at once, unless a document with this hash is stored already
   * (then the new bytes are dropped). Either way `uploadedBy` is recorded as one of its uploaders.
   * Resolves to whether it was new.
   */
  commit(document: StoredDocument, uploadedBy: string): Promise<boolean>;
  /** Drops everything written; safe to call after a failed commit. */
  abort(): Promise<void>;
}

/** Where documents' bytes are kept: PostgreSQL (the default) or an S3-compatible object store. */
export interface ContentStore {
  readonly storage: DocumentStorage;
  begin(): Promise<ContentUpload>;
  /** The document's bytes, read piece by piece. */
  open(document: DocumentRecord): AsyncIterable<Buffer>;
}

export const CONTENT_STORE = Symbol('CONTENT_STORE');
