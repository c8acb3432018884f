/**
 * Matching benchmarks B1, B2, B6 and the worker's memory, side by side in one run.
 *   node --expose-gc -r ts-node/register/transpile-only -r tsconfig-paths/register bench/matching/run.ts
 * B1: per-listing match (candidates + scoring + top 10) against a tuned pg_trgm top-10 query over
 *     the same 100k listings, and recall@10 of the candidates against exhaustive scoring.
 * B2: per-listing match time at 100k listings against 10k.
 * B6: tokenizer characters per second against Intl.Segmenter, and on one 32k-character text.
 * RSS: the process' resident memory with 100k open listings indexed.
 */
import type { MatchListing } from '@duijie/matching';
import { characterPairs, MatchIndex, parseSpecs } from '@duijie/matching';
import { standaloneReference } from '@duijie/matching';
import { Tokenizer } from '@duijie/matching';

import { withTrigramDatabase } from '../support/scratch';
import type { CorpusListing } from './corpus';
import { generateCorpus } from './corpus';

const TODAY = '2026-11-28';
const QUERIES = Number(process.env.BENCH_QUERIES ?? 300);
const RECALL_QUERIES = Number(process.env.BENCH_RECALL_QUERIES ?? 100);
const ref = standaloneReference();

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function toMatch(l: CorpusListing, tokenizer: Tokenizer): MatchListing {
  return {
    id: l.id,
    enterpriseId: l.enterpriseId,
    kind: l.kind,
    title: l.title,
    categoryCode: l.categoryCode,
    enterpriseCategories: l.enterpriseCategories,
    quantity: l.quantity,
    unit: l.unit,
    priceMin: l.priceMin,
    priceMax: l.priceMax,
    regionCode: l.regionCode,
    certifications: l.certifications,
    validUntil: null,
    version: 1,
    fingerprint: '',
    terms: tokenizer.listingTerms(l.title, l.description),
    grams: tokenizer.textGrams(l.title, l.description),
    pairs: characterPairs(`${l.title} ${l.description ?? ''}`),
    specs: parseSpecs(l.title, l.description),
  };
}

function buildIndex(corpus: CorpusListing[], tokenizer: Tokenizer): { index: MatchIndex; ms: number } {
  const started = performance.now();
  const index = new MatchIndex();
  for (const l of corpus) index.put(toMatch(l, tokenizer));
  return { index, ms: performance.now() - started };
}

/**
 * Per-listing engine time (ms, median over the queries) and the top 10 of each. The queries run
 * twice: the first pass (`coldMs`) pays for V8 compiling the scoring code and for first touches of
 * the index, as a worker does once after it starts; the second is the steady state a running
 * worker is in (`perQueryMs`), as pg_trgm's figure is taken after a warm-up.
 */
function engineTimes(
  index: MatchIndex,
  queries: CorpusListing[],
): { perQueryMs: number; coldMs: number; tops: Map<string, string[]> } {
  const ctx = ref.context(index, TODAY);
  const tops = new Map<string, string[]>();
  const pass = () => {
    const times: number[] = [];
    for (const q of queries) {
      const x = index.get(q.id)!;
      const t0 = performance.now();
      const pairs = index.top(x, ctx, ref.upstreamOf, ref.downstreamOf, 10);
      times.push(performance.now() - t0);
      tops.set(
        q.id,
        pairs.map((p) => (x.kind === 'SUPPLY' ? p.demandId : p.supplyId)),
      );
    }
    return median(times);
  };
  const coldMs = pass();
  return { perQueryMs: pass(), coldMs, tops };
}

async function trigramTimes(corpus: CorpusListing[], queries: CorpusListing[]): Promise<number> {
  return withTrigramDatabase(async (db) => {
    await db.query(
      `CREATE TABLE listing (id uuid PRIMARY KEY, enterprise_id uuid NOT NULL, kind text NOT NULL, body text NOT NULL)`,
    );
    for (let i = 0; i < corpus.length; i += 5000) {
      const chunk = corpus.slice(i, i + 5000);
      await db.query(`INSERT INTO listing SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[])`, [
        chunk.map((l) => l.id),
        chunk.map((l) => l.enterpriseId),
        chunk.map((l) => l.kind),
        chunk.map((l) => `${l.title} ${l.description}`),
      ]);
    }
    // Tuned: one GiST trigram index per kind (partial), so the KNN scan only walks counterparts.
    await db.query(`CREATE INDEX listing_supply_trgm ON listing USING gist (body gist_trgm_ops) WHERE kind = 'SUPPLY'`);
    await db.query(`CREATE INDEX listing_demand_trgm ON listing USING gist (body gist_trgm_ops) WHERE kind = 'DEMAND'`);
    await db.query(`VACUUM ANALYZE listing`);
    const sql = {
      SUPPLY: `SELECT id FROM listing WHERE kind = 'DEMAND' AND enterprise_id <> $2 ORDER BY body <-> $1 LIMIT 10`,
      DEMAND: `SELECT id FROM listing WHERE kind = 'SUPPLY' AND enterprise_id <> $2 ORDER BY body <-> $1 LIMIT 10`,
    };
    for (const q of queries.slice(0, 20)) await db.query(sql[q.kind], [`${q.title} ${q.description}`, q.enterpriseId]); // warm-up
    const times: number[] = [];
    for (const q of queries) {
      const t0 = performance.now();
      await db.query(sql[q.kind], [`${q.title} ${q.description}`, q.enterpriseId]);
      times.push(performance.now() - t0);
    }
    return median(times);
  });
}

