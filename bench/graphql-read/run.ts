/**
 * bench/graphql-read: requests per second of a listings page with enterprise, category and region
 * against the real database, divided by requests per second of a bare @apollo/server answering the
 * byte-identical JSON from memory. Same load tool (autocannon), same concurrency, rounds interleaved.
 * Two ways: anonymous, and logged in (a demo firm's member with a bearer token, so the token's
 * check, the viewer's lookup and the token-version check are on the path; the bare server gets the
 * same header and ignores it).
 *
 *   npm run build && node -r ts-node/register/transpile-only -r tsconfig-paths/register bench/graphql-read/run.ts
 *
 * BENCH_VARIANTS=name=distDir,name=distDir runs several builds of the API side by side in one run
 * (each on its own port, rounds interleaved), e.g. a copy of dist made before a change against the
 * new dist: `cp -r dist bench/out/dist-before && BENCH_VARIANTS=before=bench/out/dist-before,after=dist`.
 * BENCH_API_NODE_ARGS (e.g. `--cpu-prof --cpu-prof-dir=bench/out/prof`) goes to the API's node.
 * BENCH_MODES=anon,auth chooses the ways (both by default).
 */
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import autocannon from 'autocannon';
import { DataSource } from 'typeorm';

import { dropDatabase, migrateDatabase } from '@duijie/database';
import { typeOrmOptions } from '@duijie/database';

import { DEMO_ENTERPRISES } from '../../apps/api/src/cli/demo-data';
import { DEMO_PASSWORD, demoEmail, seedDemo } from '../../apps/api/src/cli/seed-demo';
import { generateListings } from '../support/generate';
import { start } from '../support/processes';

const ROOT = join(__dirname, '..', '..');
const OUT = join(ROOT, 'bench', 'out');
const DB = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/duijie_bench_read';
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const LISTINGS = Number(process.env.BENCH_LISTINGS ?? 5000);
const MODES = (process.env.BENCH_MODES ?? 'anon,auth').split(',') as Mode[];
const VARIANTS = (process.env.BENCH_VARIANTS ?? 'duijie=dist').split(',').map((v) => {
  const [name, dir] = v.split('=');
  return { name, dir };
});
const API_NODE_ARGS = (process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean);
const QUERY = `{ listings(first: 20) { edges { node { title enterprise { name } category { name } region { name } } } } }`;

type Mode = 'anon' | 'auth';

const headersFor = (token?: string): Record<string, string> => ({
  'content-type': 'application/json',
  ...(token ? { authorization: `Bearer ${token}` } : {}),
});

async function post(url: string, token?: string, body = JSON.stringify({ query: QUERY })): Promise<string> {
  const res = await fetch(url, { method: 'POST', headers: headersFor(token), body });
  return res.text();
}

