import type { MatchListing } from '@duijie/matching';
import { MatchIndex } from '@duijie/matching';
import { standaloneReference } from '@duijie/matching';
import { Tokenizer } from '@duijie/matching';

import type { DevListing, DevQuery } from './devset';
import { FIRMS, QUERIES, SUPPLIES } from './devset';

export const TODAY = '2026-11-28';

/** Discounted cumulative gain with graded gains 2^g − 1. */
function dcg(grades: number[]): number {
  return grades.reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);
}

export function ndcgAt(k: number, ranking: string[], judgements: Record<string, number>): number {
  const ideal = dcg(
    Object.values(judgements)
      .sort((a, b) => b - a)
      .slice(0, k),
  );
  return ideal ? dcg(ranking.slice(0, k).map((key) => judgements[key] ?? 0)) / ideal : 0;
}

/** Share of the first k results judged relevant (grade >= 2). */
export function precisionAt(k: number, ranking: string[], judgements: Record<string, number>): number {
  return ranking.slice(0, k).filter((key) => (judgements[key] ?? 0) >= 2).length / k;
}

export interface QualityReport {
  queries: number;
  ndcg10: number;
  p5: number;
  /** The best P@5 any ranking could reach (few queries have five relevant supplies). */
  p5Ceiling: number;
  perQuery: { key: string; ndcg10: number; top: string[] }[];
}

export function report(rankings: Map<string, string[]>): QualityReport {
  const perQuery = QUERIES.map((q) => ({
    key: q.key,
    ndcg10: ndcgAt(10, rankings.get(q.key) ?? [], q.judgements),
    top: (rankings.get(q.key) ?? []).slice(0, 5),
  }));
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const ceiling = QUERIES.map((q) => Math.min(5, Object.values(q.judgements).filter((g) => g >= 2).length) / 5);
  return {
    queries: QUERIES.length,
    ndcg10: mean(perQuery.map((p) => p.ndcg10)),
    p5: mean(QUERIES.map((q) => precisionAt(5, rankings.get(q.key) ?? [], q.judgements))),
    p5Ceiling: mean(ceiling),
    perQuery,
  };
}

/** The dev set as the matcher sees listings. */
export function toMatchListings(tokenizer: Tokenizer): { supplies: MatchListing[]; queries: MatchListing[] } {
  const convert = (l: DevListing, kind: 'SUPPLY' | 'DEMAND'): MatchListing => {
    const firm = FIRMS[l.firm];
    if (!firm) throw new Error(`dev set: unknown firm ${l.firm}`);
    return {
      id: l.key,
      enterpriseId: l.firm,
      kind,
      title: l.title,
      categoryCode: l.category,
      enterpriseCategories: firm.categories,
      quantity: l.quantity ?? null,
      unit: l.unit ?? null,
      priceMin: l.price?.[0] ?? null,
      priceMax: l.price?.[1] ?? null,
      regionCode: firm.region,
      certifications: l.certifications ?? [],
      validUntil: null,
      version: 1,
      fingerprint: l.key,
      terms: tokenizer.listingTerms(l.title, l.description ?? null),
    };
  };
  return {
    supplies: SUPPLIES.map((s) => convert(s, 'SUPPLY')),
    queries: QUERIES.map((q: DevQuery) => convert(q, 'DEMAND')),
  };
}

/** The engine's top 10 supplies for every query. */
export function engineRankings(): Map<string, string[]> {
  const tokenizer = new Tokenizer();
  const ref = standaloneReference();
  const index = new MatchIndex();
  const { supplies, queries } = toMatchListings(tokenizer);
  [...supplies, ...queries].forEach((l) => index.put(l));
  const ctx = ref.context(index, TODAY);
  const out = new Map<string, string[]>();
  for (const q of queries) {
    const pairs = index.top(q, ctx, ref.upstreamOf, ref.downstreamOf, 10);
    out.set(
      q.id,
      pairs.map((p) => p.supplyId),
    );
  }
  return out;
}
