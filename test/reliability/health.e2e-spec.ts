import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';

import { BULK_PRIORITY, QUEUES } from '@duijie/queue';

import { useStack } from '../support/stack';

/** Settings row "health that reports a stuck queue": a queue nobody takes jobs from turns /health degraded. */
describe('worker health reports stuck queues', () => {
  const previous = process.env.QUEUE_STUCK_SECONDS;
  process.env.QUEUE_STUCK_SECONDS = '1';
  const { stack } = useStack({ isolated: true });
  afterAll(() => {
    if (previous === undefined) delete process.env.QUEUE_STUCK_SECONDS;
    else process.env.QUEUE_STUCK_SECONDS = previous;
  });

  const health = async () => {
    const res = await fetch(`${stack().workerUrl}/health`);
    return { status: res.status, body: (await res.json()) as any };
  };

  it('is ok with queues moving, degraded naming the queue when its oldest job waits too long, ok again once it moves', async () => {
    const first = await health();
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ status: 'ok', stuck: [] });
    expect(Object.keys(first.body.queues).sort()).toEqual(Object.values(QUEUES).sort());

    const queue = stack().worker!.get<Queue>(getQueueToken(QUEUES.maintenance));
    await queue.pause();
    await queue.add('listings.expire', {}, { jobId: 'stuck-probe' });
    // Bulk work waits in BullMQ's prioritized set, apart from the waiting list: it counts all the same.
    const bulk = stack().worker!.get<Queue>(getQueueToken(QUEUES.imports));
    await bulk.pause();
    await bulk.add('listings.import', { importId: 'stuck-bulk' }, { jobId: 'stuck-bulk', priority: BULK_PRIORITY });
    await new Promise((r) => setTimeout(r, 2_100));
    const stuck = await health();
    expect(stuck.status).toBe(503);
    expect(stuck.body).toMatchObject({ status: 'degraded' });
    expect([...stuck.body.stuck].sort()).toEqual([QUEUES.imports, QUEUES.maintenance].sort());
    expect(stuck.body.queues[QUEUES.maintenance].oldestWaitingSeconds).toBeGreaterThanOrEqual(2);
    expect(stuck.body.queues[QUEUES.imports].oldestWaitingSeconds).toBeGreaterThanOrEqual(2);

    await bulk.remove('stuck-bulk');
    await bulk.resume();
    await queue.resume();
    const until = Date.now() + 10_000;
    let again = await health();
    while (again.status !== 200 && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 100));
      again = await health();
    }
    expect(again.body).toMatchObject({ status: 'ok', stuck: [] });
  });
});
