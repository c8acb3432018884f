import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import Redis from 'ioredis';

import { ConfigService } from '@duijie/config';
import { redisOptions, RedisService } from '@duijie/queue';

import { NotificationEntity } from './notification.entity';

/** The Redis channel every API instance listens on (under the run's key prefix). */
export function notificationChannel(redis: RedisService): string {
  return redis.key('notifications');
}

/**
 * Tells every API instance about committed notifications (one pipeline); a failure costs only the
 * live copies. Each message is the enterprise's id, a line break and the notification's JSON, so
 * that an instance with no subscriber of that firm drops it unparsed (a match announcement of a
 * busy firm names thousands of pairs, and every instance hears every announcement).
 */
export async function publishNotifications(redis: RedisService, ns: readonly NotificationEntity[]): Promise<void> {
  const channel = notificationChannel(redis);
  const pipeline = redis.client.pipeline();
  for (const n of ns) pipeline.publish(channel, `${n.enterpriseId}\n${JSON.stringify(n)}`);
  for (const [err] of (await pipeline.exec()) ?? []) if (err) throw err;
}

/**
 * Live notifications for this API instance's subscribers, fanned out through Redis pub/sub so that
 * a subscriber on any instance behind a load balancer hears what a worker published.
 */
@Injectable()
export class NotificationFeed implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(NotificationFeed.name);
  private readonly listeners = new Map<string, Set<(n: NotificationEntity) => void>>();
  private subscriber: Redis | null = null;

  constructor(
    private readonly config: ConfigService,
    private readonly redis: RedisService,
  ) {}

  async onModuleInit(): Promise<void> {
    const sub = new Redis(redisOptions(this.config.get('redisUrl'), 'worker'));
    sub.on('error', (err) => this.logger.warn(`notification feed: ${err.message}`));
    sub.on('message', (_channel, message: string) => this.dispatch(message));
    this.subscriber = sub;
    // Not awaited: the API starts while Redis is away and subscribes once it answers.
    sub
      .subscribe(notificationChannel(this.redis))
      .catch((err) => this.logger.warn(`notification feed: ${(err as Error).message}`));
  }

  onApplicationShutdown(): void {
    this.subscriber?.disconnect();
  }

  private dispatch(message: string): void {
    const newline = message.indexOf('\n');
    const enterpriseId = newline > 0 ? message.slice(0, newline) : '';
    const listeners = this.listeners.get(enterpriseId);
    if (!listeners?.size) return;
    let n: NotificationEntity;
    try {
      n = JSON.parse(message.slice(newline + 1), (key, value: unknown) =>
        (key === 'createdAt' || key === 'readAt') && typeof value === 'string' ? new Date(value) : value,
      ) as NotificationEntity;
    } catch {
      return;
    }
    if (n.enterpriseId === enterpriseId) listeners.forEach((listener) => listener(n));
  }

  /** An enterprise's notifications from now on, until the subscriber goes away. */
  subscribe(enterpriseId: string): AsyncIterableIterator<NotificationEntity> {
    const queue: NotificationEntity[] = [];
    let wake: (() => void) | null = null;
    let done = false;
    const listener = (n: NotificationEntity) => {
      queue.push(n);
      wake?.();
    };
    let set = this.listeners.get(enterpriseId);
    if (!set) this.listeners.set(enterpriseId, (set = new Set()));
    set.add(listener);
    const stop = () => {
      done = true;
      set.delete(listener);
      if (!set.size) this.listeners.delete(enterpriseId);
      wake?.();
    };
    const iterator: AsyncIterableIterator<NotificationEntity> = {
      async next() {
        while (!queue.length && !done) await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
        return done && !queue.length ? { value: undefined, done: true } : { value: queue.shift()!, done: false };
      },
      async return() {
        stop();
        return { value: undefined, done: true };
      },
      [Symbol.asyncIterator]() {
        return iterator;
      },
    };
    return iterator;
  }
}
