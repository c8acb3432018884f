import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { Client } from 'pg';

import { ConfigService } from '@duijie/config';

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
  private readonly logger = new Logger(ListingPageInvalidation.name);
  private client: Client | null = null;
  private retry: NodeJS.Timeout | null = null;
  private closing = false;

  constructor(
    private readonly cache: ListingPageCache,
    private readonly config: ConfigService,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    this.closing = true;
    if (this.retry) clearTimeout(this.retry);
    this.cache.stop();
    await this.client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new Client({
      connectionString: this.config.get('databaseUrl'),
      application_name: 'duijie-listings',
    });
    const lost = (err?: Error) => {
      if (this.client !== client) return;
      this.client = null;
      this.cache.stop();
      void client.end().catch(() => undefined);
      if (this.closing) return;
      this.logger.warn(
        { err },
        'listing change listener lost; listing pages are read from the database until it is back',
      );
      this.retry = setTimeout(() => void this.connect(), 1000);
      this.retry.unref();
    };
    client.on('notification', (msg) => {
      if (msg.channel === LISTINGS_CHANGED_CHANNEL) this.cache.changed();
    });
    client.on('error', lost);
    client.on('end', () => lost());
    this.client = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${LISTINGS_CHANGED_CHANNEL}`);
      if (this.client === client && !this.closing) this.cache.start();
    } catch (err) {
      lost(err as Error);
    }
  }
}
