import {
  areSubstitutes,
  asksForEquipment,
  asksForMachineItself,
  asksForService,
  asksOnlyForService,
  edgeCounts,
  edgeKind,
  feeds,
  NEED_WORDS,
  offersEquipment,
  offersService,
  partAgainstMachine,
  postedUnderOwnIndustry,
  titleOffersService,
  titleOffersServiceOnly,
  titleSaysService,
  toldAsProblem,
} from './chain-relations';
import { orderedScore } from './order';
import type { Part } from './practical-parts';
import {
  certificationFit,
  certificationPart,
  formatAmount,
  priceFit,
  pricePart,
  quantityFit,
  quantityPart,
  regionFit,
  regionPart,
  validityFit,
  validityPart,
} from './practical-parts';
import { specConflict } from './specs';
import { groupName } from './synonyms';
import { gramSimilarity } from './text-grams';
import { NEGATED, splitTitle, TITLE_WEIGHT } from './tokenizer';
import type { MatchListing, MatchReason, MatchWeights, ScoredPair, ScoringContext } from './types';

export type { Part };
export { postedUnderOwnIndustry };
export { certificationPart, formatAmount, pricePart, quantityPart, regionPart, validityPart };

/**
 * Pairs below this score are not suggested. Low, because a pair gets here only with product
 * evidence (a shared product term, or a demand naming a need its category meets): a buyer who tells
 * a long story (窑尾冒灰问题 想整改, with a paragraph on the plant) shares one or two telling words with
 * the right offer, and its term fit is small against so many words. 0.15 left such offers out of
 * their buyers' lists (bench/RESULTS.md, held-out sets storage and ict); 0.10 still left the 变频器 out
 * of 高温风机电费太高's list (development part 20) and related offers out of four held-out sets' lists.
 * Notifications go out from STRONG_SCORE (0.55) only, so such pairs are listed, never pushed.
 */
export const MIN_SCORE = 0.05;

/**
 * From this score a pair is strong: it is notified to both firms and opens their contact details
 * (accounts/access.ts holds its own copy, kept equal by the matching lib's tests); the learned order
 * (order.ts) never moves a pair across it.
 */
export const STRONG_SCORE = 0.55;
/** Product relevance (category and terms, 0..1) from which the practical parts count in full. */
const FULL_RELEVANCE = 0.5;
/**
 * The knee of the word fit's curve (see wordFit): linear below it (a weighted term overlap of 0.25
 * gives 0.5), rising ever more slowly above it (0.6 gives 0.88, 1 gives 0.98). 0.25 rather than the
 * first 0.3: every development part and held-out sets BA, BB and BF gained 0–0.007 (bench/RESULTS.md);
 * at 0.2 offers of the very product and offers of its kind (part 6) drew together again.
 */
export const WORD_FIT_KNEE = 0.25;

/**
 * The word part of the keyword fit from the weighted term overlap (0..1). Linear up to the knee, so
 * that one shared modifier (the 酱香型 of 酱香型基酒 for a 酱香白酒蒸馏甑) stays weak evidence; above
 * it rising ever more slowly, never flat. A fit capped at a fixed overlap (as it was, full at 0.6)
 * tied every strong pair at 1, and their order then fell to the practical parts and to ids: an offer
 * of the very product asked for (PET瓶坯 28牙 for PET瓶坯 28牙) ranked beside one of its kind (PET瓶坯 38mm口).
 */
export function wordFit(overlap: number): number {
  if (overlap <= WORD_FIT_KNEE) return overlap / (2 * WORD_FIT_KNEE);
  return 1 - 0.5 * Math.exp(-(overlap - WORD_FIT_KNEE) / WORD_FIT_KNEE);
}
const KEYWORDS_SHOWN = 5;
/** How much a match on one of the products a title names counts against a match on the whole text. */
const SEGMENT_SHARE = 0.9;
/** How much the words a service shares with a demand for goods count (磷矿石运输 for 求购 磷矿石). */
const SERVICE_FOR_GOODS_SHARE = 0.5;
/** The fit kept by the demand's kind of product in another material (see otherMaterial). */
const OTHER_MATERIAL_SHARE = 0.5;
/** The fit kept by an offer sharing only the words of the buyer's own industry (see sharesOnlyOwnIndustry). */
const OWN_INDUSTRY_SHARE = 0.5;

const NONE: Part = { fit: 0, detail: () => '' };

/** A category holding more than this share of a hall's listings is a catch-all (see catchAllDiscount). */
const CATCH_ALL_SHARE = 0.05;
/** The least a shared catch-all category counts, against a shared ordinary one. */
const CATCH_ALL_FLOOR = 0.3;

/**
 * How much sharing a category says about a pair, by how much of the hall files under it: two
 * listings under 软件开发 in a hall where a fifth of the firms write software share a filing
 * habit, not a product; two under 中成药生产 in a hall of many sectors share a trade. 1 up to
 * CATCH_ALL_SHARE, then falling with the information the shared category carries (log 1/share),
 * never below CATCH_ALL_FLOOR. Measured on held-out sets written by others (bench/RESULTS.md).
 */
export function catchAllDiscount(share: number): number {
  if (share <= CATCH_ALL_SHARE) return 1;
  return Math.max(CATCH_ALL_FLOOR, Math.log(share) / Math.log(CATCH_ALL_SHARE));
}

/** Category fits, strongest relation first. */
export const CATEGORY_FIT = {
  same: 1,
  sameOwnIndustry: 0.2,
  upstream: 0.9,
  upstreamOfProduct: 0.45,
  substitute: 0.7,
  ownIndustry: 0.6,
};

/**
 * How the supply's category relates to the demand, the strongest relation winning: the same
 * category (1, or 0.2 when the demand is posted under the buyer's own industry: it then asks for
 * what that industry buys, not for its own products), a direct chain link (0.9), a near-substitute
 * category (0.7: gift boxes made by a box maker or a printer), a link to the buyer's own industry
 * (0.6). The same category counts less when it is a catch-all of the hall (catchAllDiscount).
 * A chain link from an equipment or service category counts only when the demand asks for
 * equipment or a service (see chain-relations.ts). Allocation-free, for ranking many pairs.
 */
export function categoryFit(s: MatchListing, d: MatchListing, ctx: ScoringContext): number {
  const ownIndustry = postedUnderOwnIndustry(d);
  if (s.categoryCode === d.categoryCode)
    return (
      (ownIndustry ? CATEGORY_FIT.sameOwnIndustry : CATEGORY_FIT.same) *
      catchAllDiscount(ctx.categoryShare?.(s.categoryCode) ?? 0)
    );
  const counts = edgeCounts(s.categoryCode, d);
  // Under the buyer's own industry, what flows into that industry is what it buys; under a product
  // category, what flows into the product is its maker's input (sand for a buyer of bottles): related, weaker.
  const upstream = (to: string) => feeds(s.categoryCode, to, ctx);
  if (counts && upstream(d.categoryCode))
    return ownIndustry || !d.enterpriseCategories.length ? CATEGORY_FIT.upstream : CATEGORY_FIT.upstreamOfProduct;
  // (another product of the buyer's own kind is no answer to a problem it tells: 大方皱椒 for 油辣椒每批辣度不一样)
  if (areSubstitutes(s.categoryCode, d.categoryCode) && !toldAsProblem(d)) return CATEGORY_FIT.substitute;
  // A demand posted under the firm's own industry (a liquor maker asking for 包装配套 under
  // 白酒制造) stands for everything that industry buys; one posted under a product category says
  // exactly what it wants.
  return counts && ownIndustry && d.enterpriseCategories.some(upstream) ? CATEGORY_FIT.ownIndustry : 0;
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
  if (fit === CATEGORY_FIT.upstream || fit === CATEGORY_FIT.upstreamOfProduct)
    return { fit, code: 'CHAIN_LINK', detail: () => `上游：${name(s.categoryCode)} → ${name(d.categoryCode)}` };
  if (fit === CATEGORY_FIT.substitute)
    return {
      fit,
      code: 'SAME_CATEGORY',
      detail: () => `相近产品：${name(s.categoryCode)} 可替代 ${name(d.categoryCode)}`,
    };
  const own = () => d.enterpriseCategories.find((c) => feeds(s.categoryCode, c, ctx))!;
  return { fit, code: 'CHAIN_LINK', detail: () => `上游：${name(s.categoryCode)} → ${name(own())}（需求方主业）` };
}

