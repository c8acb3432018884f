import type { Logger } from '@nestjs/common';
import { Client } from 'pg';

/** What a ChangeListener keeps honest: started while the LISTEN stands, stopped when it falls. */
export interface ListenedCache {
  start(): void;
  stop(): void;
}

export interface ChangeListenerOptions {
  databaseUrl: string;
  /** The NOTIFY channel (a trigger sends it at commit). */
  channel: string;
  /** The connection's application_name, to find it in pg_stat_activity. */
  applicationName: string;
  cache: ListenedCache;
  /** Called with each notification's payload ('' when it has none). */
  changed(payload: string): void;
  /** Logged when the connection falls: what is read from the database until it is back. */
  fallback: string;
  logger: Logger;
}

/**
 * One connection LISTENing to a channel on behalf of an in-process cache: the cache is started
 * once the LISTEN stands and stopped (emptied, answering nothing) whenever the connection falls,
 * so that a cache never answers while changes could go unheard; the connection is retried every
 * second until `close()`. Used by the viewer cache and the listings page cache.
 */
export class ChangeListener {
  private client: Client | null = null;
  private retry: NodeJS.Timeout | null = null;
  private closing = false;

  constructor(private readonly options: ChangeListenerOptions) {}

  async open(): Promise<void> {
    const { databaseUrl, channel, applicationName, cache, logger, fallback } = this.options;
    const client = new Client({ connectionString: databaseUrl, application_name: applicationName });
    const lost = (err?: Error) => {
      if (this.client !== client) return;
      this.client = null;
      cache.stop();
      void client.end().catch(() => undefined);
      if (this.closing) return;
      logger.warn({ err }, `${channel} listener lost; ${fallback} until it is back`);
      this.retry = setTimeout(() => void this.open(), 1000);
      this.retry.unref();
    };
    client.on('notification', (msg) => {
      if (msg.channel === channel) this.options.changed(msg.payload ?? '');
    });
    client.on('error', lost);
    client.on('end', () => lost());
    this.client = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${channel}`);
      if (this.client === client && !this.closing) cache.start();
    } catch (err) {
      lost(err as Error);
    }
  }

  async close(): Promise<void> {
    this.closing = true;
    if (this.retry) clearTimeout(this.retry);
    this.options.cache.stop();
    await this.client?.end().catch(() => undefined);
  }
}
