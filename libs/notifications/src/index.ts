export * from './notification.entity';
export * from './notifications.repository';
export * from './notifications.dto';
export * from './notifications.service';
export * from './notifications.module';
export * from './notification-feed';
export * from './notification-producer';
export * from './webhooks/webhook.entity';
