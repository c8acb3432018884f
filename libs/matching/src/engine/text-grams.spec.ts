import { gramSimilarity, GramSketch, textGrams } from './text-grams';

const sim = (a: string, b: string) => gramSimilarity(textGrams(a), textGrams(b));

describe('textGrams', () => {
  it('reads trigrams as pg_trgm does: runs of letters and digits, padded, lower-cased', () => {
    // "  ab", " ab", "ab " for the run "ab"; "  铝", " 铝锭", "铝锭 " for 铝锭.
    expect(textGrams('AB').length).toBe(3);
    expect(textGrams('铝锭').length).toBe(3);
    expect(textGrams('ab, AB!  ab')).toEqual(textGrams('ab'));
    // 电解铝液: "  电", " 电解", "电解铝", "解铝液", "铝液 ".
    expect(textGrams('电解铝液').length).toBe(5);
    expect(textGrams('', null).length).toBe(0);
    expect(textGrams('ＰＥＴ瓶坯　２８牙')).toEqual(textGrams('PET瓶坯 28牙'));
  });

  it('keeps the hashes sorted and distinct, title and description alike', () => {
    const g = textGrams('供应 电解铝液 电解铝液', '铝锭 A00');
    for (let i = 1; i < g.length; i++) expect(g[i]).toBeGreaterThan(g[i - 1]);
    expect(textGrams('电解铝液', '铝锭')).toEqual(textGrams('电解铝液 铝锭'));
  });
});

describe('gramSimilarity', () => {
  it('is shared over all distinct trigrams, as pg_trgm similarity()', () => {
    // 电解铝液 / 电解铝锭: "  电", " 电解", "电解铝" shared; 5 + 5 − 3 = 7 distinct.
    expect(sim('电解铝液', '电解铝锭')).toBeCloseTo(3 / 7, 10);
    expect(sim('玻璃酒瓶', '玻璃酒瓶')).toBe(1);
    expect(sim('铝锭', '瓶盖')).toBe(0);
    expect(sim('', '瓶盖')).toBe(0);
  });

  it('sees a product named with other words around it, and grades written apart (5500大卡, 5500 kcal)', () => {
    expect(sim('干香菇丁', '香菇丁 散装')).toBeGreaterThan(sim('干香菇丁', '干辣椒段'));
    expect(sim('动力煤 5500大卡', '电煤 热值5500')).toBeGreaterThan(sim('动力煤 5500大卡', '电煤 热值4500'));
  });
});

describe('GramSketch', () => {
  it('estimates gramSimilarity against one loaded listing, never below it, and forgets the last one', () => {
    const sketch = new GramSketch();
    const texts = ['电解铝液 铝锭', '电解铝锭 A00', '重熔用铝锭', '玻璃酒瓶 500ml', '动力煤 5500大卡', ''];
    for (const a of texts) {
      sketch.load(textGrams(a));
      for (const b of texts) {
        const exact = gramSimilarity(textGrams(a), textGrams(b));
        const estimate = sketch.similarity(textGrams(b));
        expect(estimate).toBeGreaterThanOrEqual(exact);
        expect(estimate).toBeCloseTo(exact, 2);
      }
    }
    sketch.load(undefined);
    expect(sketch.similarity(textGrams('电解铝液'))).toBe(0);
  });
});
