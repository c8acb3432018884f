import { Processor } from '@nestjs/bullmq';
import { Job } from 'bullmq';

import { MatchWorkerService } from '@duijie/matching';
import { JobsOf, QUEUES } from '@duijie/queue';

import { CONCURRENCY } from './concurrency';
import { QueueWorker } from './queue-worker';

type MatchingJob = JobsOf<typeof QUEUES.matching>;

/** Match jobs, many at once (CONCURRENCY.matching), matched together in batches by MatchWorkerService. */
@Processor(QUEUES.matching, { concurrency: CONCURRENCY.matching })
export class MatchingProcessor extends QueueWorker {
  constructor(private readonly matching: MatchWorkerService) {
    super();
  }

  async process(job: Job<MatchingJob['data'], unknown, MatchingJob['name']>): Promise<unknown> {
    const item = { name: job.name, data: job.data } as MatchingJob;
    switch (item.name) {
      case 'match.listing': {
        const outcome = await this.matching.matchListing(item.data.listingId, item.data.version, item.data.bulk);
        this.logger.debug({ jobId: job.id, listingId: item.data.listingId, outcome }, 'match job');
        return { outcome };
      }
      case 'match.rematch':
        return { total: await this.matching.splitRun(item.data.runId) };
      case 'match.chunk':
        await this.matching.runChunk(item.data.runId, item.data.chunk, item.data.listingIds);
        return { matched: item.data.listingIds.length };
      default: {
        const unknown: never = item;
        throw new Error(`matching queue has no handler for job "${(unknown as MatchingJob).name}"`);
      }
    }
  }
}
