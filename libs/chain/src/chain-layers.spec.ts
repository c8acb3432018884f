import { chainLayers, coverageOf, CoverageStatus } from './chain-layers';

describe('chainLayers', () => {
  it('puts each category one layer below its furthest supplier', () => {
    // 高粱 → 白酒 → 批发; 玻璃 → 白酒; 石英砂 → 玻璃
    const layers = chainLayers(
      ['0119', '1512', '5127', '3055', '1019'],
      [
        { from: '0119', to: '1512' },
        { from: '1512', to: '5127' },
        { from: '3055', to: '1512' },
        { from: '1019', to: '3055' },
      ],
    );
    expect(Object.fromEntries(layers)).toEqual({ '1019': 0, '3055': 1, '0119': 0, '1512': 2, '5127': 3 });
  });

  it('breaks a cycle instead of looping, and keeps every node', () => {
    const layers = chainLayers(
      ['a', 'b', 'c'],
      [
        { from: 'a', to: 'b' },
        { from: 'b', to: 'c' },
        { from: 'c', to: 'a' },
      ],
    );
    expect([...layers.keys()].sort()).toEqual(['a', 'b', 'c']);
    expect(layers.get('a')).toBe(0);
    expect(layers.get('b')).toBe(1);
    expect(layers.get('c')).toBe(2);
  });

  it('ignores edges to categories outside the picture and self-loops', () => {
    const layers = chainLayers(
      ['a', 'b'],
      [
        { from: 'x', to: 'a' },
        { from: 'a', to: 'a' },
        { from: 'a', to: 'b' },
      ],
    );
    expect(Object.fromEntries(layers)).toEqual({ a: 0, b: 1 });
  });
});

describe('coverageOf', () => {
  it('tells covered demand, gaps, export strengths and empty categories apart', () => {
    expect(coverageOf(2, 1)).toBe(CoverageStatus.COVERED);
    expect(coverageOf(0, 3)).toBe(CoverageStatus.GAP);
    expect(coverageOf(4, 0)).toBe(CoverageStatus.EXPORT);
    expect(coverageOf(0, 0)).toBe(CoverageStatus.NONE);
  });
});
