import { randomUUID } from 'node:crypto';

import type { INestApplication } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { QueueEvents } from 'bullmq';
import type { DataSource } from 'typeorm';

import { jobKey, type KeyedJob, QUEUES, recordJobs, redisOptions } from '@duijie/queue';

import { createWorker } from '../../apps/worker/src/bootstrap';
import type { Stack } from '../support/stack';
import { startStack } from '../support/stack';

/**
 * Scenario 3: the outbox relay. Rows are written by slow concurrent transactions (late commits)
 * while two relays publish; then a relay stops 20 times between publishing and marking rows sent.
 * Counted from BullMQ's own events: every row published (skipped 0), none added twice by two relays,
 * and every job run once however often it was published. The rows are match jobs for listings that
 * do not exist: each runs in one query (the listing is gone) under the id the outbox gives it.
 */
describe('outbox relay under concurrency and crashes (reliability)', () => {
  let stack: Stack;
  let second: INestApplication;
  let events: QueueEvents;
  const added = new Map<string, number>();
  const duplicated = new Map<string, number>();
  const completed = new Map<string, number>();
  const bump = (m: Map<string, number>, id: string) => m.set(id, (m.get(id) ?? 0) + 1);

  beforeAll(async () => {
    process.env.OUTBOX_FAULT_AFTER_PUBLISH = '20';
    stack = await startStack({ isolated: true });
    delete process.env.OUTBOX_FAULT_AFTER_PUBLISH;
    second = await createWorker(); // a second relay (and worker) on the same database and Redis
    await second.init();
    const connection = redisOptions(process.env.REDIS_URL!, 'worker');
    events = new QueueEvents(QUEUES.matching, { connection, prefix: `${process.env.REDIS_PREFIX}:bull` });
    events.on('added', ({ jobId }) => bump(added, jobId));
    events.on('duplicated', ({ jobId }) => bump(duplicated, jobId));
    events.on('completed', ({ jobId }) => bump(completed, jobId));
    await events.waitUntilReady();
  }, 60_000);
  afterAll(async () => {
    await events.close();
    await second.close();
    await stack.close();
  });

  it('publishes every row once to the queue and runs every job once, with two relays, late commits and 20 crashes after publishing', async () => {
    const db = stack.api.get<DataSource>(getDataSourceToken());
    const jobs: KeyedJob[] = Array.from({ length: 300 }, () => ({
      name: 'match.listing',
      data: { listingId: randomUUID(), version: 1 },
    }));
    const ids = jobs.map((j) => jobKey(j)!);
    // 30 writers, each committing 10 rows one by one after a random pause inside its transaction.
    await Promise.all(
      Array.from({ length: 30 }, async (_, w) => {
        for (let k = 0; k < 10; k++) {
          const job = jobs[w * 10 + k];
          await db.transaction(async (m) => {
            await recordJobs(m, [job]);
            await m.query(`SELECT pg_sleep($1)`, [Math.random() * 0.05]);
          });
        }
      }),
    );
    const until = Date.now() + 60_000;
    while (ids.some((id) => !completed.has(id)) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    const [{ left }] = await db.query(`SELECT count(*)::int AS left FROM outbox`);

    const skipped = ids.filter((id) => !added.has(id)).length;
    const addedTwice = ids.filter((id) => (added.get(id) ?? 0) > 1).length;
    const ranTwice = ids.filter((id) => (completed.get(id) ?? 0) > 1).length;
    const republished = ids.reduce((n, id) => n + (duplicated.get(id) ?? 0), 0);
    process.stdout.write(
      `outbox: 300 rows, skipped ${skipped}, added twice ${addedTwice}, ran twice ${ranTwice}, re-published after a crash ${republished}, left ${left}\n`,
    );
    expect({ skipped, addedTwice, ranTwice, left }).toEqual({ skipped: 0, addedTwice: 0, ranTwice: 0, left: 0 });
    expect(ids.every((id) => completed.get(id) === 1)).toBe(true);
    // The fault point did fire: rows were published again after a "crash", and BullMQ kept one job each.
    expect(republished).toBeGreaterThan(0);
  }, 90_000);
});
