import { devSets, engineRankings, ndcgAt, precisionAt, report } from '../../../../bench/quality/evaluate';
import { validateSet } from '../../../../bench/quality/labelled-set';

describe('match quality on the labelled development set (bench/quality)', () => {
  it('computes nDCG and precision the textbook way', () => {
    expect(ndcgAt(10, ['a', 'b'], { a: 3, b: 1 })).toBe(1);
    expect(ndcgAt(10, ['b', 'a'], { a: 3, b: 1 })).toBeCloseTo((1 + 7 / Math.log2(3)) / (7 + 1 / Math.log2(3)));
    expect(precisionAt(5, ['a', 'x', 'b'], { a: 3, b: 2 })).toBe(0.4);
  });

  it('refuses a set that judges a supply it does not hold', () => {
    const set = {
      name: 'bad',
      firms: { f: { name: 'f', region: '520102', categories: ['3055'] } },
      supplies: [{ key: 's', firm: 'f', category: '3055', title: '玻璃瓶' }],
      queries: [{ firm: 'f', category: '3055', title: '求购 玻璃瓶', judgements: { t: 3 } }],
    };
    expect(() => validateSet(set)).toThrow('judges unknown supply t');
  });

  // A regression guard: bench/RESULTS.md has the figures (0.918 with the learned order of order.ts, 0.929 before it; 0.972, 0.959, 0.992, 0.989, 0.997, 0.984, 0.957, 0.993, 0.982, 0.997, 0.982, 0.931, 0.940, 0.939, 0.934, 0.929, 0.972, 0.969, 0.965, 0.693, 0.853, 0.990, 0.863, 0.808, 0.885, 0.985, 0.842 when last written).
  it.each([
    ['devset.ts', 0, 45, 0.91],
    ['sets/dev-sectors.json', 1, 20, 0.96],
    ['sets/dev-sectors-2.json', 2, 38, 0.94],
    ['sets/dev-sectors-3.json', 3, 10, 0.97],
    ['sets/dev-sectors-4.json', 4, 5, 0.96],
    ['sets/dev-sectors-5.json', 5, 7, 0.97],
    ['sets/dev-sectors-6.json', 6, 6, 0.96],
    ['sets/dev-sectors-7.json', 7, 6, 0.88],
    ['sets/dev-sectors-8.json', 8, 6, 0.95],
    ['sets/dev-sectors-9.json', 9, 4, 0.95],
    ['sets/dev-sectors-10.json', 10, 6, 0.95],
    ['sets/dev-sectors-11.json', 11, 4, 0.95],
    ['sets/dev-sectors-12.json', 12, 6, 0.9],
    ['sets/dev-sectors-13.json', 13, 5, 0.88],
    ['sets/dev-sectors-14.json', 14, 8, 0.92],
    ['sets/dev-sectors-15.json', 15, 5, 0.9],
    ['sets/dev-sectors-16.json', 16, 6, 0.9],
    ['sets/dev-sectors-17.json', 17, 8, 0.94],
    ['sets/dev-sectors-18.json', 18, 9, 0.91],
    ['sets/dev-sectors-19.json', 19, 11, 0.93],
    // Demands told as a story, the class the engine handles least well: a guard, not a standard.
    ['sets/dev-sectors-20.json', 20, 5, 0.66],
    // Demands naming the place the goods go beside the product (酒店客房 一次性洗漱用品).
    ['sets/dev-sectors-21.json', 21, 5, 0.8],
    // Demands naming an aluminium or stainless grade in digits (6063铝棒, 316L) among other grades.
    ['sets/dev-sectors-22.json', 22, 5, 0.95],
    // What a listing negates, a buyer's own product in its story, a part asked for by its machine's model.
    ['sets/dev-sectors-23.json', 23, 6, 0.83],
    // Problems whose fixes share no word with the story (冷库不冷, 粉尘大, 配电房老跳闸; see remedies.ts).
    ['sets/dev-sectors-24.json', 24, 6, 0.78],
    // One-character products in a title (蒜、葱长期收购, 白酒瓶+盖, 求购 煤), offers sharing only description words.
    ['sets/dev-sectors-25.json', 25, 6, 0.85],
    // A detailed offer beside one-liners sharing one word; a kind with its members in a bracket (包材（PET瓶/瓶盖/标签）).
    ['sets/dev-sectors-26.json', 26, 6, 0.95],
    // Haulage asked for by the words for carrying a plant's waste out (炉渣外运, 矸石清运, 酒糟外运运力) among the goods carried.
    ['sets/dev-sectors-27.json', 27, 5, 0.8],
  ])('keeps the engine’s nDCG@10 on the development set’s part %s', (_name, part, queries, floor, empty = []) => {
    const set = devSets()[part];
    const r = report(set, engineRankings(set));
    expect(r.queries).toBeGreaterThanOrEqual(queries);
    expect(r.ndcg10).toBeGreaterThanOrEqual(floor);
    // No query may come back with nothing right in its top 10, but those named as not yet handled.
    expect(r.perQuery.filter((q) => q.ndcg10 === 0).map((q) => q.key)).toEqual(empty);
  });
});
