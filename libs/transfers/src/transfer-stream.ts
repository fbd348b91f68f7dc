/** Stream per proposal: `transfer-<uuid>` (PRODUCT.md §4). */
export const TRANSFER_STREAM_PREFIX = 'transfer-';

export function transferStreamId(transferId: string): string {
  return `${TRANSFER_STREAM_PREFIX}${transferId}`;
}

/** The proposal id of a transfer stream, or null for any other stream. */
export function transferIdOf(streamId: string): string | null {
  return streamId.startsWith(TRANSFER_STREAM_PREFIX) ? streamId.slice(TRANSFER_STREAM_PREFIX.length) : null;
}