/**
 * The total term weight of a term map: each term's field weight times its idf, in the map's order;
 * the context's kept figure where it has one (ScoringContext.termWeight, kept by MatchIndex until the
 * index changes).
 */
export function termWeight(terms: ReadonlyMap<string, number>, ctx: ScoringContext): number {
  return ctx.termWeight ? ctx.termWeight(terms) : sumTermWeight(terms, ctx);
}

/** termWeight, summed. */
export function sumTermWeight(terms: ReadonlyMap<string, number>, ctx: Pick<ScoringContext, 'idf'>): number {
  let sum = 0;
  terms.forEach((w, t) => (sum += w * ctx.idf(t)));
  return sum;
}

/** The total term weights of a supply's and a demand's terms, when the caller already has them. */
export interface TermWeights {
  s: number;
  d: number;
}

/**
 * How much an offer's own length counts in the term fit's norm, the rest being the hall's mean offer
 * (ScoringContext.offerWeight): a pivoted length, as in BM25. At 1 (the geometric mean of both
 * lengths) a detailed offer of the product lost to a one-line offer sharing a single word with the
 * demand (湄潭 茶叶专用冷藏库 0-5℃ 低湿 with its conditions spelt out, below 水果冷库出租 for
 * 租茶叶冷库 20吨 5℃以下 要干燥). Not 0: a catalogue listing every product would then meet every
 * demand at full fit. Chosen on the held-out sets read before (7 of 29: 1 → 0.3 lifted their mean
 * nDCG@10 0.830 → 0.835) and checked on the 22 unread (0.877 → 0.881; bench/RESULTS.md, stop 60).
 */
export const OFFER_LENGTH_SHARE = 0.3;

/** An offer's term weight as the term fit's norm counts it (see OFFER_LENGTH_SHARE). */
export function offerNorm(weight: number, ctx: Pick<ScoringContext, 'offerWeight'>): number {
  const mean = ctx.offerWeight?.();
  return mean ? OFFER_LENGTH_SHARE * weight + (1 - OFFER_LENGTH_SHARE) * mean : weight;
}

/**
 * Weighted overlap of an offer's and a demand's term maps (`s`, `d`) against the geometric mean of
 * their total weights, the offer's pivoted (offerNorm); `sumS`, `sumD`: termWeight of each, when the
 * caller has them (the same numbers, so the same result).
 */
function similarity(
  s: ReadonlyMap<string, number>,
  d: ReadonlyMap<string, number>,
  ctx: ScoringContext,
  sumS = termWeight(s, ctx),
  sumD = termWeight(d, ctx),
): number {
  let overlap = 0;
  d.forEach((wd, t) => {
    const ws = s.get(t);
    if (ws !== undefined) overlap += Math.min(ws, wd) * ctx.idf(t);
  });
  return overlap ? overlap / Math.sqrt(offerNorm(sumS, ctx) * sumD) : 0;
}

/**
 * Weighted term overlap: each shared term counts with its rarity (idf) and the lesser of its two
 * field weights, against the geometric mean of both listings' total term weight, so that a long
 * description neither wins by volume nor is punished much for it. A title naming several products
 * (果汁、易拉罐和纸箱) is also compared product by product, the best product pair counting, so that
 * a counterpart of one of them is not diluted by the others.
 */
