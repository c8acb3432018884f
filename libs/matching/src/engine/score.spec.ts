import type { Part } from './score';
import {
  asksForLocalProduct,
  catchAllDiscount,
  categoryPart,
  certificationPart,
  formatAmount,
  FULL_TEXT_SIMILARITY,
  keywordPart,
  MIN_SCORE,
  missesTheFix,
  namesProduct,
  needRelation,
  negationConflict,
  otherMaterial,
  pricePart,
  quantityPart,
  regionPart,
  sameKindOfProduct,
  scorePair,
  sharesHead,
  sharesObject,
  sharesOnlyOwnIndustry,
  sharesOnlyOwnProducts,
  sharesProductCharacter,
  TEXT_FIT_CAP,
  titlesApart,
  validityPart,
  wordFit,
} from './score';
import { parseSpecs } from './specs';
import { listing, testContext } from './test-context';
import { gramSimilarity, textGrams } from './text-grams';
import { Tokenizer } from './tokenizer';
import type { MatchListing } from './types';

const ctx = testContext();
const tokenizer = new Tokenizer();
/** A part with its words, as a reason shows it. */
const ex = (p: Part & { code?: string }) => ({ ...(p.code ? { code: p.code } : {}), fit: p.fit, detail: p.detail() });
const terms = (...t: string[]) => new Map(t.map((x) => [x, 2]));
/** A listing read from its title as the tokenizer reads one: its terms and the products it names. */
const tokenized = (kind: 'SUPPLY' | 'DEMAND', title: string) =>
  listing({
    kind,
    title,
    terms: tokenizer.listingTerms(title, null),
    segments: tokenizer.productSegments(title, null),
  });

describe('category part', () => {
  it('prefers the same category, then a direct chain link, then a link to the buyer’s own industry', () => {
    const s = listing({ kind: 'SUPPLY', categoryCode: '3055' });
    expect(ex(categoryPart(s, listing({ kind: 'DEMAND', categoryCode: '3055' }), ctx))).toEqual({
      fit: 1,
      code: 'SAME_CATEGORY',
      detail: '同类产品：玻璃包装容器制造',
    });
    expect(ex(categoryPart(s, listing({ kind: 'DEMAND', categoryCode: '1512' }), ctx))).toEqual({
      fit: 0.9,
      code: 'CHAIN_LINK',
      detail: '上游：玻璃包装容器制造 → 白酒制造',
    });
    // A distillery that also bottles (3333 here) asks under its own industry: its liquor counts too.
    const own = categoryPart(
      s,
      listing({ kind: 'DEMAND', categoryCode: '3333', enterpriseCategories: ['3333', '1512'] }),
      ctx,
    );
    expect(ex(own)).toEqual({
      fit: 0.6,
      code: 'CHAIN_LINK',
      detail: '上游：玻璃包装容器制造 → 白酒制造（需求方主业）',
    });
    // Asking under a product category says exactly what is wanted.
    expect(
      categoryPart(s, listing({ kind: 'DEMAND', categoryCode: '2780', enterpriseCategories: ['1512'] }), ctx).fit,
    ).toBe(0);
  });

  it('links a category to where its stand-in goes: a hydro station sells power where the grid does', () => {
    // The chain has grid → aluminium only; the hydro station's power reaches the smelter too.
    const chain = testContext({
      isUpstream: (from, to) => (from === '4420' && to === '3216') || (from === '2231' && to === '1512'),
    });
    const smelter = listing({ kind: 'DEMAND', categoryCode: '3216', enterpriseCategories: ['3216'] });
    expect(categoryPart(listing({ kind: 'SUPPLY', categoryCode: '4413' }), smelter, chain).code).toBe('CHAIN_LINK');
    expect(categoryPart(listing({ kind: 'SUPPLY', categoryCode: '4411' }), smelter, chain).fit).toBe(0.9);
    // A printer's gift boxes go where a box maker's go.
    const distillery = listing({ kind: 'DEMAND', categoryCode: '1512', enterpriseCategories: ['1512'] });
    expect(categoryPart(listing({ kind: 'SUPPLY', categoryCode: '2319' }), distillery, chain).fit).toBe(0.9);
    // Not the other way: a smelter does not feed the power station.
    const station = listing({ kind: 'DEMAND', categoryCode: '4413', enterpriseCategories: ['4413'] });
    expect(categoryPart(listing({ kind: 'SUPPLY', categoryCode: '3216' }), station, chain).fit).toBe(0);
  });

  it('gives nothing downstream-to-upstream: a liquor maker does not supply glass works', () => {
    const s = listing({ kind: 'SUPPLY', categoryCode: '1512' });
    expect(categoryPart(s, listing({ kind: 'DEMAND', categoryCode: '3055' }), ctx).fit).toBe(0);
  });

  it('counts a category that a large share of the hall files under for less: a catch-all shares a habit, not a product', () => {
    expect(catchAllDiscount(0)).toBe(1);
    expect(catchAllDiscount(0.05)).toBe(1);
    expect(catchAllDiscount(0.1)).toBeLessThan(1);
    expect(catchAllDiscount(0.2)).toBeLessThan(catchAllDiscount(0.1));
    expect(catchAllDiscount(0.9)).toBe(0.3);
    const s = listing({ kind: 'SUPPLY', categoryCode: '6513' });
    const d = listing({ kind: 'DEMAND', categoryCode: '6513' });
    const hall = (share: number) => testContext({ categoryShare: (c) => (c === '6513' ? share : 0) });
    expect(categoryPart(s, d, hall(0.02)).fit).toBe(1);
    expect(categoryPart(s, d, hall(0.25)).fit).toBeCloseTo(catchAllDiscount(0.25), 10);
    // A chain link is no shared filing: it keeps its fit whatever the categories' shares.
    const glass = listing({ kind: 'SUPPLY', categoryCode: '3055' });
    const liquor = listing({ kind: 'DEMAND', categoryCode: '1512' });
    expect(categoryPart(glass, liquor, testContext({ categoryShare: () => 0.5 })).fit).toBe(0.9);
  });
});

