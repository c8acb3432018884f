import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';

import { ConfigService } from '@duijie/config';
import { HealthProbe, HealthReport } from '@duijie/observability';
import { QUEUES, RedisService } from '@duijie/queue';

/**
 * The worker's part of /health: per queue, the jobs waiting and the age of the oldest, and the
 * queues whose oldest job has waited longer than QUEUE_STUCK_SECONDS (nothing is taking jobs).
 * At start it warns when Redis may evict keys: BullMQ needs `maxmemory-policy noeviction`.
 */
@Injectable()
export class QueueHealth implements HealthProbe, OnApplicationBootstrap {
  private readonly logger = new Logger(QueueHealth.name);
  private readonly queues: Queue[];
  private readonly stuckAfterMs: number;

  constructor(
    @InjectQueue(QUEUES.maintenance) maintenance: Queue,
    @InjectQueue(QUEUES.matching) matching: Queue,
    @InjectQueue(QUEUES.notifications) notifications: Queue,
    @InjectQueue(QUEUES.webhooks) webhooks: Queue,
    @InjectQueue(QUEUES.email) email: Queue,
    @InjectQueue(QUEUES.scheduling) scheduling: Queue,
    @InjectQueue(QUEUES.imports) imports: Queue,
    private readonly redis: RedisService,
    config: ConfigService,
  ) {
    this.queues = [maintenance, matching, notifications, webhooks, email, scheduling, imports];
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
    await Promise.all(
      this.queues.map(async (q) => {
        // A paused queue keeps its waiting jobs apart; they wait all the same.
        const [waiting, oldestJobs] = await Promise.all([
          q.getJobCountByTypes('wait', 'paused'),
          q.getJobs(['wait', 'paused'], 0, 0, true),
        ]);
        const oldest = oldestJobs[0];
        const readySince = oldest ? oldest.timestamp + (oldest.delay ?? 0) : null;
        const age = readySince === null ? null : Math.max(0, Math.round((now - readySince) / 1000));
        queues[q.name] = { waiting, oldestWaitingSeconds: age };
        if (age !== null && age * 1000 > this.stuckAfterMs) stuck.push(q.name);
      }),
    );
    return { queues, stuck };
  }
}