export function keywordPart(
  s: MatchListing,
  d: MatchListing,
  ctx: ScoringContext,
  weights?: TermWeights,
): Part & { shared: () => string[] } {
  if (!s.terms.size || !d.terms.size) return { ...NONE, shared: () => [] };
  let fit = weights ? similarity(s.terms, d.terms, ctx, weights.s, weights.d) : similarity(s.terms, d.terms, ctx);
  if (!fit) return { ...NONE, shared: () => [] };
  const ds = d.segments ?? [];
  const ss = s.segments ?? [];
  // Only where a title names several products: one product's name against another's is the title
  // against the title, which the whole text already weighs (and the postings' estimate can follow).
  if (ds.length > 1 || ss.length > 1) {
    for (const a of ds)
      for (const b of ss)
        if (
          standsAlone(a) &&
          standsAlone(b) &&
          sameKindOfProduct(a, b) &&
          sharesObject(a, b) &&
          sharesTellingWord(a, b, ctx)
        )
          fit = Math.max(fit, SEGMENT_SHARE * similarity(b, a, ctx));
  }
  // The same product in other words shares characters where it shares no word (see textFit).
  const words = wordFit(fit);
  if (sharesDistinctive(s, d, ctx)) fit = 1 - (1 - words) * (1 - textFit(s, d));
  else fit = words;
  // A service naming goods (their transport, their testing) answers a demand for the goods only in part.
  if ((offersService(s) || titleOffersServiceOnly(s)) && !asksForService(d)) fit *= SERVICE_FOR_GOODS_SHARE;
  // And the goods a service is for answer a demand for the service only in part (薏仁 for 开网店卖薏仁).
  // (Goods: a supply filed under a goods or equipment category whose title offers no such service;
  // a service firm's 直播带货 is its service, a consultancy's GMP认证咨询 under its clients' industry too.)
  else if (edgeKind(s.categoryCode) !== 'SERVICE' && asksOnlyForService(d) && !titleOffersService(s))
    fit *= SERVICE_FOR_GOODS_SHARE;
  // So do the goods a machine is for, to a demand for the machine (酱香型白酒玻璃瓶 for 酱香白酒蒸馏甑);
  // not the parts and materials an equipment maker buys under its own industry (刮板机链轮组件 for a
  // conveyor maker), nor an offer naming the model the demand names (see sharesModel), nor a machine its
  // maker files under a material category (磁悬浮离心式冷水机组 under 金属结构制造).
  else if (
    edgeKind(s.categoryCode) === 'MATERIAL' &&
    asksForMachineItself(d) &&
    !offersEquipment(s) &&
    !sharesModel(s, d)
  )
    fit *= SERVICE_FOR_GOODS_SHARE;
  // And the machine, to a demand for one of its parts, even of the model the demand names (PCF2022 单段锤式破碎机
  // for PCF2022锤破锤头一套: the hammers are asked for, not the crusher).
  else if (partAgainstMachine(d, s)) fit *= SERVICE_FOR_GOODS_SHARE;
  // And a machine for the goods, to a demand for the goods (香菇烘干机 for 食用菌干货（香菇、竹荪等）),
  // unless the demand names that kind of machine (采购 挖掘机 under a builder's own industry) or its
  // model (GGD2 低压配电柜 met by GGD2型…成套设备).
  else if (
    offersEquipment(s) &&
    !asksForEquipment(d) &&
    !titleSaysService(d) &&
    !namesKindOf(d, s) &&
    !sharesModel(s, d)
  )
    fit *= SERVICE_FOR_GOODS_SHARE;
  // And the goods or material a product is for, to a demand for the product (a 钢丝绳芯输送带 for
  // 输送带用钢丝绳, a 钛合金棒 for 钛合金加工用的冷却液).
  else if (offersTheUse(s, d)) fit *= SERVICE_FOR_GOODS_SHARE;
  // And the product a demand wants replaced (找TMTD的替代品: TMTD is what the buyer is to be rid of).
  else if (offersTheReplaced(s, d)) fit *= SERVICE_FOR_GOODS_SHARE;
  // And the same kind of product in another material (a 玻璃酒瓶 for 陶瓷酒瓶, a PET塑料小酒瓶 for 玻璃瓶):
  // a substitute at best.
  else if (otherMaterial(s, d)) fit *= OTHER_MATERIAL_SHARE;
  // And plants to grow, to a buyer of the crop, or the crop to a buyer of plants to grow (石斛兰盆栽 and
  // 铁皮石斛 组培瓶苗 for 找天麻、石斛货源; dried 黄精 for 黄精种苗): the same species, another product.
  else if (growingApart(s, d)) fit *= OTHER_MATERIAL_SHARE;
  // And an offer for the buyer's industry, to a buyer naming its industry beside the product it asks
  // for (预焙阳极炭块（电解铝用） for 电解铝厂用户侧储能): its words say whom it serves, not what is asked.
  else if (sharesOnlyOwnIndustry(s, d, ctx) || sharesOnlyOwnProducts(s, d, ctx)) fit *= OWN_INDUSTRY_SHARE;
  // And an offer that names neither the demand's product nor shares its own product with the demand,
  // whose words in common only say where, for whom or how (学校食堂 of 学校食堂大米采购 and of
  // 冷链城配（学校食堂团餐配送）): a setting in common, not the product.
  else if (namesProduct(d) && headOffered(d, ctx) && !sharesHead(s, d)) fit *= SETTING_ONLY_SHARE;
  // And an offer sharing only the story's words (车间, 工人, 食堂) with a demand told as a problem whose
  // symptom is read (冷库不冷, 粉尘大: see remedies.ts), naming neither the symptom nor a fix for it.
  else if (missesTheFix(s, d)) fit *= STORY_ONLY_SHARE;
  // And, whatever else, an offer that says it is not what the buyer asks for (非食用 for 食用牛油, 不耐高温
  // for 能高温杀菌的袋), or names what the buyer will not take (青花椒 for 不要青花椒).
  if (negationConflict(s, d)) fit *= NEGATED_SHARE;
  // And a pair whose titles share nothing, met only in what their descriptions say, is a weaker sign.
  if (titlesApart(s, d)) fit *= TITLES_APART_SHARE;
  const shared = () => {
    const found: { term: string; weight: number }[] = [];
    d.terms.forEach((wd, t) => {
      const ws = s.terms.get(t);
      if (ws !== undefined && !t.startsWith(HEAD_MARK)) found.push({ term: t, weight: Math.min(ws, wd) * ctx.idf(t) });
    });
    return dropContained(
      found.sort((a, b) => b.weight - a.weight || b.term.length - a.term.length).map((x) => x.term),
    ).map((t) => (t.startsWith(NEGATED) ? `非${t.slice(NEGATED.length)}` : t));
  };
  return {
    fit,
    shared,
    detail: () => {
      // A fix for a symptom the buyer told (remedyTerms) is no word the buyer wrote: said apart, with the symptom.
      const words = shared().slice(0, KEYWORDS_SHOWN);
      const own = words.filter((t) => !d.remedies?.has(t));
      const fixes = words
        .filter((t) => d.remedies?.has(t))
        .map((t) => `${t}（需求所述：${d.remedies!.get(t)!.symptom}）`);
      const said = [
        own.length ? `共同产品词：${own.join('、')}` : '',
        fixes.length ? `对症产品：${fixes.join('、')}` : '',
      ];
      return said.filter(Boolean).join('；') || '同类产品名称相近';
    },
  };
}

/** What a pair counts of its term fit where neither title shares a word with the other listing (see titlesApart). */
const TITLES_APART_SHARE = 0.85;

/**
 * Whether the words a pair shares are all in neither title: no word of the demand's title is in the
 * offer, no word of the offer's title in the demand, and the titles name no code in common. What such
 * a pair has in common is what its descriptions say (精炼 of 菜籽色拉油 一级 and of 火锅牛油's 要食用精炼牛油),
 * where a title naming the other's product says what is offered or asked. Head nouns alone do not count
 * (~油 of 色拉油 and 牛油); a fix for a symptom told counts where the offer's title names it.
 */
export function titlesApart(s: MatchListing, d: MatchListing): boolean {
  const codes = titleCodes(d);
  if (codes.length && titleCodes(s).some((c) => codes.includes(c))) return false;
  for (const [t, wd] of d.terms) {
    if (t.startsWith(HEAD_MARK)) continue;
    const ws = s.terms.get(t);
    if (ws !== undefined && (wd >= TITLE_WEIGHT || ws >= TITLE_WEIGHT)) return false;
  }
  return true;
}

/** What a pair counts of its term fit where the offer shares only a problem story's words (see missesTheFix). */
const STORY_ONLY_SHARE = 0.7;

/**
 * Whether a demand whose title tells a problem, and whose symptom the lexicon knows (MatchListing.remedies),
 * meets an offer that names neither a fix for it nor the symptom itself: what they share is the story's
 * setting (冷库出租 for 冷库不冷 腊肉要坏, 车间工人派遣 for 包装车间粉尘大), not its answer.
 */
export function missesTheFix(s: MatchListing, d: MatchListing): boolean {
  if (!d.remedies?.size || !toldAsProblem(d)) return false;
  for (const [t, { symptom, head }] of d.remedies) if ((head && s.terms.has(t)) || s.terms.has(symptom)) return false;
  return true;
}

/** What a pair counts of its term fit where one side negates what the other says (see negationConflict). */
const NEGATED_SHARE = 0.7;

/**
 * Whether one listing negates a word the other says (Tokenizer.negations): the offer says it is not
 * what the demand says (非食用 against 食用, without saying 食用 elsewhere), or the demand refuses what
 * the offer's title names (不要青花椒 against 顶坛青花椒).
 */
export function negationConflict(s: MatchListing, d: MatchListing): boolean {
  // (most listings negate nothing: then nothing conflicts, without a look-up per term)
  if (!negatesAny(d) && !negatesAny(s)) return false;
  for (const [t, w] of d.terms) {
    if (t.startsWith(HEAD_MARK)) continue;
    if (t.startsWith(NEGATED) && t.length > NEGATED.length) {
      const word = t.slice(NEGATED.length);
      // (要红花椒，不要青花椒 still asks for 花椒)
      if (!d.terms.has(word) && (s.terms.get(word) ?? 0) >= TITLE_WEIGHT && !s.terms.has(t)) return true;
    } else if (w > 0 && s.terms.has(NEGATED + t) && !s.terms.has(t)) return true;
  }
  return false;
}

