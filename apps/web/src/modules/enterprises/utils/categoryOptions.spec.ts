import { groupCategories, regionPath } from './categoryOptions';

describe('groupCategories', () => {
  it('groups by sector in the sectors’ order, codes in labels for search, empty sectors left out', () => {
    const groups = groupCategories([
      { code: '2231', name: '纸和纸板容器制造', sector: 'SUPPORTING' },
      { code: '1512', name: '白酒制造', sector: 'LIQUOR_TOBACCO' },
      { code: '3054', name: '玻璃包装容器制造', sector: 'SUPPORTING' },
    ]);
    expect(groups.map((g) => g.sector)).toEqual(['LIQUOR_TOBACCO', 'SUPPORTING']);
    expect(groups[1].options).toEqual([
      { value: '2231', label: '纸和纸板容器制造（2231）' },
      { value: '3054', label: '玻璃包装容器制造（3054）' },
    ]);
  });
});

describe('regionPath', () => {
  it('walks a code up to its province', () => {
    expect(regionPath('520382')).toEqual(['520000', '520300', '520382']);
    expect(regionPath('520300')).toEqual(['520000', '520300']);
    expect(regionPath('520000')).toEqual(['520000']);
    expect(regionPath('52')).toEqual([]);
    expect(regionPath(null)).toEqual([]);
  });
});
