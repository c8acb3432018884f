import { RegionTable } from './regions';

describe('RegionTable.children', () => {
  const regions = new RegionTable();

  it('lists the provinces at the top, each with its prefectures and counties below', () => {
    const provinces = regions.children(null);
    expect(provinces.length).toBeGreaterThanOrEqual(31);
    expect(provinces.every((p) => p.level === 'province')).toBe(true);
    expect(provinces.map((p) => p.code)).toContain('520000');
    const guizhou = regions.children('520000').map((r) => r.name);
    expect(guizhou).toEqual(expect.arrayContaining(['贵阳市', '遵义市', '六盘水市']));
    const zunyi = regions.children('520300');
    expect(zunyi.map((r) => r.name)).toContain('仁怀市');
    expect(zunyi.every((r) => r.parentCode === '520300' && r.level === 'county')).toBe(true);
  });

  it('is empty under a county or an unknown code', () => {
    expect(regions.children('520382')).toEqual([]);
    expect(regions.children('999999')).toEqual([]);
  });
});

describe('place names', () => {
  const table = new RegionTable();
  const codes = (s: string) => table.resolvePlace(s).map((r) => r.code);

  it.each([
    ['仁怀市', ['520382']],
    ['遵义市仁怀市', ['520382']],
    ['贵州省遵义市仁怀市', ['520382']],
    ['贵州 遵义 仁怀', ['520382']],
    ['贵州省贵阳市南明区', ['520102']],
    ['遵义市', ['520300']],
    ['贵州省', ['520000']],
    ['520382', ['520382']],
  ])('resolves %s', (s, expected) => {
    expect(codes(s)).toEqual(expected);
  });

  it('returns every division an ambiguous name can mean, and none for unknown names', () => {
    expect(codes('朝阳区').length).toBeGreaterThan(1);
    expect(codes('北京市朝阳区')).toEqual(['110105']);
    expect(codes('火星市')).toEqual([]);
  });
});
