import { Injectable, Logger } from '@nestjs/common';

import { ConfigService } from '@duijie/config';
import { RedisService } from '@duijie/queue';

import { AccountErrorCode, AccountException } from './accounts.exception';

/**
 * Counts log-in attempts per client address and per e-mail in a fixed window in Redis. When
 * Redis cannot answer, log-in stays available (argon2 itself bounds the cost of a guess).
 */
@Injectable()
export class LogInThrottle {
  private readonly logger = new Logger(LogInThrottle.name);

  constructor(
    private readonly redis: RedisService,
    private readonly config: ConfigService,
  ) {}

  async hit(clientIp: string, email: string): Promise<void> {
    const maxPerEmail = this.config.get('logInMaxAttempts');
    const maxPerIp = this.config.get('logInMaxAttemptsPerIp');
    const window = this.config.get('logInWindowSeconds');
    const keys = [this.redis.key('login', 'ip', clientIp), this.redis.key('login', 'email', email.toLowerCase())];
    let counts: number[];
    try {
      const multi = this.redis.client.multi();
      for (const key of keys) multi.incr(key).expire(key, window, 'NX');
      const results = (await multi.exec()) ?? [];
      counts = [Number(results[0]?.[1] ?? 0), Number(results[2]?.[1] ?? 0)];
    } catch (err) {
      this.logger.warn(`log-in throttle unavailable: ${(err as Error).message}`);
      return;
    }
    if (counts[0] > maxPerIp || counts[1] > maxPerEmail) {
      throw new AccountException(
        AccountErrorCode.TOO_MANY_ATTEMPTS,
        `登录尝试过于频繁，请在 ${Math.ceil(window / 60)} 分钟后再试`,
        {
          retryAfterSeconds: window,
        },
      );
    }
  }
}
