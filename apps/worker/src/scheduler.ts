import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { QUEUES, QUEUE_JOB_OPTIONS, SCHEDULES } from '@duijie/queue';

/** Registers the repeating jobs; upserting by id keeps one schedule however many workers start. */
@Injectable()
export class Scheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(Scheduler.name);

  constructor(@InjectQueue(QUEUES.maintenance) private readonly maintenance: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const s of SCHEDULES) {
      await this.maintenance.upsertJobScheduler(s.id, { every: s.everyMs }, { name: s.job, data: {}, opts: QUEUE_JOB_OPTIONS[s.queue] });
    }
    // Catch up at start instead of waiting a whole period.
    await this.maintenance.add('listings.expire', {}, { ...QUEUE_JOB_OPTIONS.maintenance, jobId: `expire-at-start-${Date.now()}` });
    this.logger.log(`scheduled ${SCHEDULES.length} repeating job(s)`);
  }
}
