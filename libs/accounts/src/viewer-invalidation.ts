import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';

import { ConfigService } from '@duijie/config';
import { ChangeListener } from '@duijie/database';

import { ViewerCache } from './viewer-cache';

export const USER_CHANGED_CHANNEL = 'duijie_user_changed';

/**
 * Keeps `ViewerCache` honest: one connection LISTENs to `duijie_user_changed` (sent at commit by
 * the app_user trigger) and drops each user it names. While that connection is not standing the
 * cache is stopped and empty, so every request reads its user from the database.
 */
@Injectable()
export class ViewerInvalidation implements OnModuleInit, OnApplicationShutdown {
  private readonly listener: ChangeListener;

  constructor(cache: ViewerCache, config: ConfigService) {
    this.listener = new ChangeListener({
      databaseUrl: config.get('databaseUrl'),
      channel: USER_CHANGED_CHANNEL,
      applicationName: 'duijie-viewers',
      cache,
      changed: (userId) => {
        if (userId) cache.changed(userId);
      },
      fallback: 'viewers are read from the database',
      logger: new Logger(ViewerInvalidation.name),
    });
  }

  async onModuleInit(): Promise<void> {
    await this.listener.open();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.listener.close();
  }
}
