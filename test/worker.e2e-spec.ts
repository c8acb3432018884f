import { getDataSourceToken } from '@nestjs/typeorm';
import { Queue, QueueEvents } from 'bullmq';
import type { DataSource } from 'typeorm';

import { JobProducer, QUEUES, redisOptions } from '@duijie/queue';

import { graphql } from './generated';
import { eventually } from './support/eventually';
import { createListing, enterpriseMember } from './support/factories';
import { GraphQLClient } from './support/graphql';
import type { Stack } from './support/stack';
import { startStack } from './support/stack';

describe('worker: listing expiry (e2e)', () => {
  let stack: Stack;
  let api: GraphQLClient;
  let queue: Queue;
  let events: QueueEvents;

  beforeAll(async () => {
    stack = await startStack();
    api = new GraphQLClient(stack.apiUrl);
    const connection = redisOptions(process.env.REDIS_URL!, 'worker');
    const prefix = `${process.env.REDIS_PREFIX}:bull`;
    queue = new Queue(QUEUES.maintenance, { connection, prefix });
    events = new QueueEvents(QUEUES.maintenance, { connection, prefix });
    await events.waitUntilReady();
  });
  afterAll(async () => {
    await events.close();
    await queue.close();
    await stack.close();
  });

  it('expires open listings whose validity has ended, and an update with a new date opens them again', async () => {
    const firm = await enterpriseMember(api);
    const stale = await createListing(firm.client, { title: '过期的 白酒瓶' });
    const fresh = await createListing(firm.client, { title: '有效的 白酒瓶' });
    const closed = await createListing(firm.client, { title: '已关闭的 白酒瓶' });
    await firm.client.ok(graphql(`mutation WorkerCloseListing($id: ID!) { closeListing(id: $id) { id } }`), {
      id: closed.id,
    });
    // The worker's own expiry runs at its start (a catch-up and the schedule's first run): let them
    // finish first, or on a slow machine one of them takes the stale listing before this test's run.
    await eventually(
      'the worker’s start-up expiry runs are done',
      () => queue.getJobCounts('waiting', 'active', 'prioritized'),
      (c) => !c.waiting && !c.active && !c.prioritized,
    );
    // The API refuses past dates, so time passes here by moving the date in the database.
    const db = stack.api.get<DataSource>(getDataSourceToken());
    await db.query(`UPDATE listing SET valid_until = current_date - 2 WHERE id = ANY($1)`, [[stale.id, closed.id]]);

    const [job] = await stack.worker!.get(JobProducer).add([{ name: 'listings.expire', data: {} }]);
    const result = (await job.waitUntilFinished(events, 20_000)) as { expired: number };
    expect(result.expired).toBeGreaterThanOrEqual(1);

    const status = async (id: string) =>
      (await api.ok(graphql(`query WorkerListing($id: ID!) { listing(id: $id) { status } }`), { id })).listing!.status;
    expect(await status(stale.id)).toBe('EXPIRED');
    expect(await status(fresh.id)).toBe('OPEN');
    expect(await status(closed.id)).toBe('CLOSED');

    const expiredOnly = await api.ok(
      graphql(`query WorkerEnterprise($id: ID!) { enterprise(id: $id) { listings(status: EXPIRED) { totalCount } } }`),
      {
        id: firm.enterpriseId,
      },
    );
    expect(expiredOnly.enterprise!.listings.totalCount).toBe(1);

    const reopened = await firm.client.ok(
      graphql(
        `mutation WorkerUpdateListing($id: ID!) { updateListing(id: $id, input: { validUntil: "2099-01-01" }) { status validUntil } }`,
      ),
      {
        id: stale.id,
      },
    );
    expect(reopened.updateListing).toEqual({ status: 'OPEN', validUntil: '2099-01-01' });
  });

  it('keeps one repeating expiry schedule however often the worker starts', async () => {
    const schedulers = await queue.getJobSchedulers();
    expect(schedulers.filter((s) => s.key === 'expire-listings' || s.id === 'expire-listings')).toHaveLength(1);
  });

  it('runs its sessions without JIT (its suggestion write compiled ~70 ms to run ~10 ms)', async () => {
    const worker = stack.worker!.get<DataSource>(getDataSourceToken());
    // Every connection of the pool, not only the first: hold several at once.
    const runners = [1, 2, 3].map(() => worker.createQueryRunner());
    try {
      for (const r of runners) expect(await r.query(`SHOW jit`)).toEqual([{ jit: 'off' }]);
    } finally {
      for (const r of runners) await r.release();
    }
  });
});
