/**
 * Match quality on a labelled set: the engine against a pg_trgm similarity baseline over
 * title + description, on the same listings, side by side.
 *   node -r ts-node/register/transpile-only -r tsconfig-paths/register bench/quality/run.ts \
 *     [--set <file.json>] [--verbose]
 * Without --set it runs the development set's parts (bench/quality/devset.ts and
 * sets/dev-sectors*.json, see devSets in evaluate.ts), each on its own listings.
 * The set format is described in bench/quality/labelled-set.ts.
 */
import { baselineRankings } from './baseline';
import { devSets, engineRankings, report, shortfallClosed } from './evaluate';
import type { LabelledSet } from './labelled-set';
import { loadSet } from './labelled-set';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  if (i < 0) return undefined;
  const value = process.argv[i + 1];
  if (!value || value.startsWith('--')) throw new Error(`${name} needs a value`);
  return value;
}

async function main() {
  const file = option('--set');
  for (const set of file ? [loadSet(file)] : devSets()) await evaluate(set, process.argv.includes('--verbose'));
}

async function evaluate(set: LabelledSet, verbose: boolean) {
  const engine = report(set, engineRankings(set));
  const baseline = report(set, await baselineRankings(set));
  const line = (label: string, r: typeof engine) => `| ${label} | ${r.ndcg10.toFixed(3)} | ${r.p5.toFixed(3)} |`;
  console.log(
    `${set.name}: ${engine.queries} queries, ${set.supplies.length} supplies, ${Object.keys(set.firms).length} firms`,
  );
  console.log('| ranker | nDCG@10 | P@5 (grade >= 2) |');
  console.log('|---|---|---|');
  console.log(line('engine', engine));
  console.log(line('pg_trgm baseline', baseline));
  console.log(`P@5 ceiling (few queries have five good supplies): ${engine.p5Ceiling.toFixed(3)}`);
  console.log(`engine − baseline nDCG@10: ${(engine.ndcg10 - baseline.ndcg10).toFixed(3)}`);
  console.log(
    `share of the baseline's shortfall closed: ${(100 * shortfallClosed(engine.ndcg10, baseline.ndcg10)).toFixed(1)}%`,
  );
  const zero = engine.perQuery.filter((q) => q.ndcg10 === 0).map((q) => q.key);
  console.log(`queries with nothing right in the engine's top 10: ${zero.length ? zero.join(', ') : 'none'}`);
  if (verbose) {
    for (let i = 0; i < engine.perQuery.length; i++) {
      const e = engine.perQuery[i];
      const b = baseline.perQuery[i];
      console.log(
        `${e.key.padEnd(20)} engine ${e.ndcg10.toFixed(2)} [${e.top.join(', ')}]  baseline ${b.ndcg10.toFixed(2)} [${b.top.join(', ')}]`,
      );
    }
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
