import { Processor } from '@nestjs/bullmq';
import { DelayedError, Job } from 'bullmq';

import { ScheduleSolverService } from '@duijie/meetings';
import { JobsOf, QUEUES } from '@duijie/queue';
import { SolverThreadError } from '@duijie/scheduling';

import { CONCURRENCY } from './concurrency';
import { QueueWorker } from './queue-worker';

type SchedulingJob = JobsOf<typeof QUEUES.scheduling>;

/**
 * Meeting schedules, one at a time: the optimiser runs in a thread of its own for up to
 * SCHEDULER_TIME_LIMIT_SECONDS (this process's loop stays free), and the lock outlasts it.
 */
@Processor(QUEUES.scheduling, { concurrency: CONCURRENCY.scheduling, lockDuration: 180_000 })
export class SchedulingProcessor extends QueueWorker {
  constructor(private readonly solver: ScheduleSolverService) {
    super();
  }

  async process(job: Job<SchedulingJob['data'], unknown, SchedulingJob['name']>, token?: string): Promise<unknown> {
    switch (job.name) {
      case 'schedule.solve':
        try {
          await this.solver.solveRun(job.data.runId);
          return { runId: job.data.runId };
        } catch (err) {
          // The worker is shutting down and ended the solve: back to the queue, no attempt spent.
          if (err instanceof SolverThreadError && err.kind === 'STOPPED' && token) {
            await job.moveToDelayed(Date.now() + 1_000, token);
            throw new DelayedError();
          }
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
