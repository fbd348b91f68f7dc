import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import type { DocumentsService } from '@mutasi/documents';

export interface DocumentsVerification {
  checked: number;
  /** Stored documents whose content no longer has the hash they are stored (and referred to) under. */
  altered: string[];
}

/** Re-hashes every stored document's content, reading it piece by piece. */
export async function verifyDocuments(pool: Pool, documents: DocumentsService): Promise<DocumentsVerification> {
  const altered: string[] = [];
  let checked = 0;
  let after = '';
  for (;;) {
    const { rows } = await pool.query<{ sha256: string }>(
      'SELECT sha256 FROM documents WHERE sha256 > $1 ORDER BY sha256 LIMIT 100',
      [after],
    );
    if (rows.length === 0) return { checked, altered };
    for (const { sha256 } of rows) {
      const document = await documents.find(sha256);
      if (document === null) continue;
      const hash = createHash('sha256');
      let size = 0;
      for await (const chunk of documents.open(document)) {
        hash.update(chunk);
        size += chunk.length;
      }
      if (hash.digest('hex') !== sha256 || size !== document.size) altered.push(sha256);
      checked += 1;
    }
    after = rows[rows.length - 1].sha256;
  }
}
