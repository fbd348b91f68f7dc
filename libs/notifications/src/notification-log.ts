import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThan, type FindOptionsWhere, type Repository } from 'typeorm';
import { NotificationEntity } from './outbox/notification.entity';
import type { NotificationStatus } from './outbox/notification-status';

export type NotificationLogFilter = { recipient?: string; status?: NotificationStatus };

export type NotificationLogEntry = {
  id: string;
  eventId: string;
  eventType: string;
  transferId: string;
  template: string;
  recipient: string;
  recipientUsername: string | null;
  recipientName: string;
  language: string;
  status: NotificationStatus;
  attempts: number;
  lastError: string | null;
  messageId: string | null;
  createdAt: string;
  /** When a reminder is (or was) due; null for a notification sent at once. */
  sendAt: string | null;
  queuedAt: string | null;
  lastAttemptAt: string | null;
  sentAt: string | null;
  failedAt: string | null;
};

export type NotificationLogPage = { items: NotificationLogEntry[]; nextCursor: string | null };

/** The notification log, newest first, keyset-paginated. */
@Injectable()
export class NotificationLog {
  constructor(@InjectRepository(NotificationEntity) private readonly notifications: Repository<NotificationEntity>) {}

  async list(filter: NotificationLogFilter, page: { limit: number; cursor?: string }): Promise<NotificationLogPage> {
    const where: FindOptionsWhere<NotificationEntity> = {};
    if (filter.recipient !== undefined) where.recipientEmail = filter.recipient.trim().toLowerCase();
    if (filter.status !== undefined) where.status = filter.status;
    const before = page.cursor ? Buffer.from(page.cursor, 'base64url').toString('utf8') : null;
    if (before !== null && /^\d+$/.test(before)) where.seq = LessThan(before);
    const rows = await this.notifications.find({ where, order: { seq: 'DESC' }, take: page.limit + 1 });
    const more = rows.length > page.limit;
    const shown = more ? rows.slice(0, page.limit) : rows;
    const last = shown[shown.length - 1];
    return {
      items: shown.map(entry),
      nextCursor: more && last ? Buffer.from(String(last.seq), 'utf8').toString('base64url') : null,
    };
  }
}

const iso = (at: Date | null): string | null => (at === null ? null : at.toISOString());

function entry(row: NotificationEntity): NotificationLogEntry {
  return {
    id: row.id,
    eventId: row.eventId,
    eventType: row.eventType,
    transferId: row.transferId,
    template: row.template,
    recipient: row.recipientEmail,
    recipientUsername: row.recipientUsername,
    recipientName: row.recipientName,
    language: row.language,
    status: row.status,
    attempts: row.attempts,
    lastError: row.lastError,
    messageId: row.messageId,
    createdAt: row.createdAt.toISOString(),
    sendAt: iso(row.sendAt),
    queuedAt: iso(row.queuedAt),
    lastAttemptAt: iso(row.lastAttemptAt),
    sentAt: iso(row.sentAt),
    failedAt: iso(row.failedAt),
  };
}
