import { CHAIN_DATA, RegionTable, unitFactor } from '@duijie/reference';

import { categoryVocabulary } from './category-vocabulary';
import type { MatchIndex } from './match-index';
import { ORDER_MODEL } from './order';
import type { Tokenizer } from './tokenizer';
import type { ScoringContext } from './types';
import { DEFAULT_WEIGHTS } from './types';

/**
 * The chain graph and regions straight from the project's data files, without a database:
 * for benchmarks and the quality evaluation, which must score exactly as the worker does.
 */
export function standaloneReference() {
  const regions = new RegionTable();
  const names = new Map(CHAIN_DATA.categories.map((c) => [c.code, c.name]));
  const up = new Map<string, string[]>();
  const down = new Map<string, string[]>();
  for (const e of CHAIN_DATA.edges) {
    up.set(e.to, [...(up.get(e.to) ?? []), e.from]);
    down.set(e.from, [...(down.get(e.from) ?? []), e.to]);
  }
  const regionNames = (code: string): string[] => {
    const out: string[] = [];
    for (let r = regions.get(code); r; r = r.parentCode ? regions.get(r.parentCode) : undefined) out.unshift(r.name);
    return out;
  };
  return {
    regions,
    upstreamOf: (code: string): readonly string[] => up.get(code) ?? [],
    downstreamOf: (code: string): readonly string[] => down.get(code) ?? [],
    /** The scoring context; with a tokenizer, also the categories' vocabulary (see ScoringContext.categoryTerms). */
    context(index: MatchIndex, today: string, tokenizer?: Tokenizer): ScoringContext {
      const byCode = new Map(CHAIN_DATA.categories.map((c) => [c.code, c]));
      return {
        weights: DEFAULT_WEIGHTS,
        order: ORDER_MODEL,
        today,
        categoryName: (code) => names.get(code) ?? code,
        isUpstream: (from, to) => (down.get(from) ?? []).includes(to),
        regionNames,
        unitFactor,
        idf: (t) => index.idf(t),
        categoryShare: (code) => index.categoryShare(code),
        characterShare: (ch) => index.characterShare(ch),
        held: (kind, term) => index.holds(kind, term),
        firmOfferWords: (id) => index.firmOfferWords(id),
        termWeight: (terms) => index.termWeight(terms),
        offerWeight: () => index.offerWeight(),
        distinctive: (t, inBothTitles) => index.distinctive(t, inBothTitles),
        categoryTerms: tokenizer ? categoryVocabulary(tokenizer, (code) => byCode.get(code)) : undefined,
      };
    },
  };
}
