/**
 * Fits the learned order (libs/matching/src/engine/order.ts) and says what it does on halls it was
 * not fitted on.
 *   node -r ts-node/register/transpile-only -r tsconfig-paths/register bench/quality/fit-order.ts [--folds]
 *
 * For every query of every held-out hall (bench/quality/heldout) and every development part, the
 * engine ranks the offers by the rules alone (no order model); the pairs of its top FIT_DEPTH are read
 * with orderFeatures. A pairwise logistic model learns, of two offers the buyer graded differently,
 * which one the buyer preferred, from the difference of their features and of their scores' log-odds
 * (weighed by the gap in gain, 2^grade − 1). Its coefficients, divided by the score's own, are the
 * shift in log-odds per unit of each feature that ORDER_MODEL holds.
 *
 * With --folds, each held-out hall is also ranked by a model fitted on every other hall and the
 * development set (leave one hall out), re-ordering the rules' top EVAL_DEPTH as the engine does:
 * the figure for a hall the model has never seen. It prints the model fitted on everything last.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

import type { MatchListing, OrderModel } from '@duijie/matching';
import {
  MatchIndex,
  ORDER_FEATURES,
  orderFeatures,
  orderShift,
  shiftedScore,
  standaloneReference,
  Tokenizer,
} from '@duijie/matching';

import { categoryFit, keywordPart } from '../../libs/matching/src/engine/score';
import { devSets, ndcgAt, TODAY, toMatchListings } from './evaluate';
import type { LabelledSet } from './labelled-set';
import { loadSet } from './labelled-set';

/** The rules' top pairs per query the model learns from. */
const FIT_DEPTH = 30;
/** The rules' top pairs per query a model re-orders when a hall is scored (as MatchIndex.top's rescoring depth). */
const EVAL_DEPTH = 150;
const EPOCHS = 400;
const RATE = 0.5;
const L2 = 0.01;

interface Pair {
  supply: string;
  grade: number;
  score: number;
  features: number[];
}
interface Query {
  hall: string;
  judgements: Record<string, number>;
  pairs: Pair[];
}

function logit(p: number): number {
  const q = Math.min(0.99, Math.max(0.01, p));
  return Math.log(q / (1 - q));
}

/** Every query of a hall with the rules' top EVAL_DEPTH pairs and their features. */
function readHall(set: LabelledSet, hall: string): Query[] {
  const tokenizer = new Tokenizer();
  const ref = standaloneReference();
  const index = new MatchIndex();
  const { supplies, queries } = toMatchListings(set, tokenizer);
  [...supplies, ...queries].forEach((l) => index.put(l));
  const ctx = { ...ref.context(index, TODAY, tokenizer), order: undefined };
  return queries.map((d: MatchListing, i) => {
    const judgements = set.queries[i].judgements;
    const pairs = index.top(d, ctx, ref.upstreamOf, ref.downstreamOf, EVAL_DEPTH).map((p) => {
      const s = index.get(p.supplyId)!;
      const supply = p.supplyId.slice('SUPPLY:'.length);
      const features = orderFeatures(s, d, ctx, categoryFit(s, d, ctx), keywordPart(s, d, ctx).fit);
      return { supply, grade: judgements[supply] ?? 0, score: p.score, features };
    });
    return { hall, judgements, pairs };
  });
}

