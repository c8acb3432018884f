/**
 * What one organiser's upload costs everyone else: the latency of a small GraphQL request sent
 * every 20 ms to the api while a file is uploaded to it, three times in a row, for two hostile
 * files (2 million cells; one 8 MB line) and a county's real-sized list (20,000 rows, previewed),
 * against the same request with no upload. Several builds side by side, rounds interleaved:
 *   npm run build && BENCH_VARIANTS=before=/tmp/mainbuild/dist,after=dist \
 *     node -r ts-node/register/transpile-only -r tsconfig-paths/register bench/imports/stall.ts
 */
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';

import { adminWithEvent, postGraphql, randomCreditCode } from '../support/client';
import { benchEnv, start } from '../support/processes';
import { withMigratedDatabase } from '../support/scratch';

const VARIANTS = (process.env.BENCH_VARIANTS ?? 'duijie=dist').split(',').map((v) => {
  const [name, dir] = v.split('=');
  return { name, dir };
});
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const UPLOADS = 3;
const PROBE_EVERY_MS = 20;

const csv = (lines: string[]) => Buffer.from(lines.join('\r\n'), 'utf8');
const HEADER = '企业名称,统一社会信用代码,类型,产品名称,产业链分类代码,数量,单位,所在地区代码';
const CASES: Record<string, { file: () => Buffer; dryRun: boolean }> = {
  // 50,000 lines of 40 cells: read whole before the row limit refuses it
  cells: { file: () => csv(Array.from({ length: 50_000 }, () => Array(40).fill('1').join(','))), dryRun: true },
  // one line of 8 MB: the reader walks it to the cell and text limits
  line: { file: () => Buffer.alloc(8 * 1024 * 1024, 0x61), dryRun: true },
  // a big county list, previewed (nothing written)
  rows: {
    file: () => {
      const firms = Array.from({ length: 2000 }, (_, i) => [`县域基准企业${i}号有限公司`, randomCreditCode()]);
      return csv([
        HEADER,
        ...Array.from({ length: 20_000 }, (_, i) => {
          const [name, code] = firms[i % firms.length];
          return `${name},${code},${i % 2 ? '需求' : '供应'},高白料玻璃酒瓶 ${i} 号,3054,${1000 + i},只,520302`;
        }),
      ]);
    },
    dryRun: true,
  },
};

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : NaN;
};

/** Sends the small request every PROBE_EVERY_MS (one at a time) until `until` settles; its latencies. */
async function probe(graphql: string, until: Promise<unknown>): Promise<number[]> {
  let done = false;
  void until.finally(() => (done = true));
  const latencies: number[] = [];
  while (!done) {
    const t = performance.now();
    await postGraphql(graphql, '{ __typename }');
    const ms = performance.now() - t;
    latencies.push(ms);
    if (ms < PROBE_EVERY_MS) await new Promise((r) => setTimeout(r, PROBE_EVERY_MS - ms));
  }
  return latencies;
}

async function main() {
  await withMigratedDatabase('stall', async (db) => {
    const url = (db.options as { url: string }).url;
    const apis: { name: string; proc: ChildProcess; base: string }[] = [];
    try {
      for (const [i, v] of VARIANTS.entries()) {
        const port = 3980 + i;
        const proc = await start('node', [join(v.dir, 'apps/api/src/main.js')], benchEnv(url, port), /listening/);
        apis.push({ name: v.name, proc, base: `http://127.0.0.1:${port}` });
      }
      const graphql = `${apis[0].base}/graphql`;
      const { token, event } = await adminWithEvent(graphql, '上传基准活动');
      const files = Object.fromEntries(Object.entries(CASES).map(([name, c]) => [name, c.file()]));
      const rows: string[] = [];
      for (let round = 1; round <= ROUNDS; round++)
        for (const api of round % 2 ? apis : [...apis].reverse()) {
          const idle = await probe(`${api.base}/graphql`, new Promise((r) => setTimeout(r, 3000)));
          rows.push(
            `| ${round} | ${api.name} | none | — | ${pct(idle, 50).toFixed(1)} | ${pct(idle, 99).toFixed(1)} | ${Math.max(...idle).toFixed(0)} | — |`,
          );
          for (const [name, c] of Object.entries(CASES)) {
            const outcomes: string[] = [];
            const uploadMs: number[] = [];
            const uploads = (async () => {
              for (let i = 0; i < UPLOADS; i++) {
                const form = new FormData();
                form.append('file', new Blob([files[name]]), `${name}.csv`);
                const t = performance.now();
                const res = await fetch(
                  `${api.base}/events/${event}/listings/import${c.dryRun ? '?dryRun=true' : ''}`,
                  {
                    method: 'POST',
                    body: form,
                    headers: { authorization: `Bearer ${token}` },
                  },
                );
                await res.arrayBuffer();
                uploadMs.push(performance.now() - t);
                outcomes.push(String(res.status));
              }
            })();
            const lat = await probe(`${api.base}/graphql`, uploads);
            await uploads;
            rows.push(
              `| ${round} | ${api.name} | ${name} (${(files[name].length / 1048576).toFixed(1)} MB) | ${[...new Set(outcomes)].join('/')} | ${pct(lat, 50).toFixed(1)} | ${pct(lat, 99).toFixed(1)} | ${Math.max(...lat).toFixed(0)} | ${pct(uploadMs, 50).toFixed(0)} |`,
            );
            console.log(rows[rows.length - 1]);
          }
        }
      console.log(
        '\n| round | build | upload | answers | probe p50 ms | probe p99 ms | probe max ms | upload median ms |',
      );
      console.log('|---|---|---|---|---|---|---|---|');
      for (const r of rows) console.log(r);
    } finally {
      for (const api of apis) api.proc.kill('SIGTERM');
    }
  });
}

void main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
