import type { Attachment } from '@mutasi/transfers';

/** Attachments as plain JSON, ready for an event. */
export function plainAttachments(list: Attachment[] | undefined): { name: string; sha256: string }[] | undefined {
  return list?.map(({ name, sha256 }) => ({ name, sha256 }));
}
