import type { Schemas } from '../../api/client';
import { csrfToken } from '../../api/csrf';
import { ApiProblem } from '../../api/problem';

export type StoredDocument = Schemas['StoredDocumentResult'];
type MediaType = StoredDocument['mediaType'];

/** The server's default DOCUMENT_MAX_BYTES; a smaller server setting still answers DOCUMENT_TOO_LARGE, shown as such. */
export const MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;

/** The first bytes the server reads a document's type from (PDF, PNG, JPEG), never its name. */
const SIGNATURES: { mediaType: MediaType; magic: number[] }[] = [
  { mediaType: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { mediaType: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mediaType: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
];

export type FileRefusal = { key: 'documents.refused.empty' | 'documents.refused.tooLarge' | 'documents.refused.type' };

/** What the server would refuse, found before a byte is sent: empty, too large, or not PDF/JPEG/PNG by content. */
export async function checkFile(file: File): Promise<{ mediaType: MediaType } | FileRefusal> {
  if (file.size === 0) return { key: 'documents.refused.empty' };
  if (file.size > MAX_DOCUMENT_BYTES) return { key: 'documents.refused.tooLarge' };
  const head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
  const found = SIGNATURES.find(({ magic }) => magic.every((byte, i) => head[i] === byte));
  return found ? { mediaType: found.mediaType } : { key: 'documents.refused.type' };
}

/**
 * Sends the file as the request body with the type its content shows, reporting the bytes sent
 * (XMLHttpRequest: fetch reports no upload progress). Answers the server's sha256, size and type,
 * or throws its problem.
 */
export function uploadDocument(
  file: File,
  mediaType: MediaType,
  onProgress: (fraction: number) => void,
): Promise<StoredDocument> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/documents');
    request.setRequestHeader('content-type', mediaType);
    const token = csrfToken();
    if (token) request.setRequestHeader('x-csrf-token', token);
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      const body = (request.response ?? {}) as Record<string, unknown>;
      if (request.status >= 200 && request.status < 300) return resolve(body as unknown as StoredDocument);
      const code = typeof body.code === 'string' ? body.code : `HTTP_${request.status}`;
      const detail = typeof body.detail === 'string' ? body.detail : request.statusText;
      reject(new ApiProblem(request.status, code, detail, body));
    };
    request.onerror = () => reject(new TypeError('network'));
    request.onabort = () => reject(new TypeError('aborted'));
    request.send(file);
  });
}
