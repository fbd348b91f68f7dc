import { Inject, Injectable, Logger, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import type { Pool } from 'pg';
import { EVENT_STORE, type PostgresEventStore } from '@mutasi/event-store';
import { APP_CONFIG, CLOCK, createResilientPool, type AppConfig, type Clock } from '@mutasi/platform';
import { EmailPipeline } from './email-pipeline';
import { MAIL_SENDER, type MailSender } from './mail/mail-sender';
import { SmtpMailSender } from './mail/smtp-mail-sender';
import { NOTIFICATIONS_CONFIG } from './notifications.tokens';
import type { NotificationsConfig } from './notifications-config';
import { NotificationOutboxProjection } from './outbox/notification-outbox.projection';
import { OutboxStore } from './outbox/outbox-store';
import { DeliverNotification, messageIdDomain } from './queue/deliver-notification';
import { DEFAULT_REMINDER_SETTINGS } from './rules/notifications-for-event';
import { TemplateRenderer } from './templates/template-renderer';

const logger = new Logger('notifications');

/**
 * The connections of the dispatcher and the email worker. Their commits do not wait for the WAL
 * flush: between the SMTP server accepting an email and its row being marked sent, a crash means
 * the email goes out again, so that window is kept as short as a round trip; and should the
 * database itself crash before flushing, the cost is the same one repeated email.
 */
@Injectable()
export class OutboxDatabase implements OnApplicationShutdown {
  readonly pool: Pool;

  constructor(@Inject(APP_CONFIG) app: AppConfig, @Inject(NOTIFICATIONS_CONFIG) config: NotificationsConfig) {
    this.pool = createResilientPool({
      connectionString: app.databaseUrl,
      max: config.concurrency + 2,
      application_name: 'mutasi-notifications',
      options: '-c synchronous_commit=off',
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
  }
}

/**
 * Notifications in the worker process: the outbox projection (register it under PROJECTIONS),
 * the dispatcher and the email worker. Needs DatabaseModule and ConfigModule.
 */
@Module({})
export class NotificationsWorkerModule {
  static forRoot(config: NotificationsConfig): DynamicModule {
    return {
      module: NotificationsWorkerModule,
      providers: [
        { provide: NOTIFICATIONS_CONFIG, useValue: config },
        {
          provide: TemplateRenderer,
          inject: [APP_CONFIG],
          useFactory: (app: AppConfig) => new TemplateRenderer(config.templatesDir, app.publicUrl),
        },
        OutboxDatabase,
        {
          provide: OutboxStore,
          inject: [OutboxDatabase],
          useFactory: (db: OutboxDatabase) => new OutboxStore(db.pool),
        },
        {
          provide: MAIL_SENDER,
          inject: [APP_CONFIG],
          useFactory: (app: AppConfig): MailSender =>
            new SmtpMailSender({ url: app.smtpUrl, from: app.mailFrom, poolSize: config.smtpPoolSize }),
        },
        {
          provide: DeliverNotification,
          inject: [OutboxStore, TemplateRenderer, MAIL_SENDER, APP_CONFIG],
          useFactory: (outbox: OutboxStore, renderer: TemplateRenderer, sender: MailSender, app: AppConfig) =>
            new DeliverNotification(outbox, renderer, sender, {
              attempts: config.attempts,
              messageIdDomain: messageIdDomain(app.mailFrom),
            }),
        },
        {
          provide: NotificationOutboxProjection,
          inject: [EVENT_STORE, CLOCK],
          useFactory: (store: PostgresEventStore, clock: Clock) =>
            new NotificationOutboxProjection(store, {
              maxEventAgeMs: config.maxEventAgeHours * 3_600_000,
              now: () => clock.now(),
              reminders: { ...DEFAULT_REMINDER_SETTINGS, taskReminderLeadHours: config.taskReminderLeadHours },
              onBrokenStream: (streamId, error) =>
                logger.error(`notifications for ${streamId} skipped: its events do not fold (${String(error)})`),
            }),
        },
        EmailPipeline,
      ],
      exports: [NotificationOutboxProjection, EmailPipeline],
    };
  }
}
