import { Module, type DynamicModule } from '@nestjs/common';
import type { Pool } from 'pg';
import { EVENT_STORE, type EventStore } from '@mutasi/event-store';
import { APP_CONFIG, CLOCK, PG_POOL, type AppConfig, type Clock } from '@mutasi/platform';
import { EmailPipeline } from './email-pipeline';
import { MAIL_SENDER, type MailSender } from './mail/mail-sender';
import { SmtpMailSender } from './mail/smtp-mail-sender';
import { NOTIFICATIONS_CONFIG } from './notifications.tokens';
import type { NotificationsConfig } from './notifications-config';
import { NotificationOutboxProjection } from './outbox/notification-outbox.projection';
import { OutboxStore } from './outbox/outbox-store';
import { DeliverNotification, messageIdDomain } from './queue/deliver-notification';
import { TemplateRenderer } from './templates/template-renderer';

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
        { provide: OutboxStore, inject: [PG_POOL], useFactory: (pool: Pool) => new OutboxStore(pool) },
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
          useFactory: (store: EventStore, clock: Clock) =>
            new NotificationOutboxProjection(store, {
              maxEventAgeMs: config.maxEventAgeHours * 3_600_000,
              now: () => clock.now(),
            }),
        },
        EmailPipeline,
      ],
      exports: [NotificationOutboxProjection, EmailPipeline],
    };
  }
}
