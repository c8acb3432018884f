import { asksForEquipment, asksForService } from './chain-relations';
import {
  categoryFit,
  FULL_KEYWORD_SIMILARITY,
  keywordPart,
  postedUnderOwnIndustry,
  rankingScore,
  scoreBound,
  scorePair,
} from './score';
import { TITLE_WEIGHT } from './tokenizer';
import type { MatchListing, ScoredPair, ScoringContext } from './types';

type Kind = MatchListing['kind'];

/**
 * A description term shared by more than this share of one side's listings is too common to
 * propose candidates ...
 */
const COMMON_TERM_SHARE = 0.01;
/** ... unless that side is small. A word of the listing's title (its product) always proposes them. */
const COMMON_TERM_MIN = 100;

/** A title word proposes up to this many listings, many more than a real event holds. */
const TITLE_TERM_CAP = 1_000;
/** Up to this many candidates, every candidate's term fit is computed exactly (see top). */
const EXACT_CANDIDATES = 400;

/** The term fit assumed, in the estimate, for a related-category candidate without a proposing term. */
const UNSEEN_TERMS = 0.01;

/** Whether a term of `x` proposes the listings filed under it. */
function proposes(x: MatchListing, term: string, postings: number, common: number): boolean {
  return postings <= common || ((x.terms.get(term) ?? 0) >= TITLE_WEIGHT && postings <= TITLE_TERM_CAP);
}

/** A listing in the index, with its total term weight (field weight × idf when indexed). */
interface Entry {
  listing: MatchListing;
  norm: number;
  /**
   * What the category relation depends on, as a number (see relationKey): listings with the same
   * key relate alike to any counterpart, so that a query computes it once per key.
   */
  relation: number;
  /** Scratch space of the query under way (`epoch`): visited, and the term overlap accumulated. */
  seen: number;
  overlapEpoch: number;
  overlap: number;
}

/**
 * Key → the entries filed under it, each with a weight (a term's field weight; 1 otherwise).
 * Entries, not ids: object keys hash by identity, which is much cheaper than hashing uuids into
 * a 100k-entry map for every candidate.
 */
class Postings {
  private readonly map = new Map<string, Map<Entry, number>>();

  add(key: string, entry: Entry, weight = 1): void {
    let entries = this.map.get(key);
    if (!entries) this.map.set(key, (entries = new Map<Entry, number>()));
    entries.set(entry, weight);
  }

  delete(key: string, entry: Entry): void {
    const entries = this.map.get(key);
    if (entries?.delete(entry) && !entries.size) this.map.delete(key);
  }

  get(key: string): ReadonlyMap<Entry, number> | undefined {
    return this.map.get(key);
  }
}

/**
 * Everything of a listing that categoryFit reads on its side: a supply's category; a demand's
 * category, its enterprise's categories, and whether it asks for a service or for equipment.
 */
function relationKey(l: MatchListing): string {
  if (l.kind === 'SUPPLY') return `S ${l.categoryCode}`;
  const asks = `${asksForService(l) ? 1 : 0}${asksForEquipment(l) ? 1 : 0}`;
  return `D ${l.categoryCode} ${l.enterpriseCategories.join(',')} ${asks}`;
}

/** Slack for the first pass's term-overlap estimate when pruning by score bounds. */
const BOUND_MARGIN = 0.05;

function sortedIndex(xs: number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The candidates' indices in visiting order: bound descending, then index ascending (as a stable
 * sort by bound would). Up to a million candidates, each is one number that sorts natively: the
 * bound to 2^-31 (far finer than scores' 10^-4) above the index.
 */
function visitingOrder(bounds: Float64Array, indices: Uint32Array): ArrayLike<number> {
  const n = indices.length;
  if (n > VISIT_KEY_SPAN) return Array.from(indices).sort((a, b) => bounds[b] - bounds[a] || a - b);
  const keys = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const i = indices[k];
    keys[k] = Math.floor((2 - Math.min(1, Math.max(0, bounds[i]))) * 2 ** 31) * VISIT_KEY_SPAN + i;
  }
  keys.sort();
  for (let k = 0; k < n; k++) keys[k] %= VISIT_KEY_SPAN;
  return keys;
}
const VISIT_KEY_SPAN = 2 ** 20;

/** Candidates kept after the cheap first pass, for exact scoring. */
export const RESCORE_DEPTH = 150;

/**
 * The open listings in memory, with postings by category, by the demanding enterprise's
 * categories and by product term, so that a listing's candidates are found without a scan.
 * Document frequencies for term rarity are kept over all indexed listings.
 */
