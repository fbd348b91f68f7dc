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

/** hash = hex(sha256(utf8(prevHash ‖ canonical JSON of the event))). */
export function chainHash(prevHash: string, canonicalEvent: string): string {
  return createHash('sha256')
    .update(prevHash + canonicalEvent, 'utf8')
    .digest('hex');
}
