import type { MatchListing } from '@duijie/matching';
import { characterPairs, MatchIndex, parseSpecs, standaloneReference, Tokenizer } from '@duijie/matching';

import unitsFile from '../../data/units.json';
import type { ListingDraft } from '../../libs/listings/src/listing-rules';
import { expandUnitMultiplier } from '../../libs/listings/src/listing-rules';
import { FIRMS, QUERIES, SUPPLIES } from './devset';
import type { LabelledSet, SetListing } from './labelled-set';
import { loadSet, priceRange, validateSet } from './labelled-set';

export const TODAY = '2026-11-28';

/**
 * The development set, in parts each evaluated on its own listings (their judgements do not
 * cover each other's supplies): the original hand-written set (devset.ts), the sector examples
 * of sets/dev-sectors.json, those of sets/dev-sectors-2.json (energy, storage, machinery,
 * coatings, medicine, logistics and software, farm produce, stone, electronics), and
 * sets/dev-sectors-3.json (titles with qualifiers in brackets, compounds such as 菜籽粕 that the
 * dictionary splits, packing forms such as 散装 and 小包装) and sets/dev-sectors-4.json (intent
 * words after the product, 包装桶采购; service words inside product words, 外包装箱 and 云雾茶; an
 * offer upstream of the buyer sharing one description word against the product named), and
 * sets/dev-sectors-5.json (a title naming a need, 采购药用包装材料, with the products listed in the
 * description; equipment demands beside material suppliers of the same industry), and
 * sets/dev-sectors-6.json (one product named with other words around it, 电解铝液 and 电解铝锭; grades
 * written apart, 5500大卡 and 热值5500; full-width forms, ＰＥＴ瓶坯; offers of the very product beside
 * offers of its kind, PET瓶坯 28牙 and 38mm口), and sets/dev-sectors-7.json (another name of the
 * product: 螺纹钢 and 三级钢 for 钢筋, 洋芋 for 土豆, 铲车 for 装载机, 片碱 and 液碱 for 烧碱; units with
 * their magnitude in a title, 年约15亿千瓦时; a power station's power for a smelter; a description's
 * words beside a chain link, 石灰石 for a cement works asking for hammer heads), and
 * sets/dev-sectors-8.json (products typed with their counts, 大米20吨 菜籽油5吨; a heading before a
 * colon; goods delivered to the door, 蔬菜配送, beside a delivery service; a powder's fineness as a
 * floor, 400目 met by 800目; a need followed by its products, 办公耗材一批 A4纸+硒鼓; 检修 for 维修), and
 * sets/dev-sectors-9.json (contract manufacturing asked for, 米酒 OEM代工厂; a bracket listing examples
 * of the product, 调味干货（花椒、八角等）; a machine for the goods beside the goods; dried produce
 * beside fresh, 干花椒 and 鲜青花椒), and sets/dev-sectors-10.json (a purity grade asked for, 电池级 or
 注射级, beside lesser and purer ones; a consultancy filed under its clients' industry; an assessment
 asked for, 安全现状评价, beside the goods of the buyer's chain), and sets/dev-sectors-11.json (an
 equipment maker buying parts and materials under its own industry, 链轮组件 for a conveyor maker and
 304不锈钢卷板 for a maker of distilling equipment; a model both sides name, GGD2, where one calls its
 product 成套设备), and sets/dev-sectors-12.json (electrical ratings asked for, 48V 200Ah, SCB13-1250/10,
 8.7/15kV, 580W以上, 105℃, beside offers of another rating nearer by; ratings written together, 1000uF25V; a
 firm's record in MW that is no rating; a repair asked for beside repairs of other things), and
 sets/dev-sectors-13.json (software named a system asked for under its buyer's own industry, 饲料配方管理/ERP;
 a system whose description lists what it must do; a lone Latin word of a title, the AI of AI+安全生产; the
 most telling word of a product asked for, 食品级储罐 beside 化工储罐; an instrument named by what it
 measures, 新增液相色谱), and sets/dev-sectors-14.json (renting, which is no product: 挖机出租 for 挖掘机
 租赁; another name of a machine and its head, 铲车 a 装载机 and not a 叉车; a service naming its vehicle
 after the service; what else a buyer wants, 另需揉捻机; a machine in no dried or fresh state; a grade
 written as a code, HRB400E; packaging bought in one lot, 包材一揽子; a machine asked for by its work), and
 sets/dev-sectors-15.json (a line asked for with its parts in a bracket, 整线（洗瓶+灌装+封盖）; a grower's log
 and a tea roller under their other names, 菌包 and 揉茶机; a line asked for as 一条线 beside a machine's rate;
 what comes with the product, 含安装), and sets/dev-sectors-16.json (herbs under their prescription names,
 淮山, 田七, 北芪; honey under its growers' names; a standard the goods meet, 药典标准, beside an offer sharing
 only that; a phrase saying the use, 麸炒用, 做月饼盒), and sets/dev-sectors-17.json (the metal a title names,
 紫铜排 beside 铝母线排; a metal before its form, 钛棒; how many of a feature, 10温区以上 and 4芯; a shorthand for
 several products, 阻容; the trades' names, 航插, 水松纸, 天车, 矿粉, beside near-misses: 水松木, 磷矿粉), and
 sets/dev-sectors-18.json (testing by its other names, 成分分析; an instrument named for what it measures; a
 crusher by its short name, 鄂破; a strength, 31% against 15% and 36% 盐酸; an ionic kind, 阴离子 PAM; 大料; a
 machine filed under a material category; a process contracted out, 喷漆 代工; a board size every board's
 description states, 1220×2440), and sets/dev-sectors-19.json (a use written before the product with 用, 破碎机用锤头;
 a condition after it, 要对接金蝶K3; the state a steel is delivered in, 调质; an alloy steel's grade, 20CrMnTi against
 30CrMnTi; one alloy by its GB and trade names, Inconel 625 and GH3625; haulage by the trade's words, 短倒; what a buyer
 would settle for, 价格优先 and 均可; the product a demand wants replaced, 替代进口硅油; what an analyser measures, 碳硫;
 what a machine is mated with, 配60马力拖拉机; a ton bag by its other names, 太空袋), and sets/dev-sectors-20.json (demands
 told as a story under a short colloquial title, whose right offers share one or two telling words with them), and
 sets/dev-sectors-21.json (demands that name where the goods go, 医院病房 or 矿山 井下, beside the product, among offers of
 other goods for the same place), and sets/dev-sectors-22.json (demands naming an aluminium or stainless grade in digits,
 6063铝棒 or 316L, among offers of the same product in other grades), and sets/dev-sectors-23.json (what a listing
 negates, 不要再生料的 and 非食品级; a buyer's story naming its own product, 腐乳; a machine's part asked for by the
 machine's model, PE600×900颚破齿板; a process put out, 电镀外协; problems whose answers are fixes, not the inputs of the
 buyer's industry), and sets/dev-sectors-24.json (problems whose fixes share no word with the story, 冷库不冷 腊肉要坏 and
 包装车间粉尘大, among offers sharing the story's setting: 冷库出租, 车间工人派遣, 学校食堂承包), and sets/dev-sectors-25.json
 (titles naming a product by one character, 蒜、葱长期收购, 白酒瓶+盖, 求购 煤, 盐 工业用; offers sharing only what the
 descriptions say, 菜籽油 一级压榨 20L for 采购 茶籽油 要一级压榨 20L), and sets/dev-sectors-26.json (a detailed
 offer of the product beside one-liners sharing one word, 冷库出租 and 烘干机 beside 茶叶冷藏库 and 中药材热泵烘干房; a kind
 named with its members in a bracket, 包材年度采购（PET瓶/瓶盖/标签）, 饲料原料长期采购（玉米、豆粕、麸皮）), and sets/dev-sectors-27.json
 (haulage asked for by the words for carrying a plant's waste or goods out, 炉渣外运, 矸石清运, 酒糟外运运力, among offers of the goods
 carried).
 */
