import { randomUUID } from 'node:crypto';

import { Client } from 'pg';

import { useStack } from '../support/stack';

/** Runs `total` calls of `call`, `width` at a time. */
async function flood(total: number, width: number, call: (i: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < total) await call(next++);
    }),
  );
}

/** Series of the HTTP histogram, one per label set. */
const httpSeries = (metrics: string) =>
  metrics.split('\n').filter((l) => l.startsWith('http_request_duration_seconds_count{')).length;

/**
 * Scenario 15, operations endpoints (issue 12, findings 6 and 8): what a stranger can make
 * `/health` and `/metrics` cost.
 */
describe('operations endpoints under a flood', () => {
  const token = 'metrics-token-0123456789';
  const previous = process.env.METRICS_TOKEN;
  process.env.METRICS_TOKEN = token;
  const { stack } = useStack({ worker: false, isolated: true });
  afterAll(() => {
    if (previous === undefined) delete process.env.METRICS_TOKEN;
    else process.env.METRICS_TOKEN = previous;
  });
  const url = (path: string) => `${stack().apiUrl}${path}`;
  const metrics = async () => (await fetch(url('/metrics'), { headers: { authorization: `Bearer ${token}` } })).text();

  // 10,000 for the figure in docs/RELIABILITY.md (METRICS_FLOOD_PATHS=10000); fewer keep npm test quick.
  const paths = Number(process.env.METRICS_FLOOD_PATHS ?? 2_000);

  it(`labels routes, not paths: ${paths} random paths add a handful of series, not ${paths}`, async () => {
    await fetch(url('/health'));
    const before = httpSeries(await metrics());
    await flood(paths, 50, async (i) => {
      const path = i % 2 ? `/imports/${randomUUID()}` : `/${randomUUID()}/${i}`;
      await (await fetch(url(path))).arrayBuffer();
    });
    const text = await metrics();
    const after = httpSeries(text);
    process.stdout.write(`http series: ${before} before, ${after} after ${paths} random paths\n`);
    expect(after - before).toBeLessThanOrEqual(4);
    expect(text).toContain('route="/imports/:id"');
    expect(text).not.toMatch(/route="\/imports\/[0-9a-f]{8}-/);
  }, 180_000);

  it('answers /metrics only with METRICS_TOKEN when it is set', async () => {
    expect((await fetch(url('/metrics'))).status).toBe(401);
    expect((await fetch(url('/metrics'), { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    const ok = await fetch(url('/metrics'), { headers: { authorization: `Bearer ${token}` } });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('http_request_duration_seconds');
  });

  it('answers 1,000 /health calls from a short cache on one connection, not a Postgres connection each', async () => {
    const db = new Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
    const sessions = async () =>
      Number(
        (await db.query(`SELECT sessions FROM pg_stat_database WHERE datname = current_database()`)).rows[0].sessions,
      );
    try {
      await fetch(url('/health'));
      const before = await sessions();
      const statuses = new Map<number, number>();
      const started = Date.now();
      await flood(1_000, 50, async () => {
        const res = await fetch(url('/health'));
        await res.arrayBuffer();
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      });
      const ms = Date.now() - started;
      // pg counts a session when it ends; give the statistics collector a moment.
      await new Promise((r) => setTimeout(r, 600));
      const opened = (await sessions()) - before;
      process.stdout.write(`1,000 /health in ${ms} ms: ${opened} Postgres sessions opened\n`);
      expect(statuses.get(200)).toBe(1_000);
      expect(opened).toBeLessThanOrEqual(2);
    } finally {
      await db.end();
    }
  }, 120_000);
});