/** The pairwise logistic model over [logit(score), ...features], as an OrderModel in the score's log-odds. */
function fit(queries: readonly Query[]): OrderModel {
  const rows = queries.flatMap((q) => q.pairs.slice(0, FIT_DEPTH).map((p) => [logit(p.score), ...p.features]));
  const n = rows[0].length;
  const mean = new Array<number>(n).fill(0);
  const sd = new Array<number>(n).fill(0);
  for (const r of rows) r.forEach((v, i) => (mean[i] += v / rows.length));
  for (const r of rows) r.forEach((v, i) => (sd[i] += (v - mean[i]) ** 2 / rows.length));
  sd.forEach((v, i) => (sd[i] = Math.sqrt(v) || 1));
  const diffs: { x: Float64Array; weight: number }[] = [];
  for (const q of queries) {
    const top = q.pairs.slice(0, FIT_DEPTH);
    for (const a of top)
      for (const b of top) {
        if (a.grade <= b.grade) continue;
        const xa = [logit(a.score), ...a.features];
        const xb = [logit(b.score), ...b.features];
        diffs.push({ x: Float64Array.from(xa, (v, i) => (v - xb[i]) / sd[i]), weight: 2 ** a.grade - 2 ** b.grade });
      }
  }
  const w = new Float64Array(n);
  const total = diffs.reduce((t, d) => t + d.weight, 0);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const gradient = new Float64Array(n);
    for (const { x, weight } of diffs) {
      let z = 0;
      for (let i = 0; i < n; i++) z += w[i] * x[i];
      const miss = weight / (1 + Math.exp(z));
      for (let i = 0; i < n; i++) gradient[i] += miss * x[i];
    }
    for (let i = 0; i < n; i++) w[i] += RATE * (gradient[i] / total - L2 * w[i]);
  }
  // in the score's log-odds: coefficient_i = (w_i / sd_i) / (w_0 / sd_0)
  const unit = w[0] / sd[0];
  return {
    mean: mean.slice(1).map(round),
    coefficient: Array.from(w.slice(1), (v, i) => round(v / sd[i + 1] / unit)),
  };
}

function round(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}

/** A hall's nDCG@10 with its pairs re-ordered by a model (none: the rules' order). */
function ndcg(queries: readonly Query[], model: OrderModel | null): number {
  let sum = 0;
  for (const q of queries) {
    const ranked = q.pairs
      .map((p, rank) => ({ p, rank, score: model ? shiftedScore(p.score, orderShift(model, p.features)) : p.score }))
      .sort((a, b) => b.score - a.score || a.rank - b.rank)
      .map(({ p }) => p.supply);
    sum += ndcgAt(10, ranked, q.judgements);
  }
  return queries.length ? sum / queries.length : 0;
}

function main() {
  const dir = join(__dirname, 'heldout');
  const halls = new Map<string, Query[]>();
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort())
    halls.set(file.replace(/\.json$/, ''), readHall(loadSet(join(dir, file)), file));
  const dev = devSets().flatMap((set, i) => readHall(set, `dev ${i}`));
  const everything = [...[...halls.values()].flat(), ...dev];
  if (process.argv.includes('--folds')) {
    console.log('| hall | rules | learned order, fitted without the hall | change |');
    console.log('|---|---|---|---|');
    let before = 0;
    let after = 0;
    for (const [name, queries] of halls) {
      const model = fit(everything.filter((q) => q.hall !== queries[0]?.hall));
      const a = ndcg(queries, null);
      const b = ndcg(queries, model);
      before += a;
      after += b;
      console.log(`| ${name} | ${a.toFixed(3)} | ${b.toFixed(3)} | ${b - a >= 0 ? '+' : ''}${(b - a).toFixed(3)} |`);
    }
    console.log(
      `| mean of ${halls.size} | ${(before / halls.size).toFixed(4)} | ${(after / halls.size).toFixed(4)} | |`,
    );
  }
  const model = fit(everything);
  console.log(
    `\nfitted on ${halls.size} halls and ${devSets().length} development parts (${everything.length} queries):`,
  );
  console.log(`features: ${ORDER_FEATURES.join(', ')}`);
  console.log(`mean: [${model.mean.join(', ')}]`);
  console.log(`coefficient: [${model.coefficient.join(', ')}]`);
  const parts = devSets().map((_, i) => dev.filter((q) => q.hall === `dev ${i}`));
  console.log(
    `development parts, rules → ordered: ${parts.map((q) => `${ndcg(q, null).toFixed(3)}→${ndcg(q, model).toFixed(3)}`).join(' ')}`,
  );
  console.log(
    `in-sample mean nDCG@10 of the halls: rules ${mean([...halls.values()].map((q) => ndcg(q, null)))}, ordered ${mean([...halls.values()].map((q) => ndcg(q, model)))}`,
  );
}

function mean(xs: number[]): string {
  return (xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(4);
}

main();
