import { MatchIndex } from './match-index';
import { categoryFit, keywordPart, rankingScore, sumTermWeight } from './score';
import { listing, testContext } from './test-context';
import { textGrams } from './text-grams';
import { Tokenizer } from './tokenizer';

const terms = (...t: string[]) => new Map(t.map((x) => [x, 2]));
const up: Record<string, string[]> = { '1512': ['3055', '3333'], '3333': ['3252'] };
const down: Record<string, string[]> = { '3055': ['1512'], '3333': ['1512'], '3252': ['3333'] };
const upstreamOf = (c: string) => up[c] ?? [];
const downstreamOf = (c: string) => down[c] ?? [];

describe('MatchIndex', () => {
  it('measures a category’s share of the hall against a hundred listings more, so a small hall has no catch-all', () => {
    const index = new MatchIndex();
    for (let i = 0; i < 10; i++) index.put(listing({ kind: i % 2 ? 'SUPPLY' : 'DEMAND', categoryCode: '6513' }));
    const glass = Array.from({ length: 90 }, () => listing({ kind: 'SUPPLY', categoryCode: '3055' }));
    glass.forEach((l) => index.put(l));
    expect(index.categoryShare('6513')).toBeCloseTo(10 / 200, 10);
    expect(index.categoryShare('3055')).toBeCloseTo(90 / 200, 10);
    expect(index.categoryShare('1512')).toBe(0);
    // A closed listing leaves the count.
    index.remove(glass[0].id);
    expect(index.categoryShare('3055')).toBeCloseTo(89 / 199, 10);
  });

  it('counts the titles holding each Chinese character, once a title, against a hundred listings more', () => {
    const index = new MatchIndex();
    const cables = Array.from({ length: 50 }, (_, i) =>
      listing({ kind: 'SUPPLY', categoryCode: '4420', title: `电力电缆 YJV ${i}` }),
    );
    cables.forEach((l) => index.put(l));
    index.put(listing({ kind: 'DEMAND', categoryCode: '3216', title: '求购 铝土矿' }));
    expect(index.characterShare('电')).toBeCloseTo(50 / 151, 10);
    expect(index.characterShare('矿')).toBeCloseTo(1 / 151, 10);
    expect(index.characterShare('Y')).toBe(0);
    // A listing that leaves, or changes its title, leaves the count.
    index.remove(cables[0].id);
    index.put({ ...cables[1], title: '铝锭' });
    expect(index.characterShare('电')).toBeCloseTo(48 / 150, 10);
    expect(index.characterShare('铝')).toBeCloseTo(2 / 150, 10);
  });

  it('finds candidates by category, chain link, the buyer’s own industry and shared terms, never of its own kind', () => {
    const index = new MatchIndex();
    const same = listing({ kind: 'SUPPLY', categoryCode: '3055' });
    const upstream = listing({ kind: 'SUPPLY', categoryCode: '3333' });
    const byTerm = listing({ kind: 'SUPPLY', categoryCode: '2780', terms: terms('玻璃瓶') });
    const unrelated = listing({ kind: 'SUPPLY', categoryCode: '3216', terms: terms('铝锭') });
    const otherDemand = listing({ kind: 'DEMAND', categoryCode: '3055' });
    [same, upstream, byTerm, unrelated, otherDemand].forEach((l) => index.put(l));

    const d = listing({
      kind: 'DEMAND',
      categoryCode: '3055',
      enterpriseCategories: ['3055', '1512'],
      terms: terms('玻璃瓶'),
    });
    const found = index.candidates(d, upstreamOf, downstreamOf);
    expect([...found].sort()).toEqual([same.id, upstream.id, byTerm.id].sort());
  });

  it('lets the texts’ likeness lift only pairs it proposes: sharing a word common to the whole hall is not enough', () => {
    const index = new MatchIndex();
    const put = (kind: 'SUPPLY' | 'DEMAND', title: string, description: string, weights: [string, number][]) => {
      const l = listing({
        kind,
        categoryCode: kind === 'SUPPLY' ? '3216' : '2780',
        title,
        terms: new Map(weights),
        grams: textGrams(title, description),
      });
      index.put(l);
      return l;
    };
    // Categories with no chain link between them; 300 listings on each side whose descriptions
    // all carry 常规 and 规格齐全 (far over 1% of a side).
    for (let i = 0; i < 300; i++) {
      put('SUPPLY', `供品${i}号`, '常规，规格齐全', [
        [`供品${i}号`, 2],
        ['常规', 1],
        ['规格齐全', 1],
      ]);
      put('DEMAND', `需品${i}号`, '常规，规格齐全', [
        [`需品${i}号`, 2],
        ['常规', 1],
        ['规格齐全', 1],
      ]);
    }
    expect(index.distinctive('常规', false)).toBe(false);
    expect(index.distinctive('供品7号', false)).toBe(true);
    // A title word of both proposes up to TITLE_TERM_CAP listings.
    expect(index.distinctive('常规', true)).toBe(true);
    const ctx = testContext({ idf: (t) => index.idf(t), distinctive: (t, both) => index.distinctive(t, both) });
    const d = put('DEMAND', '需品X', '常规，规格齐全', [
      ['需品x', 2],
      ['常规', 1],
      ['规格齐全', 1],
    ]);
    const s = put('SUPPLY', '供品Y', '常规，规格齐全', [
      ['供品y', 2],
      ['常规', 1],
      ['规格齐全', 1],
    ]);
    // Alike in characters (the same description), sharing only the common words: words alone count,
    // and the pair is no candidate of the other.
    const words = keywordPart({ ...s, grams: undefined }, d, ctx).fit;
    expect(keywordPart(s, d, ctx).fit).toBe(words);
    expect(index.candidates(d, upstreamOf, downstreamOf).has(s.id)).toBe(false);
    // Sharing a rare word as well, the likeness counts.
    const rare = put('SUPPLY', '需品X 同款', '常规，规格齐全', [
      ['需品x', 2],
      ['同款', 2],
      ['常规', 1],
      ['规格齐全', 1],
    ]);
    expect(keywordPart(rare, d, ctx).fit).toBeGreaterThan(keywordPart({ ...rare, grams: undefined }, d, ctx).fit);
  });

  it('keeps the title words of each firm’s open offers, and forgets those of closed ones', () => {
    const index = new MatchIndex();
    const oil = listing({
      kind: 'SUPPLY',
      enterpriseId: 'maker',
      terms: new Map([
        ['油辣椒', 2],
        ['~椒', 1],
        ['菜籽油', 1],
      ]),
    });
    const sauce = listing({ kind: 'SUPPLY', enterpriseId: 'maker', terms: terms('油辣椒', '辣椒酱') });
    const wants = listing({ kind: 'DEMAND', enterpriseId: 'maker', terms: terms('玻璃瓶') });
    [oil, sauce, wants].forEach((l) => index.put(l));
    // Title words only: not the head marks, not description words, not what the firm asks for.
    expect(index.firmOfferWords('maker')).toEqual(
      new Map([
        ['油辣椒', 2],
        ['辣椒酱', 1],
      ]),
    );
    index.remove(sauce.id);
    expect(index.firmOfferWords('maker')).toEqual(new Map([['油辣椒', 1]]));
    index.remove(oil.id);
    expect(index.firmOfferWords('maker')).toBeUndefined();
  });

  it('forgets removed and replaced listings, and keeps document frequencies right', () => {
    const index = new MatchIndex();
    const a = listing({ kind: 'SUPPLY', terms: terms('瓶盖') });
    index.put(a);
    const idfWithOne = index.idf('瓶盖');
    index.put({ ...a, terms: terms('铝锭') });
    expect(index.idf('瓶盖')).toBeGreaterThan(idfWithOne);
    const d = listing({ kind: 'DEMAND', categoryCode: '9999', terms: terms('瓶盖') });
    expect(index.candidates(d, upstreamOf, downstreamOf).size).toBe(0);
    index.remove(a.id);
    expect(index.size).toBe(0);
  });

  it('ranks candidates best first and agrees with exhaustive scoring', () => {
    const index = new MatchIndex();
    const ctx = testContext({ idf: (t) => index.idf(t) });
    const good = listing({
      kind: 'SUPPLY',
      categoryCode: '3055',
      title: '酱香型玻璃瓶',
      terms: terms('酱香型', '玻璃瓶'),
    });
    // The same category and a product named in other words (玻璃罐: no shared word, a shared 玻璃).
    const fair = listing({ kind: 'SUPPLY', categoryCode: '3055', title: '玻璃罐', terms: terms('玻璃罐') });
    [good, fair].forEach((l) => index.put(l));
    const d = listing({
      kind: 'DEMAND',
      categoryCode: '3055',
      title: '求购 酱香型玻璃瓶',
      terms: terms('酱香型', '玻璃瓶'),
    });
    const ranked = index.match(d, ctx, index.candidates(d, upstreamOf, downstreamOf), 10);
    expect(ranked.map((p) => p.supplyId)).toEqual([good.id, fair.id]);
    expect(index.matchExhaustive(d, ctx, 10)).toEqual(ranked);
  });

  it('proposes every offer sharing a title word of the demand, however common the word', () => {
    const index = new MatchIndex();
    const ctx = testContext({ idf: (t) => index.idf(t) });
    // 300 juice offers in an unlinked category: 刺梨 is in far more than the common-term share.
    const offers = Array.from({ length: 300 }, (_, i) =>
      listing({
        kind: 'SUPPLY',
        categoryCode: '3216',
        title: `刺梨原汁 ${i}`,
        terms: terms('刺梨', '原汁', `批次${i}`),
      }),
    );
    offers.forEach((o) => index.put(o));
    const d = listing({ kind: 'DEMAND', categoryCode: '1512', title: '求购 刺梨原汁', terms: terms('刺梨', '原汁') });
    expect(index.candidates(d, upstreamOf, downstreamOf).size).toBe(300);
    expect(index.top(d, ctx, upstreamOf, downstreamOf, 10)).toHaveLength(10);
  });

  it('reuses the slots of removed listings without mixing up their fields', () => {
    const index = new MatchIndex();
    const ctx = testContext({ idf: (t) => index.idf(t) });
    const make = (i: number, kind: 'SUPPLY' | 'DEMAND') =>
      listing({
        kind,
        enterpriseId: `firm-${i % 7}`,
        categoryCode: ['3055', '3333', '1512'][i % 3],
        title: `玻璃瓶 ${i}`,
        terms: terms('玻璃瓶', `批次${i % 5}`),
        quantity: (i * 37) % 1000,
        unit: i % 4 ? '吨' : '千克',
        priceMin: i % 3 ? (i * 13) % 100 : null,
        regionCode: ['520382', '520381', '520102'][i % 3],
        certifications: i % 5 ? [] : ['SC'],
        validUntil: i % 6 ? null : '2026-12-10',
      });
    const first = Array.from({ length: 200 }, (_, i) => make(i, i % 2 ? 'SUPPLY' : 'DEMAND'));
    first.forEach((l) => index.put(l));
    first.filter((_, i) => i % 3 === 0).forEach((l) => index.remove(l.id));
    // New listings take the freed slots, with other quantities, prices, regions and firms.
    const second = Array.from({ length: 80 }, (_, i) => make(1000 + 7 * i, i % 2 ? 'DEMAND' : 'SUPPLY'));
    second.forEach((l) => index.put(l));
    const open = [...first.filter((_, i) => i % 3 !== 0), ...second];
    for (const x of open.slice(0, 40)) {
      for (const c of open) {
        if (c.kind === x.kind) continue;
        const [s, d] = x.kind === 'SUPPLY' ? [x, c] : [c, x];
        const category = categoryFit(s, d, ctx);
        expect(index.rankingScoreOf(x, ctx, c.id, category, 0.5)).toBe(rankingScore(s, d, ctx, category, 0.5));
      }
    }
    for (const x of first.filter((_, i) => i % 3 === 1)) {
      // Under EXACT_CANDIDATES every term fit is exact, so the top 10 is the exhaustive one.
      expect(index.top(x, ctx, upstreamOf, downstreamOf, 10)).toEqual(index.matchExhaustive(x, ctx, 10));
    }
  });

  it('keeps the mean term weight of the open offers, demands not counted, as offers come and go', () => {
    const index = new MatchIndex();
    const offers = [terms('玻璃瓶', '棕色'), terms('铝锭'), terms('玻璃瓶', '药用', '模制瓶', '棕色')].map((t) =>
      listing({ kind: 'SUPPLY', terms: t }),
    );
    offers.forEach((l) => index.put(l));
    index.put(listing({ kind: 'DEMAND', terms: terms('玻璃瓶', '瓶盖', '标签', '纸箱', '胶带', '托盘') }));
    const mean = (ls: typeof offers) => ls.reduce((sum, l) => sum + sumTermWeight(l.terms, index), 0) / ls.length;
    expect(index.offerWeight()).toBeCloseTo(mean(offers), 10);
    index.remove(offers[2].id);
    expect(index.offerWeight()).toBeCloseTo(mean(offers.slice(0, 2)), 10);
    index.put({ ...offers[1], terms: terms('铝锭', '铝棒', '6063') });
    expect(index.offerWeight()).toBeCloseTo(
      mean([offers[0], { ...offers[1], terms: terms('铝锭', '铝棒', '6063') }]),
      10,
    );
  });

  it('weighs an offer’s length against the hall’s mean offer: a detailed offer of the product beats a one-liner sharing one word', () => {
    const tokenizer = new Tokenizer();
    const read = (kind: 'SUPPLY' | 'DEMAND', title: string, description: string) =>
      listing({ kind, title, categoryCode: '2780', ...tokenizer.matchTerms(kind, title, description) });
    const index = new MatchIndex();
    const oneLiner = read('SUPPLY', '冷库出租', '冷库出租。');
    const detailed = read(
      'SUPPLY',
      '茶叶冷藏库 恒温 低温',
      '茶叶专用冷藏库，温度0-5℃，除湿机控制，独立库间，只存茶叶，不和果蔬肉类混放，离高速口10分钟，可开发票，按月结算。',
    );
    const fillers = [
      '铝塑组合盖 口服液瓶用',
      '药用丁基胶塞',
      'PVC硬片 泡罩包装',
      '纸箱 五层瓦楞',
      '复合膜 药品包装袋',
    ].map((t) => read('SUPPLY', t, `${t}，现货供应。`));
    const demand = read('DEMAND', '租茶叶冷库 20吨', '明前茶收完要冷藏，0-5℃，不能和别的东西混放。');
    [oneLiner, detailed, ...fillers, demand].forEach((l) => index.put(l));
    const ctx = testContext({ idf: (t) => index.idf(t), offerWeight: () => index.offerWeight() });
    const fit = (s: typeof demand, c = ctx) => keywordPart(s, demand, c).fit;
    expect(fit(detailed)).toBeGreaterThan(fit(oneLiner));
    expect(index.top(demand, ctx, upstreamOf, downstreamOf, 3)[0].supplyId).toBe(detailed.id);
    // The offer's own length in full (the norm before the pivot) put the one-liner first.
    const unpivoted = testContext({ idf: (t) => index.idf(t) });
    expect(fit(oneLiner, unpivoted)).toBeGreaterThan(fit(detailed, unpivoted));
  });
});
