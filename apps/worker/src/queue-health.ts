import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';

import { ConfigService } from '@duijie/config';
import { HealthProbe, HealthReport } from '@duijie/observability';
import { QueueBacklog, RedisService } from '@duijie/queue';

/**
 * The worker's part of /health: per queue, the jobs waiting and the age of the oldest, and the
 * queues whose oldest job has waited longer than QUEUE_STUCK_SECONDS (nothing is taking jobs).
 * At start it warns when Redis may evict keys: BullMQ needs `maxmemory-policy noeviction`.
 */
@Injectable()
export class QueueHealth implements HealthProbe, OnApplicationBootstrap {
  private readonly logger = new Logger(QueueHealth.name);
  private readonly stuckAfterMs: number;

  constructor(
    private readonly backlog: QueueBacklog,
    private readonly redis: RedisService,
    config: ConfigService,
  ) {
    this.stuckAfterMs = config.get('queueStuckSeconds') * 1000;
  }

  async onApplicationBootstrap(): Promise<void> {
    const policy = await this.evictionPolicy();
    if (policy && policy !== 'noeviction') {
      this.logger.warn(
        `Redis maxmemory-policy is "${policy}": under memory pressure Redis may evict queue keys and jobs are lost. Set it to "noeviction".`,
      );
    }
  }

  /** `CONFIG GET` may be disabled on managed Redis; then nothing can be said. */
  async evictionPolicy(): Promise<string | null> {
    try {
      const answer = (await this.redis.client.config('GET', 'maxmemory-policy')) as string[];
      return answer[1] ?? null;
    } catch {
      return null;
    }
  }

  async probe(): Promise<Pick<HealthReport, 'queues' | 'stuck'>> {
    const now = Date.now();
    const queues: NonNullable<HealthReport['queues']> = {};
    const stuck: string[] = [];
    for (const [name, { waiting, oldestReadySince }] of Object.entries(await this.backlog.read())) {
      const age = oldestReadySince === null ? null : Math.max(0, Math.round((now - oldestReadySince) / 1000));
      queues[name] = { waiting, oldestWaitingSeconds: age };
      if (age !== null && age * 1000 > this.stuckAfterMs) stuck.push(name);
    }
    return { queues, stuck };
  }
}
