import { GramPool, gramSimilarity, GramSketch, textGrams } from './text-grams';

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
  const texts = ['电解铝液 铝锭', '电解铝锭 A00', '重熔用铝锭', '玻璃酒瓶 500ml', '动力煤 5500大卡', ''];

  it('estimates gramSimilarity against one loaded listing, never below it, and forgets the last one', () => {
    const sketch = new GramSketch();
    const pool = new GramPool();
    pool.ensure(texts.length);
    texts.forEach((t, slot) => pool.set(slot, textGrams(t)));
    for (const a of texts) {
      sketch.load(textGrams(a));
      texts.forEach((b, slot) => {
        const exact = gramSimilarity(textGrams(a), textGrams(b));
        const estimate = sketch.similarity(pool.pool, pool.start[slot], pool.count[slot]);
        expect(estimate).toBeGreaterThanOrEqual(exact);
        expect(estimate).toBeCloseTo(exact, 2);
      });
    }
    sketch.load(undefined);
    expect(sketch.similarity(pool.pool, pool.start[0], pool.count[0])).toBe(0);
  });

  it('reads the same trigrams from the pool after listings are replaced and removed many times over', () => {
    const pool = new GramPool();
    const slots = 40;
    pool.ensure(slots);
    const held: (Uint32Array | undefined)[] = [];
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31);
    for (let round = 0; round < 2_000; round++) {
      const slot = next() % slots;
      if (next() % 4 === 0) {
        pool.clear(slot);
        held[slot] = undefined;
      } else {
        const grams = textGrams(`${texts[next() % texts.length]} ${round} ${'批发'.repeat(next() % 30)}`);
        pool.set(slot, grams);
        held[slot] = grams;
      }
    }
    // Far more trigrams were written than the pool holds: it closed its holes instead of only growing.
    expect(pool.pool.length).toBeLessThan(8 * held.reduce((n, g) => n + (g?.length ?? 0), 0) + 2048);
    for (let slot = 0; slot < slots; slot++) {
      const want = Array.from(held[slot] ?? [], (g) => g & 0xffff);
      const got = Array.from(pool.pool.subarray(pool.start[slot], pool.start[slot] + pool.count[slot]));
      expect(got).toEqual(want);
    }
  });
});
