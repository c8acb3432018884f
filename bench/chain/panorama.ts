/**
 * bench/chain: the 产业链全景图 request of a logged-in user over 100,000 listings. Every number of
 * the panorama is a GROUP BY over the region's firms; this measures that it stays fast when the
 * region holds them all: the demo, plus generated firms and listings, strong match suggestions
 * and confirmed deals, then sequential requests (latency) and concurrent load (throughput).
 *
 *   npm run build && node -r ts-node/register/transpile-only -r tsconfig-paths/register bench/chain/panorama.ts
 */
import { randomBytes } from 'node:crypto';

import autocannon from 'autocannon';
import { DataSource } from 'typeorm';

import { dropDatabase, migrateDatabase, typeOrmOptions } from '@duijie/database';

import { seedDemo } from '../../apps/api/src/cli/seed-demo';
import { postGraphql } from '../support/client';
import { generateListings } from '../support/generate';
import { start } from '../support/processes';

const BASE = process.env.BENCH_DATABASE_BASE_URL ?? 'postgres://postgres@127.0.0.1:5432';
const DB = `${BASE}/duijie_bench_panorama_${randomBytes(3).toString('hex')}`;
const LISTINGS = Number(process.env.BENCH_LISTINGS ?? 100_000);
const FIRMS = Number(process.env.BENCH_FIRMS ?? 5_000);
const SUGGESTIONS = Number(process.env.BENCH_SUGGESTIONS ?? 50_000);
const DEALS = Number(process.env.BENCH_DEALS ?? 5_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 40);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const PORT = Number(process.env.BENCH_PORT ?? 3960);

const PANORAMA = `query($sector: Sector, $region: String!) { chainPanorama(sector: $sector, regionCode: $region) {
  nodes { category { code name } layer inSector firms openSupplies openDemands coverage
    supplyQuantities { unit quantity } demandQuantities { unit quantity } }
  edges { fromCode toCode kind matchedPairs signedDeals signedAmountCny } } }`;
const DRAWER = `query($code: String!, $region: String!) { chainNodeMembers(categoryCode: $code, regionCode: $region) {
  firms(first: 20) { totalCount edges { node { id name } } }
  listings(first: 20) { totalCount edges { node { id title enterprise { name } } } } } }`;

const CASES = [
  { name: 'all sectors, 贵州省 (every listing in the region)', query: PANORAMA, variables: { region: '520000' } },
  {
    name: '优质烟酒, 遵义市',
    query: PANORAMA,
    variables: { sector: 'LIQUOR_TOBACCO', region: '520300' },
  },
  { name: 'drawer: 3055 firms + listings, 贵州省', query: DRAWER, variables: { code: '3055', region: '520000' } },
];

async function addMatchesAndDeals(db: DataSource): Promise<void> {
  // Random supply–demand pairs of different firms, scored 0.5..1 (about half strong).
  await db.query(
    `INSERT INTO match_suggestion (supply_id, demand_id, supply_enterprise_id, demand_enterprise_id, score, reasons,
                                   supply_fingerprint, demand_fingerprint)
     SELECT s.id, d.id, s.enterprise_id, d.enterprise_id, 0.5 + random() / 2, '[]'::jsonb, 'bench', 'bench'
       FROM (SELECT id, enterprise_id, row_number() OVER (ORDER BY random()) AS n FROM listing WHERE kind = 'SUPPLY') s
       JOIN (SELECT id, enterprise_id, row_number() OVER (ORDER BY random()) AS n FROM listing WHERE kind = 'DEMAND') d
         ON d.n = s.n
      WHERE s.enterprise_id <> d.enterprise_id AND s.n <= $1
     ON CONFLICT DO NOTHING`,
    [SUGGESTIONS],
  );
  // Deals along some of those pairs: a third agreed as signed, a third as intent, a third unconfirmed.
  await db.query(
    `INSERT INTO deal (supply_listing_id, demand_listing_id, supplier_enterprise_id, buyer_enterprise_id, stage, amount_cny,
                       agreed_stage, agreed_amount_cny)
     SELECT m.supply_id, m.demand_id, m.supply_enterprise_id, m.demand_enterprise_id, 'SIGNED', a.amount,
            CASE k WHEN 0 THEN 'SIGNED' WHEN 1 THEN 'INTENT' END, CASE WHEN k < 2 THEN a.amount END
       FROM (SELECT *, row_number() OVER () AS n FROM match_suggestion LIMIT $1) m
       CROSS JOIN LATERAL (SELECT round((random() * 1000000)::numeric, 2) AS amount, (m.n % 3)::int AS k) a`,
    [DEALS],
  );
  await db.query(`ANALYZE`);
}

