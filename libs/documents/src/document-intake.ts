import { createHash } from 'node:crypto';
import type { ContentUpload } from './content-store.port';
import { documentProblems } from './document-problems';
import { MAGIC_BYTES, sniffMediaType, type DocumentMediaType } from './media-type';
import type { StoredDocument } from './stored-document';

export interface IntakeOptions {
  maxBytes: number;
  /** The media type the client declared; `application/octet-stream` or null leave it to the content. */
  declaredMediaType: string | null;
}

/**
 * Reads an upload piece by piece into `upload`: hashes it, refuses it past the size limit and
 * unless its first bytes are a PDF, JPEG or PNG (and, if the client declared a type, that one).
 * The bytes are never held whole in memory.
 */
export async function intake(
  source: AsyncIterable<Buffer>,
  upload: ContentUpload,
  options: IntakeOptions,
): Promise<StoredDocument> {
  const hash = createHash('sha256');
  let size = 0;
  let head = Buffer.alloc(0);
  let mediaType: DocumentMediaType | null | undefined;
  for await (const chunk of source) {
    size += chunk.length;
    if (size > options.maxBytes) throw documentProblems.tooLarge(options.maxBytes);
    if (mediaType === undefined) {
      head = Buffer.concat([head, chunk.subarray(0, MAGIC_BYTES)]).subarray(0, MAGIC_BYTES);
      mediaType = sniffMediaType(head);
      if (mediaType === null) throw documentProblems.typeNotAllowed();
      if (mediaType !== undefined) checkDeclared(options.declaredMediaType, mediaType);
    }
    hash.update(chunk);
    await upload.write(chunk);
  }
  if (size === 0) throw documentProblems.empty();
  if (mediaType === undefined || mediaType === null) throw documentProblems.typeNotAllowed();
  return { sha256: hash.digest('hex'), size, mediaType };
}

function checkDeclared(declared: string | null, actual: DocumentMediaType): void {
  if (declared === null || declared === 'application/octet-stream' || declared === actual) return;
  throw documentProblems.typeMismatch(declared, actual);
}
