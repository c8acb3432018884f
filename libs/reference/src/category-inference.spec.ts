import { CategoryInference, categoryKeywords, firmTrade } from './category-inference';
import { CHAIN_DATA } from './reference-data';

const inference = new CategoryInference(CHAIN_DATA.categories.map((c) => ({ ...c, examples: c.examples ?? null })));
const best = (title: string, specification?: string, firmName?: string) =>
  inference.suggest({ title, specification, firmName })[0]?.code;

describe('category inference (产品类别推断)', () => {
  it('takes the product words of a category from its name and examples, leaving out the example firms', () => {
    const words = categoryKeywords(CHAIN_DATA.categories.find((c) => c.code === '1512')!);
    expect(words).toEqual(expect.arrayContaining(['白酒', '酱香']));
    expect(words.join()).not.toContain('茅台');
  });

  it.each([
    ['酱香型白酒玻璃瓶', '500ml 晶白料', '3055'],
    ['精装酒盒', '六色印刷', '2231'],
    ['铝防盗瓶盖', '28mm', '3333'],
    ['刺梨原汁', 'NFC', '1523'],
    ['磷酸二铵', undefined, '2622'],
    ['钢结构厂房构件', undefined, '3311'],
    ['都匀毛尖绿茶', '特级', '1530'],
    ['瓦楞纸箱 酒类运输外箱', undefined, '2231'],
  ])('infers %s → %s', (title, spec, code) => {
    expect(best(title, spec)).toBe(code);
  });

  it('gives a confidence that drops when the words are few or shared', () => {
    const [sure] = inference.suggest('铝防盗瓶盖');
    const [vague] = inference.suggest('包装');
    expect(sure.confidence).toBeGreaterThan(0.5);
    expect(vague?.confidence ?? 0).toBeLessThan(sure.confidence);
    expect(inference.suggest('XYZ-100')).toEqual([]);
  });

  describe('when the product word is not literally in a category', () => {
    it.each([
      // the head noun ends a category's product word: …机, …茶, …盒
      ['防爆掘进机', undefined, '3511'],
      ['苦荞茶', undefined, '1530'],
      ['精品礼盒', '某某印务有限公司', '2231'],
      // the firm's trade decides between categories the product's characters share
      ['初制毛料', '某某茶业有限公司', '1530'],
      // goods as counties write them: a nut's kernel, stone by its cut, a pickled vegetable by its local name
      ['即食甘栗仁', undefined, '1373'],
      ['青石板（仿古石材）', undefined, '1019'],
      ['镇远道菜（真空小包装）', undefined, '1371'],
      ['百花蜂蜜', undefined, '1492'],
      ['干青花椒', undefined, '1469'],
      ['肉牛精料补充料', undefined, '1329'],
      ['鲜辣椒（线椒）', undefined, '0141'],
      ['液氨', undefined, '2621'],
    ])('infers %s (firm %s) → %s', (title, firmName, code) => {
      expect(inference.suggest({ title, firmName })[0]?.code).toBe(code);
    });

    it('reads a title’s bracketed words as qualifiers of its product, not as the product', () => {
      expect(inference.suggest('中药饮片（党参、黄精）')[0]?.code).toBe('2730');
      expect(inference.suggest('瓦楞纸箱（装辣椒酱）')[0]?.code).toBe('2231');
    });

    it('takes the product’s head from the title’s first name, not from the packing or use written after it', () => {
      // …桶 ends 塑料桶, a container's word: the juice is the product
      expect(inference.suggest('刺梨原汁 无添加 20L 塑料桶')[0]?.code).toBe('1523');
      expect(inference.suggest('菜籽油 一级压榨 5L×4桶 整箱')[0]?.code).toBe('1331');
    });

    it('uses the firm’s other products in the list when the row’s own name says nothing', () => {
      expect(inference.suggest({ title: 'B款' })).toEqual([]);
      expect(inference.suggest({ title: 'B款', otherTitles: '铝锭 铝棒' })[0]?.code).toBe('3216');
    });

    it('gives such guesses a low confidence, and nothing without any signal', () => {
      const [guess] = inference.suggest({ title: '初制毛料', firmName: '某某茶业有限公司' });
      expect(guess.confidence).toBeLessThan(0.5);
      expect(inference.suggest({ title: 'XYZ-100', firmName: '贵州测试企业' })).toEqual([]);
    });

    it('reads a firm’s trade from its name, and leaves the places the examples name out of the product words', () => {
      expect(firmTrade('仁怀市坛厂镇酱香酒业有限公司')).toBe('酱香酒');
      expect(firmTrade('贵安新区数据中心有限公司')).toBe('数据中心');
      expect(categoryKeywords(CHAIN_DATA.categories.find((c) => c.code === '0820')!)).not.toContain('遵义');
    });
  });
});