describe('keyword part', () => {
  it('counts shared terms, weighs rare ones more, and shows the longer of nested words', () => {
    const s = listing({ kind: 'SUPPLY', terms: terms('酱香型', '酱香', '玻璃瓶', '高白料') });
    const d = listing({ kind: 'DEMAND', terms: terms('酱香型', '酱香', '玻璃瓶', '500ml') });
    const k = keywordPart(s, d, ctx);
    expect(k.shared()).toEqual(['酱香型', '玻璃瓶']);
    expect(k.detail()).toBe('共同产品词：酱香型、玻璃瓶');
    expect(k.fit).toBeGreaterThan(0.85);
    const rare = keywordPart(s, d, testContext({ idf: (t) => (t === '高白料' || t === '500ml' ? 5 : 1) }));
    expect(rare.fit).toBeLessThan(k.fit);
  });

  it('keeps strong pairs apart: the fit rises with the overlap and never ties them at the top', () => {
    const d = listing({ kind: 'DEMAND', terms: terms('pet', '瓶坯', '28牙') });
    const same = listing({ kind: 'SUPPLY', terms: terms('pet', '瓶坯', '28牙') });
    const kind = listing({ kind: 'SUPPLY', terms: terms('pet', '瓶坯', '38mm') });
    expect(keywordPart(same, d, ctx).fit).toBeGreaterThan(keywordPart(kind, d, ctx).fit);
    expect(keywordPart(kind, d, ctx).fit).toBeGreaterThan(0.8);
    expect(wordFit(1)).toBeLessThan(1);
    expect(wordFit(0.9)).toBeLessThan(wordFit(1));
    // Below the knee as the capped line was: one shared modifier stays weak evidence.
    expect(wordFit(0.125)).toBeCloseTo(0.25, 10);
    expect(wordFit(0.25)).toBeCloseTo(0.5, 10);
  });

  it('adds the likeness of the texts in characters to the shared words, never without a shared word', () => {
    // Both offers share 铝 with the demand; the one whose name is written like the demand's ranks first.
    const d = listing({ kind: 'DEMAND', terms: terms('电解铝液', '铝'), grams: textGrams('采购 电解铝液') });
    const alike = listing({ kind: 'SUPPLY', terms: terms('电解铝锭', '铝'), grams: textGrams('电解铝锭 A00') });
    const unlike = listing({ kind: 'SUPPLY', terms: terms('铝型材', '铝'), grams: textGrams('铝型材 6063') });
    const words = (s: typeof alike) => keywordPart({ ...s, grams: undefined }, d, ctx).fit;
    expect(words(alike)).toBe(words(unlike));
    expect(keywordPart(alike, d, ctx).fit).toBeGreaterThan(keywordPart(unlike, d, ctx).fit);
    expect(keywordPart(alike, d, ctx).fit).toBeGreaterThan(words(alike));
    // Either sign may show the likeness: 1 − (1 − words)(1 − text), the text at most TEXT_FIT_CAP.
    const text = Math.min(TEXT_FIT_CAP, gramSimilarity(alike.grams!, d.grams!) / FULL_TEXT_SIMILARITY);
    expect(keywordPart(alike, d, ctx).fit).toBeCloseTo(1 - (1 - words(alike)) * (1 - text), 10);
    // Characters alone (采购 and 供应 pad nothing; 铝液 and 铝业 share a trigram) relate nothing.
    const noWord = listing({ kind: 'SUPPLY', terms: terms('铝业'), grams: textGrams('电解铝业 咨询') });
    expect(gramSimilarity(noWord.grams!, d.grams!)).toBeGreaterThan(0);
    expect(keywordPart(noWord, d, ctx).fit).toBe(0);
  });

  it('compares a list product by product only where the products are of one kind', () => {
    const d = tokenized('DEMAND', '防静电周转箱+外箱');
    // Cleaning shares the 防静电 of the first product: as a product it is none of the demand's.
    const cleaning = tokenized('SUPPLY', '机房专业保洁 防静电地板清洁');
    const crates = tokenized('SUPPLY', '防静电中空板周转箱 600*400*300');
    const cartons = tokenized('SUPPLY', '五层瓦楞纸箱 定做印刷');
    expect(keywordPart(crates, d, ctx).fit).toBeGreaterThan(keywordPart(cleaning, d, ctx).fit);
    const whole = (l: typeof d) => ({ ...l, segments: undefined });
    expect(keywordPart(cleaning, d, ctx).fit).toBe(keywordPart(whole(cleaning), whole(d), ctx).fit);
    expect(keywordPart(cartons, d, ctx).fit).toBeGreaterThan(keywordPart(whole(cartons), whole(d), ctx).fit);
    // A carton answers the demand's 外箱 (both boxes) product by product.
    expect(keywordPart(cartons, d, ctx).fit).toBeGreaterThan(keywordPart(cleaning, d, ctx).fit);
    expect(sameKindOfProduct(d.segments![1], cartons.segments![0])).toBe(true);
    expect(sameKindOfProduct(d.segments![0], cleaning.segments![0])).toBe(false);
    // A name with no head to tell is compared as before.
    expect(sameKindOfProduct(new Map([['pvc', 2]]), cleaning.segments![0])).toBe(true);
  });

  it('does not compare alone a product named by one word with no head (the 5G of 5G+智慧矿山)', () => {
    const d = tokenized('DEMAND', '井下5G网络建设');
    const video = tokenized('SUPPLY', '5G+智慧矿山 视频AI分析云平台');
    const network = tokenized('SUPPLY', '矿用本安型5G基站 井下5G组网');
    expect(video.segments!.some((p) => p.size === 1)).toBe(true);
    const whole = (l: typeof d) => ({ ...l, segments: undefined });
    // The lone 5G is covered whole by any listing naming 5G: compared as a product it would count as the network.
    expect(keywordPart(video, d, ctx).fit).toBe(keywordPart(whole(video), whole(d), ctx).fit);
    expect(keywordPart(network, d, ctx).fit).toBeGreaterThan(keywordPart(video, d, ctx).fit);
  });

  it('compares a product alone only with an offer sharing its most telling word', () => {
    // 茶叶 is rare in the hall, 二维码 common: the tea maker's code is told apart by its tea.
    const rarity = { ...ctx, idf: (t: string) => (t === '茶叶' || t === '溯源' ? 4 : 1) };
    const d = tokenized('DEMAND', '茶叶溯源二维码、包装礼盒');
    const anyCode = tokenized('SUPPLY', '酒类防伪标、二维码 可定制');
    const teaCode = tokenized('SUPPLY', '茶叶溯源二维码、防伪标签');
    const whole = (l: typeof d) => ({ ...l, segments: undefined });
    expect(keywordPart(anyCode, d, rarity).fit).toBe(keywordPart(whole(anyCode), whole(d), rarity).fit);
    expect(keywordPart(teaCode, d, rarity).fit).toBeGreaterThan(keywordPart(whole(teaCode), whole(d), rarity).fit);
    expect(keywordPart(teaCode, d, rarity).fit).toBeGreaterThan(keywordPart(anyCode, d, rarity).fit);
  });

  it('does not compare product by product two services on different things that share only the service', () => {
    const d = tokenized('DEMAND', '机组检修');
    // 逆变器维修 shares 维修 (检修 is read as 维修) and nothing else: a service on another thing, which
    // item by item would count as if it were the product asked for.
    const inverters = tokenized('SUPPLY', '逆变器维修、延保、光伏电站故障排查、组件清洗');
    const whole = (l: typeof d) => ({ ...l, segments: undefined });
    expect(sharesObject(inverters.segments![0], d.segments![0])).toBe(false);
    expect(keywordPart(inverters, d, ctx).fit).toBe(keywordPart(whole(inverters), whole(d), ctx).fit);
    // A list whose item names the thing serviced is still compared item by item.
    const turbines = tokenized('SUPPLY', '水轮发电机组检修、电站运维托管、设备安装');
    expect(sharesObject(turbines.segments![0], d.segments![0])).toBe(true);
    expect(keywordPart(turbines, d, ctx).fit).toBeGreaterThan(keywordPart(inverters, d, ctx).fit);
  });

  it('leaves the words to decide between two offers the characters both call alike', () => {
    // Both texts are alike the demand's past the text's full similarity; the powder shares its name.
    const d = listing({
      kind: 'DEMAND',
      terms: terms('石灰石粉', '石灰石', '脱硫'),
      grams: textGrams('脱硫石灰石粉 250目'),
    });
    const powder = listing({
      kind: 'SUPPLY',
      terms: terms('石灰石粉', '石灰石', '脱硫'),
      grams: textGrams('脱硫石灰石粉 250目 罐车'),
    });
    const lumps = listing({ kind: 'SUPPLY', terms: terms('石灰石', '脱硫'), grams: textGrams('脱硫石灰石 0-50mm') });
    for (const s of [powder, lumps])
      expect(gramSimilarity(s.grams!, d.grams!) / FULL_TEXT_SIMILARITY).toBeGreaterThanOrEqual(1);
    expect(keywordPart(powder, d, ctx).fit).toBeGreaterThan(keywordPart(lumps, d, ctx).fit);
  });

  it('counts the same kind of product in another material for half: a substitute at best', () => {
    const d = tokenized('DEMAND', '文创 生肖陶瓷酒瓶 小批量定制');
    const ceramic = tokenized('SUPPLY', '陶瓷酒瓶 定制 小批量');
    const glass = tokenized('SUPPLY', '玻璃酒瓶 定制 小批量');
    // Word for word the glass bottle is as near as the ceramic one; its material is not what is asked.
    expect(keywordPart(glass, d, ctx).fit).toBeLessThanOrEqual(0.55 * keywordPart(ceramic, d, ctx).fit);
    // Plastic for glass, and glass for a ceramic jar, alike.
    const small = tokenized('DEMAND', '小酒 125ml 玻璃瓶 螺口');
    expect(keywordPart(tokenized('SUPPLY', 'PET塑料小酒瓶 125ml 螺口'), small, ctx).fit).toBeLessThan(
      keywordPart(tokenized('SUPPLY', '小酒瓶 125ml 螺口'), small, ctx).fit * 0.55,
    );
    // Fibreglass (玻璃钢) is no glass; a glass raw material is no bottle (no head noun shared); an offer
    // naming no material, or the one asked among others, is not another material.
    const tank = tokenized('DEMAND', '不锈钢储罐 10立方');
    expect(otherMaterial(tokenized('SUPPLY', '玻璃钢储罐 10立方'), tank)).toBe(false);
    expect(otherMaterial(tokenized('SUPPLY', '碳钢储罐 10立方'), tank)).toBe(false);
    expect(otherMaterial(tokenized('SUPPLY', '塑料储罐 PE 10立方'), tank)).toBe(true);
    expect(otherMaterial(tokenized('SUPPLY', '石英砂 玻璃级 低铁'), d)).toBe(false);
    expect(otherMaterial(tokenized('SUPPLY', '陶瓷酒瓶 玻璃酒瓶 定制'), d)).toBe(false);
    expect(otherMaterial(tokenized('SUPPLY', '酒瓶 定制 小批量'), d)).toBe(false);
    expect(otherMaterial(glass, d)).toBe(true);
  });

  it('is zero without shared terms', () => {
    const k = keywordPart(
      listing({ kind: 'SUPPLY', terms: terms('铝锭') }),
      listing({ kind: 'DEMAND', terms: terms('瓶盖') }),
      ctx,
    );
    expect(k.fit).toBe(0);
    expect(k.shared()).toEqual([]);
  });
});

