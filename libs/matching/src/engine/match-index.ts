import { asksForEquipment, asksForService } from './chain-relations';
import { orderedScore } from './order';
import { daysBetweenTimes, NEUTRAL, regionCodeFit, validityOfDays } from './practical-parts';
import {
  asksForLocalProduct,
  categoryFit,
  combinedScore,
  FULL_TEXT_SIMILARITY,
  HAN,
  keywordPart,
  namesProduct,
  offerNorm,
  postedUnderOwnIndustry,
  rankingScore,
  scoreBound,
  scorePair,
  sumTermWeight,
  termWeight,
  TEXT_FIT_CAP,
  wordFit,
} from './score';
import { GramPool, GramSketch } from './text-grams';
import { TITLE_WEIGHT } from './tokenizer';
import type { MatchListing, ScoredPair, ScoringContext } from './types';

/** A word, not a head mark (~) or a negated term (¬). */
const OFFER_WORD = /^[^~¬]/u;

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

/** Listings added to a hall's count when a category's share is measured (see categoryShare). */
const CATEGORY_SHARE_PRIOR = 100;

/** The term fit assumed, in the estimate, for a related-category candidate without a proposing term. */
const UNSEEN_TERMS = 0.01;

/** The distinct Chinese characters of a title (see characterShare). */
function titleCharacters(title: string): Set<string> {
  const out = new Set<string>();
  for (const ch of title) if (HAN.test(ch)) out.add(ch);
  return out;
}

/** Whether a term of `x` proposes the listings filed under it. */
function proposes(x: MatchListing, term: string, postings: number, common: number): boolean {
  return postings <= common || ((x.terms.get(term) ?? 0) >= TITLE_WEIGHT && postings <= TITLE_TERM_CAP);
}

/** A listing in the index, at its slot of the index's columns (see Columns). */
interface Entry {
  listing: MatchListing;
  slot: number;
}

/**
 * Key → the slots of the entries filed under it, each with a weight (a term's field weight; 1
 * otherwise). Slots, not ids or objects: the first pass reads what it needs of each candidate from
 * the index's columns, a few arrays of numbers, instead of a hundred thousand objects spread over
 * the heap.
 */
class Postings {
  private readonly map = new Map<string, Map<number, number>>();

  add(key: string, slot: number, weight = 1): void {
    let slots = this.map.get(key);
    if (!slots) this.map.set(key, (slots = new Map<number, number>()));
    slots.set(slot, weight);
  }

  delete(key: string, slot: number): void {
    const slots = this.map.get(key);
    if (slots?.delete(slot) && !slots.size) this.map.delete(key);
  }

  get(key: string): ReadonlyMap<number, number> | undefined {
    return this.map.get(key);
  }
}

/** Strings as small numbers (enterprises, units, regions, certificates, relation keys). */
class Names {
  private readonly ids = new Map<string, number>();
  readonly names: string[] = [];

  /** The number of a name, or -1 if it has none. */
  find(name: string): number {
    return this.ids.get(name) ?? -1;
  }

  id(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      this.ids.set(name, (id = this.names.length));
      this.names.push(name);
    }
    return id;
  }
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Certificates the columns hold as bits; a listing with others is scored from its object. */
const CERT_BITS = 30;

/**
 * What the first pass reads of every candidate, by slot, in typed arrays: the scratch space of
 * the query under way (`epoch`: visited, term overlap accumulated), the total term weight (field
 * weight × idf when indexed), and the fields of the practical parts (see rankingScore).
 */