const NEGATES = new WeakMap<MatchListing, boolean>();

/** Whether a listing holds a negated term (Tokenizer.negations), read once per listing object. */
function negatesAny(l: MatchListing): boolean {
  let negates = NEGATES.get(l);
  if (negates === undefined) {
    negates = false;
    for (const t of l.terms.keys()) if (t.startsWith(NEGATED) && t.length > NEGATED.length) negates = true;
    NEGATES.set(l, negates);
  }
  return negates;
}

/** What a pair whose shared words touch neither title's product counts of its term fit (see keywordPart). */
const SETTING_ONLY_SHARE = 0.5;

/**
 * What is done to a thing that names no trade of its own (更换 of 机组更换, 检查 of 水下检查): a title may end
 * with it, but two titles sharing it share no product. A trade (检测, 维修, 设计) is a service's product.
 */
const PROCEDURES: ReadonlySet<string> = new Set([
  '更换',
  '改造',
  '检查',
  '更新',
  '整改',
  '升级',
  '调试',
  '采购',
  '供应',
]);

/** Head words and the names of their synonym groups (鄂破 is 颚式破碎机). */
function withGroupNames(heads: readonly string[] | undefined): string[] {
  const out: string[] = [];
  for (const h of heads ?? []) {
    out.push(h);
    const name = groupName(h);
    if (name !== h) out.push(name);
  }
  return out;
}

/** Codes and grades in a title (ERP, WMS, HRB400E, 6063; not 25kg or 304): they name a product as a head word does. */
const TITLE_CODE = /(?<![a-z\d])(?:[a-z](?:\+[a-z])+|[a-z]{2,}|\d{4,})(?![a-z\d.+])/g;
const TITLE_CODES = new WeakMap<MatchListing, string[]>();
function titleCodes(l: MatchListing): string[] {
  let codes = TITLE_CODES.get(l);
  if (!codes) {
    codes = l.title.normalize('NFKC').toLowerCase().match(TITLE_CODE) ?? [];
    TITLE_CODES.set(l, codes);
  }
  return codes;
}

/**
 * Whether any of a demand's head words is held by an open offer: a product the hall trades. A story
 * told in the title (仓库老是发错货, 窑尾冒灰问题 想整改) has heads no offer holds, and its offers share
 * the story's setting by design. A context that cannot tell (no `held`) knows of no offer.
 */
function headOffered(d: MatchListing, ctx: ScoringContext): boolean {
  if (!ctx.held) return false;
  return !!d.titleHeads?.some((h) => ctx.held!('SUPPLY', h) || ctx.held!('SUPPLY', groupName(h)));
}

/**
 * Whether a supply and a demand share a product: a code or grade both titles name (ERP, 6063, I+G), a
 * head noun (~罐 of 储酒罐 and 不锈钢罐), a shared word in or around either title's head words (大米 of
 * 学校食堂大米采购 and 东北长粒香大米), or a character of their head words (麦麸 and 麸皮, 铝土矿 and 矿石).
 * Procedures (更换) and places (学校食堂) are no product in common (see productHeads).
 */
export function sharesHead(s: MatchListing, d: MatchListing): boolean {
  const { heads: sHeads, names: sh } = productHeads(s);
  const { heads: dHeads, names: dh } = productHeads(d);
  const codes = titleCodes(d);
  if (codes.length && titleCodes(s).some((c) => codes.includes(c))) return true;
  for (const t of d.terms.keys()) {
    if (!s.terms.has(t) || PROCEDURES.has(t) || namesSetting(t)) continue;
    if (t.startsWith(HEAD_MARK)) {
      if (!droppedMark(s, sHeads, t) && !droppedMark(d, dHeads, t)) return true;
    } else if (dh.some((h) => h.includes(t) || t.includes(h)) || sh.some((h) => h.includes(t) || t.includes(h)))
      return true;
  }
  const chars = new Set<string>();
  for (const h of sHeads) for (const ch of h) if (HAN.test(ch) && !NON_PRODUCT_CHARACTERS.has(ch)) chars.add(ch);
  for (const h of dHeads) for (const ch of h) if (chars.has(ch)) return true;
  return false;
}

/**
 * Places and kinds of user that a title names beside its product (医院病房 护理床, 矿山 井下 矿灯,
 * 学校食堂大米): where the goods go, not what they are.
 */
const SETTINGS: ReadonlySet<string> = new Set([
  ...['医院', '病房', '诊所', '酒店', '宾馆', '客房', '民宿', '餐厅', '餐饮', '食堂', '团餐', '学校', '教室', '校园'],
  ...['中小学', '幼儿园', '宿舍', '工地', '矿山', '井下', '矿井', '煤矿', '车间', '厂区', '园区', '景区', '小区'],
  ...['办公室', '会议室', '实验室', '商场', '超市', '家庭', '家用', '户外', '室内', '单位', '机关', '电站', '电厂'],
  ...['厨房', '中央厨房', '后厨', '仓库', '库房', '机房', '门店', '店铺', '病区', '住院部', '养老院', '社区', '现场'],
]);

/** Whether a word names a place or user (see SETTINGS), alone or as two of them (学校食堂, 医院病房). */
function namesSetting(word: string): boolean {
  if (SETTINGS.has(word)) return true;
  for (let i = 2; i <= word.length - 2; i++)
    if (SETTINGS.has(word.slice(0, i)) && SETTINGS.has(word.slice(i))) return true;
  return false;
}

/**
 * A title's head words that name a thing: not what is done to it (更换 of 机组更换, 检查 of 水下检查),
 * nor, beside a product, the place it goes (酒店客房 of 酒店客房 一次性洗漱用品).
 */
function productHeads(l: MatchListing): { heads: readonly string[]; names: readonly string[] } {
  let found = PRODUCT_HEADS.get(l);
  if (!found) {
    const things = (l.titleHeads ?? []).filter((h) => !PROCEDURES.has(h));
    const products = things.filter((h) => !namesSetting(h));
    const heads = products.length ? products : things;
    found = { heads, names: withGroupNames(heads) };
    PRODUCT_HEADS.set(l, found);
  }
  return found;
}
/** productHeads of a listing, with their synonym groups' names (cached per listing: a query's, read for each candidate). */
const PRODUCT_HEADS = new WeakMap<MatchListing, { heads: readonly string[]; names: readonly string[] }>();

/** Whether a head-noun term comes only from a head word productHeads left out (~换 of 更换, ~房 of 酒店客房). */
function droppedMark(l: MatchListing, kept: readonly string[], mark: string): boolean {
  const ch = mark.slice(HEAD_MARK.length);
  return !!l.titleHeads?.some((h) => h.endsWith(ch) && !kept.includes(h)) && !kept.some((h) => h.endsWith(ch));
}

/**
 * A title head naming plants sold to be grown rather than the crop: seedlings of any kind (种苗, 瓶苗,
 * 扦插苗, 苗木; not 疫苗), seeds, seed roots and tubers, spawn and growing logs (菌种, 菌棒), potted plants.
 */
const GROWING = /(?<!疫)苗(?:木)?$|(?:种子|种茎|种根|种球|种薯|菌种|母种|菌棒|菌包|盆栽|盆景)$/u;

