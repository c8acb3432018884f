import { FULL_KEYWORD_SIMILARITY, postedUnderOwnIndustry, scorePair } from './score';
import { MatchListing, ScoredPair, ScoringContext } from './types';

type Kind = MatchListing['kind'];

/** A term shared by more than this share of one side's listings is too common to propose candidates. */
const COMMON_TERM_SHARE = 0.01;
/** ... unless that side is small. */
const COMMON_TERM_MIN = 100;

/** Key → the ids filed under it, each with a weight (a term's field weight; 1 otherwise). */
class Postings {
  private readonly map = new Map<string, Map<string, number>>();

  add(key: string, id: string, weight = 1): void {
    let ids = this.map.get(key);
    if (!ids) this.map.set(key, (ids = new Map()));
    ids.set(id, weight);
  }

  delete(key: string, id: string): void {
    const ids = this.map.get(key);
    if (ids?.delete(id) && !ids.size) this.map.delete(key);
  }

  get(key: string): ReadonlyMap<string, number> | undefined {
    return this.map.get(key);
  }
}

/** Candidates kept after the cheap first pass, for exact scoring. */
export const RESCORE_DEPTH = 150;

/**
 * The open listings in memory, with postings by category, by the demanding enterprise's
 * categories and by product term, so that a listing's candidates are found without a scan.
 * Document frequencies for term rarity are kept over all indexed listings.
 */
export class MatchIndex {
  private readonly listings = new Map<string, MatchListing>();
  private readonly byCategory = { SUPPLY: new Postings(), DEMAND: new Postings() };
  private readonly demandsByEnterpriseCategory = new Postings();
  private readonly byTerm = { SUPPLY: new Postings(), DEMAND: new Postings() };
  private readonly counts = { SUPPLY: 0, DEMAND: 0 };
  private readonly df = new Map<string, number>();
  /** Each listing's total term weight (field weight × idf when indexed): the cheap pass's norm. */
  private readonly norms = new Map<string, number>();
  /** idf by term, valid until the next put or remove. */
  private idfCache = new Map<string, number>();

  get size(): number {
    return this.listings.size;
  }

  get(id: string): MatchListing | undefined {
    return this.listings.get(id);
  }

  /** Adds or replaces a listing. */
  put(listing: MatchListing): void {
    this.remove(listing.id);
    if (this.idfCache.size) this.idfCache = new Map();
    this.listings.set(listing.id, listing);
    this.counts[listing.kind]++;
    this.byCategory[listing.kind].add(listing.categoryCode, listing.id);
    if (listing.kind === 'DEMAND' && postedUnderOwnIndustry(listing)) {
      for (const c of listing.enterpriseCategories) this.demandsByEnterpriseCategory.add(c, listing.id);
    }
    let norm = 0;
    for (const [term, weight] of listing.terms) {
      this.byTerm[listing.kind].add(term, listing.id, weight);
      this.df.set(term, (this.df.get(term) ?? 0) + 1);
      norm += weight * this.idf(term);
    }
    this.norms.set(listing.id, norm);
  }

  remove(id: string): void {
    const old = this.listings.get(id);
    if (!old) return;
    if (this.idfCache.size) this.idfCache = new Map();
    this.listings.delete(id);
    this.norms.delete(id);
    this.counts[old.kind]--;
    this.byCategory[old.kind].delete(old.categoryCode, id);
    if (old.kind === 'DEMAND' && postedUnderOwnIndustry(old)) for (const c of old.enterpriseCategories) this.demandsByEnterpriseCategory.delete(c, id);
    for (const term of old.terms.keys()) {
      this.byTerm[old.kind].delete(term, id);
      const n = (this.df.get(term) ?? 1) - 1;
      if (n > 0) this.df.set(term, n);
      else this.df.delete(term);
    }
  }

  /** Smoothed inverse document frequency: rare product words weigh more than common ones. */
  idf(term: string): number {
    let idf = this.idfCache.get(term);
    if (idf === undefined) {
      idf = Math.log(1 + (this.listings.size + 1) / ((this.df.get(term) ?? 0) + 0.5));
      this.idfCache.set(term, idf);
    }
    return idf;
  }