class Columns {
  size = 0;
  seen = new Int32Array(0);
  overlapEpoch = new Int32Array(0);
  overlap = new Float64Array(0);
  norm = new Float64Array(0);
  firm = new Int32Array(0);
  relation = new Int32Array(0);
  /** Whether the fields below say all the practical parts need (else score from the object). */
  plain = new Uint8Array(0);
  quantity = new Float64Array(0);
  /** -1: no unit (null or empty). */
  unit = new Int32Array(0);
  /** NaN: no price. */
  priceLow = new Float64Array(0);
  priceHigh = new Float64Array(0);
  region = new Int32Array(0);
  certs = new Int32Array(0);
  certCount = new Int32Array(0);
  /** Date.parse of validUntil at midnight UTC, as daysBetween reads it; NaN: open-ended. */
  validUntil = new Float64Array(0);
  /** Bit 1: a demand naming a product (see namesProduct); bit 2: one asking for a local product (asksForLocalProduct). */
  product = new Uint8Array(0);
  /** Each slot's character trigrams (MatchListing.grams) as the candidate pass reads them. */
  readonly grams = new GramPool();

  ensure(slot: number): void {
    if (slot < this.size) return;
    const size = Math.max(1024, this.size * 2, slot + 1);
    const grow = <T extends Int32Array | Float64Array | Uint8Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(size);
      b.set(a);
      return b;
    };
    this.seen = grow(this.seen);
    this.overlapEpoch = grow(this.overlapEpoch);
    this.overlap = grow(this.overlap);
    this.norm = grow(this.norm);
    this.firm = grow(this.firm);
    this.relation = grow(this.relation);
    this.plain = grow(this.plain);
    this.quantity = grow(this.quantity);
    this.unit = grow(this.unit);
    this.priceLow = grow(this.priceLow);
    this.priceHigh = grow(this.priceHigh);
    this.region = grow(this.region);
    this.certs = grow(this.certs);
    this.certCount = grow(this.certCount);
    this.validUntil = grow(this.validUntil);
    this.product = grow(this.product);
    this.grams.ensure(size);
    this.size = size;
  }
}

/**
 * The cheap pass's score of `x` against candidates by slot: rankingScore's number (the same
 * arithmetic, combinedScore), read from the columns, with what depends on `x` and a candidate's
 * unit or region computed once per query. Candidates the columns cannot describe exactly (rare
 * certificates, odd dates) and pairs without a term fit are scored from their objects.
 */
class RankingScores {
  private readonly col: Columns;
  private readonly supply: boolean;
  private readonly plain: boolean;
  private readonly quantity: number;
  private readonly unit: number;
  private readonly priceLow: number;
  private readonly priceHigh: number;
  private readonly certs: number;
  private readonly certCount: number;
  private readonly validUntil: number;
  private readonly today: number;
  private readonly firm: number;
  /** Whether x is a demand naming a product (see namesProduct). */
  private readonly product: boolean;
  /** Whether x is a demand asking for a product traded only nearby (see asksForLocalProduct). */
  private readonly local: boolean;
  private readonly factors = new Map<number, number | null>();
  private readonly regionFits = new Map<number, number>();

  constructor(
    private readonly index: MatchIndex,
    private readonly x: MatchListing,
    private readonly ctx: ScoringContext,
    columns: Columns,
    names: { firms: Names; units: Names; certificates: Names },
  ) {
    const { units, certificates } = names;
    this.col = columns;
    this.firm = names.firms.find(x.enterpriseId);
    this.supply = x.kind === 'SUPPLY';
    this.product = !this.supply && namesProduct(x);
    this.local = asksForLocalProduct(x);
    this.quantity = x.quantity ?? NaN;
    this.unit = !x.unit ? -1 : units.find(x.unit) < 0 ? -2 : units.find(x.unit);
    const priced = x.priceMin != null || x.priceMax != null;
    this.priceLow = priced ? (x.priceMin ?? x.priceMax!) : NaN;
    this.priceHigh = priced ? (x.priceMax ?? x.priceMin!) : NaN;
    let certs = 0;
    let plain = true;
    for (const name of x.certifications) {
      const bit = certificates.find(name);
      if (bit < 0 || bit >= CERT_BITS || certs & (1 << bit)) plain = false;
      else certs |= 1 << bit;
    }
    this.certs = certs;
    this.certCount = x.certifications.length;
    this.validUntil = x.validUntil ? Date.parse(`${x.validUntil}T00:00:00Z`) : NaN;
    if (x.validUntil && !DATE.test(x.validUntil)) plain = false;
    if (Number.isNaN(x.quantity) || Number.isNaN(x.priceMin) || Number.isNaN(x.priceMax)) plain = false;
    // Stated grades are compared from the listings themselves (see specConflict).
    if (x.specs?.length) plain = false;
    this.plain = plain;
    this.today = Date.parse(`${ctx.today}T00:00:00Z`);
  }