/** Whether one side names plants to grow in its title and the other names none (see keywordPart). */
function growingApart(s: MatchListing, d: MatchListing): boolean {
  const grows = (l: MatchListing) => !!l.titleHeads?.some((h) => GROWING.test(h));
  if (!s.titleHeads?.length || !d.titleHeads?.length) return false;
  return grows(s) !== grows(d);
}

/**
 * Whether every word a supply shares with a demand names the buyer's own industry and none of the
 * products the demand names: the demand is posted under the buyer's industry and names a product
 * (not a need: 原辅料采购 under a sauce maker's industry asks for what that industry is made of), and
 * each shared word is of that industry's vocabulary (电解铝 for 铝冶炼, 水泥 for 水泥制造) and apart
 * from the title's head words (储能 of 电解铝厂用户侧储能; a liquor maker buying 原酒 names it).
 */
export function sharesOnlyOwnIndustry(s: MatchListing, d: MatchListing, ctx: ScoringContext): boolean {
  if (!postedUnderOwnIndustry(d) || !namesProduct(d)) return false;
  const vocabulary = ctx.categoryTerms?.(d.categoryCode);
  return !!vocabulary?.size && sharesOnlyWordsOf(s, d, vocabulary);
}

/**
 * Whether the pair shares a word, and every word it shares is one of `words` and apart from the
 * demand's title heads (see sharesOnlyOwnIndustry, sharesOnlyOwnProducts).
 */
function sharesOnlyWordsOf(s: MatchListing, d: MatchListing, words: { has(t: string): boolean }): boolean {
  const heads = d.titleHeads ?? [];
  let any = false;
  for (const t of d.terms.keys()) {
    if (t.startsWith(HEAD_MARK) || !s.terms.has(t)) continue;
    if (!words.has(t) || heads.some((h) => h.includes(t) || t.includes(h))) return false;
    any = true;
  }
  return any;
}

/**
 * Whether the words a pair shares are all words of the buyer's own offers (ScoringContext.firmOfferWords),
 * apart from what the demand's title names as its product: a chilli-oil maker's story (油辣椒每批辣度不一样,
 * 底料袋漏油胀袋) names its own product throughout, and an offer for that product (花生仁 做油辣椒原料) or of it
 * (火锅底料代工) shares those words without being what is asked.
 */
export function sharesOnlyOwnProducts(s: MatchListing, d: MatchListing, ctx: ScoringContext): boolean {
  const own = ctx.firmOfferWords?.(d.enterpriseId);
  // (a need, 原辅料采购 油辣椒生产用, asks for what goes into the buyer's products)
  return !!own?.size && namesProduct(d) && sharesOnlyWordsOf(s, d, own);
}

/**
 * Whether two products' names end in the same head (周转箱 and 纸箱 are both boxes), or one of them
 * has none to tell. Product by product, a short name is all but covered by the one word it shares:
 * 防静电地板清洁 shares the 防静电 of 防静电周转箱, 贴片 (placement, a service) the 贴片 of 贴片电容电阻;
 * compared as products they are none of each other's, so only the whole texts compare them.
 */
export function sameKindOfProduct(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  let headed = false;
  for (const t of a.keys()) {
    if (!t.startsWith(HEAD_MARK)) continue;
    if (b.has(t)) return true;
    headed = true;
  }
  if (!headed) return true;
  for (const t of b.keys()) if (t.startsWith(HEAD_MARK)) return false;
  return true;
}

/**
 * Whether a product a title names stands as a product by itself: more than one term (a Chinese name
 * comes with its head noun, ~箱 of 纸箱). A lone word with no head, the 5G of 5G+智慧矿山 视频AI分析云平台
 * or the MES of GMP车间电子批记录/MES, qualifies or restates the title's other product; compared alone,
 * any listing naming the word would cover it whole (a chemical plant's MES for a drug maker's).
 */
function standsAlone(product: ReadonlyMap<string, number>): boolean {
  return product.size > 1;
}

/**
 * Whether an offered product shares the most telling word (the greatest field weight × idf, heads
 * aside) of a product the demand names. Compared alone, a product that shares a demand's head and
 * its common words covers most of it: 二维码 for 茶叶溯源二维码, 主数据管理 for 基酒数据管理 (数据, 管理
 * and 数据管理 outweigh the one 基酒). Without the word that tells the demand's product apart, the two
 * are compared as whole texts only.
 */
function sharesTellingWord(
  demanded: ReadonlyMap<string, number>,
  offered: ReadonlyMap<string, number>,
  ctx: ScoringContext,
): boolean {
  let telling: string | undefined;
  let most = 0;
  for (const [t, w] of demanded) {
    if (t.startsWith(HEAD_MARK)) continue;
    const weight = w * ctx.idf(t);
    if (weight > most) {
      most = weight;
      telling = t;
    }
  }
  return telling === undefined || offered.has(telling);
}

/**
 * What is done to a thing, not the thing (维修, 安装, 检测): two products' names that share only such
 * a word (逆变器维修 and 机组检修) name services on different things.
 */
const ACTION_TERMS: ReadonlySet<string> = new Set([
  '维修',
  '检修',
  '维保',
  '保养',
  '维护',
  '安装',
  '施工',
  '调试',
  '运维',
  '检测',
  '测试',
  '改造',
  '设计',
  '咨询',
  '租赁',
  '回收',
  '清洗',
  '加工',
  '代工',
  '定制',
  '服务',
  '外委',
  '外包',
  '托管',
  '更换',
  '检查',
  '采购',
  '供应',
]);

/** Whether two products' names share a word that names a thing (see ACTION_TERMS). */
export function sharesObject(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  for (const t of a.keys()) if (b.has(t) && !t.startsWith(HEAD_MARK) && !ACTION_TERMS.has(t)) return true;
  return false;
}

/** The trigram similarity (pg_trgm's) at which the text's part of the keyword fit is full. */
export const FULL_TEXT_SIMILARITY = 0.25;
/**
 * The most the text's likeness gives: never all of the fit, so that two offers the characters both
 * call alike are still told apart by their words (脱硫石灰石粉 250目 before 脱硫石灰石 0-50mm for a
 * demand of the powder: at a cap of 1 both reached a full fit and the practical parts decided).
 */
export const TEXT_FIT_CAP = 0.9;

/**
 * How alike the two listings' texts are in characters (text-grams.ts), 0..1: evidence that does not
 * depend on how the dictionary cuts words. It joins the word fit as a second, independent sign
 * (either may show the likeness: 1 − (1 − words)(1 − text)), and only where the listings share a
 * word already, so that characters alone never make two listings related.
 */
export function textFit(s: MatchListing, d: MatchListing): number {
  if (!s.grams || !d.grams) return 0;
  return Math.min(TEXT_FIT_CAP, gramSimilarity(s.grams, d.grams) / FULL_TEXT_SIMILARITY);
}

/**
 * Whether the pair shares a term rare enough to make them candidates of each other
 * (ScoringContext.distinctive): two texts full of the hall's most common words are alike in
 * characters without being the same product, and such a pair is never proposed.
 */
function sharesDistinctive(s: MatchListing, d: MatchListing, ctx: ScoringContext): boolean {
  if (!ctx.distinctive) return true;
  for (const [t, wd] of d.terms) {
    const ws = s.terms.get(t);
    if (ws !== undefined && ctx.distinctive(t, ws >= TITLE_WEIGHT && wd >= TITLE_WEIGHT)) return true;
  }
  return false;
}

