import type { MatchListing, MatchReason, MatchWeights, ScoredPair, ScoringContext } from './types';

/** Pairs below this score are not suggested. */
export const MIN_SCORE = 0.3;
/** Product relevance (category and terms, 0..1) from which the practical parts count in full. */
const FULL_RELEVANCE = 0.5;
/** Weighted term overlap at which the keyword part is full. */
export const FULL_KEYWORD_SIMILARITY = 0.6;
/** Days of remaining validity at which the validity part is full. */
const COMFORTABLE_VALIDITY_DAYS = 30;
const KEYWORDS_SHOWN = 5;

/**
 * One part of a score: how well the pair does on it (0..1), and the reason in words. The words are
 * built only for the pairs that are kept: ranking scores thousands of pairs, explaining ten.
 */
export interface Part {
  fit: number;
  detail: () => string;
}

const NONE: Part = { fit: 0, detail: () => '' };

/**
 * How the supply's category relates to the demand, the strongest relation winning: the same
 * category (1, or 0.5 when the demand is posted under the buyer's own industry: it then asks for
 * what that industry buys, not for its own products), a direct chain link (0.9), a link to the
 * buyer's own industry (0.6). Allocation-free, for ranking many pairs.
 */
export function categoryFit(s: MatchListing, d: MatchListing, ctx: ScoringContext): number {
  const ownIndustry = postedUnderOwnIndustry(d);
  if (s.categoryCode === d.categoryCode) return ownIndustry ? 0.5 : 1;
  if (ctx.isUpstream(s.categoryCode, d.categoryCode)) return 0.9;
  // A demand posted under the firm's own industry (a liquor maker asking for 包装配套 under
  // 白酒制造) stands for everything that industry buys; one posted under a product category says
  // exactly what it wants.
  return ownIndustry && d.enterpriseCategories.some((c) => ctx.isUpstream(s.categoryCode, c)) ? 0.6 : 0;
}

/** The category relation with its reason in words. */
export function categoryPart(
  s: MatchListing,
  d: MatchListing,
  ctx: ScoringContext,
): Part & { code?: 'SAME_CATEGORY' | 'CHAIN_LINK' } {
  const fit = categoryFit(s, d, ctx);
  const name = (code: string) => ctx.categoryName(code);
  if (!fit) return NONE;
  if (s.categoryCode === d.categoryCode)
    return { fit, code: 'SAME_CATEGORY', detail: () => `同类产品：${name(s.categoryCode)}` };
  if (fit === 0.9)
    return { fit, code: 'CHAIN_LINK', detail: () => `上游：${name(s.categoryCode)} → ${name(d.categoryCode)}` };
  const own = () => d.enterpriseCategories.find((c) => ctx.isUpstream(s.categoryCode, c))!;
  return { fit, code: 'CHAIN_LINK', detail: () => `上游：${name(s.categoryCode)} → ${name(own())}（需求方主业）` };
}

export function postedUnderOwnIndustry(d: MatchListing): boolean {
  return d.enterpriseCategories.includes(d.categoryCode);
}

/**
 * Weighted term overlap: each shared term counts with its rarity (idf) and the lesser of its two
 * field weights, against the geometric mean of both listings' total term weight, so that a long
 * description neither wins by volume nor is punished much for it.
 */
export function keywordPart(s: MatchListing, d: MatchListing, ctx: ScoringContext): Part & { shared: () => string[] } {
  if (!s.terms.size || !d.terms.size) return { ...NONE, shared: () => [] };
  let sumS = 0;
  s.terms.forEach((w, t) => (sumS += w * ctx.idf(t)));
  let sumD = 0;
  let overlap = 0;
  const found: { term: string; weight: number }[] = [];
  d.terms.forEach((wd, t) => {
    const idf = ctx.idf(t);
    sumD += wd * idf;
    const ws = s.terms.get(t);
    if (ws !== undefined) {
      const weight = Math.min(ws, wd) * idf;
      overlap += weight;
      found.push({ term: t, weight });
    }
  });
  if (!overlap) return { ...NONE, shared: () => [] };
  const shared = () =>
    dropContained([...found].sort((a, b) => b.weight - a.weight || b.term.length - a.term.length).map((x) => x.term));
  return {
    fit: Math.min(1, overlap / Math.sqrt(sumS * sumD) / FULL_KEYWORD_SIMILARITY),
    shared,
    detail: () => `共同产品词：${shared().slice(0, KEYWORDS_SHOWN).join('、')}`,
  };
}