const explainQuantity = (...args: Parameters<typeof quantityPart>) => ex(quantityPart(...args));

describe('quantity part', () => {
  const pair = (sq: number | null, su: string | null, dq: number | null, du: string | null) =>
    explainQuantity(
      listing({ kind: 'SUPPLY', quantity: sq, unit: su }),
      listing({ kind: 'DEMAND', quantity: dq, unit: du }),
      ctx,
    );

  it('is full when capacity covers the demand, and says so in 万', () => {
    expect(pair(3_000_000, '只', 2_000_000, '只')).toEqual({ fit: 1, detail: '供应能力 300万只 ≥ 需求 200万只' });
  });
  it('is the covered share when capacity falls short', () => {
    expect(pair(1_000_000, '只', 2_000_000, '只')).toEqual({
      fit: 0.5,
      detail: '供应能力 100万只 可满足需求 200万只 的 50%',
    });
  });
  it('converts units where data/units.json allows', () => {
    expect(pair(3, '吨', 2000, '千克')).toEqual({ fit: 1, detail: '供应能力 3吨（折合 3000千克） ≥ 需求 2000千克' });
  });
  it('is neutral for units that do not convert, as when a quantity is missing', () => {
    expect(pair(10, '吨', 10, '只')).toEqual({
      fit: 0.5,
      detail: '计量单位不同，无法比较：供应以“吨”计，需求以“只”计',
    });
    expect(pair(null, null, 10, '只')).toEqual({ fit: 0.5, detail: '供应方未注明供应能力' });
  });
});

