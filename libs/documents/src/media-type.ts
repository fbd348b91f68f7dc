/** The kinds of file a document may be: checked by their first bytes, never by name or declared type. */
export const DOCUMENT_MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type DocumentMediaType = (typeof DOCUMENT_MEDIA_TYPES)[number];

const SIGNATURES: { mediaType: DocumentMediaType; magic: number[] }[] = [
  { mediaType: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { mediaType: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mediaType: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
];

/** Bytes needed to tell every accepted kind apart. */
export const MAGIC_BYTES = Math.max(...SIGNATURES.map((s) => s.magic.length));

/**
 * The media type the content starts like, `null` for anything else; `undefined` while the head is
 * shorter than needed to decide.
 */
export function sniffMediaType(head: Uint8Array): DocumentMediaType | null | undefined {
  let undecided = false;
  for (const { mediaType, magic } of SIGNATURES) {
    const n = Math.min(head.length, magic.length);
    let same = true;
    for (let i = 0; i < n; i += 1) if (head[i] !== magic[i]) same = false;
    if (!same) continue;
    if (n === magic.length) return mediaType;
    undecided = true;
  }
  return undecided ? undefined : null;
}

export function isDocumentMediaType(value: string): value is DocumentMediaType {
  return (DOCUMENT_MEDIA_TYPES as readonly string[]).includes(value);
}

export const SHA256_HEX = /^[0-9a-f]{64}$/;
