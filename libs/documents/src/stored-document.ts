import type { DocumentMediaType } from './media-type';

/** What an upload answers and what the log refers to: the content's sha256 (hex), size and type. */
export interface StoredDocument {
  sha256: string;
  size: number;
  mediaType: DocumentMediaType;
}

export type DocumentStorage = 'postgres' | 's3';

/** A stored document's row: where its bytes are and who uploaded it first. */
export interface DocumentRecord extends StoredDocument {
  storage: DocumentStorage;
  /** The chunks' key in PostgreSQL storage; null in an object store, where the key is the hash. */
  contentId: string | null;
  uploadedBy: string;
  uploadedAt: Date;
}
