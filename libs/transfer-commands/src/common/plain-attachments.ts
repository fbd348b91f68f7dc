import type { DocumentEntryInput } from '@mutasi/transfers';

/** Document entries as plain JSON, ready for an event; an entry without a type stays without one. */
export function plainAttachments(list: DocumentEntryInput[] | undefined): DocumentEntryInput[] | undefined {
  return list?.map(({ type, name, sha256 }) => (type === undefined ? { name, sha256 } : { type, name, sha256 }));
}
