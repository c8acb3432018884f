import { Tokenizer } from '@duijie/matching';

import { TechMatchCondition, TechMaturity } from './technology.enums';
import type { ChainView } from './technology-scorer';
import { scoreTechnologyPair, TECH_MATCH_THRESHOLD } from './technology-scorer';

const chain: ChainView = {
  categoryName: (code) =>
    ({ '1523': '果菜汁及果菜汁饮料制造', '0159': '其他水果种植', '1469': '其他调味品、发酵制品制造' })[code] ?? code,
  related: (a, b) => (a === '0159' && b === '1523') || (a === '1523' && b === '0159'),
};

describe('scoreTechnologyPair (产学研对接)', () => {
  const tokenizer = new Tokenizer();
  const result = {
    title: '刺梨汁低温浓缩技术',
    description: '低温真空浓缩刺梨原汁，保留维生素C，适用于刺梨果汁饮料企业',
    categoryCodes: ['1523'],
    maturity: TechMaturity.PILOT,
    priceCny: '800000.00',
  };
  const need = {
    title: '刺梨原汁浓缩后维生素C损失大',
    problem: '现有高温浓缩工艺使刺梨汁维生素C损失过半，寻求低温浓缩技术',
    categoryCode: '1523',
    minMaturity: TechMaturity.SMALL_PILOT,
    budgetCny: '1000000',
  };

  it('matches on shared words and the same category, every condition met and said in Chinese', () => {
    const scored = scoreTechnologyPair(tokenizer, chain, result, need)!;
    expect(scored.score).toBeGreaterThan(0.8);
    expect(scored.reasons.every((r) => r.met)).toBe(true);
    const text = Object.fromEntries(scored.reasons.map((r) => [r.condition, r.text]));
    expect(text[TechMatchCondition.TERMS]).toContain('刺梨');
    expect(text[TechMatchCondition.CATEGORY]).toBe('产业链环节相同：1523 果菜汁及果菜汁饮料制造');
    expect(text[TechMatchCondition.MATURITY]).toBe('成熟度满足：成果已达中试，需求要求至少小试');
    expect(text[TechMatchCondition.BUDGET]).toBe('报价 ¥800,000.00 在预算 ¥1,000,000.00 以内');
  });

  it('explains a maturity and a budget miss, and scores lower', () => {
    const lab = { ...result, maturity: TechMaturity.LABORATORY, priceCny: '1500000' };
    const scored = scoreTechnologyPair(tokenizer, chain, lab, { ...need, minMaturity: TechMaturity.PILOT })!;
    const missing = scored.reasons.filter((r) => !r.met).map((r) => r.text);
    expect(missing).toEqual([
      '成熟度不足：成果处于实验室阶段，需求要求至少中试',
      '报价 ¥1,500,000.00 超出预算 ¥1,000,000.00',
    ]);
    expect(scored.score).toBeLessThan(scoreTechnologyPair(tokenizer, chain, result, need)!.score);
  });

  it('counts a category one step up the chain, and 面议 prices', () => {
    const scored = scoreTechnologyPair(tokenizer, chain, { ...result, categoryCodes: ['0159'], priceCny: null }, need)!;
    const category = scored.reasons.find((r) => r.condition === TechMatchCondition.CATEGORY)!;
    expect(category).toMatchObject({ met: true });
    expect(category.text).toContain('产业链上下游相关');
    expect(scored.reasons.find((r) => r.condition === TechMatchCondition.BUDGET)!.text).toBe('成果价格面议');
  });

  it('leaves out pairs with neither a shared word nor a related category', () => {
    const chilli = {
      title: '辣椒酱无菌灌装工艺',
      description: '油辣椒酱无菌冷灌装生产线工艺包',
      categoryCodes: ['1469'],
      maturity: TechMaturity.INDUSTRIALISED,
      priceCny: null,
    };
    const scored = scoreTechnologyPair(tokenizer, chain, chilli, need);
    expect(scored === null || scored.score < TECH_MATCH_THRESHOLD).toBe(true);
  });

  it('counts a result naming the fix for a symptom the need tells, and says which symptom', () => {
    const scale = {
      ...need,
      title: '锅炉结垢 热效率下降',
      problem: '锅炉补水硬度高，炉管结垢，一年停炉酸洗两次',
      categoryCode: '1469',
    };
    const softener = {
      ...result,
      title: '全自动软水器 离子交换',
      description: '钠离子交换软化，出水硬度≤0.03mmol/L',
      categoryCodes: ['1469'],
    };
    const scored = scoreTechnologyPair(tokenizer, chain, softener, scale)!;
    const terms = scored.reasons.find((r) => r.condition === TechMatchCondition.TERMS)!;
    expect(terms.met).toBe(true);
    expect(terms.text).toMatch(/^关键词相符：硬度；对症成果：软水器（需求所述：[^）]*结垢）/u);
    // the fixes add to what the result shares, never to what the need asks: a result naming none scores as before
    const plain = { ...softener, title: '锅炉节能燃烧器', description: '低氮燃烧，节气15%' };
    const without = scoreTechnologyPair(tokenizer, chain, plain, scale)!;
    expect(without.score).toBeLessThan(scored.score);
  });
});