  score(slot: number, category: number, keyword: number): number | null {
    const col = this.col;
    if (col.firm[slot] === this.firm) return null;
    if (!this.plain || !col.plain[slot] || !keyword) {
      const c = this.index.listingAt(slot);
      return this.supply
        ? rankingScore(this.x, c, this.ctx, category, keyword)
        : rankingScore(c, this.x, this.ctx, category, keyword);
    }
    const supply = this.supply;
    // Supply and demand sides.
    const sq = supply ? this.quantity : col.quantity[slot];
    const dq = supply ? col.quantity[slot] : this.quantity;
    const su = supply ? this.unit : col.unit[slot];
    const du = supply ? col.unit[slot] : this.unit;
    const unitOther = col.unit[slot];
    // quantityFit
    let quantity: number;
    if (Number.isNaN(sq) || Number.isNaN(dq) || su === -1 || du === -1) quantity = NEUTRAL;
    else {
      const factor = su === du ? 1 : this.factor(unitOther);
      if (factor == null) quantity = NEUTRAL;
      else {
        const amount = sq * factor;
        quantity = amount >= dq ? 1 : amount / dq;
      }
    }
    // priceFit
    let price: number;
    const sLow = supply ? this.priceLow : col.priceLow[slot];
    const sHigh = supply ? this.priceHigh : col.priceHigh[slot];
    const dLow = supply ? col.priceLow[slot] : this.priceLow;
    const dHigh = supply ? col.priceHigh[slot] : this.priceHigh;
    if (Number.isNaN(sLow) || Number.isNaN(dLow)) price = NEUTRAL;
    else {
      // A side without a unit is read in the other's unit.
      const factor = su !== -1 && du !== -1 && su !== du ? this.factor(unitOther) : 1;
      if (factor == null || factor <= 0) price = NEUTRAL;
      else {
        const s0 = sLow / factor;
        const s1 = sHigh / factor;
        if ((s0 <= dHigh && dLow <= s1) || s1 < dLow) price = 1;
        else {
          const gap = (s0 - dHigh) / Math.max(s0, 1e-9);
          price = Math.max(0, 1 - 2 * gap);
        }
      }
    }
    // regionFit
    const regionId = col.region[slot];
    let region = this.regionFits.get(regionId);
    if (region === undefined) {
      const other = this.index.regionName(regionId);
      region = supply ? regionCodeFit(this.x.regionCode, other) : regionCodeFit(other, this.x.regionCode);
      this.regionFits.set(regionId, region);
    }
    // certificationFit
    const sCerts = supply ? this.certs : col.certs[slot];
    const dCerts = supply ? col.certs[slot] : this.certs;
    const wanted = supply ? col.certCount[slot] : this.certCount;
    let certification: number;
    if (!wanted) certification = 0;
    else {
      const missing = bitCount(dCerts & ~sCerts);
      certification = missing ? ((wanted - missing) / wanted) * 0.5 : 1;
    }
    // validityFit
    const a = this.validUntil;
    const b = col.validUntil[slot];
    let validity: number;
    if (Number.isNaN(a) && Number.isNaN(b)) validity = 1;
    else {
      const end = Number.isNaN(a) ? b : Number.isNaN(b) ? a : Math.min(a, b);
      validity = validityOfDays(Math.max(0, daysBetweenTimes(this.today, end)));
    }
    const product = supply ? (col.product[slot] & 1) === 1 : this.product;
    const local = supply ? (col.product[slot] & 2) === 2 : this.local;
    return combinedScore(
      this.ctx.weights,
      category,
      keyword,
      quantity,
      price,
      region,
      certification,
      validity,
      product,
      local,
    );
  }

