import { remediesFor } from './remedies';
import { REMEDY_GROUPS } from './remedy-groups';
import { GENERIC_TERMS } from './tokenizer';

describe('remediesFor', () => {
  it('reads the symptoms a story tells, in its order, each once, the longest at each place', () => {
    const found = remediesFor('循环水结垢严重，换热器一年清洗两次，水垢越来越厚，结垢严重');
    expect(found.map((r) => r.symptom)).toEqual(['结垢严重', '水垢']);
    expect(found[0].remedies).toEqual(expect.arrayContaining(['阻垢剂', '软水器']));
  });

  it('does not read a guard against a symptom as the symptom (防结垢, 除异味, 不结垢)', () => {
    expect(remediesFor('防结垢剂 循环水用')).toEqual([]);
    expect(remediesFor('管道不结垢')).toEqual([]);
    expect(remediesFor('冷库不冷了')).not.toEqual([]);
  });

  it('finds nothing in a text that tells no symptom', () => {
    expect(remediesFor('求购 500ml 酱香型白酒玻璃瓶')).toEqual([]);
    expect(remediesFor('')).toEqual([]);
  });

  it('reads yellow water from the tap as iron, and a distillery’s 黄水 (a by-product of its pits) as nothing', () => {
    expect(remediesFor('村里水龙头一开就出黄水').map((r) => r.symptom)).toEqual(['出黄水']);
    expect(remediesFor('锅底水、黄水、窖底水一直没处理好')).toEqual([]);
  });
});

describe('the symptom groups', () => {
  const generic = new Set([...GENERIC_TERMS, '设备', '服务', '系统', '方案', '处理', '工程', '产品', '材料']);

  it('name symptoms of two characters or more and fixes that are no generic word', () => {
    const wrong = REMEDY_GROUPS.filter(
      (g) =>
        !g.symptoms.length ||
        !g.remedies.length ||
        g.symptoms.some((s) => s.length < 2 || /^(?:问题|故障|不好|太高|成本)$/u.test(s)) ||
        g.remedies.some((r) => generic.has(r)),
    );
    expect(wrong).toEqual([]);
  });
});
