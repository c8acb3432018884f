import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job } from 'bullmq';
import { ListingsService } from '@duijie/listings';
import { JobsOf, QUEUES } from '@duijie/queue';

type MaintenanceJob = JobsOf<typeof QUEUES.maintenance>;

/** Housekeeping jobs. An unknown job name fails the job loudly rather than passing silently. */
@Processor(QUEUES.maintenance)
export class MaintenanceProcessor extends WorkerHost {
  private readonly logger = new Logger(MaintenanceProcessor.name);

  constructor(private readonly listings: ListingsService) {
    super();
  }

  /** Connection trouble and lost job keys (e.g. Redis restarted empty) are logged, never thrown. */
  @OnWorkerEvent('error')
  onError(err: Error): void {
    this.logger.warn(`worker: ${err.message}`);
  }

  async process(job: Job<MaintenanceJob['data'], unknown, MaintenanceJob['name']>): Promise<unknown> {
    switch (job.name) {
      case 'listings.expire': {
        const expired = await this.listings.expireOutdated();
        if (expired.length) this.logger.log({ jobId: job.id, expired: expired.length }, 'expired listings past their validity');
        return { expired: expired.length };
      }
      default: {
        const unknown: never = job.name;
        throw new Error(`maintenance queue has no handler for job "${unknown}"`);
      }
    }
  }
}