  /** ctx.unitFactor from the supply's unit to the demand's, one side being a candidate's unit. */
  private factor(unit: number): number | null {
    let factor = this.factors.get(unit);
    if (factor === undefined) {
      const other = this.index.unitName(unit);
      factor = this.supply ? this.ctx.unitFactor(this.x.unit!, other) : this.ctx.unitFactor(other, this.x.unit!);
      this.factors.set(unit, factor);
    }
    return factor;
  }
}

function bitCount(n: number): number {
  let count = 0;
  for (let v = n >>> 0; v; v &= v - 1) count++;
  return count;
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

/** Up to this many listings offerWeight is summed again after every change (see MatchIndex.offerWeight). */
const OFFER_WEIGHT_EXACT = 5_000;
/** Beyond it, when the number of listings has moved by this share since the last sum. */
const OFFER_WEIGHT_DRIFT = 0.01;

/**
 * The open listings in memory, with postings by category, by the demanding enterprise's
 * categories and by product term, so that a listing's candidates are found without a scan.
 * Document frequencies for term rarity are kept over all indexed listings.
 */
export class MatchIndex {
  private readonly entries = new Map<string, Entry>();
  /** Entries by slot; freed slots are reused. */
  private readonly slots: (Entry | undefined)[] = [];
  private readonly freeSlots: number[] = [];
  private readonly columns = new Columns();
  /** @internal */
  readonly firms = new Names();
  /** @internal */
  readonly units = new Names();
  private readonly regions = new Names();
  /** @internal */
  readonly certificates = new Names();
  private readonly byCategory = { SUPPLY: new Postings(), DEMAND: new Postings() };
  private readonly demandsByEnterpriseCategory = new Postings();
  private readonly byTerm = { SUPPLY: new Postings(), DEMAND: new Postings() };
  private readonly counts = { SUPPLY: 0, DEMAND: 0 };
  /** The trigrams of the listing being matched, for the candidate pass (see GramSketch). */
  private readonly sketch = new GramSketch();
  private readonly df = new Map<string, number>();
  /** How many open listings' titles hold each Chinese character (see characterShare). */
  private readonly characterCount = new Map<string, number>();
  /** Per enterprise, the title words of its open offers, with how many offers name each (firmOfferWords). */
  private readonly offerWords = new Map<string, Map<string, number>>();
  /** Per term, the sum of its field weights over the open offers (for offerWeight). */
  private readonly offerTermWeight = new Map<string, number>();
  /** offerWeight as last summed: its value, at which generation, over how many listings. */
  private offerWeightKept = { value: 0, generation: -1, size: 0 };
  /** idf by term, valid until the next put or remove. */
  private idfCache = new Map<string, number>();
  /** Numbers each query, so that the columns' scratch space needs no clearing. */
  private epoch = 0;
  /** Counts the changes of the index: idf, and so a listing's term weight, holds between two. */
  private generation = 0;
  /** Relation keys (see relationKey) as numbers, and the query under way's category fit by key. */
  private readonly relations = new Names();
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
    const slot = this.freeSlots.pop() ?? this.slots.length;
    this.generation++;
    const entry: Entry = { listing, slot };
    this.slots[slot] = entry;
    this.entries.set(listing.id, entry);
    this.fillColumns(slot, listing);
    this.counts[listing.kind]++;
    this.byCategory[listing.kind].add(listing.categoryCode, slot);
    for (const ch of titleCharacters(listing.title))
      this.characterCount.set(ch, (this.characterCount.get(ch) ?? 0) + 1);
    if (listing.kind === 'DEMAND' && postedUnderOwnIndustry(listing)) {
      for (const c of listing.enterpriseCategories) this.demandsByEnterpriseCategory.add(c, slot);
    }
    if (listing.kind === 'SUPPLY') {
      this.countOfferWords(listing, 1);
      for (const [t, w] of listing.terms) this.offerTermWeight.set(t, (this.offerTermWeight.get(t) ?? 0) + w);
    }
    let norm = 0;
    listing.terms.forEach((weight, term) => {
      this.byTerm[listing.kind].add(term, slot, weight);
      this.df.set(term, (this.df.get(term) ?? 0) + 1);
      norm += weight * this.idf(term);
    });
    this.columns.norm[slot] = norm;
  }

  private fillColumns(slot: number, l: MatchListing): void {
    const c = this.columns;
    c.ensure(slot);
    c.firm[slot] = this.firms.id(l.enterpriseId);
    const relation = this.relations.id(relationKey(l));
    c.relation[slot] = relation;
    while (this.relationFit.length <= relation) {
      this.relationFit.push(0);
      this.relationEpoch.push(0);
    }
    c.quantity[slot] = l.quantity ?? NaN;
    c.unit[slot] = l.unit ? this.units.id(l.unit) : -1;
    const priced = l.priceMin != null || l.priceMax != null;
    c.priceLow[slot] = priced ? (l.priceMin ?? l.priceMax!) : NaN;
    c.priceHigh[slot] = priced ? (l.priceMax ?? l.priceMin!) : NaN;
    c.region[slot] = this.regions.id(l.regionCode);
    let certs = 0;
    let plain = true;
    for (const name of l.certifications) {
      const bit = this.certificates.id(name);
      if (bit >= CERT_BITS || certs & (1 << bit)) plain = false;
      else certs |= 1 << bit;
    }
    c.certs[slot] = certs;
    c.certCount[slot] = l.certifications.length;
    c.validUntil[slot] = l.validUntil ? Date.parse(`${l.validUntil}T00:00:00Z`) : NaN;
    if (l.validUntil && !DATE.test(l.validUntil)) plain = false;
    if (Number.isNaN(l.quantity) || Number.isNaN(l.priceMin) || Number.isNaN(l.priceMax)) plain = false;
    if (l.specs?.length) plain = false;
    c.plain[slot] = plain ? 1 : 0;
    c.product[slot] = l.kind === 'DEMAND' ? (namesProduct(l) ? 1 : 0) | (asksForLocalProduct(l) ? 2 : 0) : 0;
    c.grams.set(slot, l.grams);
  }

  remove(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    const old = entry.listing;
    const slot = entry.slot;
    this.generation++;
    if (this.idfCache.size) this.idfCache = new Map();
    this.entries.delete(id);
    this.slots[slot] = undefined;
    this.columns.grams.clear(slot);
    this.freeSlots.push(slot);
    this.counts[old.kind]--;
    this.byCategory[old.kind].delete(old.categoryCode, slot);
    for (const ch of titleCharacters(old.title)) {
      const n = (this.characterCount.get(ch) ?? 1) - 1;
      if (n > 0) this.characterCount.set(ch, n);
      else this.characterCount.delete(ch);
    }
    if (old.kind === 'DEMAND' && postedUnderOwnIndustry(old))
      for (const c of old.enterpriseCategories) this.demandsByEnterpriseCategory.delete(c, slot);
    if (old.kind === 'SUPPLY') {
      this.countOfferWords(old, -1);
      for (const [t, w] of old.terms) {
        const left = (this.offerTermWeight.get(t) ?? w) - w;
        if (left > 1e-9) this.offerTermWeight.set(t, left);
        else this.offerTermWeight.delete(t);
      }
    }
    for (const term of old.terms.keys()) {
      this.byTerm[old.kind].delete(term, slot);
      const n = (this.df.get(term) ?? 1) - 1;
      if (n > 0) this.df.set(term, n);
      else this.df.delete(term);
    }
  }

  /**
   * Whether a term shared by a pair would propose either listing to the other (see proposes), on
   * both sides whatever their sizes: held by at most COMMON_TERM_SHARE of the smaller side (or
   * COMMON_TERM_MIN), or a title word of both held by at most TITLE_TERM_CAP listings. A pair that
   * shares only terms too common for that is never a candidate, and scoring must not lift it on
   * evidence the candidates cannot see (ScoringContext.distinctive).
   */
  distinctive(term: string, inBothTitles: boolean): boolean {
    const df = this.df.get(term) ?? 0;
    if (df <= Math.max(COMMON_TERM_MIN, Math.min(this.counts.SUPPLY, this.counts.DEMAND) * COMMON_TERM_SHARE))
      return true;
    return inBothTitles && df <= TITLE_TERM_CAP;
  }

  /**
   * The mean termWeight of the open offers (ScoringContext.offerWeight): Σ over terms of their
   * offers' field weights times idf, over the number of offers. Summed again after every change
   * while the index is of an event's size; beyond OFFER_WEIGHT_EXACT listings, once the number of
   * listings has moved by OFFER_WEIGHT_DRIFT of itself (a mean over tens of thousands moves little,
   * and summing it costs a pass over the vocabulary).
   */
  offerWeight(): number {
    const kept = this.offerWeightKept;
    const size = this.entries.size;
    const fresh =
      kept.generation === this.generation ||
      (kept.generation >= 0 && size > OFFER_WEIGHT_EXACT && Math.abs(size - kept.size) < OFFER_WEIGHT_DRIFT * size);
    if (fresh) return kept.value;
    let sum = 0;
    this.offerTermWeight.forEach((w, t) => (sum += w * this.idf(t)));
    const value = this.counts.SUPPLY ? sum / this.counts.SUPPLY : 0;
    this.offerWeightKept = { value, generation: this.generation, size };
    return value;
  }

  /** termWeight of term maps (ScoringContext.termWeight), each valid for the generation it was summed in. */
  private readonly termWeights = new WeakMap<ReadonlyMap<string, number>, { generation: number; weight: number }>();

  /** termWeight of `terms` with this index's idf, kept until the index changes (ScoringContext.termWeight). */
  termWeight(terms: ReadonlyMap<string, number>): number {
    const kept = this.termWeights.get(terms);
    if (kept?.generation === this.generation) return kept.weight;
    const weight = sumTermWeight(terms, this);
    if (kept) {
      kept.generation = this.generation;
      kept.weight = weight;
    } else this.termWeights.set(terms, { generation: this.generation, weight });
    return weight;
  }

  /**
   * The share of the open listings filed under a category (0..1), counted against
   * CATEGORY_SHARE_PRIOR listings more than there are, so that a small hall (a test's dozen
   * listings, the first firms of a new event) has no category that looks like a catch-all.
   */
  categoryShare(code: string): number {
    const n = (this.byCategory.SUPPLY.get(code)?.size ?? 0) + (this.byCategory.DEMAND.get(code)?.size ?? 0);
    return n / (this.entries.size + CATEGORY_SHARE_PRIOR);
  }

  /**
   * The share of the open listings whose titles hold a Chinese character (0..1), counted against
   * CATEGORY_SHARE_PRIOR listings more than there are, as categoryShare is.
   */
  characterShare(ch: string): number {
    return (this.characterCount.get(ch) ?? 0) / (this.entries.size + CATEGORY_SHARE_PRIOR);
  }

  /** Whether an open listing of `kind` holds `term` (ScoringContext.held). */
  holds(kind: Kind, term: string): boolean {
    return (this.byTerm[kind].get(term)?.size ?? 0) > 0;
  }

  /**
   * The words an enterprise's open offers name in their titles (ScoringContext.firmOfferWords): what
   * the firm itself sells. Empty for a firm that offers nothing.
   */
  firmOfferWords(enterpriseId: string): ReadonlyMap<string, number> | undefined {
    return this.offerWords.get(enterpriseId);
  }

  private countOfferWords(l: MatchListing, by: 1 | -1): void {
    let words = this.offerWords.get(l.enterpriseId);
    if (!words) {
      if (by < 0) return;
      words = new Map();
      this.offerWords.set(l.enterpriseId, words);
    }
    for (const [t, w] of l.terms) {
      if (w < TITLE_WEIGHT || !OFFER_WORD.test(t)) continue;
      const n = (words.get(t) ?? 0) + by;
      if (n > 0) words.set(t, n);
      else words.delete(t);
    }
    if (!words.size) this.offerWords.delete(l.enterpriseId);
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
    return new Set(this.candidateSlots(x, upstreamOf, downstreamOf).map((slot) => this.slots[slot]!.listing.id));
  }

  private candidateSlots(
    x: MatchListing,
    upstreamOf: (code: string) => readonly string[],
    downstreamOf: (code: string) => readonly string[],
  ): number[] {
    const other: Kind = x.kind === 'SUPPLY' ? 'DEMAND' : 'SUPPLY';
    const epoch = ++this.epoch;
    const seen = this.columns.seen;
    const out: number[] = [];
    const take = (slots: ReadonlyMap<number, number> | undefined) => {
      if (!slots) return;
      for (const slot of slots.keys()) {
        if (seen[slot] === epoch) continue;
        seen[slot] = epoch;
        out.push(slot);
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
      const slots = this.byTerm[other].get(term);
      if (slots && proposes(x, term, slots.size, common)) take(slots);
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
    const epoch = this.epoch + 1; // the epoch candidateSlots is about to use
    const col = this.columns;
    const overlapEpoch = col.overlapEpoch;
    const overlap = col.overlap;
    let normX = 0;
    x.terms.forEach((wx, term) => {
      const idf = this.idf(term);
      normX += wx * idf;
      const slots = this.byTerm[other].get(term);
      if (!slots || !proposes(x, term, slots.size, common)) return;
      slots.forEach((w, slot) => {
        if (overlapEpoch[slot] !== epoch) {
          overlapEpoch[slot] = epoch;
          overlap[slot] = 0;
        }
        overlap[slot] += Math.min(w, wx) * idf;
      });
    });
    // Best possible score first; once even the best possible score of what is left falls below the
    // `limit`-th score found (less a margin for the estimated term overlap), nothing left can rank.
    const w = ctx.weights;
    const candidates = this.candidateSlots(x, upstreamOf, downstreamOf);
    const sketch = this.sketch;
    sketch.load(x.grams);
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
    const firmX = this.firms.find(x.enterpriseId);
    let weightX: number | undefined;
    const { firm, relation, norm } = col;
    const { pool, start, count } = col.grams;
    for (let i = 0; i < n; i++) {
      const slot = candidates[i];
      if (firm[slot] === firmX) continue;
      const shares = overlapEpoch[slot] === epoch && overlap[slot] > 0;
      const r = relation[slot];
      let category: number;
      if (relationEpoch[r] === epoch) category = relationFit[r];
      else {
        const c = this.slots[slot]!.listing;
        category = x.kind === 'SUPPLY' ? categoryFit(x, c, ctx) : categoryFit(c, x, ctx);
        relationEpoch[r] = epoch;
        relationFit[r] = category;
      }
      // Estimated: a related-category candidate may still share a term too common to be in the
      // postings' overlap, so it keeps a token term fit for the exact rescoring to settle.
      let keyword: number;
      if (exact) {
        const c = this.slots[slot]!.listing;
        const weight = termWeight(c.terms, ctx);
        weightX ??= termWeight(x.terms, ctx);
        keyword = (
          x.kind === 'SUPPLY'
            ? keywordPart(x, c, ctx, { s: weightX, d: weight })
            : keywordPart(c, x, ctx, { s: weight, d: weightX })
        ).fit;
      } else if (shares) {
        // The words' fit from the postings, and the texts' likeness in characters as keywordPart adds it.
        const words = wordFit(
          overlap[slot] /
            Math.sqrt(x.kind === 'SUPPLY' ? offerNorm(normX, ctx) * norm[slot] : normX * offerNorm(norm[slot], ctx)),
        );
        const text = Math.min(TEXT_FIT_CAP, sketch.similarity(pool, start[slot], count[slot]) / FULL_TEXT_SIMILARITY);
        keyword = 1 - (1 - words) * (1 - text);
      } else keyword = category ? UNSEEN_TERMS : 0;
      keywords[i] = keyword;
      categories[i] = category;
      bounds[i] = scoreBound(w, category, keyword);
      kept[m++] = i;
    }
    const visits = visitingOrder(bounds, kept.subarray(0, m));
    const ranking = new RankingScores(this, x, ctx, col, this);
    const cheapSlots: number[] = [];
    const cheapScores: number[] = [];
    const best: number[] = []; // the `limit` best cheap scores, ascending
    for (let k = 0; k < m; k++) {
      const i = visits[k];
      if (best.length === limit && bounds[i] < best[0] - BOUND_MARGIN) break;
      const slot = candidates[i];
      const score = ranking.score(slot, categories[i], keywords[i]);
      if (score === null) continue;
      cheapSlots.push(slot);
      cheapScores.push(score);
      if (best.length < limit || score > best[0]) {
        if (best.length === limit) best.shift();
        best.splice(sortedIndex(best, score), 0, score);
      }
    }
    // The best by cheap score (ties in visiting order, as a stable sort keeps them).
    const depth = Math.max(RESCORE_DEPTH, 2 * limit);
    const order = Array.from(cheapSlots.keys()).sort((a, b) => cheapScores[b] - cheapScores[a] || a - b);
    const ids: string[] = [];
    for (let k = 0; k < order.length && k < depth; k++) ids.push(this.slots[cheapSlots[order[k]]]!.listing.id);
    return this.match(x, ctx, ids, limit);
  }

  /** @internal For RankingScores: the listing at a slot, and names by number. */
  listingAt(slot: number): MatchListing {
    return this.slots[slot]!.listing;
  }
  /** @internal */
  unitName(id: number): string {
    return this.units.names[id];
  }
  /** @internal */
  regionName(id: number): string {
    return this.regions.names[id];
  }
  /**
   * @internal The cheap pass's score of `x` against the indexed listing `id` (for tests: it must be
   * rankingScore's, see ranking-score.spec.ts).
   */
  rankingScoreOf(x: MatchListing, ctx: ScoringContext, id: string, category: number, keyword: number): number | null {
    const entry = this.entries.get(id)!;
    return new RankingScores(this, x, ctx, this.columns, this).score(entry.slot, category, keyword);
  }

  /** The best `limit` pairs of `x` among its candidates, best first. */
  match(x: MatchListing, ctx: ScoringContext, ids: Iterable<string>, limit: number): ScoredPair[] {
    const scored: ScoredPair[] = [];
    const weightX = termWeight(x.terms, ctx);
    for (const id of ids) {
      const other = this.entries.get(id)?.listing;
      if (!other || other.id === x.id) continue;
      const weight = termWeight(other.terms, ctx);
      const supplies = x.kind === 'SUPPLY';
      const s = supplies ? x : other;
      const d = supplies ? other : x;
      // scorePair's number without its parts' objects (rankingScore, with the exact term fit).
      const keyword = keywordPart(s, d, ctx, supplies ? { s: weightX, d: weight } : { s: weight, d: weightX }).fit;
      const category = categoryFit(s, d, ctx);
      const ruled = rankingScore(s, d, ctx, category, keyword);
      if (ruled === null) continue;
      // the learned order last, as scorePair moves it (order.ts)
      const score = orderedScore(s, d, ctx, ruled, category, keyword);
      scored.push({ supplyId: s.id, demandId: d.id, score, reasons: [] });
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