export function devSets(): LabelledSet[] {
  return [
    validateSet(
      { name: 'development set (devset.ts)', firms: FIRMS, supplies: SUPPLIES, queries: QUERIES },
      'devset.ts',
    ),
    loadSet(`${__dirname}/sets/dev-sectors.json`),
    loadSet(`${__dirname}/sets/dev-sectors-2.json`),
    loadSet(`${__dirname}/sets/dev-sectors-3.json`),
    loadSet(`${__dirname}/sets/dev-sectors-4.json`),
    loadSet(`${__dirname}/sets/dev-sectors-5.json`),
    loadSet(`${__dirname}/sets/dev-sectors-6.json`),
    loadSet(`${__dirname}/sets/dev-sectors-7.json`),
    loadSet(`${__dirname}/sets/dev-sectors-8.json`),
    loadSet(`${__dirname}/sets/dev-sectors-9.json`),
    loadSet(`${__dirname}/sets/dev-sectors-10.json`),
    loadSet(`${__dirname}/sets/dev-sectors-11.json`),
    loadSet(`${__dirname}/sets/dev-sectors-12.json`),
    loadSet(`${__dirname}/sets/dev-sectors-13.json`),
    loadSet(`${__dirname}/sets/dev-sectors-14.json`),
    loadSet(`${__dirname}/sets/dev-sectors-15.json`),
    loadSet(`${__dirname}/sets/dev-sectors-16.json`),
    loadSet(`${__dirname}/sets/dev-sectors-17.json`),
    loadSet(`${__dirname}/sets/dev-sectors-18.json`),
    loadSet(`${__dirname}/sets/dev-sectors-19.json`),
    loadSet(`${__dirname}/sets/dev-sectors-20.json`),
    loadSet(`${__dirname}/sets/dev-sectors-21.json`),
    loadSet(`${__dirname}/sets/dev-sectors-22.json`),
    loadSet(`${__dirname}/sets/dev-sectors-23.json`),
    loadSet(`${__dirname}/sets/dev-sectors-24.json`),
    loadSet(`${__dirname}/sets/dev-sectors-25.json`),
    loadSet(`${__dirname}/sets/dev-sectors-26.json`),
    loadSet(`${__dirname}/sets/dev-sectors-27.json`),
  ];
}

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