/**
 * Whether the supply offers what the demand's product is for rather than the product: the first product
 * its title names is (or begins with) a word of the use the demand writes before its product (see
 * Tokenizer.useWords), and its name ends in none of the demand's head nouns. Only the first: a supply
 * may name its own use after its product (聚合氯化铝 PAC 28% 污水处理).
 */
function offersTheUse(s: MatchListing, d: MatchListing): boolean {
  const uses = d.useWords;
  if (!uses?.length || !s.titleHeads?.length) return false;
  for (const t of d.terms.keys()) if (t.startsWith(HEAD_MARK) && s.terms.has(t)) return false;
  const head = s.titleHeads[0];
  return uses.some((u) => u.length >= 2 && head.startsWith(u));
}

/**
 * Whether the supply offers the product the demand says its own is to replace (see Tokenizer.replacedWords):
 * a title head of the supply ends in a Chinese word of it (工业葡萄糖 for 替代现有葡萄糖的碳源, not 葡萄糖浆),
 * or its title names a code of it (促进剂 TMTD for 找TMTD的替代品).
 */
function offersTheReplaced(s: MatchListing, d: MatchListing): boolean {
  // The material or make a story says is to go, named in the offer's title (一次性PP餐盒 for 还在用PP塑料盒).
  for (const w of d.retiredWords ?? []) if ((s.terms.get(w) ?? 0) >= TITLE_WEIGHT) return true;
  const replaced = d.replacedWords;
  if (!replaced?.length) return false;
  for (const w of replaced) {
    if (HAN_WORD.test(w)) {
      if (w.length >= 2 && s.titleHeads?.some((h) => h.endsWith(w))) return true;
    } else if ((s.terms.get(w) ?? 0) >= TITLE_WEIGHT) return true;
  }
  return false;
}
const HAN_WORD = /^\p{Script=Han}+$/u;

/**
 * What a product is made of, as its name says: materials a buyer of containers, packaging and wares
 * chooses between. 玻璃钢 and 玻璃纤维 are no glass; 铝塑 (a composite) and a grade of glass (高白料)
 * say nothing here.
 */
const MATERIALS: readonly (readonly [string, RegExp])[] = [
  ['glass', /玻璃(?!钢|纤维|棉|胶)/u],
  ['ceramic', /陶瓷|[陶瓷](?:瓶|坛|罐|缸|杯|碗|盘|壶)/u],
  ['plastic', /塑料|塑胶|pet|hdpe|pvc|亚克力|(?:pp|pe)(?=瓶|桶|袋|盒|箱|罐|膜|管)/u],
  ['metal', /马口铁|不锈钢|金属|铁(?:罐|盒|桶|听)|铝(?:罐|瓶|盒|听|桶)/u],
  ['paper', /纸(?:箱|盒|罐|袋|杯|管|筒|托|质|浆模塑)|瓦楞|纸板/u],
  ['wood', /实木|木(?:质|制|箱|盒|桶|托盘)/u],
];

/** The materials a listing's product name names (cached per listing). */
function materialsOf(l: MatchListing): readonly string[] {
  let found = MATERIALS_NAMED.get(l);
  if (!found) {
    const name = splitTitle(l.title).name.normalize('NFKC').toLowerCase();
    found = MATERIALS.filter(([, pattern]) => pattern.test(name)).map(([m]) => m);
    MATERIALS_NAMED.set(l, found);
  }
  return found;
}
const MATERIALS_NAMED = new WeakMap<MatchListing, readonly string[]>();

/**
 * Whether the supply offers the demand's kind of product (a head noun both titles share) in another
 * material: each names one, and none the other's.
 */
export function otherMaterial(s: MatchListing, d: MatchListing): boolean {
  const asked = materialsOf(d);
  if (!asked.length) return false;
  const offered = materialsOf(s);
  if (!offered.length || offered.some((m) => asked.includes(m))) return false;
  for (const t of s.terms.keys()) if (t.startsWith(HEAD_MARK) && d.terms.has(t)) return true;
  return false;
}

/**
 * Whether the demand names the kind of machine the supply offers: its terms hold a head noun of the
 * supply's title (a 挖掘机 demand, of an 挖掘机's ~机), or a product the demand's title names is part
 * of the name of the supply's (新增色谱2套 asks for the 气相色谱仪, 需上一台ICP光谱 for the 光谱仪: a
 * buyer names an instrument by what it measures).
 */
function namesKindOf(d: MatchListing, s: MatchListing): boolean {
  for (const t of s.terms.keys()) if (t.startsWith(HEAD_MARK) && d.terms.has(t)) return true;
  for (const offered of s.titleHeads ?? [])
    for (const asked of d.titleHeads ?? [])
      if (asked.length >= 2 && offered !== asked && offered.includes(asked)) return true;
  return false;
}

/**
 * Whether the supply names a model the demand's title names (KYN28A-12, CAK45, S32K144): a term of
 * letters and digits, four characters or more, that is no number with its unit (25v, 47uf, 2000kva).
 * A machine for the goods, or the goods a machine is for, never carries the other's model: a pair
 * sharing one is the very product, whatever categories and title words the two chose.
 */
function sharesModel(s: MatchListing, d: MatchListing): boolean {
  for (const t of titleModels(d)) if (s.terms.has(t)) return true;
  return false;
}
/** The models a listing's title names, kept per term map (a query's, read for each of its candidates). */
function titleModels(l: MatchListing): readonly string[] {
  let models = MODELS.get(l.terms);
  if (!models) {
    models = [];
    for (const [t, w] of l.terms) if (w >= TITLE_WEIGHT && isModel(t)) models.push(t);
    MODELS.set(l.terms, models);
  }
  return models;
}
const MODELS = new WeakMap<ReadonlyMap<string, number>, string[]>();
const MODEL_LETTER = /[a-z]/;
const MODEL_DIGIT = /\d/;
const NUMBER_WITH_UNIT = /^\d+(?:\.\d+)?[a-zμΩ]{1,3}$/;
function isModel(t: string): boolean {
  return t.length >= 4 && MODEL_LETTER.test(t) && MODEL_DIGIT.test(t) && !NUMBER_WITH_UNIT.test(t);
}

/** Marks a head-noun term (see Tokenizer): never shown as a shared word. */
export const HEAD_MARK = '~';

/** 酱香型 already says 酱香: show the longer word only. */
function dropContained(terms: string[]): string[] {
  return terms.filter((t) => !terms.some((o) => o !== t && o.length > t.length && o.includes(t)));
}

/**
 * Whether a demand that names a need (求购 包装配套, 原料采购) rather than a product relates to
 * the supply's category: it is posted under the buyer's own industry, the category feeds that
 * industry, and the need's words are the category's (包装 in 包装配套) or generic (原料).
 */
export function needRelation(s: MatchListing, d: MatchListing, ctx: ScoringContext, category: number): boolean {
  if (!category || !postedUnderOwnIndustry(d)) return false;
  const vocabulary = ctx.categoryTerms?.(s.categoryCode);
  // What the title names decides: 包装配套 and 原辅料采购 name a need, 卷烟外包装箱 a product
  // (a box) although 包装 is part of it. A word of the category's vocabulary counts where the title
  // names it as its product (in a head word), not as a modifier: the 系统 of 核心系统存储扩容 is the
  // bank's, and every 通信系统设备制造 offer (cables, connectors) had been related to it by a chain link
  // alone. Without the title's words, any term of the listing.
  if (d.titleHeads && d.titleWords) {
    if (d.titleHeads.some(namesNeed)) return true;
    return !!vocabulary && d.titleWords.some((w) => vocabulary.has(w) && d.titleHeads!.some((h) => h.includes(w)));
  }
  for (const t of d.terms.keys()) {
    if (NEED_WORDS.has(t)) return true;
    if (vocabulary?.has(t)) return true;
  }
  return false;
}

