/**
 * B3: worker throughput with the matcher stubbed (each job still loads its listing, checks its
 * version and writes its suggestions and status) against a BullMQ no-op processor, same Redis,
 * same concurrency, side by side.
 *   node -r ts-node/register/transpile-only -r tsconfig-paths/register bench/matching/jobs.ts
 */
import { randomBytes } from 'node:crypto';

import type { Job } from 'bullmq';
import { Queue, Worker } from 'bullmq';

import { WORKER_SESSION } from '@duijie/database';
import { redisOptions } from '@duijie/queue';

import { CONCURRENCY as WORKER_CONCURRENCY } from '../../apps/worker/src/concurrency';
import { generateListings } from '../support/generate';
import { withMigratedDatabase } from '../support/scratch';
import { stubbedMatchWorker } from '../support/stub-matching';

/** The worker's own session settings (BENCH_JIT=on: Postgres's default, to compare). */
const SESSION = process.env.BENCH_JIT === 'on' ? {} : WORKER_SESSION;

const REDIS = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const JOBS = Number(process.env.BENCH_JOBS ?? 3000);
const CONCURRENCY = WORKER_CONCURRENCY.matching; // as MatchingProcessor (its jobs are matched in batches)

async function drain(
  name: string,
  prefix: string,
  jobs: { name: string; data: unknown }[],
  work: (job: Job) => Promise<unknown>,
): Promise<number> {
  const connection = redisOptions(REDIS, 'worker');
  const queue = new Queue(name, { connection, prefix });
  await queue.addBulk(jobs.map((j) => ({ ...j, opts: { removeOnComplete: true } })));
  let done = 0;
  const t0 = performance.now();
  const finished = new Promise<void>((resolve) => {
    const worker = new Worker(name, async (job) => work(job), { connection, prefix, concurrency: CONCURRENCY });
    worker.on('completed', () => {
      if (++done === jobs.length) void worker.close().then(() => resolve());
    });
  });
  await finished;
  const rate = jobs.length / ((performance.now() - t0) / 1000);
  await queue.obliterate({ force: true });
  await queue.close();
  return rate;
}

async function main() {
  const prefix = `duijie_bench_${randomBytes(4).toString('hex')}:bull`;
  await withMigratedDatabase(
    'jobs',
    async (db) => {
      await generateListings(db, JOBS, 300);
      const listings: { id: string; version: number }[] = await db.query(`SELECT id, version FROM listing`);
      const service = stubbedMatchWorker(db);
      const matchJobs = listings.map((l) => ({ name: 'match.listing', data: { listingId: l.id, version: l.version } }));
      const noopJobs = matchJobs.map((j) => ({ ...j }));
      const rounds: { noop: number; stubbed: number }[] = [];
      // A warm-up round of each (JIT, Redis and Postgres caches), not counted.
      const stubbedWork = async (job: Job) =>
        service.matchListing((job.data as { listingId: string }).listingId, (job.data as { version: number }).version);
      await drain('noop-warmup', prefix, noopJobs, async () => undefined);
      await drain('match-warmup', prefix, matchJobs, stubbedWork);
      for (let r = 0; r < 3; r++) {
        await db.query(`UPDATE listing SET matching_status = 'PENDING'`); // every job has its write to make
        const noop = await drain(`noop-${r}`, prefix, noopJobs, async () => undefined);
        const stubbed = await drain(`match-${r}`, prefix, matchJobs, stubbedWork);
        rounds.push({ noop, stubbed });
      }
      const med = (k: 'noop' | 'stubbed') => rounds.map((r) => r[k]).sort((a, b) => a - b)[1];
      console.log(JSON.stringify({ jobs: JOBS, concurrency: CONCURRENCY, rounds }));
      console.log(
        `B3: stubbed matcher ${med('stubbed').toFixed(0)} jobs/s, no-op ${med('noop').toFixed(0)} jobs/s, ratio ${(med('stubbed') / med('noop')).toFixed(2)} (target >= 0.25)`,
      );
    },
    SESSION,
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
