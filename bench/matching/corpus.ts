import { CHAIN_DATA, RegionTable } from '@duijie/reference';

/**
 * A synthetic listing corpus whose vocabulary grows with its size (Heaps' law, V ≈ 40·N^0.6),
 * terms drawn Zipf-distributed (s = 1.07) from that vocabulary plus per-category product words,
 * and the boilerplate real listings carry. Deterministic for a given seed.
 */
export interface CorpusListing {
  id: string;
  enterpriseId: string;
  enterpriseCategories: string[];
  kind: 'SUPPLY' | 'DEMAND';
  title: string;
  description: string;
  categoryCode: string;
  quantity: number | null;
  unit: string | null;
  priceMin: number | null;
  priceMax: number | null;
  regionCode: string;
  certifications: string[];
}

const HAN =
  '玻璃瓶盖礼盒酱香型刺梨原汁铝锭板带辣椒茶叶纸箱水泥钢材专网平台锻件药用天麻菜籽油煤焦炭磷矿酸铁锂电池锰硅砂纯碱高粱小麦曲酒标签印刷陶瓷坛罐塑料内塞饲料猪肉食品饮料果脯保健中成药饮片胶囊泡罩箔型材螺纹线建材石膏砌块粉灰混凝土构件轮毂汽车零部件基站光传输数据中心云软件系统集成溯源码机械设备甑桶储发酵';
const BOILERPLATE = [
  '价格面议',
  '欢迎来电洽谈',
  '质量保证',
  '长期供应',
  '量大从优',
  '诚信经营',
  '厂家直销',
  '欢迎咨询',
];
const UNITS = ['吨', '千克', '只', '个', '套', '件', '箱', '台', '瓶'];
const CERTS = ['SC', 'ISO9001', 'ISO14001', 'ISO22000', 'HACCP', 'GMP'];

export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws ranks 0..n-1 with P(k) ∝ 1/(k+1)^s, by inverting the continuous approximation. */
function zipf(random: () => number, n: number, s = 1.07): number {
  const h = (x: number) => (Math.pow(x, 1 - s) - 1) / (1 - s);
  const total = h(n + 1);
  const u = random() * total;
  const x = Math.pow(u * (1 - s) + 1, 1 / (1 - s));
  return Math.min(n - 1, Math.max(0, Math.floor(x) - 1));
}

function uuid(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function generateCorpus(n: number, seed = 42): CorpusListing[] {
  const random = rng(seed);
  const vocabularySize = Math.round(40 * Math.pow(n, 0.6));
  const vocabulary = Array.from({ length: vocabularySize }, () => {
    const len = 2 + Math.floor(random() * 3);
    return Array.from({ length: len }, () => HAN[Math.floor(random() * HAN.length)]).join('');
  });
  const categories = CHAIN_DATA.categories.map((c) => c.code);
  const regions = [...new RegionTable().codes()].filter((c) => c.startsWith('52') && !c.endsWith('00'));
  const firmCount = Math.max(10, Math.round(n / 8));
  const firms = Array.from({ length: firmCount }, () => {
    const main = categories[Math.floor(random() * categories.length)];
    return { id: uuid(random), categories: [main], region: regions[Math.floor(random() * regions.length)] };
  });
  const word = () => vocabulary[zipf(random, vocabularySize)];
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  const out: CorpusListing[] = [];
  for (let i = 0; i < n; i++) {
    const firm = pick(firms);
    const kind = random() < 0.5 ? 'SUPPLY' : 'DEMAND';
    const categoryCode = random() < 0.6 ? firm.categories[0] : pick(categories);
    const titleWords = Array.from({ length: 2 + Math.floor(random() * 3) }, word);
    const descWords = Array.from({ length: 8 + Math.floor(random() * 14) }, word);
    const price = random() < 0.6 ? 1 + Math.floor(random() * 1000) : null;
    out.push({
      id: uuid(random),
      enterpriseId: firm.id,
      enterpriseCategories: firm.categories,
      kind,
      title: `${kind === 'DEMAND' ? '求购 ' : ''}${titleWords.join(' ')}`.slice(0, 120),
      description: `${descWords.join('，')}。${pick(BOILERPLATE)}，${pick(BOILERPLATE)}`,
      categoryCode,
      quantity: random() < 0.8 ? 1 + Math.floor(random() * 1_000_000) : null,
      unit: pick(UNITS),
      priceMin: price,
      priceMax: price === null ? null : price * (1 + random()),
      regionCode: random() < 0.7 ? firm.region : pick(regions),
      certifications: random() < 0.3 ? [pick(CERTS)] : [],
    });
  }
  return out;
}
