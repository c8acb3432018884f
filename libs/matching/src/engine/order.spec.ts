import { MatchIndex } from './match-index';
import {
  characterPairs,
  ORDER_FEATURES,
  ORDER_MODEL,
  ORDER_SHIFT_CAP,
  orderFeatures,
  orderShift,
  shiftedScore,
} from './order';
import { categoryFit, keywordPart, scorePair, STRONG_SCORE } from './score';
import { listing, testContext } from './test-context';

describe('the learned order', () => {
  it('reads a text by its pairs of characters, whatever the dictionary cuts', () => {
    const a = characterPairs('电解铝液');
    const b = characterPairs('电解 铝锭');
    expect(a).toHaveLength(3);
    expect([...a].filter((h) => b.includes(h))).toHaveLength(2); // 电解, 解铝
    // full-width letters as ASCII, case folded, repeats once
    expect(characterPairs('ＰＥＴ瓶坯')).toEqual(characterPairs('pet瓶坯'));
    expect(characterPairs('哈哈哈')).toHaveLength(1);
    expect(characterPairs('')).toHaveLength(0);
  });

  it('moves a score in log-odds, keeps it in 0..1 and within the cap either way', () => {
    expect(shiftedScore(0.5, 0)).toBe(0.5);
    // within its band: a weak pair stays below STRONG_SCORE, a strong one above it
    expect(shiftedScore(0.275, 1)).toBeCloseTo(0.55 * 0.7311, 3);
    expect(shiftedScore(0.275, -1)).toBeCloseTo(0.55 * 0.2689, 3);
    expect(shiftedScore(0.5, 2)).toBeLessThan(STRONG_SCORE);
    expect(shiftedScore(0.6, -2)).toBeGreaterThanOrEqual(STRONG_SCORE);
    expect(shiftedScore(0.9, 2)).toBeLessThan(1);
    expect(shiftedScore(STRONG_SCORE, 2)).toBe(STRONG_SCORE);
    expect(shiftedScore(1, 1)).toBe(1);
    // a higher score stays higher under the same shift
    expect(shiftedScore(0.4, 0.7)).toBeGreaterThan(shiftedScore(0.3, 0.7));
    const huge = ORDER_MODEL.mean.map((m) => m + 100);
    expect(orderShift(ORDER_MODEL, huge)).toBeLessThanOrEqual(ORDER_SHIFT_CAP);
    expect(orderShift(ORDER_MODEL, huge)).toBeGreaterThanOrEqual(-ORDER_SHIFT_CAP);
    // a pair like the fitted pairs' mean keeps its score
    expect(orderShift(ORDER_MODEL, ORDER_MODEL.mean)).toBe(0);
    expect(ORDER_MODEL.mean).toHaveLength(ORDER_FEATURES.length);
    expect(ORDER_MODEL.coefficient).toHaveLength(ORDER_FEATURES.length);
  });

  const ctx = testContext({ order: ORDER_MODEL });
  const demand = listing({ kind: 'DEMAND', enterpriseId: 'b', categoryCode: '3055', title: '求购 500ml 白酒玻璃瓶' });
  const alike = listing({ kind: 'SUPPLY', enterpriseId: 'a', categoryCode: '3055', title: '500ml 白酒玻璃瓶 晶白料' });
  const apart = listing({ kind: 'SUPPLY', enterpriseId: 'c', categoryCode: '3055', title: '调味品玻璃罐 辣椒酱瓶' });

  it('reads the features scorePair has computed, and the texts’ likeness', () => {
    const f = orderFeatures(alike, demand, ctx, categoryFit(alike, demand, ctx), keywordPart(alike, demand, ctx).fit);
    expect(f).toHaveLength(ORDER_FEATURES.length);
    const at = (name: (typeof ORDER_FEATURES)[number]) => f[ORDER_FEATURES.indexOf(name)];
    expect(at('demandTitleInOffer')).toBeGreaterThan(0.5);
    expect(at('textsAlike')).toBeGreaterThan(0);
  });

  it('orders the offer that is what is asked above a look-alike, and the reasons still add up to the score', () => {
    const near = scorePair(alike, demand, ctx)!;
    const far = scorePair(apart, demand, ctx)!;
    const ruled = scorePair(alike, demand, testContext())!;
    expect(near.score).toBeGreaterThan(far.score);
    expect(near.score).not.toBe(ruled.score);
    const total = near.reasons.reduce((t, r) => t + r.contribution, 0);
    expect(total).toBeCloseTo(near.score, 2);
    // a pair the rules do not relate stays unrelated
    const unrelated = listing({ kind: 'SUPPLY', enterpriseId: 'd', categoryCode: '6531', title: '财务软件 代账' });
    expect(scorePair(unrelated, demand, ctx)).toBeNull();
  });

  it('gives the index’s ranking the scores scorePair gives, so that a kept pair’s score is the one shown', () => {
    const index = new MatchIndex();
    [demand, alike, apart].forEach((l) => index.put(l));
    const pairs = index.match(demand, ctx, [alike.id, apart.id], 2);
    expect(pairs.map((p) => p.supplyId)).toEqual([alike.id, apart.id]);
    for (const p of pairs) {
      const s = p.supplyId === alike.id ? alike : apart;
      expect(p.score).toBe(scorePair(s, demand, ctx)!.score);
    }
  });
});
