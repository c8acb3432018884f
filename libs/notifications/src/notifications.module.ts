import { Module } from '@nestjs/common';

import { AccountsCoreModule } from '@duijie/accounts';

import { EmailSender } from './email/email';
import { EmailPreferencesResolver } from './email/email-preferences.resolver';
import { NotificationFeed } from './notification-feed';
import { NotificationProducer } from './notification-producer';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsResolver, UserNotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';
import { DeliverySlots } from './webhooks/delivery-slots';
import { WebhookDeliverer } from './webhooks/webhook-deliverer';
import { WebhooksRepository } from './webhooks/webhooks.repository';
import { WebhooksResolver } from './webhooks/webhooks.resolver';
import { WebhooksService } from './webhooks/webhooks.service';

/** The inbox, live notifications and webhook endpoints over GraphQL, for the API. */
@Module({
  imports: [AccountsCoreModule],
  providers: [
    NotificationsRepository,
    NotificationsService,
    NotificationsResolver,
    UserNotificationsResolver,
    NotificationFeed,
    WebhooksRepository,
    WebhooksService,
    WebhooksResolver,
    EmailPreferencesResolver,
  ],
})
export class NotificationsModule {}

/** Producing notifications and delivering webhooks, for the worker. */
@Module({
  imports: [AccountsCoreModule],
  providers: [
    NotificationsRepository,
    WebhooksRepository,
    NotificationProducer,
    WebhookDeliverer,
    DeliverySlots,
    EmailSender,
  ],
  exports: [NotificationProducer, WebhookDeliverer, EmailSender],
})
export class NotificationsCoreModule {}
