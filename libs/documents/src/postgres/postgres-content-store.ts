import { randomUUID } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import type { ContentStore, ContentUpload } from '../content-store.port';
import { insertDocumentRow, insertUploader } from '../document-rows';
import type { DocumentRecord, StoredDocument } from '../stored-document';

/** Bytes per row of `document_chunks`: large enough for few round trips, small enough to hold one in memory. */
export const CHUNK_BYTES = 256 * 1024;

/**
 * Documents in PostgreSQL: the bytes as numbered chunks of a `content_id`, written inside one
 * transaction that also inserts the document's row, so a failed or cut-off upload leaves nothing.
 * The same hash uploaded again rolls its chunks back and keeps the first copy.
 */
export class PostgresContentStore implements ContentStore {
  readonly storage = 'postgres' as const;

  constructor(private readonly pool: Pool) {}

  async begin(): Promise<ContentUpload> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
    } catch (error) {
      client.release(error instanceof Error ? error : true);
      throw error;
    }
    return new PostgresUpload(client);
  }

  async *open(document: DocumentRecord): AsyncIterable<Buffer> {
    for (let seq = 0; ; seq += 1) {
      const { rows } = await this.pool.query<{ data: Buffer }>(
        'SELECT data FROM document_chunks WHERE content_id = $1 AND seq = $2',
        [document.contentId, seq],
      );
      if (rows.length === 0) return;
      yield rows[0].data;
    }
  }
}

class PostgresUpload implements ContentUpload {
  private readonly contentId = randomUUID();
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private seq = 0;
  private done = false;

  constructor(private readonly client: PoolClient) {}

  async write(chunk: Buffer): Promise<void> {
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    while (this.pendingBytes >= CHUNK_BYTES) {
      const all = Buffer.concat(this.pending);
      await this.insertChunk(all.subarray(0, CHUNK_BYTES));
      const rest = all.subarray(CHUNK_BYTES);
      this.pending = rest.length > 0 ? [Buffer.from(rest)] : [];
      this.pendingBytes = rest.length;
    }
  }

  async commit(document: StoredDocument, uploadedBy: string): Promise<boolean> {
    if (this.pendingBytes > 0) await this.insertChunk(Buffer.concat(this.pending));
    this.pending = [];
    const created = await insertDocumentRow(this.client, document, 'postgres', this.contentId, uploadedBy);
    if (!created) await this.client.query('ROLLBACK; BEGIN');
    await insertUploader(this.client, document.sha256, uploadedBy);
    await this.client.query('COMMIT');
    this.finish();
    return created;
  }

  async abort(): Promise<void> {
    if (this.done) return;
    try {
      await this.client.query('ROLLBACK');
      this.finish();
    } catch (error) {
      this.finish(error);
    }
  }

  private async insertChunk(data: Buffer): Promise<void> {
    await this.client.query('INSERT INTO document_chunks (content_id, seq, data) VALUES ($1, $2, $3)', [
      this.contentId,
      this.seq,
      data,
    ]);
    this.seq += 1;
  }

  private finish(error?: unknown): void {
    if (this.done) return;
    this.done = true;
    this.client.release(error instanceof Error ? error : undefined);
  }
}