export function report(set: LabelledSet, rankings: Map<string, string[]>): QualityReport {
  const queries = set.queries;
  const perQuery = queries.map((q) => ({
    key: q.key,
    ndcg10: ndcgAt(10, rankings.get(q.key) ?? [], q.judgements),
    top: (rankings.get(q.key) ?? []).slice(0, 5),
  }));
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const ceiling = queries.map((q) => Math.min(5, Object.values(q.judgements).filter((g) => g >= 2).length) / 5);
  return {
    queries: queries.length,
    ndcg10: mean(perQuery.map((p) => p.ndcg10)),
    p5: mean(queries.map((q) => precisionAt(5, rankings.get(q.key) ?? [], q.judgements))),
    p5Ceiling: mean(ceiling),
    perQuery,
  };
}

/** Share of the baseline's shortfall from a perfect nDCG that the engine closes (negative: worse). */
export function shortfallClosed(engine: number, baseline: number): number {
  return baseline >= 1 ? 0 : (engine - baseline) / (1 - baseline);
}

const UNITS = unitsFile.units.map((u) => u.code);

/** The set's listings as the matcher sees them. */
export function toMatchListings(
  set: LabelledSet,
  tokenizer: Tokenizer,
): { supplies: MatchListing[]; queries: MatchListing[] } {
  const convert = (l: SetListing, kind: 'SUPPLY' | 'DEMAND'): MatchListing => {
    const firm = set.firms[l.firm];
    // As the platform stores it: 3000 斤 at 4 元/斤 is 1,500 千克 at 8 元/千克.
    const [min, max] = priceRange(l.price);
    const { quantity, unit, priceMin, priceMax } = expandUnitMultiplier(
      { quantity: l.quantity ?? null, unit: l.unit ?? null, priceMin: min, priceMax: max } as ListingDraft,
      UNITS,
    );
    const { terms, remedies } = tokenizer.matchTerms(kind, l.title, l.description ?? null);
    return {
      id: `${kind}:${l.key}`,
      enterpriseId: l.firm,
      kind,
      title: l.title,
      categoryCode: l.category,
      enterpriseCategories: firm.categories,
      quantity,
      unit,
      priceMin,
      priceMax,
      regionCode: firm.region,
      certifications: l.certifications ?? [],
      validUntil: null,
      version: 1,
      fingerprint: l.key,
      terms,
      remedies,
      segments: tokenizer.productSegments(l.title, kind === 'DEMAND' ? (l.description ?? null) : null),
      titleWords: tokenizer.titleWords(l.title),
      titleHeads: tokenizer.titleHeads(l.title),
      useWords: tokenizer.useWords(l.title),
      replacedWords: tokenizer.replacedWords(l.title),
      retiredWords: tokenizer.retiredWords(l.title, l.description),
      grams: tokenizer.textGrams(l.title, l.description ?? null),
      pairs: characterPairs(`${l.title} ${l.description ?? ''}`),
      specs: parseSpecs(l.title, l.description ?? null),
    };
  };
  return {
    supplies: set.supplies.map((s) => convert(s, 'SUPPLY')),
    queries: set.queries.map((q) => convert(q, 'DEMAND')),
  };
}

/** The engine's top `limit` (10) supplies for every query (by query key), ranked by the worker's code. */
export function engineRankings(set: LabelledSet, limit = 10): Map<string, string[]> {
  const tokenizer = new Tokenizer();
  const ref = standaloneReference();
  const index = new MatchIndex();
  const { supplies, queries } = toMatchListings(set, tokenizer);
  [...supplies, ...queries].forEach((l) => index.put(l));
  const ctx = ref.context(index, TODAY, tokenizer);
  const out = new Map<string, string[]>();
  queries.forEach((q, i) => {
    const pairs = index.top(q, ctx, ref.upstreamOf, ref.downstreamOf, limit);
    out.set(
      set.queries[i].key,
      pairs.map((p) => p.supplyId.slice('SUPPLY:'.length)),
    );
  });
  return out;
}
