/**
 * Import of 5,000 spreadsheet rows into a docking event through the real API and worker: rows per
 * second to committed listings, time until every imported listing is matched, and the same rows
 * written by COPY (no checks, no enterprises, no registrations, no match jobs) for the ratio.
 * Then bulk matching against the engine's own speed: the same listings put into a fresh index one
 * by one in this process, each matched right after it enters (`MatchEngine.apply` + `pairsFor`,
 * what a match job computes, without the database or the queue), and a re-match of everything
 * (`rematchAll`) against the engine matching every listing of the full index. Ratio = the worker's
 * listings/s over the engine's.
 *   npm run build && node -r ts-node/register/transpile-only -r tsconfig-paths/register bench/imports/run.ts
 * BENCH_WORKER_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") is passed to the worker's node.
 */
import type { ChildProcess } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

import ExcelJS from 'exceljs';
import { Pool } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

import { runTransaction } from '@duijie/database';
import { matchJob } from '@duijie/listings';
import { MatchEngine, MatchSourcesRepository } from '@duijie/matching';
import { recordJobs } from '@duijie/queue';
import { CHAIN_DATA, ReferenceRepository, ReferenceService } from '@duijie/reference';

import { adminWithEvent, postGraphql, randomCreditCode } from '../support/client';
import { benchEnv, start } from '../support/processes';
import { withMigratedDatabase } from '../support/scratch';

const ROWS = Number(process.env.BENCH_ROWS ?? 5000);
const PORT = 3970;
const BASE = `http://127.0.0.1:${PORT}`;
const HEADERS = [
  '企业名称',
  '统一社会信用代码',
  '所在地区代码',
  '类型(供应/需求)',
  '产品名称',
  '产品类别代码',
  '描述',
  '数量',
  '单位',
];
const REGIONS = ['520102', '520103', '520113', '520302', '520381', '520382', '522601', '520402'];
const WORDS = [
  '玻璃瓶',
  '瓶盖',
  '礼盒',
  '酱香型',
  '刺梨',
  '原汁',
  '铝锭',
  '铝板',
  '辣椒',
  '茶叶',
  '纸箱',
  '水泥',
  '钢材',
  '锻件',
  '天麻',
  '菜籽油',
];

/** 5 listings per firm, random categories, Chinese product words. */
function rows(): string[][] {
  const categories = CHAIN_DATA.categories.map((c) => c.code);
  const firms = Array.from({ length: Math.ceil(ROWS / 5) }, (_, i) => ({
    name: `导入基准企业${i}号有限公司`,
    code: randomCreditCode(),
    region: REGIONS[i % REGIONS.length],
  }));
  return Array.from({ length: ROWS }, (_, i) => {
    const f = firms[Math.floor(i / 5)];
    const supply = i % 2 === 0;
    return [
      f.name,
      f.code,
      f.region,
      supply ? '供应' : '需求',
      `${supply ? '供应' : '求购'} ${WORDS[i % WORDS.length]} ${WORDS[(i * 7) % WORDS.length]} ${i}`,
      categories[randomInt(categories.length)],
      '基准导入',
      String(100 + (i % 900)),
      '吨',
    ];
  });
}

function gql<T = any>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  return postGraphql<T>(`${BASE}/graphql`, query, variables, token);
}

