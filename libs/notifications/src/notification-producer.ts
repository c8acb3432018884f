import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { UsersRepository } from '@duijie/accounts';
import { ConfigService } from '@duijie/config';
import { runTransaction } from '@duijie/database';
import { RedisService } from '@duijie/queue';

import { NotificationEntity } from './notification.entity';
import { publishNotifications } from './notification-feed';
import { NewNotification, NotificationsRepository } from './notifications.repository';
import { WebhooksRepository } from './webhooks/webhooks.repository';

/**
 * The one call a feature makes to notify an enterprise: inside the caller's transaction it stores
 * the notification (once per key), its webhook deliveries and e-mails (jobs through the outbox); after the
 * commit, `publish` hands it to live subscribers.
 */
@Injectable()
export class NotificationProducer {
  private readonly logger = new Logger(NotificationProducer.name);
  private readonly emailEnabled: boolean;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly notifications: NotificationsRepository,
    private readonly webhooks: WebhooksRepository,
    private readonly users: UsersRepository,
    private readonly redis: RedisService,
    config: ConfigService,
  ) {
    this.emailEnabled = !!config.get('smtpUrl');
  }

  /** Stores the notification in `m`'s transaction; answers it when new (null when its key exists). */
  async record(m: EntityManager, n: NewNotification): Promise<NotificationEntity | null> {
    return (await this.recordAll(m, [n]))[0];
  }

  /**
   * Stores notifications in `m`'s transaction in a few statements whatever their number (their
   * rows, webhook deliveries and e-mails); answers, in their order, each when new, else null.
   */
  async recordAll(m: EntityManager, ns: readonly NewNotification[]): Promise<(NotificationEntity | null)[]> {
    const rows = await this.notifications.insertAll(ns, m);
    const fresh = rows.filter((r): r is NotificationEntity => r !== null);
    await this.webhooks.recordDeliveries(m, fresh);
    if (this.emailEnabled && fresh.length) {
      const members = await this.users.membersWantingEmail(m, fresh);
      await this.notifications.recordEmails(
        m,
        fresh.map((n, i) => ({ n, userIds: members[i] })),
      );
    }
    return rows;
  }

  /** After commit: to the live subscribers of every API instance; the stored copy stands if this fails. */
  async publish(n: NotificationEntity | null): Promise<void> {
    await this.publishAll([n]);
  }

  /** `publish` for several, in one round trip to Redis. */
  async publishAll(ns: readonly (NotificationEntity | null)[]): Promise<void> {
    const rows = ns.filter((n): n is NotificationEntity => n !== null);
    if (!rows.length) return;
    await publishNotifications(this.redis, rows).catch((err) =>
      this.logger.warn(`live notification not published: ${(err as Error).message}`),
    );
  }

  /** record + publish in a transaction of its own. */
  async notify(n: NewNotification): Promise<NotificationEntity | null> {
    const row = await runTransaction(this.db, (m) => this.record(m, n));
    await this.publish(row);
    return row;
  }
}