function gql(query: string, variables: Record<string, unknown>, token?: string): Promise<any> {
  return postGraphql(`http://127.0.0.1:${PORT}/graphql`, query, variables, token);
}

const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

async function main(): Promise<void> {
  await migrateDatabase(DB);
  const db = new DataSource(typeOrmOptions(DB, 'duijie-bench'));
  await db.initialize();
  await seedDemo(db);
  await generateListings(db, LISTINGS, FIRMS);
  await addMatchesAndDeals(db);
  const [counts] = await db.query(
    `SELECT (SELECT count(*) FROM listing)::int AS listings, (SELECT count(*) FROM enterprise)::int AS firms,
            (SELECT count(*) FROM match_suggestion)::int AS suggestions, (SELECT count(*) FROM deal)::int AS deals`,
  );
  await db.destroy();
  process.stdout.write(`data: ${JSON.stringify(counts)}\n`);

  const api = await start(
    'node',
    ['dist/apps/api/src/main.js'],
    {
      NODE_ENV: 'production',
      DATABASE_URL: DB,
      REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      REDIS_PREFIX: `duijie_bench_panorama_${randomBytes(3).toString('hex')}`,
      PORT: String(PORT),
      JWT_SECRET: 'bench-'.padEnd(40, 'x'),
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
      SIGNUP_MAX_PER_IP: '1000',
    },
    /listening/,
  );
  try {
    const { signUp } = await gql(`mutation($i: SignUpInput!) { signUp(input: $i) { accessToken } }`, {
      i: { email: `bench${Date.now()}@bench.duijie.test`, password: 'bench-password-2020', displayName: '测评用户' },
    });
    const token = signUp.accessToken as string;
    const first = await gql(PANORAMA, CASES[0].variables, token);
    const demands = first.chainPanorama.nodes.reduce((n: number, x: any) => n + x.openDemands + x.openSupplies, 0);
    process.stdout.write(
      `the all-sector answer counts ${demands} open listings in ${first.chainPanorama.nodes.length} nodes\n`,
    );
    for (const c of CASES) {
      for (let i = 0; i < 3; i++) await gql(c.query, c.variables, token); // warm-up
      const times: number[] = [];
      for (let i = 0; i < REQUESTS; i++) {
        const t0 = performance.now();
        await gql(c.query, c.variables, token);
        times.push(performance.now() - t0);
      }
      const load = await autocannon({
        url: `http://127.0.0.1:${PORT}/graphql`,
        method: 'POST',
        connections: 4,
        duration: SECONDS,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: c.query, variables: c.variables }),
      });
      process.stdout.write(
        `${c.name}: median ${percentile(times, 0.5).toFixed(1)} ms, p95 ${percentile(times, 0.95).toFixed(1)} ms ` +
          `(${REQUESTS} sequential); ${load.requests.average.toFixed(1)} req/s at 4 connections, p99 ${load.latency.p99} ms, ` +
          `${load.errors + load.non2xx} errors\n`,
      );
    }
  } finally {
    api.kill('SIGTERM');
    await new Promise((r) => api.once('exit', r));
    await dropDatabase(DB).catch(() => undefined);
  }
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
