import { Module } from '@nestjs/common';
import { NotificationFeed } from './notification-feed';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsResolver, UserNotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

/** The inbox over GraphQL, for the API. */
@Module({
  providers: [NotificationsRepository, NotificationsService, NotificationsResolver, UserNotificationsResolver, NotificationFeed],
})
export class NotificationsModule {}

/** Writing notifications, for the worker. */
@Module({ providers: [NotificationsRepository], exports: [NotificationsRepository] })
export class NotificationsCoreModule {}
