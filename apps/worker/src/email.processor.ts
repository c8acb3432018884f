import { Processor } from '@nestjs/bullmq';
import { Job } from 'bullmq';

import { EmailSender } from '@duijie/notifications';
import { JobsOf, QUEUES } from '@duijie/queue';

import { CONCURRENCY } from './concurrency';
import { QueueWorker } from './queue-worker';

type EmailJob = JobsOf<typeof QUEUES.email>;

/** Notification e-mails; an SMTP failure throws, so BullMQ retries with backoff. */
@Processor(QUEUES.email, { concurrency: CONCURRENCY.email })
export class EmailProcessor extends QueueWorker {
  constructor(private readonly sender: EmailSender) {
    super();
  }

  async process(job: Job<EmailJob['data'], unknown, EmailJob['name']>): Promise<unknown> {
    switch (job.name) {
      case 'email.send':
        return { outcome: await this.sender.send(job.data.notificationId, job.data.userId) };
      default: {
        const unknown: never = job.name;
        throw new Error(`email queue has no handler for job "${unknown}"`);
      }
    }
  }
}
