import { Processor } from '@nestjs/bullmq';
import { Job } from 'bullmq';

import { ImportsService } from '@duijie/imports';
import { JobsOf, QUEUES } from '@duijie/queue';

import { CONCURRENCY } from './concurrency';
import { QueueWorker } from './queue-worker';

type ImportJob = JobsOf<typeof QUEUES.imports>;

/** Large listings imports, one at a time; a retried job resumes after the rows already reported. */
@Processor(QUEUES.imports, { concurrency: CONCURRENCY.imports })
export class ImportsProcessor extends QueueWorker {
  constructor(private readonly imports: ImportsService) {
    super();
  }

  async process(job: Job<ImportJob['data'], unknown, ImportJob['name']>): Promise<unknown> {
    switch (job.name) {
      case 'listings.import':
        try {
          await this.imports.run(job.data.importId);
          return { importId: job.data.importId };
        } catch (err) {
          if (this.isFinalAttempt(job)) await this.imports.fail(job.data.importId, (err as Error).message);
          throw err;
        }
      default: {
        const unknown: never = job.name;
        throw new Error(`imports queue has no handler for job "${unknown}"`);
      }
    }
  }
}
