import { Processor } from '@nestjs/bullmq';
import { Job } from 'bullmq';

import { ScheduleSolverService } from '@duijie/meetings';
import { JobsOf, QUEUES } from '@duijie/queue';

import { CONCURRENCY } from './concurrency';
import { QueueWorker } from './queue-worker';

type SchedulingJob = JobsOf<typeof QUEUES.scheduling>;

/**
 * Meeting schedules, one at a time: the optimiser is CPU-bound and holds this process for up to
 * SCHEDULER_TIME_LIMIT_SECONDS, so the lock is long enough to outlast it.
 */
@Processor(QUEUES.scheduling, { concurrency: CONCURRENCY.scheduling, lockDuration: 180_000 })
export class SchedulingProcessor extends QueueWorker {
  constructor(private readonly solver: ScheduleSolverService) {
    super();
  }

  async process(job: Job<SchedulingJob['data'], unknown, SchedulingJob['name']>): Promise<unknown> {
    switch (job.name) {
      case 'schedule.solve':
        try {
          await this.solver.solveRun(job.data.runId);
          return { runId: job.data.runId };
        } catch (err) {
          // The last attempt records the failure on the run, so the organiser sees it.
          if (this.isFinalAttempt(job)) {
            await this.solver.fail(job.data.runId, (err as Error).message);
          }
          throw err;
        }
      default: {
        const unknown: never = job.name;
        throw new Error(`scheduling queue has no handler for job "${unknown}"`);
      }
    }
  }
}
