import { Injectable, Logger } from '@nestjs/common';

import { ConfigService } from '@duijie/config';
import { RedisService } from '@duijie/queue';

/**
 * Takes a slot when the enterprise has fewer than `limit` deliveries in flight: drops expired
 * leases (a worker that died holding one), then adds this delivery with its lease's end.
 */
const ACQUIRE = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
if redis.call('ZSCORE', KEYS[1], ARGV[3]) or redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[2]) then
  redis.call('ZADD', KEYS[1], ARGV[4], ARGV[3])
  redis.call('PEXPIRE', KEYS[1], ARGV[5])
  return 1
end
return 0`;

/**
 * Per-enterprise delivery slots in Redis, shared by every worker: an enterprise whose receivers
 * are slow (or hang until the time limit) holds at most `webhookConcurrencyPerFirm` of the
 * worker's delivery slots, so other enterprises' deliveries keep going. Each slot is a lease that
 * ends by itself a while after the delivery's time limit, should its worker die holding it.
 */
@Injectable()
export class DeliverySlots {
  private readonly logger = new Logger(DeliverySlots.name);
  private readonly limit: number;

  constructor(
    private readonly redis: RedisService,
    config: ConfigService,
  ) {
    this.limit = config.get('webhookConcurrencyPerFirm');
  }

  /** True when the delivery may go now; false when the enterprise's slots are all taken. */
  async acquire(enterpriseId: string, deliveryId: string, leaseMs: number): Promise<boolean> {
    const now = Date.now();
    try {
      const taken = await this.redis.client.eval(
        ACQUIRE,
        1,
        this.key(enterpriseId),
        now,
        this.limit,
        deliveryId,
        now + leaseMs,
        leaseMs * 2,
      );
      return taken === 1;
    } catch (err) {
      // Without Redis the queue itself stands still; a delivery already running may go on.
      this.logger.warn(`delivery slots unavailable: ${(err as Error).message}`);
      return true;
    }
  }

  async release(enterpriseId: string, deliveryId: string): Promise<void> {
    await this.redis.client.zrem(this.key(enterpriseId), deliveryId).catch(() => undefined);
  }

  private key(enterpriseId: string): string {
    return this.redis.key('webhook-slots', enterpriseId);
  }
}
