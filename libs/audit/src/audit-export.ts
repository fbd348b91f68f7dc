import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { canonicalJson, storedEvents, type EventRow } from '@mutasi/event-store';
import { CLOCK, PG_POOL, type Clock } from '@mutasi/platform';
import { AuditSigningKey } from './audit-signing-key';

export const AUDIT_SIGNING_KEY = Symbol('AUDIT_SIGNING_KEY');

export interface ExportRange {
  from?: Date;
  to?: Date;
}

/**
 * The event log as JSON Lines for offline verification: one line per event, exactly as stored
 * (what its hash covers, plus prevHash and hash), stream by stream in version order, then one
 * manifest line holding the count, the sha256 of every event line before it (each with its
 * newline) and an Ed25519 signature over the canonical JSON of the manifest without `signature`.
 */
@Injectable()
export class AuditExporter {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(AUDIT_SIGNING_KEY) private readonly key: AuditSigningKey,
  ) {}

  get publicKeyPem(): string {
    return this.key.publicKeyPem;
  }

  async *lines(range: ExportRange): AsyncGenerator<string> {
    const digest = createHash('sha256');
    const streams = new Set<string>();
    let events = 0;
    for await (const row of storedEvents(this.pool, range)) {
      const line = `${JSON.stringify(exportedEvent(row))}\n`;
      digest.update(line, 'utf8');
      streams.add(row.stream_id);
      events += 1;
      yield line;
    }
    const manifest = {
      kind: 'manifest',
      exportedAt: this.clock.now().toISOString(),
      from: range.from?.toISOString() ?? null,
      to: range.to?.toISOString() ?? null,
      events,
      streams: streams.size,
      sha256: digest.digest('hex'),
      algorithm: 'Ed25519',
      publicKey: this.key.publicKeyPem,
    };
    yield `${JSON.stringify({ ...manifest, signature: this.key.sign(canonicalJson(manifest)) })}\n`;
  }
}

function exportedEvent(row: EventRow) {
  return {
    kind: 'event',
    streamId: row.stream_id,
    streamVersion: Number(row.stream_version),
    position: row.position,
    eventId: row.event_id,
    type: row.type,
    schemaVersion: row.schema_version,
    data: row.data,
    metadata: row.metadata,
    recordedAt: row.recorded_at.toISOString(),
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}