describe('price part', () => {
  const pair = (
    s: [number | null, number | null],
    d: [number | null, number | null],
    units: [string | null, string | null] = ['只', '只'],
  ) =>
    ex(
      pricePart(
        listing({ kind: 'SUPPLY', priceMin: s[0], priceMax: s[1], unit: units[0] }),
        listing({ kind: 'DEMAND', priceMin: d[0], priceMax: d[1], unit: units[1] }),
        ctx,
      ),
    );
  it('is full for overlapping ranges and for an offer under budget, in 元 per unit', () => {
    expect(pair([0.8, 1.5], [0.9, 1.3])).toEqual({
      fit: 1,
      detail: '价格区间重叠：供应 0.8–1.5 元/只，需求 0.9–1.3 元/只',
    });
    expect(pair([0.5, 0.6], [0.9, 1.3]).fit).toBe(1);
  });
  it('falls with the gap when the supplier asks more than the budget', () => {
    const p = pair([2, 2], [1, 1.5]);
    expect(p.fit).toBeCloseTo(0.5);
    expect(p.detail).toBe('报价高出需求预算 25%：供应 2 元/只，需求 1–1.5 元/只');
  });
  it('is neutral for 面议', () => {
    expect(pair([null, null], [1, 2])).toEqual({ fit: 0.5, detail: '供应方价格面议' });
  });
  it('compares prices in units that convert, after converting them', () => {
    // 9 元/千克 is 9000 元/吨: within a budget of 8000–9500 元/吨.
    expect(pair([9, 9], [8000, 9500], ['千克', '吨'])).toEqual({
      fit: 1,
      detail: '价格区间重叠：供应 9 元/千克（折合 9000 元/吨），需求 8000–9500 元/吨',
    });
  });
  it('never compares prices in units that do not convert, and says so', () => {
    // 元/吨 against 元/只: the old reason read 「报价高出需求预算 100%」.
    expect(pair([30_000, 38_000], [0.3, 0.6], ['吨', '只'])).toEqual({
      fit: 0.5,
      detail: '计价单位不同，价格无法比较：供应 3万–3.8万 元/吨，需求 0.3–0.6 元/只',
    });
  });
  it('reads a side without a unit in the other side’s unit', () => {
    expect(pair([1, 1], [1, 2], [null, '只']).detail).toBe('价格区间重叠：供应 1 元/只，需求 1–2 元/只');
  });
});

describe('region, certification and validity parts', () => {
  const at = (a: string, b: string) =>
    ex(regionPart(listing({ kind: 'SUPPLY', regionCode: a }), listing({ kind: 'DEMAND', regionCode: b }), ctx));
  it('ranks county > prefecture > province > elsewhere', () => {
    expect(at('520382', '520382')).toEqual({ fit: 1, detail: '同一区县：贵州省遵义市仁怀市' });
    expect(at('520381', '520382')).toEqual({ fit: 0.7, detail: '同一地市：贵州省遵义市' });
    expect(at('520102', '520382')).toEqual({ fit: 0.4, detail: '同省：贵州省' });
    expect(at('510100', '520382')).toEqual({ fit: 0, detail: '跨省：四川省 → 贵州省' });
  });

  it('names the missing certificates', () => {
    const c = (held: string[], required: string[]) =>
      ex(
        certificationPart(
          listing({ kind: 'SUPPLY', certifications: held }),
          listing({ kind: 'DEMAND', certifications: required }),
        ),
      );
    expect(c(['ISO9001'], ['SC', 'ISO9001'])).toEqual({ fit: 0.25, detail: '缺少要求的 SC 认证' });
    expect(c(['SC', 'ISO9001'], ['SC'])).toEqual({ fit: 1, detail: '具备要求的 SC 认证' });
    // No certificate asked for earns no certification credit (it is no match on certificates).
    expect(c([], [])).toEqual({ fit: 0, detail: '需求方未要求认证' });
    expect(c(['ISO9001'], [])).toEqual({ fit: 0, detail: '需求方未要求认证' });
  });

  it('weakens as the sooner validity nears its end', () => {
    const v = (s: string | null, d: string | null) =>
      ex(
        validityPart(
          listing({ kind: 'SUPPLY', validUntil: s }),
          listing({ kind: 'DEMAND', validUntil: d }),
          '2026-11-28',
        ),
      );
    expect(v(null, null)).toEqual({ fit: 1, detail: '双方长期有效' });
    expect(v('2027-06-01', null).fit).toBe(1);
    expect(v(null, '2026-12-13')).toEqual({ fit: 0.5, detail: '需求信息 15 天后到期（2026-12-13）' });
  });
});

describe('products traded nearby', () => {
  // A batching plant in 贵阳 (520102) asks for 商砼; plants in 贵阳 and in 遵义 (520381) offer it.
  const plant = (regionCode: string) =>
    listing({ kind: 'SUPPLY', categoryCode: '3022', regionCode, terms: terms('商品混凝土', 'c30') });
  const site = listing({
    kind: 'DEMAND',
    categoryCode: '3022',
    regionCode: '520102',
    terms: terms('商品混凝土', 'c30'),
  });

  it('counts an offer from outside the buyer’s prefecture at LOCAL_FAR_SHARE, and says so', () => {
    expect(asksForLocalProduct(site)).toBe(true);
    const near = scorePair(plant('520102'), site, ctx)!;
    const far = scorePair(plant('520381'), site, ctx)!;
    expect(far.score).toBeLessThan(near.score * 0.9);
    expect(far.reasons.reduce((sum, r) => sum + r.contribution, 0)).toBeCloseTo(far.score, 3);
    expect(far.reasons.find((r) => r.code === 'REGION')?.detail).toBe(
      '同省：贵州省（需就近供应的产品，外地供应按 85% 计）',
    );
    // Within the prefecture it is an ordinary pair.
    expect(scorePair(plant('520101'), site, ctx)!.reasons.find((r) => r.code === 'REGION')?.detail).not.toContain(
      '就近',
    );
  });

  it('leaves other products and descriptions that only mention them alone', () => {
    const cement = listing({ kind: 'DEMAND', categoryCode: '3022', regionCode: '520102', terms: terms('水泥') });
    expect(asksForLocalProduct(cement)).toBe(false);
    // A plant buying cement says what it makes (商品混凝土) in its description only.
    const mentioned = listing({
      kind: 'DEMAND',
      categoryCode: '3022',
      terms: new Map([
        ['水泥', 2],
        ['商品混凝土', 1],
      ]),
    });
    expect(asksForLocalProduct(mentioned)).toBe(false);
    expect(asksForLocalProduct(plant('520102'))).toBe(false);
  });

  it('reads 商砼 and 预拌混凝土 in a title as 商品混凝土', () => {
    const d = (title: string) => ({ ...site, terms: tokenizer.listingTerms(title, null) });
    expect(asksForLocalProduct(d('C30商砼 约2000方'))).toBe(true);
    expect(asksForLocalProduct(d('采购 预拌混凝土'))).toBe(true);
    expect(asksForLocalProduct(d('机制砂（中砂）'))).toBe(true);
  });
});