function recallAt10(index: MatchIndex, queries: CorpusListing[], tops: Map<string, string[]>): number {
  const ctx = ref.context(index, TODAY);
  let found = 0;
  let total = 0;
  for (const q of queries) {
    const x = index.get(q.id)!;
    const exact = index.matchExhaustive(x, ctx, 10).map((p) => (x.kind === 'SUPPLY' ? p.demandId : p.supplyId));
    const got = new Set(tops.get(q.id));
    total += exact.length;
    found += exact.filter((id) => got.has(id)).length;
  }
  return total ? found / total : 1;
}

function tokenizerSpeed(tokenizer: Tokenizer, texts: string[]): { jieba: number; segmenter: number; long: number } {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  const chars = texts.reduce((n, t) => n + t.length, 0);
  const rate = (fn: (t: string) => unknown, input: string[]) => {
    const n = input.reduce((s, t) => s + t.length, 0);
    fn(input[0]);
    const rounds: number[] = [];
    for (let r = 0; r < 3; r++) {
      const t0 = performance.now();
      for (const t of input) fn(t);
      rounds.push(n / ((performance.now() - t0) / 1000));
    }
    return median(rounds);
  };
  const jieba = rate((t) => tokenizer.terms(t), texts);
  const seg = rate((t) => {
    const out: string[] = [];
    for (const s of segmenter.segment(t)) if (s.isWordLike) out.push(s.segment);
    return out;
  }, texts);
  let long = '';
  for (const t of texts) {
    if (long.length >= 32_000) break;
    long += t;
  }
  long = long.slice(0, 32_000);
  const longRate = rate(
    (t) => tokenizer.terms(t),
    Array.from({ length: 5 }, () => long),
  );
  void chars;
  return { jieba, segmenter: seg, long: longRate };
}

async function main() {
  const big = Number(process.env.BENCH_LISTINGS ?? 100_000);
  const small = Math.round(big / 10);
  const tokenizer = new Tokenizer();
  const gc = (globalThis as { gc?: () => void }).gc;

  const rssBefore = process.memoryUsage().rss;
  const corpus = generateCorpus(big, 1);
  const { index, ms: buildMs } = buildIndex(corpus, tokenizer);
  gc?.();
  const rss = process.memoryUsage().rss;
  const heap = process.memoryUsage().heapUsed;

  const random = (() => {
    let i = 0;
    return () => corpus[(i = (i * 7919 + 104_729) % corpus.length)];
  })();
  const queries = Array.from({ length: QUERIES }, random);
  const engineBig = engineTimes(index, queries);
  const trigramMs = await trigramTimes(corpus, queries);
  const recall = recallAt10(index, queries.slice(0, RECALL_QUERIES), engineBig.tops);

  const smallCorpus = generateCorpus(small, 2);
  const { index: smallIndex } = buildIndex(smallCorpus, tokenizer);
  const smallQueries = Array.from(
    { length: QUERIES },
    (_, i) => smallCorpus[(i * 7919 + 104_729) % smallCorpus.length],
  );
  const engineSmall = engineTimes(smallIndex, smallQueries);

  const texts = corpus.slice(0, 5000).map((l) => `${l.title} ${l.description}`);
  const tok = tokenizerSpeed(tokenizer, texts);

  const r = (x: number, d = 2) => x.toFixed(d);
  console.log(JSON.stringify({ listings: big, small, queries: QUERIES, recallQueries: RECALL_QUERIES }));
  console.log(
    `index build: ${big} listings in ${r(buildMs / 1000, 1)} s; RSS ${r((rss - rssBefore) / 2 ** 20, 0)} MiB over start, ${r(rss / 2 ** 20, 0)} MiB total, heap ${r(heap / 2 ** 20, 0)} MiB`,
  );
  console.log(
    `B1: engine ${r(engineBig.perQueryMs, 3)} ms/listing, pg_trgm top-10 ${r(trigramMs, 3)} ms/listing, ratio ${r(trigramMs / engineBig.perQueryMs, 1)} (target >= 10); recall@10 vs exhaustive ${r(recall, 3)} (target >= 0.9)`,
  );
  console.log(
    `B2: ${r(engineBig.perQueryMs, 3)} ms at ${big} / ${r(engineSmall.perQueryMs, 3)} ms at ${small} = ${r(engineBig.perQueryMs / engineSmall.perQueryMs)} (target <= 3)`,
  );
  console.log(
    `first pass (cold, V8 compiling): ${r(engineBig.coldMs, 3)} ms at ${big} / ${r(engineSmall.coldMs, 3)} ms at ${small}`,
  );
  console.log(
    `B6: jieba terms ${r(tok.jieba / 1e6)} M chars/s, Intl.Segmenter ${r(tok.segmenter / 1e6)} M chars/s, ratio ${r(tok.jieba / tok.segmenter)} (target >= 2); 32k-char text ${r(tok.long / 1e6)} M chars/s = ${r(tok.long / tok.jieba)} of per-listing (target >= 0.8)`,
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
