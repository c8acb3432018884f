/**
 * Where the engine's ranking loses, on every held-out set: its nDCG@10, then what it would be if
 * the offers it ranks in its top k (10, 20, 50, 200) were put in the order of their true grades.
 * What re-ordering the top 10 gains is ranking among offers the engine already finds; what only a
 * deeper k gains is offers it finds too low; what none gains, offers it never proposes.
 *   node -r ts-node/register/transpile-only -r tsconfig-paths/register bench/quality/oracle.ts [dir]
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

import { engineRankings, report } from './evaluate';
import { loadSet } from './labelled-set';

const DEPTHS = [10, 20, 50, 200];
const dir = process.argv[2] ?? join(__dirname, 'heldout');
const sums = new Array<number>(DEPTHS.length + 1).fill(0);
let sets = 0;
console.log(`| set | engine | ${DEPTHS.map((k) => `top ${k} re-ordered`).join(' | ')} |`);
console.log(`|---|---|${DEPTHS.map(() => '---').join('|')}|`);
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const set = loadSet(join(dir, file));
  const ranked = engineRankings(set, DEPTHS[DEPTHS.length - 1]);
  const row = [report(set, ranked).ndcg10];
  for (const k of DEPTHS) {
    const reordered = new Map<string, string[]>();
    for (const q of set.queries) {
      const grade = (key: string) => q.judgements[key] ?? 0;
      reordered.set(
        q.key,
        (ranked.get(q.key) ?? []).slice(0, k).sort((a, b) => grade(b) - grade(a)),
      );
    }
    row.push(report(set, reordered).ndcg10);
  }
  row.forEach((x, i) => (sums[i] += x));
  sets++;
  console.log(`| ${file.replace(/\.json$/, '')} | ${row.map((x) => x.toFixed(3)).join(' | ')} |`);
}
console.log(`| mean of ${sets} | ${sums.map((x) => (x / sets).toFixed(4)).join(' | ')} |`);
