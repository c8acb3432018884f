import {
  asksForService,
  asksOnlyForService,
  offersService,
  partAgainstMachine,
  titleOffersServiceOnly,
} from './chain-relations';
import { priceFit, quantityFit } from './practical-parts';
import {
  missesTheFix,
  negationConflict,
  otherMaterial,
  sharesHead,
  sharesOnlyOwnIndustry,
  sharesOnlyOwnProducts,
  STRONG_SCORE,
  titlesApart,
} from './score';
import { distinctSorted, FNV_OFFSET, fnvCodePoint, sharedCount } from './text-grams';
import type { MatchListing, ScoringContext } from './types';

/**
 * The learned order: the last step of a pair's score, fitted to buyers' judgements.
 *
 * The score's parts are rules, each weighed by hand. Over 39 halls that other hands wrote and judged
 * (bench/quality/heldout) the engine found the right offers but ranked look-alikes among them: put
 * in the order of their true grades, its own top 10 would have scored 0.94 against its 0.87. A
 * pairwise logistic model over what the engine already knows of a pair (its score, the term and
 * category fits, the practical fits, whether the titles share a head or are apart, whether the
 * offer shares only the buyer's own industry or products) and over the two texts' likeness in
 * character pairs (how much of each title the other's text holds), fitted on those halls and the
 * development set, orders them better on halls it was not fitted on: bench/quality/fit-order.ts
 * fits it and reports each hall with the model fitted on the others.
 *
 * It moves a score in log-odds within the score's band (shiftedScore): shift = Σ coefficient ×
 * (feature − mean), so a pair like the fitted pairs' average keeps its score, and a higher score
 * stays higher among pairs the model sees alike. The shift is bounded (ORDER_SHIFT_CAP); a pair the
 * rules do not relate stays unrelated (scorePair's null stays null), and none crosses STRONG_SCORE.
 * The reasons' contributions move in proportion, so that they still add up to the score.
 */
export interface OrderModel {
  /** Each feature's mean over the pairs the model was fitted on (ORDER_FEATURES' order). */
  readonly mean: readonly number[];
  /** Each feature's coefficient, in log-odds of the score per unit of the feature. */
  readonly coefficient: readonly number[];
}

/** What the model reads of a pair, in the order of OrderModel's arrays (see orderFeatures). */
export const ORDER_FEATURES = [
  'keywords',
  'category',
  'quantity',
  'price',
  'sharesHead',
  'titlesApart',
  'sharesOnlyOwnIndustry',
  'sharesOnlyOwnProducts',
  'demandTitleInOffer',
  'offerTitleInDemand',
  'textsAlike',
  'missesTheFix',
  'otherMaterial',
  'negationConflict',
  'goodsForService',
  'serviceForGoods',
  'partForMachine',
] as const;

/** The most the learned order moves a score's log-odds either way (a factor of e² on the odds). */
export const ORDER_SHIFT_CAP = 2;

/**
 * Fitted by `bench/quality/fit-order.ts` on the 52 held-out halls and the development set (2026-12-06, stop
 * 63: the 39 of stop 62's fit and thirteen written after it, each run blind with the order of its day);
 * figures in bench/RESULTS.md.
 * Refit with that script when a feature, the rules or the halls change.
 */
export const ORDER_MODEL: OrderModel = {
  mean: [
    0.1946, 0.1852, 0.5861, 0.5367, 0.585, 0.3124, 0.0259, 0.0571, 0.1028, 0.1112, 0.033, 0.0302, 0.0006, 0.0035,
    0.0685, 0.035, 0.001,
  ],
  coefficient: [
    3.7087, 0.5205, 1.4799, 1.5651, 0.409, -0.5547, -0.8232, -0.9052, 2.2215, 4.1355, 21.13, -0.3934, 0.9114, 0.8771,
    -0.302, 0.5245, -0.6253,
  ],
};

/**
 * The distinct pairs of adjacent characters of a text, whitespace left out (NFKC, lower-cased), as
 * sorted 32-bit hashes: 电解铝液 → 电解, 解铝, 铝液. Chinese product names share their pairs whatever
 * the dictionary cuts (毛辣角 and 毛辣果 share 毛辣), and a pair of characters is most of a Chinese word.
 */
export function characterPairs(text: string): Uint32Array {
  const normal = text.normalize('NFKC').toLowerCase();
  const out = new Uint32Array(normal.length);
  let n = 0;
  let last = -1;
  for (const ch of normal) {
    const c = ch.codePointAt(0)!;
    if (c <= 32 || c === 0x3000 || c === 0xa0) continue; // whitespace, full-width and no-break spaces
    if (last >= 0) out[n++] = hashPair(last, c);
    last = c;
  }
  return distinctSorted(out, n);
}

