import { jakartaDate } from '@mutasi/calendar';
import type { PostgresEventStore, RecordedEvent, SubscriptionHandler, TransactionScope } from '@mutasi/event-store';
import { loadTransfer } from '@mutasi/transfer-commands/load-transfer';
import {
  evolve,
  initialState,
  isTransferEvent,
  transferIdOf,
  type Transfer,
  type TransferEvent,
  type TransferState,
} from '@mutasi/transfers';
import type { NotificationIntent } from '../rules/notification-intent';
import { DEFAULT_REMINDER_SETTINGS, notificationsFor, type ReminderSettings } from '../rules/notifications-for-event';
import { DirectoryNeeds, loadDirectory } from './load-directory';
import { insertOutboxRows } from './insert-outbox-rows';
import { outboxRows, type EventContext } from './outbox-row';

export const NOTIFICATION_OUTBOX = 'notification-outbox';

export interface OutboxProjectionOptions {
  /** Events recorded longer ago than this produce no email (a new deployment replaying history). */
  maxEventAgeMs: number;
  now: () => Date;
  reminders?: ReminderSettings;
  /** A stream whose events cannot be folded (a bug, not a passing fault): its emails are skipped. */
  onBrokenStream?: (streamId: string, error: unknown) => void;
}

type Recorded = RecordedEvent & TransferEvent;

type Pending = { context: EventContext; transfer: Transfer; intents: NotificationIntent[] };

/**
 * The outbox: for each batch of the global log, writes the notification rows its transfer events
 * call for, in the batch's transaction — so rows and checkpoint commit together, and a replay adds
 * nothing (one row per event and address). The state an event applies to is folded from the
 * stream itself (`loadTransfer`, in the batch's transaction); recipients and names come from the
 * read models as they are now.
 */
export class NotificationOutboxProjection implements SubscriptionHandler<TransactionScope> {
  readonly name = NOTIFICATION_OUTBOX;

  constructor(
    private readonly store: Pick<PostgresEventStore, 'inTransaction'>,
    private readonly options: OutboxProjectionOptions,
  ) {}

  async handle(events: readonly RecordedEvent[], tx: TransactionScope): Promise<void> {
    const cutoff = this.options.now().getTime() - this.options.maxEventAgeMs;
    const byTransfer = new Map<string, Recorded[]>();
    for (const event of events) {
      const transferId = transferIdOf(event.streamId);
      if (transferId === null || !isTransferEvent(event) || event.recordedAt.getTime() < cutoff) continue;
      byTransfer.set(transferId, [...(byTransfer.get(transferId) ?? []), event]);
    }
    const pending: Pending[] = [];
    for (const [transferId, transferEvents] of byTransfer) {
      pending.push(...(await this.intentsOf(transferId, transferEvents, tx)));
    }
    if (pending.length === 0) return;
    const directory = await loadDirectory(tx.sql, needsOf(pending));
    const rows = pending.flatMap((p) => outboxRows(p.context, p.transfer, p.intents, directory));
    await insertOutboxRows(tx.sql, rows);
  }

  private async intentsOf(transferId: string, events: Recorded[], tx: TransactionScope): Promise<Pending[]> {
    const first = events[0];
    const pending: Pending[] = [];
    try {
      let state: TransferState =
        first.streamVersion > 1
          ? await loadTransfer(this.store.inTransaction(tx.sql), transferId, { toVersion: first.streamVersion - 1 })
          : initialState;
      for (const recorded of events) {
        const after = evolve(state, recorded);
        const intents = notificationsFor(recorded, state, after, this.options.reminders ?? DEFAULT_REMINDER_SETTINGS);
        if (intents.length > 0) {
          pending.push({
            context: {
              eventId: recorded.eventId,
              eventType: recorded.type,
              position: recorded.position,
              transferId: after.id,
              actorId: recorded.metadata.actorId,
              date: jakartaDate(recorded.recordedAt.toISOString()),
            },
            transfer: after,
            intents,
          });
        }
        state = after;
      }
    } catch (error) {
      this.options.onBrokenStream?.(first.streamId, error);
    }
    return pending;
  }
}

function needsOf(pending: readonly Pending[]): DirectoryNeeds {
  const needs = new DirectoryNeeds();
  for (const { context, transfer, intents } of pending) {
    needs.usernames.add(context.actorId);
    needs.unitIds.add(transfer.origin.topUnitId).add(transfer.target.topUnitId);
    needs.agencyIds.add(transfer.origin.agency.id).add(transfer.target.agency.id);
    for (const { recipient, details } of intents) {
      if (recipient.kind === 'employee') needs.nips.add(recipient.nip);
      if (recipient.kind === 'user') needs.usernames.add(recipient.username);
      if (recipient.kind === 'agency-operators') recipient.agencyIds.forEach((id) => needs.operatorAgencyIds.add(id));
      if (recipient.kind === 'position-holders') {
        recipient.positionIds.forEach((id) => needs.positionIds.add(id));
        needs.needDelegationsOn(context.date);
      }
      for (const username of [details.decidedBy, details.onBehalfOf, details.delegatedBy, details.withdrawnBy]) {
        if (username) needs.usernames.add(username);
      }
    }
  }
  return needs;
}
