import { Module } from '@nestjs/common';
import { IdentityModule } from '@mutasi/identity';
import { NotificationsApiModule } from '@mutasi/notifications';
import { NotificationsController } from './notifications.controller';
import { QueueDashboard } from './queue-dashboard';

/** GET /notifications, the queue dashboard at /admin/queues, and the notification metrics. */
@Module({
  imports: [NotificationsApiModule, IdentityModule],
  controllers: [NotificationsController],
  providers: [QueueDashboard],
})
export class NotificationsHttpModule {}
