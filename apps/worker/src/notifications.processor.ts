import { Processor } from '@nestjs/bullmq';
import { Job } from 'bullmq';

import { Batcher, MatchNotifier } from '@duijie/matching';
import { PolicyEvaluator } from '@duijie/policies';
import { JobsOf, QUEUES } from '@duijie/queue';

import { CONCURRENCY, POLICY_EVALUATIONS } from './concurrency';
import { QueueWorker } from './queue-worker';

type NotificationJob = JobsOf<typeof QUEUES.notifications>;

/** Notification jobs: each reads committed state and writes the notifications it implies, once. */
@Processor(QUEUES.notifications, { concurrency: CONCURRENCY.notifications })
export class NotificationsProcessor extends QueueWorker {
  /** Policy evaluations one at a time each, POLICY_EVALUATIONS at once (the queue runs many announcements). */
  private readonly evaluations = new Batcher<string, unknown>(
    ([policyId]) => this.policies.evaluate(policyId).then((r) => [r]),
    1,
    POLICY_EVALUATIONS,
  );

  constructor(
    private readonly matches: MatchNotifier,
    private readonly policies: PolicyEvaluator,
  ) {
    super();
  }

  async process(job: Job<NotificationJob['data'], unknown, NotificationJob['name']>): Promise<unknown> {
    const item = { name: job.name, data: job.data } as NotificationJob;
    switch (item.name) {
      case 'notify.matches':
        return { announced: await this.matches.announce(item.data.enterpriseId) };
      case 'policy.evaluate':
        return this.evaluations.submit(item.data.policyId);
      default: {
        const unknown: never = item;
        throw new Error(`notifications queue has no handler for job "${(unknown as { name: string }).name}"`);
      }
    }
  }
}