  /**
   * Counterpart ids worth scoring: same category, chain neighbours (including the demanding
   * enterprise's own industries), and listings sharing a not-too-common product term.
   */
  candidates(x: MatchListing, upstreamOf: (code: string) => readonly string[], downstreamOf: (code: string) => readonly string[]): Set<string> {
    const other: Kind = x.kind === 'SUPPLY' ? 'DEMAND' : 'SUPPLY';
    const out = new Set<string>();
    const take = (ids: ReadonlyMap<string, number> | undefined) => ids?.forEach((_, id) => out.add(id));
    take(this.byCategory[other].get(x.categoryCode));
    if (x.kind === 'SUPPLY') {
      for (const down of downstreamOf(x.categoryCode)) {
        take(this.byCategory.DEMAND.get(down));
        take(this.demandsByEnterpriseCategory.get(down));
      }
    } else {
      for (const code of new Set([x.categoryCode, ...(postedUnderOwnIndustry(x) ? x.enterpriseCategories : [])])) {
        for (const up of upstreamOf(code)) take(this.byCategory.SUPPLY.get(up));
      }
    }
    const common = Math.max(COMMON_TERM_MIN, this.counts[other] * COMMON_TERM_SHARE);
    for (const term of x.terms.keys()) {
      const ids = this.byTerm[other].get(term);
      if (ids && ids.size <= common) take(ids);
    }
    return out;
  }

  /**
   * The best `limit` pairs of `x`, in two passes: a cheap one over every candidate, where the
   * term overlap comes from the postings (accumulated for all but very common terms, against
   * index-time norms) instead of comparing term maps, then exact scoring of the best
   * RESCORE_DEPTH. bench/matching measures its recall against exhaustive scoring.
   */
  top(
    x: MatchListing,
    ctx: ScoringContext,
    upstreamOf: (code: string) => readonly string[],
    downstreamOf: (code: string) => readonly string[],
    limit: number,
  ): ScoredPair[] {
    const other: Kind = x.kind === 'SUPPLY' ? 'DEMAND' : 'SUPPLY';
    const overlap = new Map<string, number>();
    const common = Math.max(COMMON_TERM_MIN, this.counts[other] * COMMON_TERM_SHARE);
    let normX = 0;
    for (const [term, wx] of x.terms) {
      const idf = this.idf(term);
      normX += wx * idf;
      const ids = this.byTerm[other].get(term);
      if (!ids || ids.size > common) continue;
      for (const [id, w] of ids) overlap.set(id, (overlap.get(id) ?? 0) + Math.min(w, wx) * idf);
    }
    const ids = this.candidates(x, upstreamOf, downstreamOf);
    const cheap: { id: string; score: number }[] = [];
    for (const id of ids) {
      const c = this.listings.get(id);
      if (!c) continue;
      const terms = overlap.get(id) ?? 0;
      const keyword = terms ? Math.min(1, terms / Math.sqrt(normX * (this.norms.get(id) ?? 1)) / FULL_KEYWORD_SIMILARITY) : 0;
      const pair = x.kind === 'SUPPLY' ? scorePair(x, c, ctx, false, keyword) : scorePair(c, x, ctx, false, keyword);
      if (pair) cheap.push({ id, score: pair.score });
    }
    cheap.sort((a, b) => b.score - a.score);
    return this.match(x, ctx, cheap.slice(0, Math.max(RESCORE_DEPTH, 2 * limit)).map((c) => c.id), limit);
  }

  /** The best `limit` pairs of `x` among its candidates, best first. */
  match(x: MatchListing, ctx: ScoringContext, ids: Iterable<string>, limit: number): ScoredPair[] {
    const scored: ScoredPair[] = [];
    for (const id of ids) {
      const other = this.listings.get(id);
      if (!other || other.id === x.id) continue;
      const pair = x.kind === 'SUPPLY' ? scorePair(x, other, ctx, false) : scorePair(other, x, ctx, false);
      if (pair) scored.push(pair);
    }
    // Reasons in words for the kept pairs only.
    return topPairs(scored, limit).map((p) => {
      const s = p.supplyId === x.id ? x : this.listings.get(p.supplyId)!;
      const d = p.demandId === x.id ? x : this.listings.get(p.demandId)!;
      return scorePair(s, d, ctx)!;
    });
  }

  /** Every opposite-kind listing scored: the reference that candidate generation is measured against. */
  matchExhaustive(x: MatchListing, ctx: ScoringContext, limit: number): ScoredPair[] {
    const other: Kind = x.kind === 'SUPPLY' ? 'DEMAND' : 'SUPPLY';
    const ids: string[] = [];
    for (const l of this.listings.values()) if (l.kind === other) ids.push(l.id);
    return this.match(x, ctx, ids, limit);
  }
}

/** Best first; equal scores in id order, so that results are stable. */
export function topPairs(pairs: ScoredPair[], limit: number): ScoredPair[] {
  const key = (p: ScoredPair) => `${p.supplyId}${p.demandId}`;
  return pairs.sort((a, b) => b.score - a.score || (key(a) < key(b) ? -1 : 1)).slice(0, limit);
}