describe('stated grades in a pair', () => {
  it('counts an offer outside the demand’s bound at SPEC_CONFLICT_SHARE, and says which grade', () => {
    const coal = (title: string) =>
      listing({ kind: 'SUPPLY', categoryCode: '0610', terms: terms('末煤'), specs: parseSpecs(title) });
    const boiler = listing({
      kind: 'DEMAND',
      categoryCode: '0610',
      terms: terms('末煤'),
      specs: parseSpecs('锅炉用末煤 5000大卡以上'),
    });
    const good = scorePair(coal('末煤 5500大卡'), boiler, ctx)!;
    const low = scorePair(coal('末煤 4500大卡'), boiler, ctx)!;
    expect(low.score).toBeCloseTo(good.score * 0.8, 2);
    // The reasons still sum to the score.
    expect(low.reasons.reduce((sum, r) => sum + r.contribution, 0)).toBeCloseTo(low.score, 3);
    expect(low.reasons.find((r) => r.code === 'KEYWORDS')?.detail).toContain(
      '规格不符：需求 5000大卡以上，供应 4500大卡（匹配度按 80% 计）',
    );
    expect(good.reasons.find((r) => r.code === 'KEYWORDS')?.detail).not.toContain('规格');
  });
});

describe('scorePair', () => {
  const bottles = listing({
    kind: 'SUPPLY',
    categoryCode: '3055',
    quantity: 3_000_000,
    unit: '只',
    priceMin: 0.8,
    priceMax: 1.5,
    regionCode: '520381',
    certifications: ['ISO9001'],
    terms: terms('酱香型', '玻璃瓶', '高白料'),
  });
  const demand = listing({
    kind: 'DEMAND',
    categoryCode: '1512',
    quantity: 2_000_000,
    unit: '只',
    priceMin: 0.9,
    priceMax: 1.3,
    regionCode: '520382',
    certifications: ['ISO9001'],
    terms: terms('酱香型', '玻璃瓶'),
  });

  it('sums its reasons’ contributions into a score in 0..1, best reasons first', () => {
    const p = scorePair(bottles, demand, ctx)!;
    expect(p.score).toBeGreaterThan(0.8);
    expect(p.score).toBeLessThanOrEqual(1);
    expect(p.reasons.reduce((s, r) => s + r.contribution, 0)).toBeCloseTo(p.score, 3);
    expect(p.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining([
        'CHAIN_LINK',
        'KEYWORDS',
        'QUANTITY_FIT',
        'PRICE_OVERLAP',
        'REGION',
        'CERTIFICATION',
        'VALIDITY',
      ]),
    );
    const contributions = p.reasons.map((r) => r.contribution);
    expect([...contributions].sort((a, b) => b - a)).toEqual(contributions);
  });

  it('scores the same without words, which are built only when asked for', () => {
    const quiet = scorePair(bottles, demand, ctx, false)!;
    expect(quiet.reasons).toEqual([]);
    expect(quiet.score).toBe(scorePair(bottles, demand, ctx)!.score);
  });

  it('never pairs two listings of one enterprise, nor two of one kind', () => {
    expect(scorePair(bottles, { ...demand, enterpriseId: bottles.enterpriseId }, ctx)).toBeNull();
    expect(scorePair(bottles, { ...demand, kind: 'SUPPLY' }, ctx)).toBeNull();
  });

  it('keeps merely practical neighbours out: no product relation, no suggestion', () => {
    // Same county, quantities and prices that fit, certificates held: still no product relation.
    const vials = listing({
      ...bottles,
      id: 'vials',
      enterpriseId: 'pharma-glass',
      categoryCode: '2780',
      regionCode: '520382',
      terms: terms('药用', '西林瓶'),
    });
    const askingBottles = { ...demand, categoryCode: '3055', terms: terms('白酒', '玻璃瓶', '酱香型', '高白料') };
    expect(scorePair(vials, askingBottles, ctx)).toBeNull();
    expect(MIN_SCORE).toBeGreaterThan(0);
  });

  it('tells a demand naming a need from one naming a product by the title’s head words', () => {
    const titled = (title: string) =>
      listing({
        kind: 'DEMAND',
        categoryCode: '1620',
        enterpriseCategories: ['1620'],
        title,
        titleWords: tokenizer.titleWords(title),
        titleHeads: tokenizer.titleHeads(title),
        terms: tokenizer.listingTerms(title, null),
      });
    const boxes = listing({ kind: 'SUPPLY', categoryCode: '2231', terms: terms('瓦楞纸箱') });
    expect(namesProduct(titled('求购 包装配套'))).toBe(false);
    expect(namesProduct(titled('原辅料采购'))).toBe(false);
    expect(namesProduct(titled('卷烟外包装箱（五层瓦楞）'))).toBe(true);
    // A need and then the products it is made of: the products are named.
    expect(namesProduct(titled('快递包材一批 纸箱+泡沫箱+铝箔袋'))).toBe(true);
    // 包装 is a part of 外包装箱, not the need it names.
    expect(needRelation(boxes, titled('卷烟外包装箱（五层瓦楞）'), ctx, 0.9)).toBe(false);
    expect(needRelation(boxes, titled('求购 包装配套'), ctx, 0.9)).toBe(true);
    // A word of the category's vocabulary relates a need only where the title names it as its product:
    // the 系统 of 核心系统存储扩容 is the bank's system, and a 通信系统设备制造 offer of cables is no answer.
    const telecom = testContext({ categoryTerms: () => new Set(['通信', '系统', '设备', '基站']) });
    const cables = listing({ kind: 'SUPPLY', categoryCode: '3921', terms: terms('电力电缆') });
    expect(needRelation(cables, titled('核心系统存储扩容'), telecom, 0.9)).toBe(false);
    expect(needRelation(cables, titled('机房通信设备采购'), telecom, 0.9)).toBe(true);
    // Built without title words (elsewhere): any term, as before.
    expect(namesProduct(listing({ kind: 'DEMAND', title: '求购 纸箱' }))).toBe(false);
  });

  it('lets a chain link add to weak product evidence only in proportion, when the demand names a product', () => {
    // A buyer of work clothes; one offer is the clothes in another category, one is upstream of the
    // buyer's industry and shares only a description word (logo).
    const title = '员工工作服';
    const clothes = listing({ kind: 'DEMAND', categoryCode: '1512', enterpriseCategories: ['1512'], title });
    const named = {
      ...clothes,
      titleWords: tokenizer.titleWords(title),
      titleHeads: tokenizer.titleHeads(title),
      terms: new Map([
        ['工作服', 2],
        ['员工', 2],
        ['logo', 1],
      ]),
    };
    const uniforms = listing({ kind: 'SUPPLY', categoryCode: '2651', terms: terms('工作服', '工装') });
    const bottles = listing({
      kind: 'SUPPLY',
      categoryCode: '3055',
      terms: new Map([...terms('玻璃瓶', '高白料', '酒瓶'), ['logo', 1]]),
    });
    expect(categoryPart(bottles, named, ctx).fit).toBeGreaterThan(0);
    const right = scorePair(uniforms, named, ctx)!.score;
    const linked = scorePair(bottles, named, ctx)!.score;
    expect(right).toBeGreaterThan(linked);
    // A need-style demand (no title words) keeps the whole chain evidence.
    expect(scorePair(bottles, { ...named, titleHeads: ['包装配套'] }, ctx)!.score).toBeGreaterThan(linked);
  });

  it('reads a character both titles name a product with, not one of the demand’s modifiers', () => {
    const titled = (kind: 'SUPPLY' | 'DEMAND', categoryCode: string, title: string) =>
      listing({ kind, categoryCode, title, titleHeads: tokenizer.titleHeads(title) });
    // 矿 says where the dormitory stands; the buyer asks for water heaters, not a mine's lamp.
    const heaters = titled('DEMAND', '0610', '矿区职工宿舍 太阳能热水器');
    expect(sharesProductCharacter(titled('SUPPLY', '3511', '矿用隔爆型照明灯'), heaters)).toBe(false);
    expect(sharesProductCharacter(titled('SUPPLY', '3511', '空气能热水器 商用'), heaters)).toBe(true);
    // Not a character most of the hall's titles hold (the 电 of an energy hall).
    const lithium = titled('DEMAND', '6450', '机房后备电源 更换锂电');
    const cable = titled('SUPPLY', '4420', '光伏直流电缆');
    expect(sharesProductCharacter(cable, lithium, { characterShare: () => 0.05 })).toBe(true);
    expect(sharesProductCharacter(cable, lithium, { characterShare: (ch) => (ch === '电' ? 0.4 : 0.01) })).toBe(false);
    // Nor an ending that says only what kind of thing a product is (the 器 of 服务器 and 连接器).
    expect(
      sharesProductCharacter(titled('SUPPLY', '3921', '板对板连接器'), titled('DEMAND', '6531', '医院服务器老了')),
    ).toBe(false);
    // The same product in other words still shares its character (电煤 and 混煤).
    expect(
      sharesProductCharacter(titled('SUPPLY', '0610', '电煤 5000大卡'), titled('DEMAND', '4411', '求购 混煤')),
    ).toBe(true);
  });

  it('counts plants to grow half for a buyer of the crop, and the crop half for a buyer of plants', () => {
    const titled = (kind: 'SUPPLY' | 'DEMAND', title: string) =>
      listing({
        kind,
        categoryCode: '0171',
        title,
        titleHeads: tokenizer.titleHeads(title),
        titleWords: tokenizer.titleWords(title),
        terms: tokenizer.listingTerms(title, null),
      });
    const asCrop = (l: MatchListing): MatchListing => ({ ...l, titleHeads: ['石斛'] });
    const crop = titled('DEMAND', '门店滋补专柜 找天麻、石斛货源');
    const plants = titled('DEMAND', '求购 铁皮石斛 驯化苗');
    for (const offer of [titled('SUPPLY', '石斛兰盆栽 年宵花'), titled('SUPPLY', '铁皮石斛 组培瓶苗')])
      expect(keywordPart(offer, crop, ctx).fit).toBeCloseTo(keywordPart(asCrop(offer), crop, ctx).fit / 2);
    const dried = titled('SUPPLY', '铁皮石斛 干条');
    expect(keywordPart(dried, plants, ctx).fit).toBeCloseTo(keywordPart(dried, asCrop(plants), ctx).fit / 2);
    // Seedlings for a buyer of seedlings, and a vaccine (疫苗) is no seedling.
    expect(keywordPart(titled('SUPPLY', '铁皮石斛 组培瓶苗'), plants, ctx).fit).toBeGreaterThan(0.5);
    const vaccine = titled('SUPPLY', '兽用疫苗');
    expect(keywordPart(vaccine, titled('DEMAND', '求购 兽用疫苗'), ctx).fit).toBeGreaterThan(0.5);
  });

  it('halves the fit of an offer sharing only the words of the buyer’s own industry', () => {
    // A cement plant asking, under its own industry, for the grinding balls of its mills.
    const vocabulary = testContext({ categoryTerms: () => new Set(['水泥', '熟料']) });
    const title = '水泥厂球磨机用耐磨钢球';
    const ballsAsked = listing({
      kind: 'DEMAND',
      categoryCode: '3011',
      enterpriseCategories: ['3011'],
      title,
      titleHeads: tokenizer.titleHeads(title),
      terms: terms('水泥', '球磨机', '耐磨', '钢球'),
    });
    const grindingAid = listing({ kind: 'SUPPLY', categoryCode: '2619', terms: terms('水泥', '助磨剂') });
    const balls = listing({ kind: 'SUPPLY', categoryCode: '3130', terms: terms('高铬', '耐磨', '钢球', '水泥') });
    expect(sharesOnlyOwnIndustry(grindingAid, ballsAsked, vocabulary)).toBe(true);
    expect(sharesOnlyOwnIndustry(balls, ballsAsked, vocabulary)).toBe(false);
    // The same words under a product category (not the buyer's own industry) count in full.
    const underProduct = { ...ballsAsked, enterpriseCategories: [] };
    expect(sharesOnlyOwnIndustry(grindingAid, underProduct, vocabulary)).toBe(false);
    expect(keywordPart(grindingAid, ballsAsked, vocabulary).fit).toBeCloseTo(
      keywordPart(grindingAid, underProduct, vocabulary).fit / 2,
    );
    // A need (原辅料采购) is not a product: what the industry is made of is what it asks for.
    const need = { ...ballsAsked, title: '原辅料采购', titleHeads: tokenizer.titleHeads('原辅料采购') };
    expect(sharesOnlyOwnIndustry(grindingAid, need, vocabulary)).toBe(false);
  });

  it('lowers the fit of an offer that says it is not what is asked, or that the buyer refuses', () => {
    const read = (kind: 'SUPPLY' | 'DEMAND', title: string, description: string | null = null) =>
      listing({
        kind,
        title,
        titleHeads: tokenizer.titleHeads(title),
        terms: tokenizer.listingTerms(title, description),
      });
    const tallow = read('DEMAND', '采购火锅牛油', '炒底料用，要食用精炼牛油');
    const industrial = read('SUPPLY', '工业牛油（牛脂）', '非食用工业牛脂，用于制皂');
    const edible = read('SUPPLY', '火锅牛油（食用精炼）', '贵州黄牛板油精炼');
    expect(negationConflict(industrial, tallow)).toBe(true);
    expect(negationConflict(edible, tallow)).toBe(false);
    // Without its negation the industrial tallow's fit is the higher one.
    const unsaid = read('SUPPLY', '工业牛油（牛脂）', '工业牛脂，用于制皂');
    expect(keywordPart(industrial, tallow, ctx).fit).toBeLessThan(keywordPart(unsaid, tallow, ctx).fit);
    // The buyer's refusal: 不要青花椒 against an offer of 青花椒, not against 红花椒.
    const pepper = read('DEMAND', '刀口辣椒用花椒', '麻味要足，要红花椒，不要青花椒');
    expect(negationConflict(read('SUPPLY', '顶坛青花椒（干）'), pepper)).toBe(true);
    expect(negationConflict(read('SUPPLY', '汉源红花椒 大红袍'), pepper)).toBe(false);
    // Both saying the same negation (非转基因) is a word in common, not a conflict.
    const soy = read('DEMAND', '采购大豆', '要非转基因');
    const nonGmo = read('SUPPLY', '东北大豆', '非转基因，可出检测报告');
    expect(negationConflict(nonGmo, soy)).toBe(false);
    expect(keywordPart(nonGmo, soy, ctx).shared()).toContain('非转基因');
  });

  it('halves the fit of an offer sharing only the words of what the buyer itself offers', () => {
    // A chilli-oil maker (it offers 油辣椒) whose jars leak: its story names its own product throughout.
    const offered = new Map([...tokenizer.listingTerms('香辣油辣椒 玻璃瓶装', null)].filter(([, w]) => w >= 2));
    const own = testContext({ firmOfferWords: (id) => (id === 'maker' ? offered : undefined) });
    const read = (kind: 'SUPPLY' | 'DEMAND', title: string, description: string | null, enterpriseId: string) =>
      listing({
        kind,
        enterpriseId,
        title,
        titleHeads: tokenizer.titleHeads(title),
        terms: tokenizer.listingTerms(title, description),
      });
    const leak = read('DEMAND', '油辣椒玻璃瓶盖子漏油', '电商发货倒放就漏，想换能封口的盖子', 'maker');
    const peanuts = read('SUPPLY', '花生仁 小粒', '油炸酥脆，做油辣椒原料', 'farm');
    const caps = read('SUPPLY', '铝箔垫片盖', '盖内封口，防漏，油辣椒瓶通用', 'caps');
    expect(sharesOnlyOwnProducts(peanuts, leak, own)).toBe(true);
    expect(sharesOnlyOwnProducts(caps, leak, own)).toBe(false);
    expect(keywordPart(peanuts, leak, own).fit).toBeCloseTo(keywordPart(peanuts, leak, ctx).fit / 2);
    // A firm that offers nothing has no products of its own to tell.
    expect(sharesOnlyOwnProducts(peanuts, { ...leak, enterpriseId: 'buyer' }, own)).toBe(false);
    // Nor does a need: 原辅料采购 油辣椒生产用 asks for what goes into the buyer's product.
    const need = read('DEMAND', '原辅料采购', '油辣椒生产用原料', 'maker');
    expect(sharesOnlyOwnProducts(peanuts, need, own)).toBe(false);
  });

  it('halves the fit of an offer whose shared words touch neither title’s product (a setting in common)', () => {
    const read = (kind: 'SUPPLY' | 'DEMAND', title: string) =>
      listing({ kind, title, titleHeads: tokenizer.titleHeads(title), terms: tokenizer.listingTerms(title, null) });
    const rice = read('DEMAND', '学校食堂大米采购 年用600吨');
    const delivery = read('SUPPLY', '冷链城配 贵阳及周边区县（学校食堂团餐配送）');
    const riceOffered = read('SUPPLY', '东北长粒香大米 团餐食堂装50斤');
    expect(sharesHead(delivery, rice)).toBe(false);
    expect(sharesHead(riceOffered, rice)).toBe(true);
    // Where the hall offers the demand's product, a pair sharing only the setting counts half.
    const offered = testContext({ held: (kind, term) => kind === 'SUPPLY' && term === '大米' });
    const story = testContext({ held: () => false });
    const everything = testContext({ held: (kind, term) => kind === 'SUPPLY' && term !== '发错货' });
    expect(keywordPart(delivery, rice, offered).fit).toBeCloseTo(keywordPart(delivery, rice, story).fit / 2);
    expect(keywordPart(riceOffered, rice, offered).fit).toBeCloseTo(keywordPart(riceOffered, rice, story).fit);
    // A story told in the title (仓库老是发错货) names no product the hall offers: nothing is halved.
    const wrongGoods = read('DEMAND', '仓库老是发错货');
    const wms = read('SUPPLY', '仓库条码管理系统 WMS 扫码出入库');
    expect(keywordPart(wms, wrongGoods, everything).fit).toBeCloseTo(keywordPart(wms, wrongGoods, story).fit);
    // A code naming the product (ERP) or a grade (6063) is a product in common; a machine's model on
    // its part (颚板 PE400×600 for 鄂破 PE400×600) is not. Head words of one product in other words
    // share a character (麦麸 and 麸皮).
    expect(
      sharesHead(read('SUPPLY', '饲料企业ERP系统（配方优化、进销存、财务一体）'), read('DEMAND', '饲料配方管理/ERP')),
    ).toBe(true);
    expect(sharesHead(read('SUPPLY', '6063铝棒'), read('DEMAND', '采购 铝合金圆铸锭 6063'))).toBe(true);
    expect(sharesHead(read('SUPPLY', '颚板 PE400×600 高锰钢'), read('DEMAND', '求购 鄂破 PE400×600'))).toBe(false);
    expect(sharesHead(read('SUPPLY', '小麦麸皮 饲料级'), read('DEMAND', '麸炒用 麦麸 1吨'))).toBe(true);
    // Nor is the place the goods go, beside a product (酒店客房 of 酒店客房 一次性洗漱用品); a title naming
    // only a place-like product keeps it (钢结构厂房).
    const amenities = read('DEMAND', '酒店客房 一次性洗漱用品 六小件');
    expect(sharesHead(read('SUPPLY', '酒店客房 布草洗涤服务'), amenities)).toBe(false);
    expect(sharesHead(read('SUPPLY', '酒店一次性洗漱用品 六小件 牙刷 梳子'), amenities)).toBe(true);
    expect(sharesHead(read('SUPPLY', '钢结构厂房 设计施工'), read('DEMAND', '新建钢结构厂房'))).toBe(true);
    // A trade is a service's product (检测 of two labs), and letters joined by + are a code (I+G).
    expect(
      sharesHead(read('SUPPLY', '食品检测 CMA CNAS 调味品全项 微生物'), read('DEMAND', '委外检测 辣椒制品 型式检验')),
    ).toBe(true);
    expect(
      sharesHead(read('SUPPLY', '呈味核苷酸二纳（I+G）20kg/箱'), read('DEMAND', '谷氨酸钠 80目 及 I+G 年度采购招标')),
    ).toBe(true);
    // What is done (更换, 检查) is no product in common: a generator's cooler replaced is not a unit replaced.
    expect(
      sharesHead(
        read('SUPPLY', '发电机 空气冷却器 （铜管/白铜管） 更换'),
        read('DEMAND', '小水电站增效扩容 2×1600kW 机组更换'),
      ),
    ).toBe(false);
  });

  it('ranks a supplier missing the required certificate below one that holds it', () => {
    const holds = scorePair(bottles, { ...demand, certifications: ['ISO9001'] }, ctx)!;
    const lacks = scorePair({ ...bottles, certifications: [] }, { ...demand, certifications: ['ISO9001'] }, ctx)!;
    expect(lacks.score).toBeLessThan(holds.score);
    expect(lacks.reasons.find((r) => r.code === 'CERTIFICATION')).toMatchObject({
      contribution: 0,
      detail: '缺少要求的 ISO9001 认证',
    });
  });
});