export class MatchIndex {
  private readonly entries = new Map<string, Entry>();
  private readonly byCategory = { SUPPLY: new Postings(), DEMAND: new Postings() };
  private readonly demandsByEnterpriseCategory = new Postings();
  private readonly byTerm = { SUPPLY: new Postings(), DEMAND: new Postings() };
  private readonly counts = { SUPPLY: 0, DEMAND: 0 };
  private readonly df = new Map<string, number>();
  /** idf by term, valid until the next put or remove. */
  private idfCache = new Map<string, number>();
  /** Numbers each query, so that entries' scratch fields need no clearing. */
  private epoch = 0;
  /** Relation keys (see relationKey) as numbers, and the query under way's category fit by key. */
  private readonly relations = new Map<string, number>();
  private relationFit: number[] = [];
  private relationEpoch: number[] = [];

  get size(): number {
    return this.entries.size;
  }

  get(id: string): MatchListing | undefined {
    return this.entries.get(id)?.listing;
  }

  /** Adds or replaces a listing. */
  put(listing: MatchListing): void {
    this.remove(listing.id);
    if (this.idfCache.size) this.idfCache = new Map();
    const key = relationKey(listing);
    let relation = this.relations.get(key);
    if (relation === undefined) {
      this.relations.set(key, (relation = this.relations.size));
      this.relationFit.push(0);
      this.relationEpoch.push(0);
    }
    const entry: Entry = { listing, norm: 0, relation, seen: 0, overlapEpoch: 0, overlap: 0 };
    this.entries.set(listing.id, entry);
    this.counts[listing.kind]++;
    this.byCategory[listing.kind].add(listing.categoryCode, entry);
    if (listing.kind === 'DEMAND' && postedUnderOwnIndustry(listing)) {
      for (const c of listing.enterpriseCategories) this.demandsByEnterpriseCategory.add(c, entry);
    }
    listing.terms.forEach((weight, term) => {
      this.byTerm[listing.kind].add(term, entry, weight);
      this.df.set(term, (this.df.get(term) ?? 0) + 1);
      entry.norm += weight * this.idf(term);
    });
  }

  remove(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    const old = entry.listing;
    if (this.idfCache.size) this.idfCache = new Map();
    this.entries.delete(id);
    this.counts[old.kind]--;
    this.byCategory[old.kind].delete(old.categoryCode, entry);
    if (old.kind === 'DEMAND' && postedUnderOwnIndustry(old))
      for (const c of old.enterpriseCategories) this.demandsByEnterpriseCategory.delete(c, entry);
    for (const term of old.terms.keys()) {
      this.byTerm[old.kind].delete(term, entry);
      const n = (this.df.get(term) ?? 1) - 1;
      if (n > 0) this.df.set(term, n);
      else this.df.delete(term);
    }
  }

  /** Smoothed inverse document frequency: rare product words weigh more than common ones. */
  idf(term: string): number {
    let idf = this.idfCache.get(term);
    if (idf === undefined) {
      idf = Math.log(1 + (this.entries.size + 1) / ((this.df.get(term) ?? 0) + 0.5));
      this.idfCache.set(term, idf);
    }
    return idf;
  }

  /**
   * Counterpart ids worth scoring: same category, chain neighbours (including the demanding
   * enterprise's own industries), and listings sharing a not-too-common product term.
   */
  candidates(
    x: MatchListing,
    upstreamOf: (code: string) => readonly string[],
    downstreamOf: (code: string) => readonly string[],
  ): Set<string> {
    return new Set([...this.candidateEntries(x, upstreamOf, downstreamOf)].map((e) => e.listing.id));
  }

  private candidateEntries(
    x: MatchListing,
    upstreamOf: (code: string) => readonly string[],
    downstreamOf: (code: string) => readonly string[],
  ): Entry[] {
    const other: Kind = x.kind === 'SUPPLY' ? 'DEMAND' : 'SUPPLY';
    const epoch = ++this.epoch;
    const out: Entry[] = [];
    const take = (entries: ReadonlyMap<Entry, number> | undefined) => {
      if (!entries) return;
      for (const e of entries.keys()) {
        if (e.seen === epoch) continue;
        e.seen = epoch;
        out.push(e);
      }
    };
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
    x.terms.forEach((_, term) => {
      const entries = this.byTerm[other].get(term);
      if (entries && proposes(x, term, entries.size, common)) take(entries);
    });
    return out;
  }

