import type { MatchListing, ScoringContext } from './types';
import { DEFAULT_WEIGHTS } from './types';

/** A small chain and region table for unit tests of the pure scoring code. */
const NAMES: Record<string, string> = {
  '3055': '玻璃包装容器制造',
  '1512': '白酒制造',
  '3333': '金属包装容器及材料制造',
  '3216': '铝冶炼',
  '3252': '铝压延加工',
  '2780': '药用辅料及包装材料',
  '2231': '纸和纸板容器制造',
  '2319': '包装装潢及其他印刷',
  '6531': '信息系统集成服务',
  '3531': '食品、酒、饮料及茶生产专用设备制造',
};
const EDGES: [string, string][] = [
  ['3055', '1512'],
  ['3333', '1512'],
  ['3252', '3333'],
  ['3216', '3252'],
  ['6531', '1512'],
  ['3531', '1512'],
  ['6531', '3216'],
];
const REGIONS: Record<string, string[]> = {
  '520382': ['贵州省', '遵义市', '仁怀市'],
  '520381': ['贵州省', '遵义市', '赤水市'],
  '520102': ['贵州省', '贵阳市', '南明区'],
  '510100': ['四川省', '成都市'],
};

export function testContext(over: Partial<ScoringContext> = {}): ScoringContext {
  return {
    weights: DEFAULT_WEIGHTS,
    today: '2026-11-28',
    categoryName: (c) => NAMES[c] ?? c,
    isUpstream: (from, to) => EDGES.some(([f, t]) => f === from && t === to),
    regionNames: (c) => REGIONS[c] ?? [],
    unitFactor: (from, to) =>
      from === '吨' && to === '千克' ? 1000 : from === '千克' && to === '吨' ? 0.001 : from === to ? 1 : null,
    idf: () => 1,
    ...over,
  };
}

let n = 0;
export function listing(over: Partial<MatchListing> & Pick<MatchListing, 'kind'>): MatchListing {
  n++;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    enterpriseId: `e-${n}`,
    title: '',
    categoryCode: '3055',
    enterpriseCategories: [],
    quantity: null,
    unit: null,
    priceMin: null,
    priceMax: null,
    regionCode: '520102',
    certifications: [],
    validUntil: null,
    version: 1,
    fingerprint: 'f',
    terms: new Map(),
    ...over,
  };
}
