import { postedUnderOwnIndustry, scorePair } from './score';
import { MatchListing, ScoredPair, ScoringContext } from './types';

type Kind = MatchListing['kind'];

/** A term shared by more than this share of one side's listings is too common to propose candidates. */
const COMMON_TERM_SHARE = 0.05;
/** ... unless that side is small. */
const COMMON_TERM_MIN = 500;

class Postings {
  private readonly map = new Map<string, Set<string>>();

  add(key: string, id: string): void {
    let set = this.map.get(key);
    if (!set) this.map.set(key, (set = new Set()));
    set.add(id);
  }

  delete(key: string, id: string): void {
    const set = this.map.get(key);
    if (set?.delete(id) && !set.size) this.map.delete(key);
  }

  get(key: string): ReadonlySet<string> | undefined {
    return this.map.get(key);
  }
}

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

  get size(): number {
    return this.listings.size;
  }

  get(id: string): MatchListing | undefined {
    return this.listings.get(id);
  }

  /** Adds or replaces a listing. */
  put(listing: MatchListing): void {
    this.remove(listing.id);
    this.listings.set(listing.id, listing);
    this.counts[listing.kind]++;
    this.byCategory[listing.kind].add(listing.categoryCode, listing.id);
    if (listing.kind === 'DEMAND' && postedUnderOwnIndustry(listing)) {
      for (const c of listing.enterpriseCategories) this.demandsByEnterpriseCategory.add(c, listing.id);
    }
    for (const term of listing.terms.keys()) {
      this.byTerm[listing.kind].add(term, listing.id);
      this.df.set(term, (this.df.get(term) ?? 0) + 1);
    }
  }

  remove(id: string): void {
    const old = this.listings.get(id);
    if (!old) return;
    this.listings.delete(id);
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
    const n = this.listings.size;
    return Math.log(1 + (n + 1) / ((this.df.get(term) ?? 0) + 0.5));
  }

  /**
   * Counterpart ids worth scoring: same category, chain neighbours (including the demanding
   * enterprise's own industries), and listings sharing a not-too-common product term.
   */
  candidates(x: MatchListing, upstreamOf: (code: string) => readonly string[], downstreamOf: (code: string) => readonly string[]): Set<string> {
    const other: Kind = x.kind === 'SUPPLY' ? 'DEMAND' : 'SUPPLY';
    const out = new Set<string>();
    const take = (ids: ReadonlySet<string> | undefined) => ids?.forEach((id) => out.add(id));
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

  /** The best `limit` pairs of `x` among its candidates, best first. */
  match(x: MatchListing, ctx: ScoringContext, ids: Iterable<string>, limit: number): ScoredPair[] {
    const scored: ScoredPair[] = [];
    for (const id of ids) {
      const other = this.listings.get(id);
      if (!other || other.id === x.id) continue;
      const pair = x.kind === 'SUPPLY' ? scorePair(x, other, ctx) : scorePair(other, x, ctx);
      if (pair) scored.push(pair);
    }
    return topPairs(scored, limit);
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
