import { MatchIndex } from './match-index';
import { categoryFit, keywordPart, rankingScore, scorePair } from './score';
import { listing, testContext } from './test-context';
import type { MatchListing } from './types';

/**
 * rankingScore is scorePair's score without the words and allocations (MatchIndex.top ranks
 * thousands of candidates with it): the two must agree on every pair, or the cheap pass would
 * choose other candidates for exact scoring than the scores say.
 */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a * 1_103_515_245 + 12_345) % 2 ** 31;
    return a / 2 ** 31;
  };
}

/** Listings varied in every field a practical part reads, from a seeded generator. */
function generator(seed: number) {
  const r = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const categories = ['3055', '1512', '3333', '3216', '3252', '2780', '2231', '2319', '6531', '3531'];
  const units = [null, '', '吨', '千克', '只', '箱'];
  const regions = ['520382', '520381', '520102', '510100', '520000', '520100'];
  const certs = ['SC', 'ISO9001', 'GMP', 'HACCP'];
  // 商品混凝土 and 砂石 make demands for products traded nearby (asksForLocalProduct).
  const words = ['玻璃瓶', '酱香型', '瓶盖', '铝锭', '纸箱', '系统', '商品混凝土', '砂石'];
  const make = (kind: MatchListing['kind']): MatchListing => {
    const price = r() < 0.3 ? null : Math.floor(r() * 100);
    return listing({
      kind,
      enterpriseId: pick(['a', 'b', 'c', 'd', 'e']),
      categoryCode: pick(categories),
      enterpriseCategories: r() < 0.5 ? [pick(categories)] : [],
      title: `${kind === 'DEMAND' ? '求购 ' : ''}${pick(words)}${r() < 0.2 ? ' 系统集成服务' : ''}`,
      quantity: r() < 0.2 ? null : Math.floor(r() * 1000),
      unit: pick(units),
      priceMin: r() < 0.2 ? null : price,
      priceMax: price === null ? (r() < 0.5 ? 30 : null) : price * (1 + r()),
      regionCode: pick(regions),
      certifications: r() < 0.5 ? [] : r() < 0.5 ? [pick(certs)] : [pick(certs), pick(certs)],
      validUntil: r() < 0.5 ? null : pick(['2026-11-20', '2026-12-05', '2027-06-01', '', '2027-1-1']),
      terms: new Map(words.filter(() => r() < 0.3).map((w) => [w, r() < 0.5 ? 1 : 2])),
      // Demands naming a product (chain evidence in proportion to the terms), naming a need, or built without heads.
      titleHeads: r() < 0.3 ? undefined : [r() < 0.3 ? '包装配套' : pick(words)],
      // Stated grades, some in conflict (see specConflict).
      specs:
        r() < 0.6 ? undefined : [{ key: 'kcal', min: pick([4500, 5000, 5500]), max: pick([5200, Infinity]), text: '' }],
    });
  };
  return { make, r };
}

describe('rankingScore', () => {
  it('agrees with scorePair on every part: quantities, units, prices, regions, certificates, dates', () => {
    const { make, r } = generator(7);
    const ctx = testContext();
    let scored = 0;
    for (let i = 0; i < 3000; i++) {
      const s = make('SUPPLY');
      const d = make('DEMAND');
      const category = categoryFit(s, d, ctx);
      for (const keyword of [0, 0.01, keywordPart(s, d, ctx).fit, r()]) {
        const expected = scorePair(s, d, ctx, false, keyword)?.score ?? null;
        expect(rankingScore(s, d, ctx, category, keyword)).toBe(expected);
        if (expected !== null) scored++;
      }
    }
    expect(scored).toBeGreaterThan(3000);
  });

  it('is what MatchIndex ranks with, read from its columns, for listings in the index and outside it', () => {
    const { make, r } = generator(11);
    const index = new MatchIndex();
    const ctx = testContext({ idf: (t) => index.idf(t) });
    const indexed = Array.from({ length: 400 }, (_, i) => make(i % 2 ? 'SUPPLY' : 'DEMAND'));
    indexed.forEach((l) => index.put(l));
    // Outside the index: units, certificates and regions the index has never seen.
    const strangers = Array.from({ length: 24 }, (_, i) => {
      const l = make(i % 2 ? 'SUPPLY' : 'DEMAND');
      return i % 4 < 2 ? { ...l, unit: '立方米', certifications: ['FSC'], regionCode: '530102' } : l;
    });
    let scored = 0;
    for (const x of [...indexed.slice(0, 30), ...strangers]) {
      for (const c of indexed) {
        if (c.kind === x.kind) continue;
        const [s, d] = x.kind === 'SUPPLY' ? [x, c] : [c, x];
        const category = categoryFit(s, d, ctx);
        for (const keyword of [0, 0.01, r()]) {
          const expected = rankingScore(s, d, ctx, category, keyword);
          expect(index.rankingScoreOf(x, ctx, c.id, category, keyword)).toBe(expected);
          if (expected !== null) scored++;
        }
      }
    }
    expect(scored).toBeGreaterThan(5_000);
  });
});
