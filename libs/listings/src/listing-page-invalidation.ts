import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';

import { ConfigService } from '@duijie/config';
import { ChangeListener } from '@duijie/database';

import { ListingPageCache } from './listing-page-cache';

export const LISTINGS_CHANGED_CHANNEL = 'duijie_listings_changed';

/**
 * Keeps `ListingPageCache` honest: one connection LISTENs to `duijie_listings_changed` (sent at
 * commit by the statement triggers on `listing` and `enterprise`) and drops the cached window at
 * each. While that connection is not standing the cache is stopped and empty, so every page is
 * read from the database.
 */
@Injectable()
export class ListingPageInvalidation implements OnModuleInit, OnApplicationShutdown {
  private readonly listener: ChangeListener;

  constructor(cache: ListingPageCache, config: ConfigService) {
    this.listener = new ChangeListener({
      databaseUrl: config.get('databaseUrl'),
      channel: LISTINGS_CHANGED_CHANNEL,
      applicationName: 'duijie-listings',
      cache,
      changed: () => cache.changed(),
      fallback: 'listing pages are read from the database',
      logger: new Logger(ListingPageInvalidation.name),
    });
  }

  async onModuleInit(): Promise<void> {
    await this.listener.open();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.listener.close();
  }
}
