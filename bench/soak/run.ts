/**
 * Scenario 11 (issue 7): a soak. The built api and worker run as their own processes over 2,000
 * listings; for SOAK_SECONDS (600) clients send listing-page reads at SOAK_READS (1,400) per second (about
 * half of the measured read capacity, bench/RESULTS.md graphql-read) and createListing at
 * SOAK_WRITES per second, open-loop. Reports error rate, p50/p99 latency, and the RSS growth of
 * api and worker from the end of the first minute to the end.
 *   npm run build && node -r ts-node/register/transpile-only -r tsconfig-paths/register bench/soak/run.ts
 * With SOAK_API_HEAP_MB=256 the api's heap is capped, which tells a leak (memory keeps growing
 * until it crashes) from V8 simply collecting late (memory stays flat).
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';

import { USCC_CHARSET, usccCheckChar } from '@duijie/enterprises';

import { generateListings } from '../support/generate';
import { start } from '../support/processes';
import { withMigratedDatabase } from '../support/scratch';

const SECONDS = Number(process.env.SOAK_SECONDS ?? 600);
const READS = Number(process.env.SOAK_READS ?? 1400);
const WRITES = Number(process.env.SOAK_WRITES ?? 5);
/** SOAK_READ_AS=member: the reads carry the soak user's bearer token (the console's read), else anonymous. */
const READ_AS_MEMBER = process.env.SOAK_READ_AS === 'member';
/**
 * The reads' rate rises from 0 to SOAK_READS over the first SOAK_RAMP_SECONDS (30), as traffic
 * reaches a process that has just started; at full rate at once, a cold api (code not yet
 * optimised, caches empty) queued seconds of reads in its first ten seconds.
 */
const RAMP = Number(process.env.SOAK_RAMP_SECONDS ?? 30);
/** Reads due by `t` seconds: the rate's integral. */
const readsDue = (t: number) => (RAMP > 0 && t < RAMP ? (READS * t * t) / (2 * RAMP) : READS * (t - RAMP / 2));
const PORT = 3990;
const URL = `http://127.0.0.1:${PORT}/graphql`;
const PAGE = `query { listings(first: 20, filter: { kind: SUPPLY }) { edges { node { id title enterprise { name } category { name } region { name } } } } }`;

/** What the soak's api requires on /metrics (in production it serves metrics only with a token). */
const METRICS_TOKEN = randomBytes(16).toString('hex');