describe('demands told as a problem', () => {
  /** A listing read as the engine reads one, a demand with the fixes for the symptoms it tells. */
  const read = (kind: 'SUPPLY' | 'DEMAND', categoryCode: string, title: string, description: string) => {
    const { terms, remedies } = tokenizer.matchTerms(kind, title, description);
    return listing({
      kind,
      categoryCode,
      title,
      terms,
      segments: tokenizer.productSegments(title, kind === 'DEMAND' ? description : null),
      titleHeads: tokenizer.titleHeads(title),
      remedies,
    });
  };
  const story = '包装机和装车口粉尘大，工人意见大，环保检查也说了，想整改';
  const dusty = read('DEMAND', '3011', '包装车间粉尘大', story);
  const collector = read('SUPPLY', '3511', '脉冲布袋除尘器', '粉磨、包装、输送点收尘，排放≤10mg/m³');
  const workers = read('SUPPLY', '6531', '车间工人派遣', '包装工、装卸工，工人稳定，可长期合作');

  it('pairs the offer of a fix with a story that never names it, and says which symptom it fixes', () => {
    const filter = read('SUPPLY', '3511', '脉冲布袋除尘器', '排放≤10mg/m³，滤袋可换');
    const fix = scorePair(filter, dusty, ctx)!;
    // the same story, read without the fixes for its symptoms
    const plain = listing({ ...dusty, terms: tokenizer.listingTerms(dusty.title, story), remedies: undefined });
    expect(fix.score).toBeGreaterThan(scorePair(filter, plain, ctx)?.score ?? 0);
    expect(fix.reasons.find((r) => r.code === 'KEYWORDS')!.detail).toMatch(
      /^对症产品：除尘器（需求所述：(?:车间)?粉尘大?）/u,
    );
    expect(scorePair(collector, dusty, ctx)!.reasons.find((r) => r.code === 'KEYWORDS')!.detail).toMatch(
      /^共同产品词：包装；对症产品：/u,
    );
  });

  it('counts the story’s words alone at a share only where the title tells a problem the lexicon knows', () => {
    expect(missesTheFix(workers, dusty)).toBe(true);
    expect(missesTheFix(collector, dusty)).toBe(false);
    // a title naming the product asked for tells no problem, whatever its description says
    const named = read('DEMAND', '3011', '采购 脉冲布袋除尘器', '包装车间粉尘大，想整改');
    expect(missesTheFix(workers, named)).toBe(false);
    // nor does a story whose symptom the lexicon does not know
    expect(missesTheFix(workers, read('DEMAND', '3011', '包装车间老是出问题', '工人意见大'))).toBe(false);
  });
});

