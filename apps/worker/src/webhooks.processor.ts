import { Processor } from '@nestjs/bullmq';
import { DelayedError, Job } from 'bullmq';

import { RetryLater, WebhookDeliverer } from '@duijie/notifications';
import { JobsOf, QUEUES } from '@duijie/queue';

import { CONCURRENCY } from './concurrency';
import { QueueWorker } from './queue-worker';

type WebhookJob = JobsOf<typeof QUEUES.webhooks>;

/** Webhook deliveries: a failed attempt throws, so BullMQ retries it with backoff; the last one is recorded as failed. */
@Processor(QUEUES.webhooks, { concurrency: CONCURRENCY.webhooks })
export class WebhooksProcessor extends QueueWorker {
  constructor(private readonly deliverer: WebhookDeliverer) {
    super();
  }

  async process(job: Job<WebhookJob['data'], unknown, WebhookJob['name']>, token?: string): Promise<unknown> {
    switch (job.name) {
      case 'webhook.deliver': {
        const final = this.isFinalAttempt(job);
        try {
          return { outcome: await this.deliverer.deliver(job.data.deliveryId, final) };
        } catch (err) {
          if (!(err instanceof RetryLater)) throw err;
          // The receiver set the pace (429/503 with Retry-After): wait that long instead of the backoff.
          await job.moveToDelayed(Date.now() + err.delayMs, token);
          throw new DelayedError();
        }
      }
      default: {
        const unknown: never = job.name;
        throw new Error(`webhooks queue has no handler for job "${unknown}"`);
      }
    }
  }
}