/** The api's V8 heap in use, from its own /metrics (what a leak would grow). */
async function heapUsed(): Promise<number> {
  const text = await (
    await fetch(`http://127.0.0.1:${PORT}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })
  ).text();
  return Number(/^nodejs_heap_size_used_bytes (\S+)/m.exec(text)?.[1] ?? 0) / 1048576;
}
/** CPU seconds a process has used (user + system), from /proc. */
const cpuSeconds = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
};
const rss = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];

/**
 * The load's connections: kept alive and bounded, as a client fleet's are. (The first version used
 * fetch, whose pool opens a new socket for every request it cannot place, so an api that fell
 * behind was met with thousands of connections, and the generator spent more of the shared cores
 * than the reads it measured.) A request waiting here for a socket counts as waiting: its time runs
 * from when it was due.
 */
const agent = new Agent({ keepAlive: true, maxSockets: Number(process.env.SOAK_CONNECTIONS ?? 256), timeout: 30_000 });

function gql(
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<{ ok: boolean; status: number; error?: string }> {
  const payload = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const req = request(
      URL,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          let body: { errors?: { message?: string; extensions?: { code?: string } }[] };
          try {
            body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
          } catch {
            return resolve({ ok: false, status, error: `${status} (not JSON)` });
          }
          const error = body.errors?.[0];
          resolve({
            ok: status === 200 && !body.errors,
            status,
            error: error && `${status} ${error.extensions?.code ?? ''} ${error.message ?? ''}`,
          });
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

async function main() {
  await withMigratedDatabase('soak', async (db) => {
    await generateListings(db, 2_000, 200);
    // They stand for a market already matched (as in bench/notifications/latency.ts). Written
    // straight into the table they are PENDING without a match job, so two minutes in the worker's
    // match sweep took them for lost jobs and matched all 2,000 in the middle of the soak.
    await db.query(`UPDATE listing SET matching_status = 'DONE'`);
    const url = (db.options as { url: string }).url;
    const env = {
      NODE_ENV: 'production',
      DATABASE_URL: url,
      REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      REDIS_PREFIX: `duijie_soak_${randomBytes(3).toString('hex')}`,
      JWT_SECRET: 'soak-'.padEnd(40, 'x'),
      METRICS_TOKEN,
      LOG_LEVEL: 'warn',
      PORT: String(PORT),
      WORKER_PORT: String(PORT + 1),
      LOGIN_MAX_ATTEMPTS_PER_IP: '100000',
      SIGNUP_MAX_PER_IP: '100000',
      LISTINGS_MAX_PER_HOUR_PER_FIRM: '1000000', // one bench firm posts the load
    };
    const procs: ChildProcess[] = [];
    try {
      // SOAK_WORKER_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") is passed to the worker's node.
      const workerArgs = (process.env.SOAK_WORKER_NODE_ARGS ?? '').split(' ').filter(Boolean);
      procs.push(await start('node', [...workerArgs, 'dist/apps/worker/src/main.js'], env, /running/));
      // SOAK_API_HEAP_MB caps the api's old generation: a leak then ends in an out-of-memory crash,
      // lazy collection does not.
      // SOAK_API_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") is passed to the api's node too.
      const apiArgs = [
        ...(process.env.SOAK_API_HEAP_MB ? [`--max-old-space-size=${process.env.SOAK_API_HEAP_MB}`] : []),
        ...(process.env.SOAK_API_NODE_ARGS ?? '').split(' ').filter(Boolean),
      ];
      procs.push(await start('node', [...apiArgs, 'dist/apps/api/src/main.js'], env, /listening/));
      // SOAK_API_LOG=<file>: the api's output (its warnings; V8's with SOAK_API_NODE_ARGS=--trace-gc).
      if (process.env.SOAK_API_LOG)
        procs[1].stdout?.on('data', (d: Buffer) => appendFileSync(process.env.SOAK_API_LOG!, d));
      const [worker, api] = procs;
      const email = `soak-${randomBytes(4).toString('hex')}@bench.duijie`;
      const signUp = await fetch(URL, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: `mutation($i: SignUpInput!) { signUp(input: $i) { accessToken } }`,
          variables: { i: { email, password: 'soak-password-123', displayName: 'soak' } },
        }),
      });
      const token = ((await signUp.json()) as any).data.signUp.accessToken as string;
      let org = '';
      for (let i = 0; i < 9; i++) org += USCC_CHARSET[i + 3];
      await gql(
        `mutation($i: RegisterEnterpriseInput!) { registerEnterprise(input: $i) { id } }`,
        {
          i: {
            name: '浸泡测试企业有限公司',
            creditCode: `91520102${org}` + usccCheckChar(`91520102${org}`),
            regionCode: '520102',
            sector: 'SUPPORTING',
          },
        },
        token,
      );

      const latencies: number[] = [];
      let errors = 0;
      let sent = 0;
      // Per kind too: what waited, and why requests failed (the first few of each message).
      const byKind = { read: { ms: [] as number[], errors: 0 }, write: { ms: [] as number[], errors: 0 } };
      const failures = new Map<string, number>();
      /** [second sent, ms] of every answered request: whether a tail is one stall or spread over the run. */
      const timeline: [number, number][] = [];
      /** The second (of sending) each failed request was due at. */
      const failedAt: number[] = [];
      const failed = (kind: 'read' | 'write', why: string, t0: number) => {
        errors += 1;
        byKind[kind].errors += 1;
        failedAt.push(Math.floor((t0 - started) / 1000));
        failures.set(`${kind}: ${why.slice(0, 160)}`, (failures.get(`${kind}: ${why.slice(0, 160)}`) ?? 0) + 1);
      };
      const samples: { t: number; api: number; worker: number; heap: number }[] = [];
      const inflight = new Set<Promise<void>>();
      const fire = (kind: 'read' | 'write', work: () => Promise<{ ok: boolean; error?: string }>) => {
        const t0 = performance.now();
        sent += 1;
        const p = work()
          .then((r) => {
            if (!r.ok) return failed(kind, r.error ?? 'not ok', t0);
            latencies.push(performance.now() - t0);
            byKind[kind].ms.push(performance.now() - t0);
            timeline.push([(t0 - started) / 1000, performance.now() - t0]);
          })
          .catch((err: Error) =>
            failed(kind, `${err.name}: ${err.message} ${String((err.cause as Error)?.message ?? '')}`, t0),
          )
          .finally(() => inflight.delete(p));
        inflight.add(p);
      };
      const started = performance.now();
      const startedAt = Date.now();
      const cpuAtStart = { api: cpuSeconds(api.pid!), worker: cpuSeconds(worker.pid!), load: process.cpuUsage() };
      let reads = 0;
      let writes = 0;
      while (performance.now() - started < SECONDS * 1000) {
        const elapsed = (performance.now() - started) / 1000;
        while (reads < readsDue(elapsed)) {
          reads += 1;
          fire('read', () => gql(PAGE, {}, READ_AS_MEMBER ? token : undefined));
        }
        while (writes < elapsed * WRITES) {
          writes += 1;
          fire('write', () =>
            gql(
              `mutation($i: CreateListingInput!) { createListing(input: $i) { id } }`,
              { i: { kind: writes % 2 ? 'SUPPLY' : 'DEMAND', title: `浸泡 玻璃瓶 ${writes}`, categoryCode: '3055' } },
              token,
            ),
          );
        }
        if (samples.length === 0 || elapsed - samples[samples.length - 1].t >= 10)
          samples.push({ t: elapsed, api: rss(api.pid!), worker: rss(worker.pid!), heap: await heapUsed() });
        await new Promise((r) => setTimeout(r, 5));
      }
      const sending = (performance.now() - started) / 1000;
      const load = process.cpuUsage(cpuAtStart.load);
      const cpu = {
        api: cpuSeconds(api.pid!) - cpuAtStart.api,
        worker: cpuSeconds(worker.pid!) - cpuAtStart.worker,
        load: (load.user + load.system) / 1e6,
      };
      await Promise.all(inflight);
      const warm = samples.find((s) => s.t >= 60) ?? samples[0];
      const last = samples[samples.length - 1];
      const growth = (a: number, b: number) => `${(((b - a) / a) * 100).toFixed(1)}%`;
      console.log(
        `soak ${SECONDS} s at ${READS} ${READ_AS_MEMBER ? 'logged-in' : 'anonymous'} reads/s + ${WRITES} writes/s: ${sent} requests, ${errors} errors (${((errors / sent) * 100).toFixed(3)}%), p50 ${pct(latencies, 50).toFixed(0)} ms, p99 ${pct(latencies, 99).toFixed(0)} ms`,
      );
      for (const [kind, k] of Object.entries(byKind))
        console.log(
          `  ${kind}s: ${k.ms.length + k.errors} sent, ${k.errors} errors, p50 ${pct(k.ms, 50)?.toFixed(0)} ms, p99 ${pct(k.ms, 99)?.toFixed(0)} ms`,
        );
      for (const [why, n] of failures) console.log(`  ${n} × ${why}`);
      if (failedAt.length) console.log(`  failed requests were sent at second: ${[...new Set(failedAt)].join(', ')}`);
      // Whether the machine's cores went to the api or to the load generator and worker beside it.
      console.log(
        `  CPU while sending (${sending.toFixed(0)} s): api ${cpu.api.toFixed(1)} s, worker ${cpu.worker.toFixed(1)} s, load generator ${cpu.load.toFixed(1)} s`,
      );
      const afterWarmUp = timeline.filter(([t]) => t >= 60).map(([, ms]) => ms);
      if (afterWarmUp.length)
        console.log(
          `  after the first minute: p50 ${pct(afterWarmUp, 50).toFixed(0)} ms, p99 ${pct(afterWarmUp, 99).toFixed(0)} ms`,
        );
      const tens = Array.from({ length: Math.ceil(SECONDS / 10) }, (_, i) =>
        timeline.filter(([t]) => t >= i * 10 && t < (i + 1) * 10).map(([, ms]) => ms),
      );
      // SOAK_TIMELINE=<file>: every answered request's send time (epoch ms) and latency, to set beside
      // other recordings of the same run (Postgres' activity, the api's profile).
      if (process.env.SOAK_TIMELINE)
        writeFileSync(
          process.env.SOAK_TIMELINE,
          timeline.map(([t, ms]) => `${Math.round(startedAt + t * 1000)} ${ms.toFixed(1)}`).join('\n'),
        );
      console.log(`  p99 per 10 s sent: ${tens.map((ms) => (ms.length ? pct(ms, 99).toFixed(0) : '-')).join(' ')} ms`);
      console.log(
        `RSS api ${warm.api.toFixed(0)} → ${last.api.toFixed(0)} MiB (${growth(warm.api, last.api)}), worker ${warm.worker.toFixed(0)} → ${last.worker.toFixed(0)} MiB (${growth(warm.worker, last.worker)}) from minute 1 to the end`,
      );
      // RSS saws up and down with V8's collections; the lowest heap per two minutes shows whether anything stays behind.
      const window = Math.max(10, (SECONDS - 60) / 5);
      const floors = [0, 1, 2, 3, 4]
        .map((w) =>
          Math.min(...samples.filter((s) => s.t >= 60 + w * window && s.t < 60 + (w + 1) * window).map((s) => s.heap)),
        )
        .filter(Number.isFinite);
      console.log(
        `api heap in use, lowest per window after minute 1: ${floors.map((f) => f.toFixed(0)).join(' → ')} MiB (${growth(floors[0], floors[floors.length - 1])})`,
      );
      console.log(
        JSON.stringify(
          samples.map((s) => [Math.round(s.t), Math.round(s.api), Math.round(s.worker), Math.round(s.heap)]),
        ),
      );
    } finally {
      for (const p of procs) p.kill('SIGTERM');
    }
  });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
