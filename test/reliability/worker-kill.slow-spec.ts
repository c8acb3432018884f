import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';

import { Client } from 'pg';

import { dropDatabase, migrateDatabase } from '@duijie/database';
import { usccCheckChar } from '@duijie/enterprises';

/**
 * Scenario 1: the worker is killed with SIGKILL in the middle of 500 match jobs and started again.
 * Counted in SQL afterwards: listings never matched (lost), duplicate suggestion pairs, duplicate
 * notifications; and the time from the restart until every job was done.
 */
const ROOT = join(__dirname, '..', '..');
const suffix = randomBytes(3).toString('hex');
const url = `${process.env.DATABASE_URL}_kill_${suffix}`;
const env = {
  ...process.env,
  DATABASE_URL: url,
  REDIS_PREFIX: `${process.env.REDIS_PREFIX}.kill-${suffix}`,
  WORKER_PORT: '0',
  LOG_LEVEL: 'error',
  MATCH_NOTIFY_DEBOUNCE_MS: '0',
};

function startWorker(): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'apps/worker/src/main.ts'],
      { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const timer = setTimeout(() => reject(new Error('worker did not start within 60 s')), 60_000);
    child.stdout.on('data', (d: Buffer) => {
      if (/running/.test(d.toString())) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.on('exit', (code) => reject(new Error(`worker exited with ${code}`)));
  });
}

async function until(db: Client, sql: string, done: (n: number) => boolean, deadlineMs: number): Promise<number> {
  const end = Date.now() + deadlineMs;
  for (;;) {
    const [{ n }] = (await db.query(sql)).rows;
    if (done(n)) return n;
    if (Date.now() > end) throw new Error(`${sql} → ${n} after ${deadlineMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('worker killed mid-batch (reliability, slow)', () => {
  const db = new Client({ connectionString: url });
  const workers: ChildProcess[] = [];

  beforeAll(async () => {
    await migrateDatabase(url);
    await db.connect();
  }, 60_000);
  afterAll(async () => {
    for (const w of workers) w.kill('SIGKILL');
    await db.end();
    await dropDatabase(url);
  });

  it('loses nothing and duplicates nothing when the worker is killed -9 during 500 match jobs', async () => {
    // 50 glass makers and 50 distillers, 5 listings each: supplies and demands that match.
    const codes = Array.from({ length: 100 }, (_, i) => {
      const first17 = `91520102K${String(i).padStart(4, '0')}${suffix.slice(0, 4).toUpperCase()}`.slice(0, 17);
      return first17 + usccCheckChar(first17);
    });
    const firms = (
      await db.query(
        `INSERT INTO enterprise (name, credit_code, region_code, sector, category_codes)
         SELECT '可靠性测试企业' || i || '号', c, '520102', CASE WHEN i % 2 = 0 THEN 'SUPPORTING' ELSE 'LIQUOR_TOBACCO' END,
                CASE WHEN i % 2 = 0 THEN ARRAY['3055'] ELSE ARRAY['1512'] END
           FROM unnest($1::text[]) WITH ORDINALITY AS t(c, i) RETURNING id, sector`,
        [codes],
      )
    ).rows as { id: string; sector: string }[];
    await db.query(
      `WITH l AS (
         INSERT INTO listing (enterprise_id, kind, title, category_code, quantity, unit, region_code)
         SELECT f.id, CASE WHEN f.sector = 'SUPPORTING' THEN 'SUPPLY' ELSE 'DEMAND' END,
                CASE WHEN f.sector = 'SUPPORTING' THEN '供应 500ml 晶白料白酒玻璃瓶 ' ELSE '求购 500ml 白酒玻璃瓶 ' END || k,
                '3055', 100000 + k, '只', '520102'
           FROM unnest($1::uuid[], $2::text[]) AS f(id, sector), generate_series(1, 5) AS k
         RETURNING id)
       INSERT INTO outbox (queue, name, job_id, data)
       SELECT 'matching', 'match.listing', 'match.listing-' || id || '-v1', jsonb_build_object('listingId', id, 'version', 1) FROM l`,
      [firms.map((f) => f.id), firms.map((f) => f.sector)],
    );

    workers.push(await startWorker());
    await until(db, `SELECT count(*)::int AS n FROM listing WHERE matching_status = 'DONE'`, (n) => n >= 100, 120_000);
    workers[0].kill('SIGKILL');
    const atKill = (await db.query(`SELECT count(*)::int AS n FROM listing WHERE matching_status = 'DONE'`)).rows[0].n;

    const restarted = Date.now();
    workers.push(await startWorker());
    await until(db, `SELECT count(*)::int AS n FROM listing WHERE matching_status <> 'DONE'`, (n) => n === 0, 180_000);
    const recoverySeconds = (Date.now() - restarted) / 1000;

    const [counts] = (
      await db.query(`SELECT
         (SELECT count(*)::int FROM listing WHERE matching_status <> 'DONE') AS lost,
         (SELECT count(*)::int - count(DISTINCT (supply_id, demand_id))::int FROM match_suggestion) AS "duplicateSuggestions",
         (SELECT count(*)::int FROM match_suggestion) AS suggestions,
         (SELECT count(*)::int - count(DISTINCT key)::int FROM notification) AS "duplicateNotifications",
         (SELECT count(*)::int FROM notification) AS notifications,
         (SELECT count(*)::int FROM outbox) AS "outboxLeft"`)
    ).rows;
    process.stdout.write(
      `worker kill -9: done at kill ${atKill}/500, recovery ${recoverySeconds.toFixed(1)} s, ${JSON.stringify(counts)}\n`,
    );
    expect(counts).toMatchObject({ lost: 0, duplicateSuggestions: 0, duplicateNotifications: 0, outboxLeft: 0 });
    expect(counts.suggestions).toBeGreaterThan(0);
  }, 400_000);
});
