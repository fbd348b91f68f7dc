import type { Transfer } from '@mutasi/transfers';
import type { NotificationParams, PlaceFacts, ProposalFacts } from '../notification-params';
import type { Language, NotificationTemplate } from '../notification-template';
import type { DeliveryCondition, NotificationIntent, RecipientRef } from '../rules/notification-intent';
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
  /** A reminder's time, and what must still hold then; null for a notification sent at once. */
  sendAt: string | null;
  condition: DeliveryCondition | null;
};

/**
 * Turns an event's notification intents into outbox rows: resolves each recipient to an address,
 * leaves out the actor (nobody is emailed about their own action; a reminder for later is not
 * about it) and anyone without an email address, and keeps one row per address — the first intent wins — so that an event yields at
 * most one email per person at once (and at most one reminder of each kind later).
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
      const key = intent.schedule ? `${email} ${intent.template}` : email;
      if (email === '' || rows.has(key)) continue;
      const self = recipient.username === event.actorId || email === actorEmail;
      if (self && intent.schedule === undefined) continue;
      rows.set(key, {
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
        sendAt: intent.schedule?.sendAt ?? null,
        condition: intent.schedule?.condition ?? null,
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
    case 'agency-operators':
      return directory.operators(ref.agencyIds);
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
