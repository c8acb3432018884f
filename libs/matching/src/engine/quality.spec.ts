import { engineRankings, ndcgAt, precisionAt, report } from '../../../../bench/quality/evaluate';

describe('match quality on the labelled development set (bench/quality)', () => {
  it('computes nDCG and precision the textbook way', () => {
    expect(ndcgAt(10, ['a', 'b'], { a: 3, b: 1 })).toBe(1);
    expect(ndcgAt(10, ['b', 'a'], { a: 3, b: 1 })).toBeCloseTo((1 + 7 / Math.log2(3)) / (7 + 1 / Math.log2(3)));
    expect(precisionAt(5, ['a', 'x', 'b'], { a: 3, b: 2 })).toBe(0.4);
  });

  it('keeps the engine at nDCG@10 >= 0.85 (a regression guard: bench/RESULTS.md has the figures)', () => {
    const r = report(engineRankings());
    expect(r.queries).toBeGreaterThanOrEqual(30);
    expect(r.ndcg10).toBeGreaterThanOrEqual(0.85);
  });
});