/**
 * Whether a demand names a product (卷烟外包装箱) rather than only a need (包装配套, 原辅料采购):
 * read from its title's head words, one product among them enough (快递包材一批 纸箱+泡沫箱 names
 * the need and then its products); a listing built without them counts as naming a need (the chain
 * relation unscaled).
 */
export function namesProduct(d: MatchListing): boolean {
  return !!d.titleHeads?.length && !d.titleHeads.every(namesNeed);
}

/**
 * Products that travel only short distances: ready-mixed concrete must be placed within hours of
 * mixing, sand and gravel cost more to haul than to quarry. Read as the names the synonym groups
 * give them (商砼 and 预拌混凝土 are 商品混凝土).
 */
const LOCAL_PRODUCTS: readonly string[] = [
  '商品混凝土',
  '砂石',
  '骨料',
  '机制砂',
  '碎石',
  '沥青混合料',
  '沥青混凝土',
  '水稳料',
];
/**
 * What a pair counts, outside the buyer's prefecture, for a demand asking for such a product: a
 * plant 300 km away makes the product but is not a supplier the buyer can use. Mild, because a
 * prefecture's border says little of the distance (龙里 is 30 km from 贵阳 in another prefecture):
 * the same product from the next prefecture must still rank above another product next door
 * (a precast kerb maker for a buyer of 砂石骨料). (0.6–0.8 also put the kerb first.)
 */
export const LOCAL_FAR_SHARE = 0.85;

/**
 * What a pair counts where the supply states a grade outside the demand's bound (热值 4500大卡 for
 * 5000大卡以上): the same product, but not one the buyer can take.
 */
export const SPEC_CONFLICT_SHARE = 0.8;

/** Whether a demand's title asks for a product traded only near where it is made (LOCAL_PRODUCTS). */
export function asksForLocalProduct(d: MatchListing): boolean {
  if (d.kind !== 'DEMAND') return false;
  for (const w of LOCAL_PRODUCTS) if ((d.terms.get(w) ?? 0) >= TITLE_WEIGHT) return true;
  return false;
}

/** The region part, saying so where a product traded nearby comes from outside the buyer's prefecture. */
function localRegionPart(s: MatchListing, d: MatchListing, ctx: ScoringContext): Part {
  const region = regionPart(s, d, ctx);
  if (!asksForLocalProduct(d) || !outsidePrefecture(region.fit)) return region;
  const share = Math.round(LOCAL_FAR_SHARE * 100);
  return { ...region, detail: () => `${region.detail()}（需就近供应的产品，外地供应按 ${share}% 计）` };
}

/** Whether the region fit puts the two sides in different prefectures (see regionCodeFit). */
export function outsidePrefecture(region: number): boolean {
  return region < 0.7;
}

/** A head word that is, or ends in, a need word (包装材料 ends in 材料). */
function namesNeed(head: string): boolean {
  for (const need of NEED_WORDS) if (head.endsWith(need)) return true;
  return false;
}

/**
 * Characters of titles that name no product: intents, quantities, generic words, and the endings that
 * say only what kind of thing a product is (the 器 of 服务器 and 连接器, the 料 of 饲料 and 涂料).
 */
const NON_PRODUCT_CHARACTERS = new Set([
  ...'求购采供应收售出租寻找需要批发定制生产加工制造厂家公司年万吨只件套个元高优质新型专用',
  ...'器机仪品剂具物料材备置统务',
]);

/**
 * A character in more than this share of the hall's titles names no product of its own: the 电 of an
 * energy hall (锂电, 电缆, 电池, 配电箱) relates everything to everything; the 矿 of 铝土矿 in a hall of
 * ten sectors does not.
 */
export const COMMON_CHARACTER_SHARE = 0.1;

/**
 * Whether two related-category titles name their products with a common character (铝土矿 and
 * 高铝矿石, 电煤 and 混煤): the same product in other words, where no whole word is shared. On the
 * demand's side only the products it names (its title's head words, where it has them) count: the
 * 矿 of 矿区排土场光伏+储能项目 says where the plant stands, and a 矿用电缆 is not what it asks for.
 * A character common in the hall's titles (COMMON_CHARACTER_SHARE, ScoringContext.characterShare)
 * does not count.
 */
export function sharesProductCharacter(
  s: MatchListing,
  d: MatchListing,
  ctx?: Pick<ScoringContext, 'characterShare'>,
): boolean {
  const mine = new Set<string>();
  for (const ch of s.title)
    if (HAN.test(ch) && !NON_PRODUCT_CHARACTERS.has(ch) && (ctx?.characterShare?.(ch) ?? 0) <= COMMON_CHARACTER_SHARE)
      mine.add(ch);
  for (const ch of d.titleHeads?.length ? d.titleHeads.join('') : d.title) if (mine.has(ch)) return true;
  return false;
}
/** One Chinese character. */
export const HAN = /\p{Script=Han}/u;

/**
 * Scores one supply against one demand. Every part is a fit in 0..1 times its weight; the weights
 * sum to 1, so the score is in 0..1. Returns null for a pair with no product relation (no shared
 * product term, and not a demand naming a need that the supply's category meets: a chain link and
 * a practical fit alone are not enough), or that scores below MIN_SCORE. With `explain` false the
 * reasons are left empty (for ranking many pairs; explain the few that are kept); `keywordFit`,
 * when given, stands in for the term overlap; `termWeights`, when given, are both listings' termWeight.
 */