function hashPair(a: number, b: number): number {
  return fnvCodePoint(fnvCodePoint(FNV_OFFSET, a), b) >>> 0;
}

/** What the model reads of one listing alone, whatever its counterpart: kept per listing object (see traitsOf). */
interface Traits {
  titlePairs: Uint32Array;
  textPairs: Uint32Array;
  asksForService: boolean;
  asksOnlyForService: boolean;
  offersService: boolean;
  offersServiceOnly: boolean;
}

const TRAITS = new WeakMap<MatchListing, Traits>();

/**
 * A listing's traits, read once: the index holds its listings for their life and a job scores one
 * listing against a hundred and more, so the pairs of a title are not cut again for every pair.
 */
function traitsOf(l: MatchListing): Traits {
  let t = TRAITS.get(l);
  if (!t) {
    const titlePairs = characterPairs(l.title);
    const demand = l.kind === 'DEMAND';
    t = {
      titlePairs,
      textPairs: l.pairs ?? titlePairs,
      asksForService: demand && asksForService(l),
      asksOnlyForService: demand && asksOnlyForService(l),
      offersService: !demand && offersService(l),
      offersServiceOnly: !demand && titleOffersServiceOnly(l),
    };
    TRAITS.set(l, t);
  }
  return t;
}

/**
 * The features of a pair the model reads (ORDER_FEATURES' order), given what scorePair has computed:
 * the category fit and the term fit.
 */
export function orderFeatures(
  s: MatchListing,
  d: MatchListing,
  ctx: ScoringContext,
  category: number,
  keywordFit: number,
): number[] {
  const st = traitsOf(s);
  const dt = traitsOf(d);
  const both = sharedCount(st.textPairs, dt.textPairs);
  const union = st.textPairs.length + dt.textPairs.length - both;
  return [
    keywordFit,
    category,
    quantityFit(s, d, ctx),
    priceFit(s, d, ctx),
    +sharesHead(s, d),
    +titlesApart(s, d),
    +sharesOnlyOwnIndustry(s, d, ctx),
    +sharesOnlyOwnProducts(s, d, ctx),
    dt.titlePairs.length ? sharedCount(dt.titlePairs, st.textPairs) / dt.titlePairs.length : 0,
    st.titlePairs.length ? sharedCount(st.titlePairs, dt.textPairs) / st.titlePairs.length : 0,
    union ? both / union : 0,
    +missesTheFix(s, d),
    +otherMaterial(s, d),
    +negationConflict(s, d),
    +(dt.asksOnlyForService && !st.offersService),
    +(!dt.asksForService && st.offersServiceOnly),
    +partAgainstMachine(s, d),
  ];
}

/** The shift in log-odds the model gives a pair with these features, within ±ORDER_SHIFT_CAP. */
export function orderShift(model: OrderModel, features: readonly number[]): number {
  let shift = 0;
  for (let i = 0; i < features.length; i++) shift += model.coefficient[i] * (features[i] - model.mean[i]);
  return Math.max(-ORDER_SHIFT_CAP, Math.min(ORDER_SHIFT_CAP, shift));
}

/**
 * A score moved by a shift in log-odds within its band, rounded as scores are (4 decimals): a weak
 * pair (below STRONG_SCORE) moves within 0..STRONG_SCORE, a strong one within STRONG_SCORE..1. The
 * learned order re-orders pairs the rules put in the same band and never makes a pair strong that the
 * rules did not (a strong pair is pushed to the firm and opens its contact details, accounts/access.ts),
 * nor a strong one weak: text written to look alike cannot buy what the rules refuse it.
 */
export function shiftedScore(score: number, shift: number): number {
  if (!shift || score <= 0 || score >= 1 || score === STRONG_SCORE) return score;
  const weak = score < STRONG_SCORE;
  const [low, high] = weak ? [0, STRONG_SCORE] : [STRONG_SCORE, 1];
  const x = (score - low) / (high - low);
  const odds = (x / (1 - x)) * Math.exp(shift);
  const moved = Math.round((low + ((high - low) * odds) / (1 + odds)) * 10_000) / 10_000;
  return weak ? Math.min(moved, STRONG_SCORE - 0.0001) : Math.max(moved, STRONG_SCORE);
}

/**
 * The pair's score in the learned order (`score` as the rules give it, with the category and term fits
 * they were computed with), where the context carries a model (ScoringContext.order); the rules' score
 * where it carries none.
 */
export function orderedScore(
  s: MatchListing,
  d: MatchListing,
  ctx: ScoringContext,
  score: number,
  category: number,
  keywordFit: number,
): number {
  if (!ctx.order) return score;
  return shiftedScore(score, orderShift(ctx.order, orderFeatures(s, d, ctx, category, keywordFit)));
}
