import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Uploaded documents, keyed by their sha256: one row per document, its bytes in numbered chunks
 * (PostgreSQL storage) or in an object store, and everyone who uploaded it (each may read it
 * before a proposal refers to it). Proposals' documents are looked up in the transfer detail.
 */
export class Documents1764000000020 implements MigrationInterface {
  name = 'Documents1764000000020';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE documents (
        sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        size bigint NOT NULL CHECK (size > 0),
        media_type text NOT NULL,
        storage text NOT NULL CHECK (storage IN ('postgres', 's3')),
        content_id uuid,
        uploaded_by text NOT NULL,
        uploaded_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((storage = 'postgres') = (content_id IS NOT NULL))
      );
      CREATE TABLE document_chunks (
        content_id uuid NOT NULL,
        seq integer NOT NULL,
        data bytea NOT NULL,
        PRIMARY KEY (content_id, seq)
      );
      ALTER TABLE document_chunks ALTER COLUMN data SET STORAGE EXTERNAL;
      CREATE TABLE document_uploaders (
        sha256 text NOT NULL REFERENCES documents (sha256),
        user_id text NOT NULL,
        PRIMARY KEY (sha256, user_id)
      );
      CREATE INDEX transfer_summaries_documents ON transfer_summaries
        USING gin ((detail -> 'documents') jsonb_path_ops);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX transfer_summaries_documents;
      DROP TABLE document_uploaders;
      DROP TABLE document_chunks;
      DROP TABLE documents;
    `);
  }
}
