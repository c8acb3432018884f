/**
 * bench/graphql-read: requests per second of a listings page with enterprise, category and region
 * against the real database, divided by requests per second of a bare @apollo/server answering the
 * byte-identical JSON from memory. Same load tool (autocannon), same concurrency, rounds interleaved.
 *
 *   npm run build && node -r ts-node/register/transpile-only -r tsconfig-paths/register bench/graphql-read/run.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import autocannon from 'autocannon';
import { DataSource } from 'typeorm';

import { dropDatabase, migrateDatabase } from '@duijie/database';
import { typeOrmOptions } from '@duijie/database';

import { seedDemo } from '../../apps/api/src/cli/seed-demo';
import { generateListings } from '../support/generate';
import { start } from '../support/processes';

const ROOT = join(__dirname, '..', '..');
const OUT = join(ROOT, 'bench', 'out');
const DB = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/duijie_bench_read';
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const LISTINGS = Number(process.env.BENCH_LISTINGS ?? 5000);
const QUERY = `{ listings(first: 20) { edges { node { title enterprise { name } category { name } region { name } } } } }`;

async function post(url: string): Promise<string> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: QUERY }),
  });
  return res.text();
}

async function load(url: string): Promise<{ rps: number; p99: number; errors: number }> {
  const result = await autocannon({
    url,
    method: 'POST',
    connections: CONNECTIONS,
    duration: SECONDS,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: QUERY }),
  });
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  await dropDatabase(DB);
  await migrateDatabase(DB);
  const db = new DataSource(typeOrmOptions(DB, 'duijie-bench'));
  await db.initialize();
  await seedDemo(db);
  await generateListings(db, LISTINGS, 200);
  await db.destroy();

  const apiPort = 3950;
  const barePort = 3951;
  const api = await start(
    'node',
    ['dist/apps/api/src/main.js'],
    {
      NODE_ENV: 'production',
      DATABASE_URL: DB,
      REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      PORT: String(apiPort),
      JWT_SECRET: 'bench-'.padEnd(40, 'x'),
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
      REDIS_PREFIX: 'duijie_bench',
    },
    /listening/,
  );
  const apiUrl = `http://127.0.0.1:${apiPort}/graphql`;
  const answer = await post(apiUrl);
  const parsed = JSON.parse(answer) as {
    errors?: unknown;
    data?: { listings: { edges: { node: { enterprise: { name: string } } }[] } };
  };
  const names = parsed.data?.listings.edges.map((e) => e.node.enterprise.name) ?? [];
  if (parsed.errors || names.length !== 20 || names.some((n) => !n.includes('公司')))
    throw new Error(`unexpected answer: ${answer.slice(0, 300)}`);
  const answerFile = join(OUT, 'graphql-read-answer.json');
  writeFileSync(answerFile, answer);
  const bare = await start(
    'node',
    [
      '-r',
      'ts-node/register/transpile-only',
      'bench/graphql-read/bare-server.ts',
      join(ROOT, 'schema.gql'),
      answerFile,
      String(barePort),
    ],
    {},
    /ready/,
  );
  const bareUrl = `http://127.0.0.1:${barePort}/`;
  const bareAnswer = await post(bareUrl);
  if (bareAnswer !== answer) throw new Error(`answers differ:\n${answer.slice(0, 300)}\n${bareAnswer.slice(0, 300)}`);

  try {
    await load(apiUrl); // warm-up, both sides
    await load(bareUrl);
    const rounds: { duijie: number; bare: number; duijieP99: number; bareP99: number; errors: number }[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const ours = await load(apiUrl);
      const base = await load(bareUrl);
      rounds.push({
        duijie: ours.rps,
        bare: base.rps,
        duijieP99: ours.p99,
        bareP99: base.p99,
        errors: ours.errors + base.errors,
      });
      process.stdout.write(
        `round ${i + 1}: duijie ${ours.rps.toFixed(0)} req/s (p99 ${ours.p99} ms), bare apollo ${base.rps.toFixed(0)} req/s (p99 ${base.p99} ms)\n`,
      );
    }
    const summary = {
      bench: 'graphql-read',
      query: QUERY,
      listings: LISTINGS,
      connections: CONNECTIONS,
      secondsPerRun: SECONDS,
      rounds,
      duijieRps: median(rounds.map((r) => r.duijie)),
      bareRps: median(rounds.map((r) => r.bare)),
      ratio: median(rounds.map((r) => r.duijie / r.bare)),
      answerBytes: Buffer.byteLength(answer),
      node: process.version,
      at: new Date().toISOString(),
    };
    writeFileSync(join(OUT, 'graphql-read.json'), JSON.stringify(summary, null, 2));
    process.stdout.write(
      `graphql-read: ratio ${summary.ratio.toFixed(3)} (duijie ${summary.duijieRps.toFixed(0)} / bare ${summary.bareRps.toFixed(0)} req/s; target >= 0.6)\n`,
    );
  } finally {
    api.kill('SIGTERM');
    bare.kill('SIGTERM');
    await dropDatabase(DB).catch(() => undefined);
  }
}

main().catch((err) => {
  process.stderr.write(`${err?.stack ?? err}\n`);
  process.exit(1);
});
