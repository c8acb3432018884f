import { Processor } from '@nestjs/bullmq';
import { Job } from 'bullmq';

import { ListingsService } from '@duijie/listings';
import { AnnouncementSweeper, MatchSweeper } from '@duijie/matching';
import { PolicyEvaluator } from '@duijie/policies';
import { JobsOf, QUEUES } from '@duijie/queue';

import { CONCURRENCY } from './concurrency';
import { QueueWorker } from './queue-worker';

type MaintenanceJob = JobsOf<typeof QUEUES.maintenance>;

/** Housekeeping jobs. An unknown job name fails the job loudly rather than passing silently. */
@Processor(QUEUES.maintenance, { concurrency: CONCURRENCY.maintenance })
export class MaintenanceProcessor extends QueueWorker {
  constructor(
    private readonly listings: ListingsService,
    private readonly sweeper: MatchSweeper,
    private readonly announcements: AnnouncementSweeper,
    private readonly policies: PolicyEvaluator,
  ) {
    super();
  }

  async process(job: Job<MaintenanceJob['data'], unknown, MaintenanceJob['name']>): Promise<unknown> {
    switch (job.name) {
      case 'listings.expire': {
        const expired = await this.listings.expireOutdated();
        if (expired.length)
          this.logger.log({ jobId: job.id, expired: expired.length }, 'expired listings past their validity');
        return { expired: expired.length };
      }
      case 'matching.sweep':
        // Lost match jobs, then strong pairs whose announcement was never queued.
        return { ...(await this.sweeper.sweep()), ...(await this.announcements.sweep()) };
      case 'policies.sweep':
        // Firms' facts (deals, registrations, listings) change: every open policy is evaluated again.
        return this.policies.sweep();
      default: {
        const unknown: never = job.name;
        throw new Error(`maintenance queue has no handler for job "${unknown}"`);
      }
    }
  }
}