/** 酱香型 already says 酱香: show the longer word only. */
function dropContained(terms: string[]): string[] {
  return terms.filter((t) => !terms.some((o) => o !== t && o.length > t.length && o.includes(t)));
}

export function quantityPart(s: MatchListing, d: MatchListing, ctx: ScoringContext): Part {
  if (s.quantity == null || d.quantity == null || !s.unit || !d.unit) {
    return { fit: 0.5, detail: () => (s.quantity == null ? '供应方未注明供应能力' : '需求方未注明需求数量') };
  }
  const factor = s.unit === d.unit ? 1 : ctx.unitFactor(s.unit, d.unit);
  if (factor == null) {
    return { fit: 0.2, detail: () => `计量单位不同，无法比较：供应以“${s.unit}”计，需求以“${d.unit}”计` };
  }
  const supply = s.quantity * factor;
  const offered = () =>
    `供应能力 ${formatAmount(s.quantity!)}${s.unit}${s.unit === d.unit ? '' : `（折合 ${formatAmount(supply)}${d.unit}）`}`;
  if (supply >= d.quantity) {
    return { fit: 1, detail: () => `${offered()} ≥ 需求 ${formatAmount(d.quantity!)}${d.unit}` };
  }
  const share = supply / d.quantity;
  return {
    fit: share,
    detail: () => `${offered()} 可满足需求 ${formatAmount(d.quantity!)}${d.unit} 的 ${Math.round(share * 100)}%`,
  };
}

export function pricePart(s: MatchListing, d: MatchListing): Part {
  const sr = range(s);
  const dr = range(d);
  if (!sr || !dr)
    return { fit: 0.5, detail: () => (!sr && !dr ? '双方价格面议' : !sr ? '供应方价格面议' : '需求方价格面议') };
  const text = () => `供应 ${formatRange(sr)} 元，需求 ${formatRange(dr)} 元`;
  if (sr[0] <= dr[1] && dr[0] <= sr[1]) return { fit: 1, detail: () => `价格区间重叠：${text()}` };
  if (sr[1] < dr[0]) return { fit: 1, detail: () => `报价低于需求预算：${text()}` };
  // The supplier asks more than the buyer offers: the larger the gap, the weaker the fit.
  const gap = (sr[0] - dr[1]) / Math.max(sr[0], 1e-9);
  return { fit: Math.max(0, 1 - 2 * gap), detail: () => `报价高出需求预算 ${Math.round(gap * 100)}%：${text()}` };
}

export function regionPart(s: MatchListing, d: MatchListing, ctx: ScoringContext): Part {
  const a = s.regionCode;
  const b = d.regionCode;
  const names = () => ctx.regionNames(a);
  if (a === b && !a.endsWith('00')) return { fit: 1, detail: () => `同一区县：${names().join('')}` };
  if (a.slice(0, 4) === b.slice(0, 4) && !a.endsWith('0000'))
    return { fit: 0.7, detail: () => `同一地市：${names().slice(0, 2).join('')}` };
  if (a.slice(0, 2) === b.slice(0, 2)) return { fit: 0.4, detail: () => `同省：${names()[0] ?? a}` };
  return { fit: 0, detail: () => `跨省：${names()[0] ?? a} → ${ctx.regionNames(b)[0] ?? b}` };
}

export function certificationPart(s: MatchListing, d: MatchListing): Part {
  if (!d.certifications.length) return { fit: 1, detail: () => '需求方未要求认证' };
  const missing = d.certifications.filter((c) => !s.certifications.includes(c));
  if (!missing.length) return { fit: 1, detail: () => `具备要求的 ${d.certifications.join('、')} 认证` };
  const share = (d.certifications.length - missing.length) / d.certifications.length;
  return { fit: share * 0.5, detail: () => `缺少要求的 ${missing.join('、')} 认证` };
}

const OPEN_ENDED: Part = { fit: 1, detail: () => '双方长期有效' };

export function validityPart(s: MatchListing, d: MatchListing, today: string): Part {
  if (!s.validUntil && !d.validUntil) return OPEN_ENDED;
  const ends = [s.validUntil, d.validUntil].filter((v): v is string => !!v).sort();
  const days = Math.max(0, daysBetween(today, ends[0]));
  const who = ends[0] === s.validUntil ? '供应' : '需求';
  if (days >= COMFORTABLE_VALIDITY_DAYS) return { fit: 1, detail: () => `双方有效期至 ${ends[0]} 以后` };
  return { fit: days / COMFORTABLE_VALIDITY_DAYS, detail: () => `${who}信息 ${days} 天后到期（${ends[0]}）` };
}

