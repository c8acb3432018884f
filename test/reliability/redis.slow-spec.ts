import { Client } from 'pg';

import { graphql } from '../generated';
import { enterpriseMember } from '../support/factories';
import { GraphQLClient } from '../support/graphql';
import { PrivateRedis } from '../support/private-redis';
import { ownEnvironment, startApp } from './processes';

/**
 * Scenario 2: a steady stream of createListing while the api's and worker's Redis is restarted
 * (down 3 s, then down 30 s — a restart without persistence, so queued jobs are lost) and frozen
 * with SIGSTOP for 30 s. Mutations keep succeeding (the outbox needs only Postgres); the worker
 * resumes by itself (the outbox relay republishes, the match sweep requeues what Redis lost).
 */
describe('Redis restarted and frozen under writes (reliability, slow)', () => {
  it('keeps accepting listings and matches every one of them afterwards', async () => {
    const redis = await PrivateRedis.start();
    const own = await ownEnvironment('redis', {
      REDIS_URL: redis.url,
      PORT: '3983',
      WORKER_PORT: '3984',
      MATCH_SWEEP_GRACE_SECONDS: '5',
    });
    const db = new Client({ connectionString: own.url });
    await db.connect();
    const api = await startApp('api', own.env);
    const worker = await startApp('worker', own.env);
    try {
      const firm = await enterpriseMember(new GraphQLClient('http://127.0.0.1:3983'));
      const failures: string[] = [];
      let sent = 0;
      let stop = false;
      const stream = (async () => {
        while (!stop) {
          const res = await firm.client.request(
            graphql(`mutation RedisCreateListing($i: CreateListingInput!) { createListing(input: $i) { id } }`),
            {
              i: { kind: sent % 2 ? 'SUPPLY' : 'DEMAND', title: `故障测试 玻璃瓶 ${sent}`, categoryCode: '3055' },
            },
          );
          sent += 1;
          if (res.errors?.length || res.status >= 400)
            failures.push(`${res.status} ${JSON.stringify(res.errors?.[0]?.extensions)}`);
          await new Promise((r) => setTimeout(r, 100));
        }
      })();
      const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
      await wait(3_000);
      await redis.down();
      await wait(3_000);
      await redis.up();
      await wait(5_000);
      await redis.down();
      await wait(30_000);
      await redis.up();
      await wait(5_000);
      redis.pause();
      await wait(30_000);
      redis.resume();
      await wait(3_000);
      stop = true;
      await stream;
      const resumed = Date.now();
      const until = Date.now() + 240_000;
      let pending = -1;
      while (Date.now() < until) {
        pending = (await db.query(`SELECT count(*)::int AS n FROM listing WHERE matching_status <> 'DONE'`)).rows[0].n;
        if (pending === 0) break;
        await wait(500);
      }
      const listings = (await db.query(`SELECT count(*)::int AS n FROM listing`)).rows[0].n;
      const health = (await (await fetch('http://127.0.0.1:3984/health')).json()) as { status: string };
      process.stdout.write(
        `redis: ${sent} createListing sent, ${failures.length} failed ${JSON.stringify(failures.slice(0, 3))}; ${listings} stored; all matched ${((Date.now() - resumed) / 1000).toFixed(1)} s after the last fault (${pending} pending); worker health ${health.status}\n`,
      );
      expect({ failures: failures.length, lost: sent - listings, pending, health: health.status }).toEqual({
        failures: 0,
        lost: 0,
        pending: 0,
        health: 'ok',
      });
    } finally {
      api.kill('SIGTERM');
      worker.kill('SIGTERM');
      await Promise.all([api.exited, worker.exited]);
      await db.end();
      await own.drop();
      await redis.down();
    }
  }, 420_000);
});