describe('pairs met only in their descriptions', () => {
  const read = (kind: 'SUPPLY' | 'DEMAND', categoryCode: string, title: string, description: string | null) =>
    listing({
      kind,
      categoryCode,
      title,
      terms: tokenizer.matchTerms(kind, title, description).terms,
      titleHeads: tokenizer.titleHeads(title),
    });
  const tallow = read('DEMAND', '1331', '采购火锅牛油', '炒底料用，要食用精炼牛油，熔点45℃左右');
  const rapeseed = read('SUPPLY', '1331', '一级菜籽色拉油', '物理压榨，二次精炼，罐车配送');
  const beefFat = read('SUPPLY', '1331', '火锅牛油（食用精炼）', '熔点44-46℃，每批附检验报告');

  it('tells a pair sharing only description words from one whose titles meet', () => {
    expect(titlesApart(rapeseed, tallow)).toBe(true);
    expect(titlesApart(beefFat, tallow)).toBe(false);
    // a word of either title counts: the offer's title naming what the buyer's description asks
    const described = read('DEMAND', '1331', '炒料用油脂采购', '要牛油，熔点45℃左右');
    expect(titlesApart(read('SUPPLY', '1331', '精炼牛油', null), described)).toBe(false);
    // and so does a code both titles name, whatever the words around it (6063铝棒 for 铝合金圆铸锭 6063)
    expect(
      titlesApart(
        read('SUPPLY', '3252', '6063铝棒', null),
        read('DEMAND', '3252', '采购 铝合金圆铸锭 6063', '挤压坯料'),
      ),
    ).toBe(false);
  });

  it('counts the term fit of such a pair at a share', () => {
    const apart = keywordPart(rapeseed, tallow, ctx).fit;
    // the same offer with the shared word in its title
    const named = read('SUPPLY', '1331', '精炼 一级菜籽色拉油', '物理压榨，罐车配送');
    expect(titlesApart(named, tallow)).toBe(false);
    expect(apart).toBeGreaterThan(0);
    expect(apart).toBeLessThan(keywordPart(named, tallow, ctx).fit);
  });
});

describe('formatAmount', () => {
  it('writes large amounts the Chinese way', () => {
    expect(formatAmount(3_000_000)).toBe('300万');
    expect(formatAmount(250_000_000)).toBe('2.5亿');
    expect(formatAmount(12.5)).toBe('12.5');
  });

  it('never writes a small price as 0 (1.2 元/万只 is 0.00012 元/只)', () => {
    expect(formatAmount(0.00012)).toBe('0.00012');
    expect(formatAmount(0.0034567)).toBe('0.0035');
    expect(formatAmount(0.15)).toBe('0.15');
    expect(formatAmount(0)).toBe('0');
  });
});
