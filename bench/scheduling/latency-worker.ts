/**
 * The worker side of bench/scheduling/latency.ts, a process of its own (as the real worker is):
 * consumes match jobs (the production MatchWorkerService with the matcher stubbed: each job loads
 * its listing, checks its version and writes its status) and, when told, runs one scheduler solve
 * in the given mode: in a thread (production) or on this process's event loop (before).
 */
import { Worker } from 'bullmq';
import { DataSource } from 'typeorm';

import { typeOrmOptions } from '@duijie/database';
import { redisOptions } from '@duijie/queue';
import { solveInThread, solveSchedule } from '@duijie/scheduling';

import { stubbedMatchWorker } from '../support/stub-matching';
import { B8, generateEvent } from './instance';

const [dbUrl, redisUrl, prefix, queueName] = process.argv.slice(2);
const LIMIT_S = Number(process.env.LATENCY_SOLVE_S ?? 20);

async function main() {
  const db = new DataSource(typeOrmOptions(dbUrl, 'bench-latency-worker'));
  await db.initialize();
  const service = stubbedMatchWorker(db);
  const worker = new Worker(
    queueName,
    async (job) => service.matchListing((job.data as { listingId: string }).listingId),
    { connection: redisOptions(redisUrl, 'worker'), prefix, concurrency: 8 },
  );
  // The 300-firm event with 100 tables: HiGHS uses its whole time limit on it.
  const problem = generateEvent({ ...B8, tables: 100, interpreterTables: 8 });
  process.on('message', (msg: { solve?: 'thread' | 'in-loop'; stop?: boolean }) => {
    if (msg.stop) {
      void worker.close().then(() => db.destroy().then(() => process.exit(0)));
      return;
    }
    const t0 = Date.now();
    const run =
      msg.solve === 'thread'
        ? solveInThread(problem, { timeLimitSeconds: LIMIT_S })
        : solveSchedule(problem, { timeLimitSeconds: LIMIT_S });
    void run.then((r) => process.send!({ solved: { from: t0, to: Date.now(), placed: r.placements.length } }));
  });
  await worker.waitUntilReady();
  process.send!({ ready: true });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
