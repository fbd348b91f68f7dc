import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ConcurrencyError, EVENT_STORE, type PostgresEventStore } from '@mutasi/event-store';
import {
  DomainError,
  isTransfer,
  transferStreamId,
  type Transfer,
  type TransferEvent,
  type TransferState,
} from '@mutasi/transfers';
import { loadTransfer } from '../load-transfer';
import type { CommandMeta } from './command-meta';
import type { CommandResult } from './command-result';
import { currentUnitOfWork } from './unit-of-work';

/** Loads a proposal by folding its stream, and appends a command's events to it. */
@Injectable()
export class TransferStreams {
  constructor(@Inject(EVENT_STORE) private readonly store: PostgresEventStore) {}

  load(transferId: string): Promise<TransferState> {
    return loadTransfer(this.store, transferId);
  }

  /** The proposal, checked against If-Match: 404 if it does not exist, 409 STALE_VERSION if the client saw another version. */
  async loadExisting(transferId: string, meta: CommandMeta): Promise<Transfer> {
    const state = await this.load(transferId);
    if (!isTransfer(state)) {
      throw new DomainError('TRANSFER_NOT_FOUND', 'Usulan tidak ditemukan / Transfer not found', { transferId });
    }
    if (meta.expectedVersion !== null && meta.expectedVersion !== state.version) {
      throw new ConcurrencyError(transferStreamId(transferId), meta.expectedVersion, state.version);
    }
    return state;
  }

  /** Appends with the version the events were decided on, inside the request's unit of work if there is one. */
  async append(
    transferId: string,
    events: readonly TransferEvent[],
    expectedVersion: number,
    meta: CommandMeta,
    actorRole: string,
    onBehalfOf: string | null = null,
  ): Promise<CommandResult> {
    const streamId = transferStreamId(transferId);
    const metadata = {
      actorId: meta.user.username,
      actorRole,
      onBehalfOf,
      correlationId: meta.correlationId,
      causationId: meta.causationId,
      ...meta.marks,
    };
    const newEvents = events.map((event) => ({
      eventId: randomUUID(),
      type: event.type,
      data: event.data,
      metadata,
    }));
    const options = { expectedVersion: expectedVersion === 0 ? ('no_stream' as const) : expectedVersion };
    const unit = currentUnitOfWork();
    const result = unit
      ? await this.store.appendInTransaction(unit.sql, streamId, newEvents, options)
      : await this.store.append(streamId, newEvents, options);
    if (unit) unit.afterCommit(() => this.store.announceAppend());
    return { id: transferId, version: result.nextExpectedVersion, position: result.position };
  }
}
