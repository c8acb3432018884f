import { namesOf, RegionTable } from './regions';

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

  it('keeps a prefecture-level city without counties (东莞市, 中山市, 儋州市) under its province', () => {
    for (const [code, province] of [
      ['441900', '440000'],
      ['442000', '440000'],
      ['460400', '460000'],
    ]) {
      expect(regions.get(code)).toMatchObject({ parentCode: province, level: 'prefecture' });
    }
    // It was listed as its own county, its own parent: walking up its ancestors never ended.
    expect(regions.fullName('441900')).toBe('广东省 东莞市');
    expect(regions.resolvePlace('广东省东莞市').map((r) => r.code)).toEqual(['441900']);
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

describe('autonomous divisions written short', () => {
  const table = new RegionTable();
  const names = (s: string) => table.resolvePlace(s).map((r) => r.name);

  it.each([
    // county-level: 县 kept or left out, with or without the prefecture written short too
    ['沿河县', '沿河土家族自治县'],
    ['沿河', '沿河土家族自治县'],
    ['铜仁市沿河县', '沿河土家族自治县'],
    ['黔西南州贞丰县', '贞丰县'],
    ['黔南州龙里县', '龙里县'],
    ['贵州省黔南州都匀市', '都匀市'],
    ['长阳县', '长阳土家族自治县'],
    // prefecture-level, in other provinces too: derived from the division names, not a list
    ['黔西南州', '黔西南布依族苗族自治州'],
    ['恩施州', '恩施土家族苗族自治州'],
    ['湘西州吉首市', '吉首市'],
    ['德宏州', '德宏傣族景颇族自治州'],
    // a 特区 written without it
    ['六枝', '六枝特区'],
    ['六盘水市六枝', '六枝特区'],
  ])('resolves %s to %s', (s, expected) => {
    expect(names(s)).toEqual([expected]);
  });

  it('derives the short forms by dropping the nationalities and 自治', () => {
    expect(namesOf('黔南布依族苗族自治州')).toEqual(['黔南布依族苗族自治州', '黔南', '黔南州', '黔南自治州']);
    expect(namesOf('巴音郭楞蒙古自治州')).toEqual(['巴音郭楞蒙古自治州', '巴音郭楞', '巴音郭楞州', '巴音郭楞自治州']);
    expect(namesOf('仁怀市')).toEqual(['仁怀市', '仁怀']);
  });

  it('still reports a short name two divisions share', () => {
    // 朝阳 is a district in several cities: the short names add no false certainty
    expect(table.resolvePlace('朝阳区').length).toBeGreaterThan(1);
  });
});

describe('codes and townships', () => {
  const table = new RegionTable();

  it('follows a county-level code changed since a firm was registered, and keeps a current one', () => {
    expect(table.currentCode('522229')).toBe('520628'); // 松桃县 of 铜仁地区 → 铜仁市
    expect(table.currentCode('520222')).toBe('520281'); // 盘县 → 盘州市
    expect(table.currentCode('520382')).toBe('520382');
    expect(table.currentCode('529999')).toBeNull();
  });

  it('names the counties of a township, with or without its nationalities', () => {
    expect(table.countiesOfTownship('盘关镇').map((r) => r.code)).toEqual(['520281']);
    expect(table.countiesOfTownship('塔石乡').map((r) => r.code)).toContain('522632');
    expect(table.countiesOfTownship('永兴镇').length).toBeGreaterThan(10);
    expect(table.countiesOfTownship('火星镇')).toEqual([]);
  });
});