async function load(url: string, token?: string): Promise<{ rps: number; p99: number; errors: number }> {
  const result = await autocannon({
    url,
    method: 'POST',
    connections: CONNECTIONS,
    duration: SECONDS,
    headers: headersFor(token),
    body: JSON.stringify({ query: QUERY }),
  });
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Logs in as a demo firm's member: a real user with an enterprise membership, as the console is. */
async function logIn(url: string): Promise<string> {
  const email = demoEmail(DEMO_ENTERPRISES[3].key);
  const answer = await post(
    url,
    undefined,
    JSON.stringify({
      query: `mutation($i: LogInInput!) { logIn(input: $i) { accessToken user { enterprise { id } } } }`,
      variables: { i: { email, password: DEMO_PASSWORD } },
    }),
  );
  const parsed = JSON.parse(answer) as {
    data?: { logIn: { accessToken: string; user: { enterprise: { id: string } | null } } };
  };
  if (!parsed.data?.logIn.user.enterprise?.id) throw new Error(`log-in failed: ${answer.slice(0, 300)}`);
  return parsed.data.logIn.accessToken;
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  await dropDatabase(DB);
  await migrateDatabase(DB);
  const db = new DataSource(typeOrmOptions(DB, 'duijie-bench'));
  await db.initialize();
  await seedDemo(db);
  await generateListings(db, LISTINGS, 200);
  await db.destroy();

  const barePort = 3951;
  const apis: { name: string; dir: string; proc: ChildProcess; url: string }[] = [];
  let bare: ChildProcess | undefined;
  try {
    for (const [i, v] of VARIANTS.entries()) {
      const port = 3960 + i;
      const proc = await start(
        'node',
        [...API_NODE_ARGS, join(v.dir, 'apps/api/src/main.js')],
        {
          NODE_ENV: 'production',
          DATABASE_URL: DB,
          REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
          PORT: String(port),
          JWT_SECRET: 'bench-'.padEnd(40, 'x'),
          LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
          REDIS_PREFIX: 'duijie_bench',
        },
        /listening/,
      );
      apis.push({ ...v, proc, url: `http://127.0.0.1:${port}/graphql` });
    }
    const token = await logIn(apis[0].url);
    const tokens: Record<Mode, string | undefined> = { anon: undefined, auth: token };
    const answer = await post(apis[0].url);
    const parsed = JSON.parse(answer) as {
      errors?: unknown;
      data?: { listings: { edges: { node: { enterprise: { name: string } } }[] } };
    };
    const names = parsed.data?.listings.edges.map((e) => e.node.enterprise.name) ?? [];
    if (parsed.errors || names.length !== 20 || names.some((n) => !n.includes('公司')))
      throw new Error(`unexpected answer: ${answer.slice(0, 300)}`);
    for (const api of apis)
      for (const mode of MODES) {
        const theirs = await post(api.url, tokens[mode]);
        if (theirs !== answer) throw new Error(`${api.name} ${mode} answers differently:\n${theirs.slice(0, 300)}`);
      }
    const answerFile = join(OUT, 'graphql-read-answer.json');
    writeFileSync(answerFile, answer);
    bare = await start(
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
    for (const mode of MODES) {
      const bareAnswer = await post(bareUrl, tokens[mode]);
      if (bareAnswer !== answer)
        throw new Error(`answers differ:\n${answer.slice(0, 300)}\n${bareAnswer.slice(0, 300)}`);
    }

    type Row = { round: number; mode: Mode; side: string; rps: number; p99: number; errors: number };
    const rows: Row[] = [];
    for (const api of apis) await load(api.url, token); // warm-up, every side
    await load(bareUrl);
    for (let round = 1; round <= ROUNDS; round++)
      for (const mode of MODES) {
        // The order of the sides turns each round, so none always runs first after a switch.
        const sides = [...apis.map((a) => ({ name: a.name, url: a.url })), { name: 'bare', url: bareUrl }];
        const order = [...sides.slice(round % sides.length), ...sides.slice(0, round % sides.length)];
        for (const side of order) {
          const r = await load(side.url, tokens[mode]);
          rows.push({ round, mode, side: side.name, ...r });
        }
        const bareRps = rows.find((r) => r.round === round && r.mode === mode && r.side === 'bare')!.rps;
        const line = rows
          .filter((r) => r.round === round && r.mode === mode)
          .map(
            (r) =>
              `${r.side} ${r.rps.toFixed(0)} req/s p99 ${r.p99} ms${r.side === 'bare' ? '' : ` ratio ${(r.rps / bareRps).toFixed(3)}`}${r.errors ? ` ERRORS ${r.errors}` : ''}`,
          )
          .join(' | ');
        process.stdout.write(`round ${round} ${mode}: ${line}\n`);
      }
    const summary = {
      bench: 'graphql-read',
      query: QUERY,
      listings: LISTINGS,
      connections: CONNECTIONS,
      secondsPerRun: SECONDS,
      rows,
      ratios: Object.fromEntries(
        MODES.flatMap((mode) =>
          apis.map((a) => {
            const ratios = [];
            for (let round = 1; round <= ROUNDS; round++) {
              const of = (side: string) =>
                rows.find((r) => r.round === round && r.mode === mode && r.side === side)!.rps;
              ratios.push(of(a.name) / of('bare'));
            }
            return [
              `${a.name}/${mode}`,
              { median: median(ratios), min: Math.min(...ratios), max: Math.max(...ratios) },
            ];
          }),
        ),
      ),
      errors: rows.reduce((n, r) => n + r.errors, 0),
      answerBytes: Buffer.byteLength(answer),
      node: process.version,
      at: new Date().toISOString(),
    };
    writeFileSync(join(OUT, 'graphql-read.json'), JSON.stringify(summary, null, 2));
    for (const [key, r] of Object.entries(summary.ratios))
      process.stdout.write(
        `graphql-read ${key}: ratio ${r.median.toFixed(3)} (rounds ${r.min.toFixed(3)}–${r.max.toFixed(3)}; target >= 0.6)\n`,
      );
    process.stdout.write(`errors: ${summary.errors}\n`);
  } finally {
    for (const api of apis) api.proc.kill('SIGTERM');
    bare?.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 1000));
    await dropDatabase(DB).catch(() => undefined);
  }
}

main().catch((err) => {
  process.stderr.write(`${err?.stack ?? err}\n`);
  process.exit(1);
});
