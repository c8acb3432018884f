import { Global, Inject, Injectable, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import Redis, { RedisOptions } from 'ioredis';

import { ConfigService } from '@duijie/config';

/**
 * Connection options for ioredis. `worker` connections (BullMQ workers, subscribers) wait for
 * Redis forever; `command` connections (producers, rate limits, health) fail fast while Redis
 * is away, so an API request never hangs on it.
 */
export function redisOptions(url: string, kind: 'worker' | 'command'): RedisOptions {
  const u = new URL(url);
  const base: RedisOptions = {
    host: u.hostname,
    port: Number(u.port || 6379),
    username: u.username || undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    db: u.pathname && u.pathname !== '/' ? Number(u.pathname.slice(1)) : 0,
    tls: u.protocol === 'rediss:' ? {} : undefined,
    retryStrategy: (times) => Math.min(200 * 2 ** Math.min(times, 6), 5_000),
    lazyConnect: false,
  };
  return kind === 'worker'
    ? { ...base, maxRetriesPerRequest: null, enableReadyCheck: true }
    : { ...base, maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2_000, commandTimeout: 2_000 };
}

/** The process' one command connection to Redis, with the run's key prefix. */
@Injectable()
export class RedisService implements OnApplicationShutdown {
  private readonly logger = new Logger(RedisService.name);
  readonly client: Redis;
  readonly prefix: string;

  constructor(@Inject(ConfigService) config: ConfigService) {
    this.prefix = config.get('redisPrefix');
    this.client = new Redis(redisOptions(config.get('redisUrl'), 'command'));
    // Without a listener ioredis would print every failed reconnect as an unhandled error.
    this.client.on('error', (err) => this.logger.warn(`redis: ${err.message}`));
  }

  key(...parts: string[]): string {
    return [this.prefix, ...parts].join(':');
  }

  async ping(): Promise<boolean> {
    try {
      return (await this.client.ping()) === 'PONG';
    } catch {
      return false;
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.client.disconnect();
  }
}

@Global()
@Module({ providers: [RedisService], exports: [RedisService] })
export class RedisModule {}