  /**
   * The best `limit` pairs of `x`, in two passes: a cheap one over every candidate, where the
   * postings say which candidates share a term (all but very common description terms) and only
   * those get a keyword part, with reasons left out, then exact scoring with reasons of the best
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
    const common = Math.max(COMMON_TERM_MIN, this.counts[other] * COMMON_TERM_SHARE);
    const epoch = this.epoch + 1; // the epoch candidateEntries is about to use
    let normX = 0;
    x.terms.forEach((wx, term) => {
      const idf = this.idf(term);
      normX += wx * idf;
      const entries = this.byTerm[other].get(term);
      if (!entries || !proposes(x, term, entries.size, common)) return;
      entries.forEach((w, e) => {
        if (e.overlapEpoch !== epoch) {
          e.overlapEpoch = epoch;
          e.overlap = 0;
        }
        e.overlap += Math.min(w, wx) * idf;
      });
    });
    // Best possible score first; once even the best possible score of what is left falls below the
    // `limit`-th score found (less a margin for the estimated term overlap), nothing left can rank.
    const w = ctx.weights;
    const candidates = this.candidateEntries(x, upstreamOf, downstreamOf);
    // At the size of a real event (a few hundred listings) every candidate's term fit is exact:
    // products compared one by one (see keywordPart), so a same-product offer is never
    // under-ranked. In a large corpus the postings' overlap against index-time norms estimates it.
    const exact = candidates.length <= EXACT_CANDIDATES;
    const n = candidates.length;
    const keywords = new Float64Array(n);
    const categories = new Float64Array(n);
    const bounds = new Float64Array(n);
    const kept = new Uint32Array(n);
    let m = 0;
    const relationFit = this.relationFit;
    const relationEpoch = this.relationEpoch;
    for (let i = 0; i < n; i++) {
      const e = candidates[i];
      const c = e.listing;
      if (c.enterpriseId === x.enterpriseId) continue;
      const shares = e.overlapEpoch === epoch && e.overlap > 0;
      let category: number;
      if (relationEpoch[e.relation] === epoch) category = relationFit[e.relation];
      else {
        category = x.kind === 'SUPPLY' ? categoryFit(x, c, ctx) : categoryFit(c, x, ctx);
        relationEpoch[e.relation] = epoch;
        relationFit[e.relation] = category;
      }
      // Estimated: a related-category candidate may still share a term too common to be in the
      // postings' overlap, so it keeps a token term fit for the exact rescoring to settle.
      const keyword = exact
        ? (x.kind === 'SUPPLY' ? keywordPart(x, c, ctx) : keywordPart(c, x, ctx)).fit
        : shares
          ? Math.min(1, e.overlap / Math.sqrt(normX * e.norm) / FULL_KEYWORD_SIMILARITY)
          : category
            ? UNSEEN_TERMS
            : 0;
      keywords[i] = keyword;
      categories[i] = category;
      const bound = scoreBound(w, category, keyword);
      bounds[i] = bound;
      kept[m++] = i;
    }
    const visits = visitingOrder(bounds, kept.subarray(0, m));
    const cheap: { id: string; score: number }[] = [];
    const best: number[] = []; // the `limit` best cheap scores, ascending
    for (let k = 0; k < m; k++) {
      const i = visits[k];
      if (best.length === limit && bounds[i] < best[0] - BOUND_MARGIN) break;
      const c = candidates[i].listing;
      const score =
        x.kind === 'SUPPLY'
          ? rankingScore(x, c, ctx, categories[i], keywords[i])
          : rankingScore(c, x, ctx, categories[i], keywords[i]);
      if (score === null) continue;
      cheap.push({ id: c.id, score });
      if (best.length < limit || score > best[0]) {
        if (best.length === limit) best.shift();
        best.splice(sortedIndex(best, score), 0, score);
      }
    }
    cheap.sort((a, b) => b.score - a.score);
    return this.match(
      x,
      ctx,
      cheap.slice(0, Math.max(RESCORE_DEPTH, 2 * limit)).map((c) => c.id),
      limit,
    );
  }

  /** The best `limit` pairs of `x` among its candidates, best first. */
  match(x: MatchListing, ctx: ScoringContext, ids: Iterable<string>, limit: number): ScoredPair[] {
    const scored: ScoredPair[] = [];
    for (const id of ids) {
      const other = this.entries.get(id)?.listing;
      if (!other || other.id === x.id) continue;
      const pair = x.kind === 'SUPPLY' ? scorePair(x, other, ctx, false) : scorePair(other, x, ctx, false);
      if (pair) scored.push(pair);
    }
    // Reasons in words for the kept pairs only.
    return topPairs(scored, limit).map((p) => {
      const s = p.supplyId === x.id ? x : this.entries.get(p.supplyId)!.listing;
      const d = p.demandId === x.id ? x : this.entries.get(p.demandId)!.listing;
      return scorePair(s, d, ctx)!;
    });
  }

  /** Every opposite-kind listing scored: the reference that candidate generation is measured against. */
  matchExhaustive(x: MatchListing, ctx: ScoringContext, limit: number): ScoredPair[] {
    const other: Kind = x.kind === 'SUPPLY' ? 'DEMAND' : 'SUPPLY';
    const ids: string[] = [];
    for (const { listing } of this.entries.values()) if (listing.kind === other) ids.push(listing.id);
    return this.match(x, ctx, ids, limit);
  }
}

/** Best first; equal scores in id order, so that results are stable. */
export function topPairs(pairs: ScoredPair[], limit: number): ScoredPair[] {
  const key = (p: ScoredPair) => `${p.supplyId}${p.demandId}`;
  return pairs.sort((a, b) => b.score - a.score || (key(a) < key(b) ? -1 : 1)).slice(0, limit);
}
