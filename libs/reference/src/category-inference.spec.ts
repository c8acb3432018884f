import { CategoryInference, categoryKeywords } from './category-inference';
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
});
