import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { DocumentsService } from '@mutasi/documents';
import { canonicalJson, storedEvents, type EventRow } from '@mutasi/event-store';
import { CLOCK, PG_POOL, type Clock } from '@mutasi/platform';
import { AuditSigningKey } from './audit-signing-key';
import { base64Pieces } from './base64-pieces';
import { referencedDocuments } from './referenced-documents';

export const AUDIT_SIGNING_KEY = Symbol('AUDIT_SIGNING_KEY');

export interface ExportRange {
  from?: Date;
  to?: Date;
  /** Add a line per stored document the exported events refer to, its content in base64. */
  documents?: boolean;
}

/**
 * The event log as JSON Lines for offline verification: one line per event, exactly as stored
 * (what its hash covers, plus prevHash and hash), stream by stream in version order, then one
 * manifest line holding the count, the sha256 of every event line before it (each with its
 * newline) and an Ed25519 signature over the canonical JSON of the manifest without `signature`.
 * With documents, each stored document the events refer to follows the events as one line
 * `{kind: 'document', sha256, size, mediaType, contentBase64}`, streamed piece by piece; the
 * digest covers these lines too, so an auditor checks each content against the hash the
 * hash-chained events hold.
 */
@Injectable()
export class AuditExporter {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(AUDIT_SIGNING_KEY) private readonly key: AuditSigningKey,
    private readonly documents: DocumentsService,
  ) {}

  get publicKeyPem(): string {
    return this.key.publicKeyPem;
  }

  async *lines(range: ExportRange): AsyncGenerator<string> {
    const digest = createHash('sha256');
    const streams = new Set<string>();
    const referenced = new Set<string>();
    let events = 0;
    for await (const row of storedEvents(this.pool, range)) {
      const line = `${JSON.stringify(exportedEvent(row))}\n`;
      digest.update(line, 'utf8');
      streams.add(row.stream_id);
      if (range.documents) referencedDocuments(row.data, referenced);
      events += 1;
      yield line;
    }
    let documents = 0;
    for (const sha256 of [...referenced].sort()) {
      const document = await this.documents.find(sha256);
      if (document === null) continue;
      const { size, mediaType } = document;
      const head = JSON.stringify({ kind: 'document', sha256, size, mediaType, contentBase64: '' }).slice(0, -2);
      digest.update(head, 'utf8');
      yield head;
      for await (const piece of base64Pieces(this.documents.open(document))) {
        digest.update(piece, 'utf8');
        yield piece;
      }
      digest.update('"}\n', 'utf8');
      yield '"}\n';
      documents += 1;
    }
    const manifest = {
      kind: 'manifest',
      exportedAt: this.clock.now().toISOString(),
      from: range.from?.toISOString() ?? null,
      to: range.to?.toISOString() ?? null,
      events,
      streams: streams.size,
      ...(range.documents ? { documents } : {}),
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
