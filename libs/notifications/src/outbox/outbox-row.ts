import type { Transfer } from '@mutasi/transfers';
import type { NotificationParams, PlaceFacts, ProposalFacts } from '../notification-params';
import type { Language, NotificationTemplate } from '../notification-template';
import type { NotificationIntent, RecipientRef } from '../rules/notification-intent';
import type { Directory, Recipient } from './recipient';

/** The event a notification comes from. */
export type EventContext = {
  eventId: string;
  eventType: string;
  position: string;
  transferId: string;
  actorId: string;
  /** The Jakarta date the event happened: delegations in force on it count. */
  date: string;
};

export type OutboxRow = {
  eventId: string;
  eventType: string;
  eventPosition: string;
  transferId: string;
  template: NotificationTemplate;
  recipientEmail: string;
  recipientUsername: string | null;
  recipientName: string;
  language: Language;
  params: NotificationParams;
};

/**
 * Turns an event's notification intents into outbox rows: resolves each recipient to an address,
 * leaves out the actor (nobody is emailed about their own action) and anyone without an email
 * address, and keeps one row per address — the first intent wins — so that an event yields at
 * most one email per person.
 */
export function outboxRows(
  event: EventContext,
  transfer: Transfer,
  intents: readonly NotificationIntent[],
  directory: Directory,
): OutboxRow[] {
  const actorEmail = directory.user(event.actorId)?.email.trim().toLowerCase() ?? null;
  const proposal = proposalFacts(transfer, directory);
  const rows = new Map<string, OutboxRow>();
  for (const intent of intents) {
    for (const recipient of resolve(intent.recipient, event.date, directory)) {
      const email = recipient.email.trim().toLowerCase();
      if (email === '' || rows.has(email)) continue;
      if (recipient.username === event.actorId || email === actorEmail) continue;
      rows.set(email, {
        eventId: event.eventId,
        eventType: event.eventType,
        eventPosition: event.position,
        transferId: event.transferId,
        template: intent.template,
        recipientEmail: email,
        recipientUsername: recipient.username,
        recipientName: recipient.name,
        language: recipient.language,
        params: params(intent, recipient, proposal, directory),
      });
    }
  }
  return [...rows.values()];
}

function resolve(ref: RecipientRef, date: string, directory: Directory): Recipient[] {
  switch (ref.kind) {
    case 'employee': {
      const employee = directory.employee(ref.nip);
      return employee ? [employee] : [];
    }
    case 'user': {
      const user = directory.user(ref.username);
      return user ? [user] : [];
    }
    case 'position-holders':
      return directory.holders(ref.positionIds, date);
  }
}

function place(placement: Transfer['origin'], directory: Directory): PlaceFacts {
  return {
    positionTitle: placement.position.title,
    unitName: directory.unitName(placement.topUnitId),
    agencyName: directory.agencyName(placement.agency.id),
  };
}

function proposalFacts(transfer: Transfer, directory: Directory): ProposalFacts {
  return {
    transferId: transfer.id,
    employeeName: transfer.employee.name,
    employeeNip: transfer.employeeNip,
    kind: transfer.kind,
    reason: transfer.reason,
    requestedEffectiveDate: transfer.requestedEffectiveDate,
    origin: place(transfer.origin, directory),
    target: place(transfer.target, directory),
  };
}

function params(
  intent: NotificationIntent,
  recipient: Recipient,
  proposal: ProposalFacts,
  directory: Directory,
): NotificationParams {
  const { decidedBy, onBehalfOf, delegatedBy, withdrawnBy, ...rest } = intent.details;
  const name = (username: string | null | undefined) =>
    username ? (directory.user(username)?.name ?? username) : undefined;
  const result: NotificationParams = { ...rest, recipientName: recipient.name, proposal };
  if (decidedBy !== undefined) result.decidedByName = name(decidedBy);
  if (onBehalfOf) result.onBehalfOfName = name(onBehalfOf);
  if (delegatedBy !== undefined) result.delegatedByName = name(delegatedBy);
  if (withdrawnBy !== undefined) result.withdrawnByName = name(withdrawnBy);
  return result;
}
