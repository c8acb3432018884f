/**
 * Issue 18, item 7: one api and one worker against two apis and two workers, on one database and one
 * Redis, on this machine. Firms post listings through the apis (round robin) for a fixed time at a
 * fixed concurrency; the figures are listings accepted per second, and listings matched per second
 * (from the first post until every posted listing is DONE). Rounds interleaved, each with a Redis
 * prefix of its own, over BENCH_LISTINGS generated open listings. Worker RSS at the end of a round.
 * BENCH_TITLES=bottles for the worst case (see TITLES).
 *   npm run build && flock /work/wt/bench.lock node -r ts-node/register/transpile-only -r tsconfig-paths/register bench/scaleout/run.ts
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes, randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';

import { CHAIN_DATA } from '@duijie/reference';

import { postGraphql, randomCreditCode } from '../support/client';
import { generateListings, WORDS } from '../support/generate';
import { start } from '../support/processes';
import { withMigratedDatabase } from '../support/scratch';

const OPEN_LISTINGS = Number(process.env.BENCH_LISTINGS ?? 20_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const BASE_PORT = 3970;
/**
 * `varied` (default): titles of two random product words in a random category, like the generated
 * market; `bottles`: every listing a glass bottle or its demand, so each pairs with most of the others
 * (200 kept pairs, announcements): the worst case for the worker.
 */
const TITLES = process.env.BENCH_TITLES ?? 'varied';
const CATEGORIES = CHAIN_DATA.categories.map((c) => c.code);

function listingInput(n: number) {
  const kind = n % 2 ? 'SUPPLY' : 'DEMAND';
  if (TITLES === 'bottles')
    return {
      kind,
      title: `${n % 2 ? '' : '求购 '}${['500ml', '250ml', '1000ml'][n % 3]} 酱香型白酒玻璃瓶 ${n % 97}`,
      categoryCode: ['3055', '1512', '2231'][n % 3],
    };
  const pick = <T>(xs: readonly T[]) => xs[randomInt(xs.length)];
  return {
    kind,
    title: `${kind === 'DEMAND' ? '求购 ' : ''}${pick(WORDS)} ${pick(WORDS)}`,
    categoryCode: pick(CATEGORIES),
  };
}

function gql<T = any>(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  return postGraphql<T>(`${url}/graphql`, query, variables, token);
}

async function firm(url: string, i: number, categories: string[]): Promise<string> {
  const { signUp } = await gql(url, `mutation($i: SignUpInput!) { signUp(input: $i) { accessToken } }`, {
    i: {
      email: `so-${randomBytes(5).toString('hex')}@bench.duijie`,
      password: 'bench-password-123',
      displayName: `f${i}`,
    },
  });
  await gql(
    url,
    `mutation($i: RegisterEnterpriseInput!) { registerEnterprise(input: $i) { id } }`,
    {
      i: {
        name: `扩容基准企业${i}-${randomBytes(3).toString('hex')}有限公司`,
        creditCode: randomCreditCode(),
        regionCode: '520382',
        sector: 'LIQUOR_TOBACCO',
        categoryCodes: categories,
      },
    },
    signUp.accessToken,
  );
  return signUp.accessToken;
}

const rssMiB = (p: ChildProcess) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p.pid}/status`, 'utf8'))![1]) / 1024;

async function round(url: string, processes: number, r: number) {
  const prefix = `duijie_bench_so_${randomBytes(3).toString('hex')}`;
  const env = {
    NODE_ENV: 'production',
    DATABASE_URL: url,
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    REDIS_PREFIX: prefix,
    JWT_SECRET: 'bench-'.padEnd(40, 'x'),
    LOG_LEVEL: 'warn',
    MATCH_NOTIFY_DEBOUNCE_MS: '0',
    SIGNUP_MAX_PER_IP: '100000',
    LISTINGS_MAX_PER_HOUR_PER_FIRM: '1000000', // one bench firm posts the load
  };
  const apis: string[] = [];
  const workers: ChildProcess[] = [];
  const procs: ChildProcess[] = [];
  try {
    for (let i = 0; i < processes; i++) {
      const port = BASE_PORT + 10 * r + 2 * i;
      const w = await start(
        'node',
        ['dist/apps/worker/src/main.js'],
        { ...env, WORKER_PORT: String(port + 1) },
        /running/,
      );
      workers.push(w);
      procs.push(w);
      procs.push(await start('node', ['dist/apps/api/src/main.js'], { ...env, PORT: String(port) }, /listening/));
      apis.push(`http://127.0.0.1:${port}`);
    }
    const tokens = await Promise.all(Array.from({ length: 16 }, (_, i) => firm(apis[i % apis.length], i, ['3055'])));
    const { Client } = await import('pg');
    const db = new Client({ connectionString: url });
    await db.connect();
    const ids: string[] = [];
    const started = performance.now();
    const until = started + SECONDS * 1000;
    let k = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async (_, lane) => {
        while (performance.now() < until) {
          const n = k++;
          const data = await gql(
            apis[n % apis.length],
            `mutation($i: CreateListingInput!) { createListing(input: $i) { id } }`,
            { i: listingInput(n) },
            tokens[lane % tokens.length],
          );
          ids.push(data.createListing.id);
        }
      }),
    );
    const posted = performance.now();
    for (;;) {
      const { rows } = await db.query(
        `SELECT count(*)::int AS n FROM listing WHERE id = ANY($1::uuid[]) AND matching_status <> 'DONE'`,
        [ids],
      );
      if (rows[0].n === 0) break;
      if (performance.now() - posted > 300_000) throw new Error(`${rows[0].n} listings not matched after 5 minutes`);
      await new Promise((res) => setTimeout(res, 100));
    }
    const matched = performance.now();
    await db.end();
    return {
      processes,
      posted: ids.length,
      acceptedPerSecond: ids.length / ((posted - started) / 1000),
      matchedPerSecond: ids.length / ((matched - started) / 1000),
      workerRssMiB: workers.map(rssMiB),
    };
  } finally {
    for (const p of procs) p.kill('SIGTERM');
    await Promise.all(procs.map((p) => new Promise((res) => (p.exitCode !== null ? res(null) : p.once('exit', res)))));
  }
}

async function main() {
  await withMigratedDatabase('scaleout', async (db) => {
    await generateListings(db, OPEN_LISTINGS, Math.round(OPEN_LISTINGS / 10));
    // A market already matched: the sweep must not take them for lost jobs.
    await db.query(`UPDATE listing SET matching_status = 'DONE'`);
    const url = (db.options as { url: string }).url;
    const results = [];
    for (let r = 0; r < ROUNDS; r++) {
      // Interleaved, the order alternating round by round.
      for (const n of r % 2 ? [2, 1] : [1, 2]) {
        const res = await round(url, n, results.length);
        console.log(JSON.stringify(res));
        results.push(res);
      }
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    for (const n of [1, 2]) {
      const mine = results.filter((x) => x.processes === n);
      console.log(
        `${n} api + ${n} worker: accepted ${mine.map((x) => x.acceptedPerSecond.toFixed(1)).join(' / ')} listings/s (median ${median(mine.map((x) => x.acceptedPerSecond)).toFixed(1)}), matched ${mine.map((x) => x.matchedPerSecond.toFixed(1)).join(' / ')} listings/s (median ${median(mine.map((x) => x.matchedPerSecond)).toFixed(1)})`,
      );
    }
  });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
