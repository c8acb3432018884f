import type { Queue } from 'bullmq';

import type { QueueName } from './jobs';

export interface Backlog {
  /** Jobs waiting to be taken (a paused queue keeps its waiting jobs apart, and bulk work too; they wait all the same). */
  waiting: number;
  /** Since when the oldest waiting job could have run (epoch ms), or null when none waits. */
  oldestReadySince: number | null;
}

/** What waits in each queue, for the worker's /health; reads only. */
export class QueueBacklog {
  constructor(private readonly queues: Readonly<Record<QueueName, Queue>>) {}

  async read(): Promise<Record<QueueName, Backlog>> {
    const entries = await Promise.all(
      Object.entries(this.queues).map(async ([name, q]) => {
        // Bulk work waits apart too, in BullMQ's prioritized set (BULK_PRIORITY), oldest first.
        const [waiting, oldestWaiting, oldestPrioritized] = await Promise.all([
          q.getJobCountByTypes('wait', 'paused', 'prioritized'),
          q.getJobs(['wait', 'paused'], 0, 0, true),
          q.getJobs(['prioritized'], 0, 0, true),
        ]);
        const since = [...oldestWaiting, ...oldestPrioritized].map((j) => j.timestamp + (j.delay ?? 0));
        const oldestReadySince = since.length ? Math.min(...since) : null;
        return [name, { waiting, oldestReadySince }] as const;
      }),
    );
    return Object.fromEntries(entries) as Record<QueueName, Backlog>;
  }
}
