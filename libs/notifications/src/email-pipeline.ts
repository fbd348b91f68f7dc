import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Worker } from 'bullmq';
import { EVENT_STORE, type EventStore } from '@mutasi/event-store';
import { APP_CONFIG, CLOCK, type AppConfig, type Clock } from '@mutasi/platform';
import { MAIL_SENDER, type MailSender } from './mail/mail-sender';
import { NOTIFICATIONS_CONFIG } from './notifications.tokens';
import type { NotificationsConfig } from './notifications-config';
import { OutboxStore } from './outbox/outbox-store';
import { DeliverNotification } from './queue/deliver-notification';
import { createEmailQueue, emailJobOptions, type EmailJob, type EmailQueue } from './queue/email-queue';
import { createEmailWorker } from './queue/email-processor';
import { OutboxDispatcher } from './queue/outbox-dispatcher';
import { transferConditions } from './queue/transfer-conditions';

/** In the worker: the dispatcher (outbox → queue) and the email worker (queue → SMTP). */
@Injectable()
export class EmailPipeline implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('notifications');
  readonly queue: EmailQueue;
  readonly dispatcher: OutboxDispatcher;
  readonly worker: Worker<EmailJob, unknown, 'send'>;

  constructor(
    @Inject(APP_CONFIG) app: AppConfig,
    @Inject(NOTIFICATIONS_CONFIG) config: NotificationsConfig,
    @Inject(OutboxStore) outbox: OutboxStore,
    @Inject(DeliverNotification) deliver: DeliverNotification,
    @Inject(MAIL_SENDER) private readonly sender: MailSender,
    @Inject(CLOCK) clock: Clock,
    @Inject(EVENT_STORE) store: EventStore,
  ) {
    this.queue = createEmailQueue(app, emailJobOptions(config));
    this.queue.on('error', (error) => this.logger.warn(`email queue: ${error.message}`));
    this.dispatcher = new OutboxDispatcher(outbox, this.queue, {
      intervalMs: config.dispatchIntervalMs,
      batchSize: config.dispatchBatchSize,
      requeueAfterMs: config.requeueAfterMs,
      now: () => clock.now(),
      stillHolds: transferConditions(store),
      onError: (error) => this.logger.warn(`dispatching notifications failed; retrying: ${String(error)}`),
    });
    this.worker = createEmailWorker(
      app,
      config,
      (job) => deliver.deliver(job.notificationId),
      (error) => this.logger.warn(`email worker: ${error.message}`),
    );
  }

  onApplicationBootstrap(): void {
    this.dispatcher.start();
    this.worker.run().catch((error: unknown) => this.logger.error(`email worker stopped: ${String(error)}`));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.dispatcher.stop();
    const graceful = this.worker.close();
    const timer = setTimeout(() => void this.worker.close(true), 10_000);
    await graceful.finally(() => clearTimeout(timer));
    await this.queue.close();
    this.sender.close();
  }
}