/**
 * Scores one supply against one demand. Every part is a fit in 0..1 times its weight; the weights
 * sum to 1, so the score is in 0..1. Returns null for a pair that has neither a chain relation nor
 * a shared product term, or that scores below MIN_SCORE. With `explain` false the reasons are
 * left empty (for ranking many pairs; explain the few that are kept); `keywordFit`, when given,
 * stands in for the term overlap.
 */
export function scorePair(
  s: MatchListing,
  d: MatchListing,
  ctx: ScoringContext,
  explain = true,
  keywordFit?: number,
): ScoredPair | null {
  if (s.kind !== 'SUPPLY' || d.kind !== 'DEMAND' || s.enterpriseId === d.enterpriseId) return null;
  const w = ctx.weights;
  const category = categoryPart(s, d, ctx);
  // A ranking pass may bring its own estimate of the term overlap (see MatchIndex.top).
  const keywords = keywordFit === undefined ? keywordPart(s, d, ctx) : { ...NONE, fit: keywordFit };
  if (!category.fit && !keywords.fit) return null;
  // Quantity, price, region, certificates and dates say how practical a deal is, not whether the
  // products belong together: they count in proportion to the product relevance, so that two
  // unrelated listings that are merely near each other never look like a match.
  const gate = practicalGate(w, category.fit, keywords.fit);
  const parts: [MatchReason['code'], number, Part][] = [];
  if (category.code) parts.push([category.code, w.category, category]);
  if (keywords.fit) parts.push(['KEYWORDS', w.keywords, keywords]);
  parts.push(
    ['QUANTITY_FIT', w.quantity * gate, quantityPart(s, d, ctx)],
    ['PRICE_OVERLAP', w.price * gate, pricePart(s, d)],
    ['REGION', w.region * gate, regionPart(s, d, ctx)],
    ['CERTIFICATION', w.certification * gate, certificationPart(s, d)],
    ['VALIDITY', w.validity * gate, validityPart(s, d, ctx.today)],
  );
  let total = 0;
  for (const [, weight, part] of parts) total += round(weight * part.fit);
  const score = round(Math.min(1, total));
  if (score < MIN_SCORE) return null;
  const pair: ScoredPair = { supplyId: s.id, demandId: d.id, score, reasons: [] };
  if (explain) pair.reasons = explainParts(parts);
  return pair;
}

/** How much the practical parts count, from the product relevance (category and terms). */
export function practicalGate(w: MatchWeights, categoryFit: number, keywordFit: number): number {
  const relevance = (w.category * categoryFit + w.keywords * keywordFit) / Math.max(w.category + w.keywords, 1e-9);
  return Math.min(1, relevance / FULL_RELEVANCE);
}

/** The best score a pair with these category and term fits could reach. */
export function scoreBound(w: MatchWeights, categoryFit: number, keywordFit: number): number {
  const practical = w.quantity + w.price + w.region + w.certification + w.validity;
  return w.category * categoryFit + w.keywords * keywordFit + practicalGate(w, categoryFit, keywordFit) * practical;
}

function explainParts(parts: [MatchReason['code'], number, Part][]): MatchReason[] {
  return parts
    .map(([code, weight, part]) => ({ code, contribution: round(weight * part.fit), detail: part.detail() }))
    .sort((a, b) => b.contribution - a.contribution);
}

function range(l: MatchListing): [number, number] | null {
  if (l.priceMin == null && l.priceMax == null) return null;
  return [l.priceMin ?? l.priceMax!, l.priceMax ?? l.priceMin!];
}

function formatRange([lo, hi]: [number, number]): string {
  return lo === hi ? formatAmount(lo) : `${formatAmount(lo)}–${formatAmount(hi)}`;
}

/** 3000000 → "300万", 250000000 → "2.5亿", 12.5 → "12.5". */
export function formatAmount(n: number): string {
  const trim = (x: number) => String(Number(x.toFixed(2)));
  if (Math.abs(n) >= 1e8) return `${trim(n / 1e8)}亿`;
  if (Math.abs(n) >= 1e4) return `${trim(n / 1e4)}万`;
  return trim(n);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function round(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}
