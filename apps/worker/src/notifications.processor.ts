import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job } from 'bullmq';
import { MatchNotifier } from '@duijie/matching/match-notifier.service';
import { JobsOf, QUEUES } from '@duijie/queue';

type NotificationJob = JobsOf<typeof QUEUES.notifications>;

/** Notification jobs: each reads committed state and writes the notifications it implies, once. */
@Processor(QUEUES.notifications, { concurrency: 4 })
export class NotificationsProcessor extends WorkerHost {
  private readonly logger = new Logger(NotificationsProcessor.name);

  constructor(private readonly matches: MatchNotifier) {
    super();
  }

  /** Connection trouble and lost job keys (e.g. Redis restarted empty) are logged, never thrown. */
  @OnWorkerEvent('error')
  onError(err: Error): void {
    this.logger.warn(`worker: ${err.message}`);
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
