import type { Queue } from 'bullmq';

import { type Job, QUEUE_JOB_OPTIONS, type QueueName, QUEUES } from './jobs';
import { JobProducer } from './producer';

/** A queue that records what it was given and answers jobs named after their position. */
function fakeQueues() {
  const added: { queue: string; name: string; data: unknown; opts: Record<string, unknown> }[] = [];
  const queues = Object.fromEntries(
    Object.values(QUEUES).map((queue) => [
      queue,
      {
        add: async (name: string, data: unknown, opts: Record<string, unknown>) => {
          added.push({ queue, name, data, opts });
          return { id: `auto-${added.length}`, name, queueName: queue };
        },
        addBulk: async (jobs: { name: string; data: unknown; opts: Record<string, unknown> }[]) =>
          jobs.map((j) => {
            added.push({ queue, ...j });
            return { id: j.opts.jobId ?? `auto-${added.length}`, name: j.name, queueName: queue };
          }),
      },
    ]),
  ) as unknown as Record<QueueName, Queue>;
  return { added, producer: new JobProducer(queues) };
}

describe('JobProducer', () => {
  it('sends each job to its queue under its id, one bulk per queue, and answers the jobs in the given order', async () => {
    const { added, producer } = fakeQueues();
    const jobs: Job[] = [
      { name: 'webhook.deliver', data: { deliveryId: 'd1' } },
      { name: 'match.listing', data: { listingId: 'l1', version: 3 } },
      { name: 'webhook.deliver', data: { deliveryId: 'd2' } },
      { name: 'listings.expire', data: {} },
    ];
    const answered = await producer.add(jobs);
    expect(answered.map((j) => [j.queueName, j.name])).toEqual([
      ['webhooks', 'webhook.deliver'],
      ['matching', 'match.listing'],
      ['webhooks', 'webhook.deliver'],
      ['maintenance', 'listings.expire'],
    ]);
    expect(answered.slice(0, 3).map((j) => j.id)).toEqual([
      'webhook.deliver-d1',
      'match.listing-l1-v3',
      'webhook.deliver-d2',
    ]);
    expect(added.find((a) => a.name === 'match.listing')!.opts).toMatchObject({
      ...QUEUE_JOB_OPTIONS.matching,
      jobId: 'match.listing-l1-v3',
    });
    // Housekeeping has no fixed id: BullMQ numbers it.
    expect(added.find((a) => a.name === 'listings.expire')!.opts.jobId).toBeUndefined();
  });

  it('queues a catch-up with a deduplication id that lasts the window, so workers starting together share it', async () => {
    const { added, producer } = fakeQueues();
    await producer.catchUp({ name: 'listings.expire', data: {} }, 60_000);
    expect(added).toEqual([
      {
        queue: 'maintenance',
        name: 'listings.expire',
        data: {},
        opts: { ...QUEUE_JOB_OPTIONS.maintenance, deduplication: { id: 'catch-up-listings.expire', ttl: 60_000 } },
      },
    ]);
  });

  it('refuses a job name without a queue (say, a foreign outbox row) before queueing anything', async () => {
    const { added, producer } = fakeQueues();
    await expect(
      producer.add([
        { name: 'match.rematch', data: { runId: 'r' } },
        { name: 'no.such.job', data: {} } as unknown as Job,
      ]),
    ).rejects.toThrow('no queue for job "no.such.job"');
    expect(added).toHaveLength(0);
  });
});
