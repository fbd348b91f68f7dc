import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { DocumentsService } from '@mutasi/documents';
import { EVENT_STORE, verifyHashChains, type EventStore } from '@mutasi/event-store';
import { PG_POOL } from '@mutasi/platform';
import { loadTransfer } from '@mutasi/transfer-commands/load-transfer';
import { isTransfer, transferStreamId, type Transfer } from '@mutasi/transfers';
import { historyEntry, type HistoryEntry } from './transfer-history';
import { readOptionsAt, type PointInTime } from './time-travel';
import { verifyDocuments, type DocumentsVerification } from './verify-documents';

export interface VerificationReport {
  ok: boolean;
  checked: number;
  firstBroken?: { streamId: string; version: number; position: string; reason: string };
  /** Every stored document re-hashed: `ok` is false when one no longer matches its hash. */
  documents: DocumentsVerification;
}

/** History, time travel and hash-chain verification, read straight from the event log. */
@Injectable()
export class AuditService {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PG_POOL) private readonly pool: Pool,
    private readonly documents: DocumentsService,
  ) {}

  async history(transferId: string): Promise<HistoryEntry[]> {
    const events = await this.store.readStream(transferStreamId(transferId));
    return events.map(historyEntry);
  }

  /** The proposal folded up to an instant or a version; null if it did not exist then. */
  async stateAt(transferId: string, point: PointInTime): Promise<Transfer | null> {
    const state = await loadTransfer(this.store, transferId, readOptionsAt(point));
    return isTransfer(state) ? state : null;
  }

  async verify(): Promise<VerificationReport> {
    const result = await verifyHashChains(this.pool);
    const documents = await verifyDocuments(this.pool, this.documents);
    const ok = result.ok && documents.altered.length === 0;
    if (result.ok || !result.firstBroken) return { ok, checked: result.checked, documents };
    const { streamId, version, position, reason } = result.firstBroken;
    return { ok: false, checked: result.checked, firstBroken: { streamId, version, position, reason }, documents };
  }
}