async function main() {
  await withMigratedDatabase('import', async (db) => {
    const url = (db.options as { url: string }).url;
    const env = benchEnv(url, PORT);
    const procs: ChildProcess[] = [];
    try {
      const nodeArgs = process.env.BENCH_WORKER_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
      procs.push(await start('node', [...nodeArgs, 'dist/apps/worker/src/main.js'], env, /running/));
      procs.push(await start('node', ['dist/apps/api/src/main.js'], env, /listening/));
      const { token, event } = await adminWithEvent(`${BASE}/graphql`, '导入基准活动');

      const data = rows();
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet('供需信息');
      sheet.addRow(HEADERS);
      for (const r of data) sheet.addRow(r);
      const file = Buffer.from(await book.xlsx.writeBuffer());

      const form = new FormData();
      form.append('file', new Blob([file]), 'bench.xlsx');
      const t0 = performance.now();
      const res = await fetch(`${BASE}/events/${event}/listings/import`, {
        method: 'POST',
        body: form,
        headers: { authorization: `Bearer ${token}` },
      });
      const accepted = (await res.json()) as { id: string; status: string };
      const tAccepted = performance.now() - t0;
      let tDone = 0;
      for (;;) {
        const state = (await (
          await fetch(`${BASE}/imports/${accepted.id}`, { headers: { authorization: `Bearer ${token}` } })
        ).json()) as { status: string; created: number };
        if (state.status === 'DONE' || state.status === 'FAILED') {
          tDone = performance.now() - t0;
          if (state.created !== ROWS) throw new Error(`import ${state.status}: ${state.created} created of ${ROWS}`);
          break;
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      // A listing posted the moment the import's rows are committed (its match job recorded in the
      // same transaction, as createListing does): how long it waits behind the import's backlog.
      const p0 = performance.now();
      const posted = await runTransaction(db, async (m) => {
        const [{ id }]: { id: string }[] = await m.query(
          `INSERT INTO listing (enterprise_id, kind, title, description, category_code, quantity, unit, region_code)
           SELECT id, 'DEMAND', '求购 不锈钢法兰', '304 材质，DN100', '3311', 500, '件', '520102' FROM enterprise LIMIT 1
           RETURNING id`,
        );
        await recordJobs(m, [matchJob(id, 1)]);
        return id;
      });
      let tPosted = 0;
      for (;;) {
        const [{ status }] = await db.query(`SELECT matching_status AS status FROM listing WHERE id = $1`, [posted]);
        if (status === 'DONE') {
          tPosted = performance.now() - p0;
          break;
        }
        if (performance.now() - p0 > 600_000) throw new Error('the posted listing was not matched within 10 minutes');
        await new Promise((r) => setTimeout(r, 50));
      }
      let tMatched = 0;
      for (;;) {
        const [{ pending }] = await db.query(
          `SELECT count(*)::int AS pending FROM listing WHERE matching_status = 'PENDING'`,
        );
        if (pending === 0) {
          tMatched = performance.now() - t0;
          break;
        }
        if (performance.now() - t0 > 600_000) throw new Error(`${pending} listings still unmatched after 10 minutes`);
        await new Promise((r) => setTimeout(r, 200));
      }

      const [{ pairs }] = await db.query(`SELECT count(*)::int AS pairs FROM match_suggestion`);

      // The engine's own speed on the same listings: a fresh index, each listing matched as it enters.
      const reference = new ReferenceService(new ReferenceRepository(db));
      await reference.reload();
      const sources = new MatchSourcesRepository(db);
      const all = await sources.openListings(null, 1_000_000);
      const engine = new MatchEngine(sources, reference);
      const e0 = performance.now();
      for (const row of all) {
        const x = engine.apply(row);
        if (x) engine.pairsFor(x, []);
      }
      const engineGrowMs = performance.now() - e0;
      // ... and every listing again against the full index, as a re-match computes.
      const e1 = performance.now();
      for (const row of all) engine.pairsFor(engine.index.get(row.id)!, []);
      const engineFullMs = performance.now() - e1;

      // A re-match of everything through the worker.
      const r0 = performance.now();
      const run = (await gql(`mutation { rematchAll { id } }`, {}, token)).rematchAll.id;
      let rematched = 0;
      let tRematch = 0;
      for (;;) {
        const { matchRun } = await gql(
          `query($id: ID!) { matchRun(id: $id) { status total done } }`,
          { id: run },
          token,
        );
        if (matchRun.status !== 'RUNNING') {
          tRematch = performance.now() - r0;
          rematched = matchRun.done;
          if (matchRun.status !== 'DONE') throw new Error(`re-match ${matchRun.status}`);
          break;
        }
        if (performance.now() - r0 > 600_000) throw new Error(`re-match not done after 10 minutes`);
        await new Promise((r) => setTimeout(r, 200));
      }

      // The same rows by COPY, into the firms the import created.
      const firms = new Map<string, string>(
        (await db.query(`SELECT credit_code AS code, id FROM enterprise`)).map((r: any) => [r.code, r.id]),
      );
      const tsv =
        data
          .map((r) =>
            [firms.get(r[1]), r[3] === '供应' ? 'SUPPLY' : 'DEMAND', r[4], r[6], r[5], r[7], r[8], r[2]].join('\t'),
          )
          .join('\n') + '\n';
      const pool = new Pool({ connectionString: url });
      const client = await pool.connect();
      const c0 = performance.now();
      await pipeline(
        Readable.from([tsv]),
        client.query(
          copyFrom(
            `COPY listing (enterprise_id, kind, title, description, category_code, quantity, unit, region_code) FROM STDIN`,
          ),
        ),
      );
      const tCopy = performance.now() - c0;
      client.release();
      await pool.end();

      const rate = (ms: number) => (ROWS / (ms / 1000)).toFixed(0);
      const perS = (n: number, ms: number) => n / (ms / 1000);
      console.log(
        `import of ${ROWS} rows (.xlsx, ${(file.length / 1024).toFixed(0)} KiB), ${firms.size} new enterprises:`,
      );
      console.log(`  upload answered (202, parsed, queued): ${tAccepted.toFixed(0)} ms`);
      console.log(`  all rows committed: ${(tDone / 1000).toFixed(1)} s = ${rate(tDone)} rows/s`);
      console.log(`  all imported listings matched: ${(tMatched / 1000).toFixed(1)} s after upload`);
      console.log(
        `  a listing posted when the rows were committed: matched ${(tPosted / 1000).toFixed(2)} s after it was posted`,
      );
      console.log(`  COPY of the same rows: ${tCopy.toFixed(0)} ms = ${rate(tCopy)} rows/s`);
      console.log(`  import / COPY throughput: ${(tCopy / tDone).toFixed(3)}`);
      const workerBulk = perS(ROWS, tMatched);
      const engineBulk = perS(all.length, engineGrowMs);
      console.log(
        `  bulk matching: worker ${workerBulk.toFixed(1)} listings/s (upload to all matched), engine ${engineBulk.toFixed(1)} listings/s ` +
          `(${(engineGrowMs / all.length).toFixed(2)} ms each, index growing to ${all.length}); ratio ${(workerBulk / engineBulk).toFixed(2)} (target >= 0.6)`,
      );
      console.log(
        `  suggestions stored after the import's matching: ${pairs} (${(pairs / ROWS).toFixed(0)} per listing)`,
      );
      const workerRe = perS(rematched, tRematch);
      const engineRe = perS(all.length, engineFullMs);
      console.log(
        `  re-match of ${rematched}: ${(tRematch / 1000).toFixed(1)} s = ${workerRe.toFixed(1)} listings/s, engine ${engineRe.toFixed(1)} listings/s ` +
          `(${(engineFullMs / all.length).toFixed(2)} ms each, full index); ratio ${(workerRe / engineRe).toFixed(2)}`,
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
