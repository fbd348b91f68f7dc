import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';
import type { EventMetadata } from './event-store.port';

export const GENESIS_HASH = '0'.repeat(64);

/** The part of an event that its hash covers; the chain itself fixes its place in the stream. */
export interface HashedContent {
  eventId: string;
  streamId: string;
  type: string;
  schemaVersion: number;
  data: unknown;
  metadata: EventMetadata;
  recordedAt: string;
}

export function hashedContent(content: HashedContent): string {
  return canonicalJson({
    eventId: content.eventId,
    streamId: content.streamId,
    type: content.type,
    schemaVersion: content.schemaVersion,
    data: content.data,
    metadata: content.metadata,
    recordedAt: content.recordedAt,
  });
}

/**
 * The same text as `hashedContent`, assembled from the already canonical data and metadata so
 * that an append serialises each payload once. Keys are written in their sorted order.
 */
export function canonicalEventText(parts: {
  eventId: string;
  streamId: string;
  type: string;
  schemaVersion: number;
  dataJson: string;
  metadataJson: string;
  recordedAt: string;
}): string {
  return (
    `{"data":${parts.dataJson},"eventId":${JSON.stringify(parts.eventId)},"metadata":${parts.metadataJson},` +
    `"recordedAt":${JSON.stringify(parts.recordedAt)},"schemaVersion":${parts.schemaVersion},` +
    `"streamId":${JSON.stringify(parts.streamId)},"type":${JSON.stringify(parts.type)}}`
  );
}

/** hash = hex(sha256(utf8(prevHash ‖ canonical JSON of the event))). */
export function chainHash(prevHash: string, canonicalEvent: string): string {
  return createHash('sha256')
    .update(prevHash + canonicalEvent, 'utf8')
    .digest('hex');
}
