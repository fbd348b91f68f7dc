const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * The document hashes an event's data refers to: the `sha256` of every entry of an
 * `attachments` or `documents` list, at any depth.
 */
export function referencedDocuments(data: unknown, found: Set<string> = new Set()): Set<string> {
  if (Array.isArray(data)) {
    for (const item of data) referencedDocuments(item, found);
  } else if (data !== null && typeof data === 'object') {
    for (const [key, value] of Object.entries(data)) {
      if ((key === 'attachments' || key === 'documents') && Array.isArray(value)) {
        for (const entry of value) {
          const sha256 = (entry as { sha256?: unknown } | null)?.sha256;
          if (typeof sha256 === 'string' && SHA256_HEX.test(sha256)) found.add(sha256);
        }
      } else {
        referencedDocuments(value, found);
      }
    }
  }
  return found;
}
