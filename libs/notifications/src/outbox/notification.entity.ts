import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { NotificationParams } from '../notification-params';
import type { DeliveryCondition } from '../rules/notification-intent';
import type { NotificationStatus } from './notification-status';

/** A row of the notification outbox and log (see the migration for its life). */
@Entity({ name: 'notifications' })
export class NotificationEntity {
  @PrimaryColumn('uuid')
  id: string;

  /** Insertion order; the log is paged by it. */
  @Column({ type: 'bigint', insert: false, update: false })
  seq: string;

  @Column('uuid', { name: 'event_id' })
  eventId: string;

  @Column('text', { name: 'event_type' })
  eventType: string;

  @Column('bigint', { name: 'event_position' })
  eventPosition: string;

  @Column('text', { name: 'transfer_id' })
  transferId: string;

  @Column('text')
  template: string;

  @Column('text', { name: 'recipient_email' })
  recipientEmail: string;

  @Column('text', { name: 'recipient_username', nullable: true })
  recipientUsername: string | null;

  @Column('text', { name: 'recipient_name' })
  recipientName: string;

  @Column('text')
  language: string;

  @Column('jsonb')
  params: NotificationParams;

  @Column('text')
  status: NotificationStatus;

  @Column('integer')
  attempts: number;

  @Column('text', { name: 'last_error', nullable: true })
  lastError: string | null;

  @Column('text', { name: 'message_id', nullable: true })
  messageId: string | null;

  /** A reminder's time; null for a notification sent at once. */
  @Column('timestamptz', { name: 'send_at', nullable: true })
  sendAt: Date | null;

  @Column('jsonb', { nullable: true })
  condition: DeliveryCondition | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'queued_at', nullable: true })
  queuedAt: Date | null;

  @Column('timestamptz', { name: 'last_attempt_at', nullable: true })
  lastAttemptAt: Date | null;

  @Column('timestamptz', { name: 'sent_at', nullable: true })
  sentAt: Date | null;

  @Column('timestamptz', { name: 'failed_at', nullable: true })
  failedAt: Date | null;
}
