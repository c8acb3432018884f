import { Processor } from '@nestjs/bullmq';
import { Job } from 'bullmq';

import { MatchNotifier } from '@duijie/matching';
import { JobsOf, QUEUES } from '@duijie/queue';

import { CONCURRENCY } from './concurrency';
import { QueueWorker } from './queue-worker';

type NotificationJob = JobsOf<typeof QUEUES.notifications>;

/** Notification jobs: each reads committed state and writes the notifications it implies, once. */
@Processor(QUEUES.notifications, { concurrency: CONCURRENCY.notifications })
export class NotificationsProcessor extends QueueWorker {
  constructor(private readonly matches: MatchNotifier) {
    super();
  }

  async process(job: Job<NotificationJob['data'], unknown, NotificationJob['name']>): Promise<unknown> {
    switch (job.name) {
      case 'notify.matches':
        return { announced: await this.matches.announce(job.data.enterpriseId) };
      default: {
        const unknown: never = job.name;
        throw new Error(`notifications queue has no handler for job "${unknown}"`);
      }
    }
  }
}
