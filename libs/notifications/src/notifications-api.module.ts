import { Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@mutasi/platform';
import { NotificationLog } from './notification-log';
import { NotificationMetrics } from './notification-metrics';
import { EMAIL_QUEUE_CLIENT } from './notifications.tokens';
import { createEmailQueue, type EmailQueue } from './queue/email-queue';

/** Notifications in the API: the log, the queue (for the dashboard) and the metrics. */
@Module({
  providers: [
    NotificationLog,
    NotificationMetrics,
    {
      provide: EMAIL_QUEUE_CLIENT,
      inject: [APP_CONFIG],
      useFactory: (app: AppConfig) => {
        const queue = createEmailQueue(app);
        queue.on('error', () => undefined);
        return queue;
      },
    },
  ],
  exports: [NotificationLog, EMAIL_QUEUE_CLIENT],
})
export class NotificationsApiModule implements OnApplicationShutdown {
  constructor(@Inject(EMAIL_QUEUE_CLIENT) private readonly queue: EmailQueue) {}

  async onApplicationShutdown(): Promise<void> {
    await this.queue.close();
  }
}
