/**
 * Why the engine ranks a labelled set's query as it does: the query's terms, then each named
 * supply's (or the top 10's) score with its reasons.
 *   node -r ts-node/register/transpile-only -r tsconfig-paths/register bench/quality/explain.ts \
 *     --set <file.json> --query <key> [--supplies k1,k2,…]
 */
import { MatchIndex, standaloneReference, Tokenizer } from '@duijie/matching';

import { categoryFit, keywordPart, scorePair } from '../../libs/matching/src/engine/score';
import { TODAY, toMatchListings } from './evaluate';
import { loadSet } from './labelled-set';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i < 0 ? undefined : process.argv[i + 1];
}

const set = loadSet(option('--set')!);
const tokenizer = new Tokenizer();
const ref = standaloneReference();
const index = new MatchIndex();
const { supplies, queries } = toMatchListings(set, tokenizer);
[...supplies, ...queries].forEach((l) => index.put(l));
const ctx = ref.context(index, TODAY, tokenizer);
const qi = set.queries.findIndex((q) => q.key === option('--query'));
const q = queries[qi];
const judged = set.queries[qi].judgements;
console.log(`${set.queries[qi].key} ${q.categoryCode} ${q.title}`);
console.log('  terms', [...q.terms].map(([t, w]) => `${t}:${w.toFixed(2)}/${ctx.idf(t).toFixed(2)}`).join(' '));
const named = option('--supplies')?.split(',');
const top = index.top(q, ctx, ref.upstreamOf, ref.downstreamOf, 10).map((p) => p.supplyId.slice('SUPPLY:'.length));
for (const key of named ?? [...new Set([...top, ...Object.keys(judged)])]) {
  const s = supplies.find((x) => x.id === `SUPPLY:${key}`)!;
  const pair = scorePair(s, q, ctx);
  const rank = top.indexOf(key);
  console.log(
    `  ${key} grade ${judged[key] ?? 0} rank ${rank < 0 ? '-' : rank + 1} ${s.categoryCode} ${s.title} → ${pair?.score ?? 'null'}`,
  );
  for (const r of pair?.reasons ?? []) console.log(`      ${r.code} ${r.contribution} ${r.detail}`);
  if (!pair) {
    // Why there is no pair: no product relation at all, or a score below MIN_SCORE.
    const words = keywordPart(s, q, ctx);
    console.log(
      `      no pair: term fit ${words.fit.toFixed(3)} (${words.shared().join('、') || 'nothing shared'}), chain fit ${categoryFit(s, q, ctx).toFixed(2)}`,
    );
  }
}
