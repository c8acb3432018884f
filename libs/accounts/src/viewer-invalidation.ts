import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { Client } from 'pg';

import { ConfigService } from '@duijie/config';

import { ViewerCache } from './viewer-cache';

export const USER_CHANGED_CHANNEL = 'duijie_user_changed';

/**
 * Keeps `ViewerCache` honest: one connection LISTENs to `duijie_user_changed` (sent at commit by
 * the app_user trigger) and drops each user it names. While that connection is not standing the
 * cache is stopped and empty, so every request reads its user from the database.
 */
@Injectable()
export class ViewerInvalidation implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(ViewerInvalidation.name);
  private client: Client | null = null;
  private retry: NodeJS.Timeout | null = null;
  private closing = false;

  constructor(
    private readonly cache: ViewerCache,
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
    const client = new Client({ connectionString: this.config.get('databaseUrl'), application_name: 'duijie-viewers' });
    const lost = (err?: Error) => {
      if (this.client !== client) return;
      this.client = null;
      this.cache.stop();
      void client.end().catch(() => undefined);
      if (this.closing) return;
      this.logger.warn({ err }, 'user change listener lost; viewers are read from the database until it is back');
      this.retry = setTimeout(() => void this.connect(), 1000);
      this.retry.unref();
    };
    client.on('notification', (msg) => {
      if (msg.channel === USER_CHANGED_CHANNEL && msg.payload) this.cache.changed(msg.payload);
    });
    client.on('error', lost);
    client.on('end', () => lost());
    this.client = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${USER_CHANGED_CHANNEL}`);
      if (this.client === client && !this.closing) this.cache.start();
    } catch (err) {
      lost(err as Error);
    }
  }
}