export function scorePair(
  s: MatchListing,
  d: MatchListing,
  ctx: ScoringContext,
  explain = true,
  keywordFit?: number,
  termWeights?: TermWeights,
): ScoredPair | null {
  if (s.kind !== 'SUPPLY' || d.kind !== 'DEMAND' || s.enterpriseId === d.enterpriseId) return null;
  const w = ctx.weights;
  const category = categoryPart(s, d, ctx);
  // A ranking pass may bring its own estimate of the term overlap (see MatchIndex.top).
  const keywords = keywordFit === undefined ? keywordPart(s, d, ctx, termWeights) : { ...NONE, fit: keywordFit };
  if (!keywords.fit && !needRelation(s, d, ctx, category.fit) && !(category.fit && sharesProductCharacter(s, d, ctx)))
    return null;
  // Quantity, price, region, certificates and dates say how practical a deal is, not whether the
  // products belong together: they count in proportion to the product relevance, so that two
  // unrelated listings that are merely near each other never look like a match.
  const product = namesProduct(d);
  const gate = practicalGate(w, category.fit, keywords.fit, product);
  const relevance = productRelevance(category.fit, keywords.fit, product);
  const share = w.category + w.keywords;
  const parts: [MatchReason['code'], number, Part][] = [];
  // The chain relation is shown even where the shared terms leave it nothing to add.
  if (category.code) parts.push([category.code, share, { ...category, fit: relevance.category }]);
  if (keywords.fit) parts.push(['KEYWORDS', share, keywords]);
  parts.push(
    ['QUANTITY_FIT', w.quantity * gate, quantityPart(s, d, ctx)],
    ['PRICE_OVERLAP', w.price * gate, pricePart(s, d, ctx)],
    ['REGION', w.region * gate, localRegionPart(s, d, ctx)],
    ['CERTIFICATION', w.certification * gate, certificationPart(s, d)],
    ['VALIDITY', w.validity * gate, validityPart(s, d, ctx.today)],
  );
  let total = 0;
  for (const [, weight, part] of parts) total += round(weight * part.fit);
  // What the whole pair counts: an offer from afar of a product traded nearby, a grade outside the bound.
  let counted = 1;
  if (asksForLocalProduct(d) && outsidePrefecture(regionFit(s, d))) counted *= LOCAL_FAR_SHARE;
  const conflict = specConflict(s.specs, d.specs);
  if (conflict) counted *= SPEC_CONFLICT_SHARE;
  total *= counted;
  const ruled = round(Math.min(1, total));
  if (ruled < MIN_SCORE) return null;
  // the learned order moves the rules' score last (order.ts); the parts' shares move with it
  // (a pair the rules keep stays: the order only moves it)
  const score = orderedScore(s, d, ctx, ruled, category.fit, keywords.fit);
  const pair: ScoredPair = { supplyId: s.id, demandId: d.id, score, reasons: [] };
  if (explain) {
    pair.reasons = explainParts(parts, counted * (score / ruled));
    const words = pair.reasons.find((r) => r.code === 'KEYWORDS');
    if (conflict && words)
      words.detail += `；规格不符：需求 ${conflict.demand.text}，供应 ${conflict.supply.text}（匹配度按 ${Math.round(SPEC_CONFLICT_SHARE * 100)}% 计）`;
    const moved = Math.round((score / ruled) * 100);
    const said = words ?? pair.reasons[0];
    if (said && Math.abs(moved - 100) >= ORDER_SAID)
      said.detail += `；按双方标题与描述用字的相近程度及以往对接判断，匹配度按 ${moved}% 计`;
  }
  return pair;
}

/** How far (in percent of the rules' score) the learned order must move a score for the reasons to say so. */
const ORDER_SAID = 5;

/**
 * `scorePair(s, d, ctx, false, keywordFit)?.score ?? null` without the learned order (ctx.order), the same number, with the category fit
 * given (`categoryFit(s, d, ctx)`) and nothing allocated: for ranking thousands of candidates
 * (see MatchIndex.top). score.spec.ts holds the two to the same figures.
 */
export function rankingScore(
  s: MatchListing,
  d: MatchListing,
  ctx: ScoringContext,
  category: number,
  keywordFit: number,
): number | null {
  if (s.kind !== 'SUPPLY' || d.kind !== 'DEMAND' || s.enterpriseId === d.enterpriseId) return null;
  if (!keywordFit && !needRelation(s, d, ctx, category) && !(category && sharesProductCharacter(s, d, ctx)))
    return null;
  return combinedScore(
    ctx.weights,
    category,
    keywordFit,
    quantityFit(s, d, ctx),
    priceFit(s, d, ctx),
    regionFit(s, d),
    certificationFit(s, d),
    validityFit(s, d, ctx.today),
    namesProduct(d),
    asksForLocalProduct(d),
    !!specConflict(s.specs, d.specs),
  );
}

/** The score of a pair from the fits of its parts, in scorePair's order and rounding; null below MIN_SCORE. */
export function combinedScore(
  w: MatchWeights,
  category: number,
  keywordFit: number,
  quantity: number,
  price: number,
  region: number,
  certification: number,
  validity: number,
  product = false,
  local = false,
  specsConflict = false,
): number | null {
  const gate = practicalGate(w, category, keywordFit, product);
  const relevance = productRelevance(category, keywordFit, product);
  const share = w.category + w.keywords;
  let total = 0;
  if (category) total += round(share * relevance.category);
  if (keywordFit) total += round(share * keywordFit);
  total += round(w.quantity * gate * quantity);
  total += round(w.price * gate * price);
  total += round(w.region * gate * region);
  total += round(w.certification * gate * certification);
  total += round(w.validity * gate * validity);
  if (local && outsidePrefecture(region)) total *= LOCAL_FAR_SHARE;
  if (specsConflict) total *= SPEC_CONFLICT_SHARE;
  const score = round(Math.min(1, total));
  return score < MIN_SCORE ? null : score;
}

/**
 * How much a chain relation adds to the product evidence of shared terms (see productRelevance). Firms
 * file under broad or wrong categories (矿山机械制造 for every part of a mine's machines), so the same
 * category or a chain link says less than a shared product word: 0.5, not the first 0.6, lifted all four
 * held-out sets of 2026-12-04 (+0.001 to +0.003, the two unread among them) and development part 7.
 */
export const CHAIN_EVIDENCE = 0.5;
/** A pair related through a need only (no shared product term) counts this share of its chain relation. */
const NEED_ONLY = 0.5;
/**
 * For a demand that names a product, the term fit from which a chain relation adds in full: below
 * it the relation adds in proportion, so that one shared description word (logo, 景区) and a chain
 * link do not outrank the offers of the product named. A demand naming a need (包装配套) relies on
 * the chain and is not scaled.
 */
export const CHAIN_NEEDS_TERMS = 0.6;

/**
 * Product relevance (0..1) in two shares: the shared product terms (`keywords`, the term fit
 * itself) and what the category relation adds on top of them (`category`: CHAIN_EVIDENCE of the
 * category fit, over what the terms leave unexplained). Product words stand on their own: the same
 * product in an unlinked category scores as high as the terms say; a chain link lifts a partial
 * term match, and alone (a demand naming a need) it counts half. `category + keywords` of the
 * weights is the weight of product relevance.
 */
export function productRelevance(
  categoryFit: number,
  keywordFit: number,
  product = false,
): { keywords: number; category: number } {
  const chain = !keywordFit
    ? CHAIN_EVIDENCE * NEED_ONLY
    : product && keywordFit < CHAIN_NEEDS_TERMS
      ? (CHAIN_EVIDENCE * keywordFit) / CHAIN_NEEDS_TERMS
      : CHAIN_EVIDENCE;
  return { keywords: keywordFit, category: chain * categoryFit * (1 - keywordFit) };
}

/** How much the practical parts count, from the product relevance. */
export function practicalGate(_w: MatchWeights, categoryFit: number, keywordFit: number, product = false): number {
  const r = productRelevance(categoryFit, keywordFit, product);
  return Math.min(1, (r.keywords + r.category) / FULL_RELEVANCE);
}

/**
 * The best score a pair with these category and term fits could reach (for any demand: a demand
 * naming a product scores no higher, see productRelevance).
 */
export function scoreBound(w: MatchWeights, categoryFit: number, keywordFit: number): number {
  const practical = w.quantity + w.price + w.region + w.certification + w.validity;
  const r = productRelevance(categoryFit, keywordFit);
  return (w.category + w.keywords) * (r.keywords + r.category) + practicalGate(w, categoryFit, keywordFit) * practical;
}

/** The parts as reasons, each contribution scaled by what the whole pair counts (`share`), so that they sum to the score. */
function explainParts(parts: [MatchReason['code'], number, Part][], share = 1): MatchReason[] {
  return parts
    .map(([code, weight, part]) => ({ code, contribution: round(weight * part.fit * share), detail: part.detail() }))
    .sort((a, b) => b.contribution - a.contribution);
}

function round(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}
