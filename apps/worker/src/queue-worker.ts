import { OnWorkerEvent, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import type { Job } from 'bullmq';

import { QUEUE_JOB_OPTIONS, type QueueName } from '@duijie/queue';

/** A queue's processor: logs worker-level trouble (connection loss, job keys lost with a Redis restart) instead of throwing it. */
export abstract class QueueWorker extends WorkerHost {
  protected readonly logger = new Logger(this.constructor.name);

  /** Whether this run of the job is its last: a failure now is final, and the processor records it. */
  protected isFinalAttempt(job: Job): boolean {
    const attempts = job.opts.attempts ?? QUEUE_JOB_OPTIONS[job.queueName as QueueName]?.attempts ?? 1;
    return job.attemptsMade + 1 >= attempts;
  }

  @OnWorkerEvent('error')
  onError(err: Error): void {
    this.logger.warn(`worker: ${err.message}`);
  }
}
