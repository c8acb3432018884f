/**
 * Issue 18 item 5: match-job latency while the scheduler solves. A worker process (latency-worker.ts)
 * consumes match jobs that this process enqueues at a steady rate (as the API does); meanwhile it
 * runs a 20 s solve of the 300-firm, 100-table event (a) nowhere (baseline), (b) in a worker thread
 * (production), (c) on its own event loop (how it was). Rounds interleave the three modes.
 *   flock /work/wt/bench.lock node -r ts-node/register/transpile-only -r tsconfig-paths/register bench/scheduling/latency.ts
 */
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';

import { Queue } from 'bullmq';

import { redisOptions } from '@duijie/queue';

import { generateListings } from '../support/generate';
import { withMigratedDatabase } from '../support/scratch';

const REDIS = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const ROUNDS = Number(process.env.LATENCY_ROUNDS ?? 2);
const RATE = 20; // match jobs per second
const BASELINE_MS = Number(process.env.LATENCY_SOLVE_S ?? 20) * 1000;
type Mode = 'none' | 'thread' | 'in-loop';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : NaN;
};

async function main() {
  await withMigratedDatabase('latency', async (db) => {
    await generateListings(db, 400, 50);
    const ids: string[] = (await db.query(`SELECT id FROM listing`)).map((r: { id: string }) => r.id);
    const url = (db.options as { url: string }).url;
    const prefix = `duijie_bench_${randomBytes(4).toString('hex')}:bull`;
    const queueName = 'matching-latency';
    const queue = new Queue(queueName, { connection: redisOptions(REDIS, 'command'), prefix });
    const child = fork(join(__dirname, 'latency-worker.ts'), [url, REDIS, prefix, queueName], {
      execArgv: ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register'],
    });
    const messages: ((m: Record<string, unknown>) => void)[] = [];
    child.on('message', (m: Record<string, unknown>) => messages.shift()?.(m));
    const next = () => new Promise<Record<string, unknown>>((r) => messages.push(r));
    await next(); // ready

    const results: { mode: Mode; round: number; solveS: number; n: number; p50: number; p95: number; max: number }[] =
      [];
    const modes: Mode[] = ['none', 'thread', 'in-loop'];
    for (let round = 0; round < ROUNDS + 1; round++) {
      for (const mode of round === 0 ? (['thread'] as Mode[]) : modes) {
        // Round 0 is a warm-up (JIT, HiGHS, ts-node in the thread), not counted.
        await queue.obliterate({ force: true });
        let k = 0;
        const producer = setInterval(() => {
          void queue.add('match.listing', { listingId: ids[k++ % ids.length] }, { removeOnComplete: false });
        }, 1000 / RATE);
        await sleep(2000);
        let window: { from: number; to: number };
        if (mode === 'none') {
          const from = Date.now();
          await sleep(BASELINE_MS);
          window = { from, to: Date.now() };
        } else {
          const done = next();
          child.send({ solve: mode });
          window = (await done).solved as { from: number; to: number };
        }
        await sleep(1000);
        clearInterval(producer);
        // Every job enqueued is done before the window's latencies are read.
        for (let i = 0; i < 600; i++) {
          const c = await queue.getJobCounts('waiting', 'active');
          if (c.waiting + c.active === 0) break;
          await sleep(100);
        }
        const jobs = await queue.getJobs(['completed'], 0, -1);
        const lat = jobs
          .filter((j) => j.timestamp >= window.from && j.timestamp <= window.to && j.finishedOn)
          .map((j) => j.finishedOn! - j.timestamp);
        if (round > 0)
          results.push({
            mode,
            round,
            solveS: (window.to - window.from) / 1000,
            n: lat.length,
            p50: pct(lat, 50),
            p95: pct(lat, 95),
            max: Math.max(...lat),
          });
        console.log(JSON.stringify(results.at(-1) ?? { warmup: mode, n: lat.length, p95: pct(lat, 95) }));
      }
    }
    child.send({ stop: true });
    await new Promise((r) => child.once('exit', r));
    await queue.obliterate({ force: true });
    await queue.close();

    console.log(
      '\n| solve during the window | round | window (s) | match jobs | p50 latency (ms) | p95 (ms) | max (ms) |',
    );
    console.log('|---|---|---|---|---|---|---|');
    for (const r of results)
      console.log(`| ${r.mode} | ${r.round} | ${r.solveS.toFixed(1)} | ${r.n} | ${r.p50} | ${r.p95} | ${r.max} |`);
  });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
