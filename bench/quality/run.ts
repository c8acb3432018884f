/**
 * Match quality on the labelled development set: the engine against a pg_trgm similarity
 * baseline over title + description, on the same listings.
 *   node -r ts-node/register/transpile-only -r tsconfig-paths/register bench/quality/run.ts [--verbose]
 */
import { withTrigramDatabase } from '../support/scratch';
import { FIRMS, QUERIES, SUPPLIES } from './devset';
import { engineRankings, report } from './evaluate';

async function baselineRankings(): Promise<Map<string, string[]>> {
  return withTrigramDatabase(async (db) => {
    await db.query(`CREATE TABLE supply (key text PRIMARY KEY, firm text NOT NULL, body text NOT NULL)`);
    for (const s of SUPPLIES) {
      await db.query(`INSERT INTO supply VALUES ($1, $2, $3)`, [s.key, s.firm, `${s.title} ${s.description ?? ''}`]);
    }
    await db.query(`CREATE INDEX ON supply USING gist (body gist_trgm_ops)`);
    const out = new Map<string, string[]>();
    for (const q of QUERIES) {
      // The tuned form: the <-> distance operator, served by the GiST index, other firms only.
      const { rows } = await db.query(`SELECT key FROM supply WHERE firm <> $2 ORDER BY body <-> $1, key LIMIT 10`, [
        `${q.title} ${q.description ?? ''}`,
        q.firm,
      ]);
      out.set(
        q.key,
        rows.map((r) => r.key),
      );
    }
    return out;
  });
}

async function main() {
  const verbose = process.argv.includes('--verbose');
  const engine = report(engineRankings());
  const baseline = report(await baselineRankings());
  const line = (label: string, r: typeof engine) => `| ${label} | ${r.ndcg10.toFixed(3)} | ${r.p5.toFixed(3)} |`;
  console.log(`dev set: ${engine.queries} queries, ${SUPPLIES.length} supplies, ${Object.keys(FIRMS).length} firms`);
  console.log('| ranker | nDCG@10 | P@5 (grade >= 2) |');
  console.log('|---|---|---|');
  console.log(line('engine', engine));
  console.log(line('pg_trgm baseline', baseline));
  console.log(`P@5 ceiling (few queries have five good supplies): ${engine.p5Ceiling.toFixed(3)}`);
  console.log(`engine − baseline nDCG@10: ${(engine.ndcg10 - baseline.ndcg10).toFixed(3)}`);
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
