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
