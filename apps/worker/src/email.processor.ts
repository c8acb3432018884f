import { Processor } from '@nestjs/bullmq';
import { Job } from 'bullmq';

import { EmailSender } from '@duijie/notifications';
import { JobsOf, QUEUES } from '@duijie/queue';

import { CONCURRENCY } from './concurrency';
import { QueueWorker } from './queue-worker';

type EmailJob = JobsOf<typeof QUEUES.email>;

/** Notification e-mails and password-reset links; an SMTP failure throws, so BullMQ retries with backoff. */
@Processor(QUEUES.email, { concurrency: CONCURRENCY.email })
export class EmailProcessor extends QueueWorker {
  constructor(private readonly sender: EmailSender) {
    super();
  }

  async process(job: Job<EmailJob['data'], unknown, EmailJob['name']>): Promise<unknown> {
    const item = { name: job.name, data: job.data } as EmailJob;
    switch (item.name) {
      case 'email.send':
        return { outcome: await this.sender.send(item.data.notificationId, item.data.userId) };
      case 'email.passwordReset':
        return { outcome: await this.sender.sendPasswordReset(item.data.email, item.data.expiresAt) };
      default: {
        const unknown: never = item;
        throw new Error(`email queue has no handler for job "${(unknown as EmailJob).name}"`);
      }
    }
  }
}
