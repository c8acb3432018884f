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

describe('rankingScore', () => {
  it('agrees with scorePair on every part: quantities, units, prices, regions, certificates, dates', () => {
    const r = random(7);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
    const categories = ['3055', '1512', '3333', '3216', '3252', '2780', '2231', '2319', '6531', '3531'];
    const units = [null, '', '吨', '千克', '只'];
    const regions = ['520382', '520381', '520102', '510100', '520000', '520100'];
    const certs = ['SC', 'ISO9001', 'GMP'];
    const words = ['玻璃瓶', '酱香型', '瓶盖', '铝锭', '纸箱', '系统'];
    const make = (kind: MatchListing['kind']): MatchListing => {
      const price = r() < 0.3 ? null : Math.floor(r() * 100);
      return listing({
        kind,
        enterpriseId: pick(['a', 'b', 'c', 'd']),
        categoryCode: pick(categories),
        enterpriseCategories: r() < 0.5 ? [pick(categories)] : [],
        title: `${kind === 'DEMAND' ? '求购 ' : ''}${pick(words)}${r() < 0.2 ? ' 系统集成服务' : ''}`,
        quantity: r() < 0.2 ? null : Math.floor(r() * 1000),
        unit: pick(units),
        priceMin: r() < 0.2 ? null : price,
        priceMax: price === null ? (r() < 0.5 ? 30 : null) : price * (1 + r()),
        regionCode: pick(regions),
        certifications: r() < 0.5 ? [] : r() < 0.5 ? [pick(certs)] : [pick(certs), pick(certs)],
        validUntil: r() < 0.5 ? null : pick(['2026-11-20', '2026-12-05', '2027-06-01', '']),
        terms: new Map(words.filter(() => r() < 0.3).map((w) => [w, r() < 0.5 ? 1 : 2])),
      });
    };
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
});
