import { FORBIDDEN_CHARACTERS } from '@duijie/common';
import { checkUscc } from '@duijie/enterprises';
import type { ListingDraft, ListingReference } from '@duijie/listings';
import {
  checkListingDraft,
  expandUnitMultiplier,
  ListingKind,
  normaliseDraft,
  TITLE_MAX,
  UNIT_EQUIVALENTS,
} from '@duijie/listings';
import type { CategoryEvidence, CategoryGuess } from '@duijie/reference';
import { unitFactor } from '@duijie/reference';

import type { ColumnField } from './columns';
import {
  COLUMN_OF_LISTING_FIELD,
  FIRM_DIRECTORY_KEY,
  FIRM_WRITTEN_KEY,
  HEADER_OF,
  LIST_PLACE_KEY,
  LIST_VALID_UNTIL_KEY,
} from './columns';
import {
  chineseOfBilingual,
  cleanText,
  halfWidth,
  parseDate,
  parseKind,
  parsePhone,
  parsePrice,
  parseQuantity,
  priceOnTerms,
  readCertifications,
} from './normalise';

export interface RowError {
  column: string;
  message: string;
}

/** What a row needs besides the listing rules: place names and the category inference. */
export interface ImportReference extends ListingReference {
  /** The divisions a place name (or code) can mean, with their full names. */
  resolvePlace(text: string): { code: string; fullName: string }[];
  /** The counties a township or street office of this name is in (盘关镇 → 盘州市), with their full names. */
  countiesOfTownship(name: string): { code: string; fullName: string }[];
  /** The current code of a county-level code, following a change since (522229 → 520628); null when unknown. */
  currentCode(code: string): string | null;
  /** The categories a product may belong to, best first. */
  inferCategories(evidence: CategoryEvidence): CategoryGuess[];
  /** A category's code from its exact name (玻璃包装容器制造 → 3055). */
  categoryCodeOfName(name: string): string | null;
}

/** An amount or a price in energy: 0.5亿千瓦时, 12亿度, 0.38元/度, 1.8亿kWh. */
const ENERGY = /千瓦时|kwh|[万亿\d]度|元\/度/i;

/** The category a row was given by inference (no 产品类别代码 in the file). */
export interface InferredCategory {
  code: string;
  name: string;
  confidence: number;
}

export interface RowPlan {
  enterprise: {
    name: string;
    creditCode: string;
    regionCode: string | null;
    /** 联系人 / 联系电话 of the row, for a firm the import creates. */
    contactName?: string | null;
    contactPhone?: string | null;
  };
  /** The listing's region is the row's, else its enterprise's. */
  listing: ListingDraft;
}

export type PlannedRow =
  | { plan: RowPlan; warnings: RowError[]; inferred: InferredCategory | null }
  | { errors: RowError[]; warnings: RowError[]; inferred: InferredCategory | null };

/** Below this the inferred category is flagged as a guess to check. */
export const CONFIDENT = 0.5;
const chars = (s: string) => [...s].length;
const col = (f: ColumnField) => HEADER_OF[f];
const DIVISION_END = /[省市县区州旗盟]/;
/** A place below a county: a town, a township, a street office, a community, a village. */
const TOWNSHIP = /(镇|乡|街道|街道办事处|办事处|社区|村)$/;
/** A township, or an industrial park named alone (双龙工业园区, 经开区): a place inside some county. */
const INSIDE_A_COUNTY =
  /(镇|乡|街道|街道办事处|办事处|社区|村|园区|工业园|产业园|开发区|经开区|高新区|集中区|示范区|片区|工业区|矿区|景区|旅游区|风景区|度假区|新区)$/;
/** A validity a row's remark says (有效期到明年6月底, 有效期至2027年3月31日): the words after it, to the clause's end. */
const REMARK_VALIDITY = /有效期(?:至|到|截至|截止)?[:：]?\s*([^，,；;。\n]+)/;

/** A place in a park, named by the park first: 开发区标准化厂房B区, 园区3号楼. */
const IN_A_PARK = /开发区|园区|工业园|产业园/;
/** A product cell that names none: 待定, 暂无, 详见附件, a dash. */
const PLACEHOLDER =
  /^[(（]?(待定|未定|暂无|无|不详|待补|待补充|待填|待完善|另行通知|(详)?见附件|[-—–－/／.。…]+)[)）]?$/;
/** The endings of a division's name (仁怀市, 雷山县, 南明区, 黔东南州): a name with one is read as a division or refused. */
const DIVISION_ENDING = new RegExp(`${DIVISION_END.source}$`);

type Place = { code: string; fullName: string };

const FILE_COUNTY = '本表多数企业的登记地';

/** Where a county read for a firm came from: its credit code's registration, else the file's other firms'. */
function countySource(registered: Place | null): string {
  return registered ? '统一社会信用代码的登记机关所在地' : FILE_COUNTY;
}

/** No township's name is longer (the longest of the data's 38,540 is 15): a long cell is not read from every tail. */
const LONGEST_TOWNSHIP = 16;

/**
 * The one county a township name can mean here: one among `near` (the file's county, the firm's), else
 * the only one in the file's province (or near's, where the file names none).
 */
function townshipCounty(
  name: string,
  ref: ImportReference,
  near: readonly (Place | null)[],
  province: string | null,
  fileCounties: ReadonlySet<string> = new Set(),
): Place | null {
  if (!TOWNSHIP.test(name)) return null;
  let counties = townshipsIn(name, ref);
  for (const place of near) if (place && counties.some((c) => c.code === place.code)) return place;
  // a name the data has only by another ending or as a part of it (平寨镇 for 黎平县's 平寨乡), two prefectures
  // from the firm's and the file's county (六枝特区, whose 平寨镇 the data no longer has): not that township
  const prefectures = near.filter((p): p is Place => !!p).map((p) => p.code.slice(0, 4));
  if (!ref.countiesOfTownship(name).length && prefectures.length)
    counties = counties.filter((c) => prefectures.includes(c.code.slice(0, 4)));
  // 马场镇 is a township of four counties of the province: the one the file's other places are in
  // (高峰镇, in 平坝区), if only one of them is
  const inFile = counties.filter((c) => fileCounties.has(c.code));
  if (inFile.length === 1) return inFile[0];
  // 城关镇, 新华街道: a name carried in many counties places no row alone, and says nothing against the
  // firm's own or the file's county the data no longer lists it in (开阳县's 城关镇 became its 街道)
  if (counties.length >= COMMON_TOWNSHIP) return null;
  // the data may lack a township: one of the name in another province is not this one
  const within = province ?? near.find((p) => p)?.code.slice(0, 2) ?? null;
  const local = within ? counties.filter((c) => c.code.startsWith(within)) : counties;
  return local.length === 1 ? local[0] : null;
}

/** What names a park, a zone or a scenic area after the place it lies in (黄果树旅游区, 幺铺工业园区). */
const PARK_END =
  /(工业园区|产业园区|园区|工业园|产业园|经济开发区|开发区|经开区|高新区|集中区|示范区|工业区|旅游区|风景区|景区|度假区)$/;

/** The township a park's name begins with (黄果树 of 黄果树旅游区 → 黄果树镇), when only one county has it. */
function townshipOfPark(
  name: string,
  ref: ImportReference,
  province: string | null,
): { township: string; county: Place } | null {
  if (!PARK_END.test(name)) return null;
  const letters = [...name.replace(PARK_END, '')];
  for (let n = Math.min(letters.length, 4); n >= 2; n--) {
    // 白云经开区 is 白云区's, whatever 白云镇 of 平坝区 is called: a county's name is no township's
    if (ref.resolvePlace(letters.slice(0, n).join('')).length) return null;
    for (const end of ['镇', '乡', '街道']) {
      const township = `${letters.slice(0, n).join('')}${end}`;
      const counties = ref.countiesOfTownship(township);
      const local = province ? counties.filter((c) => c.code.startsWith(province)) : counties;
      if (local.length === 1) return { township, county: local[0] };
    }
  }
  return null;
}

/** Counties with a township of a name: this many or more (城关镇 88, 东城街道 39, 新华街道 27: 21 names of the data's 32,711), and the name alone places no row. */
const COMMON_TOWNSHIP = 20;

/**
 * The counties of the township a place names: the whole text, else the longest township the data knows
 * ending where what is written ends (义龙新区龙广镇) or where a township's name ends inside it, before a
 * village (黄果树旅游区黄果树镇石头寨村).
 */
function townshipsIn(name: string, ref: ImportReference): { code: string; fullName: string }[] {
  const whole = ref.countiesOfTownship(name);
  if (whole.length) return whole;
  // 党武镇, since become 党武街道 (or a 乡 become a 镇): the same name with another ending
  const stem = /^(.{2,})(镇|乡|街道)$/u.exec(name);
  if (stem)
    for (const end of ['镇', '乡', '街道'].filter((e) => e !== stem[2])) {
      const found = ref.countiesOfTownship(`${stem[1]}${end}`);
      if (found.length) return found;
    }
  const letters = [...name];
  const ends = [letters.length];
  for (let i = letters.length - 1; i > 1; i--) if (/[镇乡道]/.test(letters[i - 1])) ends.push(i);
  // a part of three letters at least: 武镇 of 党武镇 is a township of 陕西, not a part of this one
  for (const end of ends)
    for (let n = Math.min(end - 1, LONGEST_TOWNSHIP); n >= 3; n--) {
      const found = ref.countiesOfTownship(letters.slice(end - n, end).join(''));
      if (found.length) return found;
    }
  return [];
}

/**
 * A place name as written → one division, and the reading it took (null when the name was the
 * division's own); `ambiguous` when it names several. Tries the name; then, for an address, its
 * longest beginning that names one division (贵州省遵义市仁怀市茅台镇…); a county since become a city
 * by its new name (黔西县 → 黔西市); a development zone or a town by the place it begins with
 * (凯里经济开发区 → 凯里市).
 */
/** A place written from its province down (贵州省…, 广西壮族自治区…, 重庆市…). */
const PROVINCE_NAMED = /^(\p{Script=Han}{2,3}省|\p{Script=Han}{2,8}自治区|北京市|天津市|上海市|重庆市)\p{Script=Han}/u;

function findPlace(
  s: string,
  ref: ImportReference,
): { place: Place; read: string | null } | { ambiguous: Place[] } | null {
  // a township's name (桃江乡, 丹江镇) begins with no county's: 桃江乡 of 雷山县 is not 桃江县 of Hunan
  const township = TOWNSHIP.test(s);
  const found = ref.resolvePlace(s);
  if (found.length === 1) return { place: found[0], read: null };
  if (found.length > 1) return { ambiguous: found };
  const letters = [...s];
  for (let n = Math.min(letters.length, 30); n >= 2; n--) {
    const head = letters.slice(0, n).join('');
    const named = DIVISION_END.test(letters[n - 1]);
    if (!named && (n > 4 || township)) continue;
    const tries = named && head.endsWith('县') ? [head, `${head.slice(0, -1)}市`] : [head];
    if (n === letters.length) tries.shift(); // the whole text, tried above
    for (const t of tries) {
      // a province only by its full name (贵州省…): 贵州金融城 is a place in 贵阳, not the province
      const hit = ref.resolvePlace(t).filter((r) => !r.code.endsWith('0000') || t.endsWith('省'));
      if (hit.length === 1) return { place: hit[0], read: t };
      if (hit.length > 1 && t === head) return { ambiguous: hit };
    }
  }
  return null;
}

/** Brackets after a firm's place that say where it works: （在播州区虾子镇设收购点）, （基地在石阡县）, （工厂位于龙里县）. */
const WORKS = '(?:收购点|收购站|基地|生产基地|工厂|厂区|分公司|仓库|门店)';
const WORKS_IN_BRACKETS = new RegExp(
  `^(?:${WORKS}(?:设在|位于|在)(\\p{Script=Han}{2,16}?(?:镇|乡|街道|区|县|市))|(?:在|于|位于)?(\\p{Script=Han}{2,16}?(?:镇|乡|街道|区|县|市))(?:设有?|建有?|有)?${WORKS})$`,
  'u',
);

function region(
  text: string | undefined,
  ref: ImportReference,
  errors: RowError[],
  warnings: RowError[],
  /** The province (two digits) the file's other places are in: it settles a name two provinces share. */
  province: string | null = null,
  /** The county the firm's credit code was registered in (its digits 3–8), for a township named alone. */
  registered: Place | null = null,
  /** The county most of the file's firms were registered in (countyOfFile), where the firm's own code names none. */
  fileCounty: Place | null = null,
  /** The counties the file's places are in (countiesOfPlaces): they settle a township several counties carry. */
  fileCounties: ReadonlySet<string> = new Set(),
): string | null {
  if (text === undefined) return null;
  const s = halfWidth(text);
  if (/^\d{6}$/.test(s)) {
    if (ref.hasRegion(s)) return s;
    // 522229, 松桃县's code while 铜仁 was a 地区, still in many offices' systems: the county it is today
    const current = ref.currentCode(s);
    if (current) {
      const name = ref.resolvePlace(current)[0]?.fullName ?? current;
      warnings.push({
        column: col('regionCode'),
        message: `“${s}”是已停用的旧行政区划代码，按现行代码 ${current}（${name}）导入`,
      });
      return current;
    }
    errors.push({ column: col('regionCode'), message: `“${s}”不是已知的 GB/T 2260 行政区划代码` });
    return s;
  }
  // 贵安新区（贵阳市花溪区）, 花溪区（经开区）: the name outside the brackets or the one inside; but where the
  // brackets say the firm works there (重庆市渝北区（在播州区虾子镇设收购点）), that place first, as a remark's 基地在… is
  const bracketed = /^(.*?)[(（]([^()（）]+)[)）](.*)$/.exec(s);
  const worksAt = bracketed && WORKS_IN_BRACKETS.exec(bracketed[2]);
  const readings = bracketed
    ? (worksAt
        ? [worksAt[1] ?? worksAt[2], `${bracketed[1]}${bracketed[3]}`]
        : [`${bracketed[1]}${bracketed[3]}`, bracketed[2]]
      ).filter((t) => t.trim())
    : [s];
  let ambiguous: Place[] | null = null;
  for (const reading of readings) {
    const found = findPlace(reading.trim(), ref);
    if (!found) continue;
    if ('place' in found) {
      // a beginning that names a county of another province (清水河工业园区 is no 清水河县 of 内蒙古), unless it names the
      // province too (贵州省黔东南苗族侗族自治州黄平县… of a firm registered in 义乌: its shop in 黄平)
      const within = province ?? (registered ?? fileCounty)?.code.slice(0, 2);
      if (found.read && within && !found.place.code.startsWith(within) && !PROVINCE_NAMED.test(found.read)) continue;
      const read = found.read ?? (reading === s ? null : reading);
      if (read)
        warnings.push({
          column: col('regionCode'),
          message: `按“${read}”确定地区为 ${found.place.fullName}（${found.place.code}）`,
        });
      return found.place.code;
    }
    const local = province ? found.ambiguous.filter((r) => r.code.startsWith(province)) : [];
    if (local.length === 1) {
      warnings.push({
        column: col('regionCode'),
        message: `地名“${reading}”有 ${found.ambiguous.length} 处，按本表其他企业所在的省份取 ${local[0].fullName}（${local[0].code}）`,
      });
      return local[0].code;
    }
    ambiguous ??= found.ambiguous;
  }
  // 盘关镇, 马场坪街道: a township the division data knows is in its county; a name several counties'
  // townships carry (永兴镇) is the one in the file's or the firm's county, or alone in the file's province
  // 新蒲新区（虾子）, a 乡镇 column saying 虾子: a township written without 镇, 乡 or 街道
  const stems = readings
    .map((r) => r.trim())
    .filter((r) => /^\p{Script=Han}{2,4}$/u.test(r) && !INSIDE_A_COUNTY.test(r));
  for (const reading of [...readings.map((r) => r.trim()), ...stems.flatMap((r) => [`${r}镇`, `${r}乡`, `${r}街道`])]) {
    const found = townshipCounty(reading, ref, [fileCounty, registered], province, fileCounties);
    if (!found) continue;
    // 沙子镇 in a 沿河 list, its firm registered in 沿河: the division data's only 沙子镇 is two prefectures
    // away, 沿河's is 沙子街道 now (a township renamed): the firm's own county's, said so
    // …and 子营街道 in a 绥阳 list, its firm registered in 绥阳: the data's only 子营街道 is the next county's, where
    // the file and the firm's code both say the firm is at home (a township newer than the data, or one name in two counties)
    const home = fileCounty ?? registered;
    const bothSayHome = !!registered && !!fileCounty && registered.code === fileCounty.code;
    if (
      home &&
      found.code !== home.code &&
      (found.code.slice(0, 4) !== home.code.slice(0, 4)
        ? !registered || !fileCounty || registered.code === fileCounty.code
        : bothSayHome)
    ) {
      const stem = reading.replace(/(镇|乡|街道)$/, '');
      const renamed = ['街道', '镇', '乡']
        .map((suffix) => `${stem}${suffix}`)
        .filter((name) => name !== reading)
        .find((name) => townshipCounty(name, ref, [home], province, fileCounties)?.code === home.code);
      warnings.push({
        column: col('regionCode'),
        message: renamed
          ? `“${reading}”按${home.fullName}的“${renamed}”确定地区为 ${home.fullName}（${home.code}）`
          : bothSayHome && found.code.slice(0, 4) === home.code.slice(0, 4)
            ? `“${reading}”在区划数据中属 ${found.fullName}，本表和统一社会信用代码的登记机关都在 ${home.fullName}，按后者取 ${home.code}，请核对`
            : `“${reading}”在 ${found.fullName}，与${countySource(registered)}（${home.fullName}）不同市州，按后者取 ${home.code}，请核对`,
      });
      return home.code;
    }
    warnings.push({
      column: col('regionCode'),
      message: `按乡镇（街道）“${reading}”确定地区为 ${found.fullName}（${found.code}）`,
    });
    return found.code;
  }
  // 红果街道, 双龙工业园区: a township the data lacks or a park named alone is in the county of the
  // file's firms, or else the one that registered the firm
  const township = readings.find((r) => INSIDE_A_COUNTY.test(r.trim()) || IN_A_PARK.test(r));
  const county = fileCounty ?? registered;
  // 黄果树旅游区, 大龙经开区: a park named after a township is in that township's county (in a 万山区 list
  // too: 大龙 is 玉屏县's), where only one county of the province has a township of that name
  const stem = township ? townshipOfPark(township.trim(), ref, province ?? county?.code.slice(0, 2) ?? null) : null;
  // …of the same prefecture as the file's or the firm's county: 福泉's 双龙园区 in a 福泉 list is no park of
  // 威宁's 双龙镇, two prefectures away
  if (stem && (!county || stem.county.code.slice(0, 4) === county.code.slice(0, 4))) {
    warnings.push({
      column: col('regionCode'),
      message: `按“${township!.trim()}”名称中的乡镇“${stem.township}”确定地区为 ${stem.county.fullName}（${stem.county.code}）`,
    });
    return stem.county.code;
  }
  const source = fileCounty ? FILE_COUNTY : countySource(registered);
  if (township && county) {
    warnings.push({
      column: col('regionCode'),
      message: `“${township.trim()}”在县以下（乡镇、街道或园区），按${source}取 ${county.fullName}（${county.code}）`,
    });
    return county.code;
  }
  // 职教城, 新蒲片区: a local name no division carries (one ending in 市, 县 or 区 is a division
  // mistyped, and is refused); the same county, said so, for the organiser to check in the preview
  if (!ambiguous && county && !DIVISION_ENDING.test(s)) {
    warnings.push({
      column: col('regionCode'),
      message: `“${s}”不是行政区划名称，按${source}取 ${county.fullName}（${county.code}），请核对`,
    });
    return county.code;
  }
  if (ambiguous) {
    const list = ambiguous.slice(0, 5).map((r) => `${r.fullName}（${r.code}）`);
    errors.push({
      column: col('regionCode'),
      message: `地名“${s}”有 ${ambiguous.length} 处：${list.join('、')}；请写上级地名（如 贵州省贵阳市南明区）或 6 位代码`,
    });
    return null;
  }
  errors.push({
    column: col('regionCode'),
    message: township
      ? `“${s}”在县以下（乡镇、街道或园区）：请写上所在县（市、区），如 雷山县丹江镇，或 6 位行政区划代码`
      : `“${s}”不是已知的地名或 6 位行政区划代码`,
  });
  return null;
}

/** A firm under the prefecture itself, in no county: 市直, 州直, 市本级, 市级, 地直. */
const MUNICIPAL = /^(市直|州直|地直|盟直|市本级|州本级|市级|州级|市属|州属)(企业|单位)?$/;

/**
 * The place of a firm a list says is 市直: the prefecture that registered it or its county (its credit
 * code's digits 3–6: 520400 安顺市), else the file's county's prefecture; never a county it is not in.
 */
function municipalRegion(
  text: string,
  creditCode: string | null,
  ref: ImportReference,
  errors: RowError[],
  warnings: RowError[],
  fileCounty: Place | null,
): string | null {
  const division = creditCode ? ref.currentCode(creditCode.slice(2, 8)) : null;
  const prefecture =
    division && !division.endsWith('0000')
      ? `${division.slice(0, 4)}00`
      : fileCounty
        ? `${fileCounty.code.slice(0, 4)}00`
        : null;
  const found = prefecture ? ref.resolvePlace(prefecture) : [];
  if (found.length !== 1) {
    errors.push({
      column: col('regionCode'),
      message: `“${text.trim()}”不是县（市、区）：请写上企业所在的县（市、区），或 6 位行政区划代码`,
    });
    return null;
  }
  warnings.push({
    column: col('regionCode'),
    message: `“${text.trim()}”按市（州）本级取 ${found[0].fullName}（${found[0].code}），请核对`,
  });
  return found[0].code;
}

/**
 * The county whose administration registered a credit code (its digits 3–8, GB 32100-2015): a
 * county-level division the reference knows, else null (a prefecture's or a province's registration
 * says no county).
 */
export function registeredCounty(code: string, ref: ImportReference): Place | null {
  // a county since renamed or moved keeps its old code in the firm's registration (522229 松桃县 of 铜仁地区)
  const division = ref.currentCode(code.slice(2, 8));
  if (!division || division.endsWith('00')) return null;
  const found = ref.resolvePlace(division);
  return found.length === 1 ? found[0] : null;
}

/**
 * The county most of a file's firms were registered in (by their credit codes), when at least half of
 * them were: a list a county's bureau sends. Null otherwise.
 */
export function countyOfFile(codes: readonly (string | undefined)[], ref: ImportReference): Place | null {
  const count = new Map<string, { place: Place; firms: number }>();
  const distinct = [...new Set(codes.map((c) => creditCodeKey(c)).filter((c) => checkUscc(c).ok))];
  for (const code of distinct) {
    const place = registeredCounty(code, ref);
    if (!place) continue;
    const seen = count.get(place.code) ?? { place, firms: 0 };
    seen.firms += 1;
    count.set(place.code, seen);
  }
  const best = [...count.values()].sort((x, y) => y.firms - x.firms)[0];
  return best && best.firms * 2 >= distinct.length ? best.place : null;
}

/** The counties a file's places name, each with its rows (a place no county reads is left out). */
export function countiesOfPlaces(
  texts: readonly (string | undefined)[],
  ref: ImportReference,
  province: string | null,
): Map<string, number> {
  const rowsOf = new Map<string, number>();
  for (const text of texts) if (text?.trim()) rowsOf.set(text, (rowsOf.get(text) ?? 0) + 1);
  const count = new Map<string, number>();
  for (const [text, rows] of rowsOf) {
    const code = region(text, ref, [], [], province);
    if (!code || code.endsWith('00')) continue;
    count.set(code, (count.get(code) ?? 0) + rows);
  }
  return count;
}

/**
 * The county most of a file's rows are placed in, by the places they name (a county, an address, a
 * township the division data knows), when at least half of the rows placed are there: a county's
 * list whose firms were registered by the prefecture or under a code since changed (盘县 → 盘州市).
 */
export function countyOfPlaces(count: ReadonlyMap<string, number>, ref: ImportReference): Place | null {
  const placed = [...count.values()].reduce((a, b) => a + b, 0);
  const best = [...count.entries()].sort((x, y) => y[1] - x[1])[0];
  if (!best || best[1] * 2 < placed) return null;
  return ref.resolvePlace(best[0])[0] ?? null;
}

/**
 * The province most of a file's places are in (two digits of their codes), for reading a place
 * name two provinces share (白云区: 广州 and 贵阳); null when the file names none.
 */
export function provinceOfPlaces(texts: readonly (string | undefined)[], ref: ImportReference): string | null {
  // each distinct place resolved once, however many rows name it
  const rowsOf = new Map<string, number>();
  for (const text of texts) if (text) rowsOf.set(halfWidth(text), (rowsOf.get(halfWidth(text)) ?? 0) + 1);
  const count = new Map<string, number>();
  for (const [s, rows] of rowsOf) {
    const codes = /^\d{6}$/.test(s) ? [s] : ref.resolvePlace(s).map((r) => r.code);
    const provinces = new Set(codes.map((c) => c.slice(0, 2)));
    if (provinces.size === 1) {
      const p = [...provinces][0];
      count.set(p, (count.get(p) ?? 0) + rows);
    }
  }
  return [...count.entries()].sort((x, y) => y[1] - x[1])[0]?.[0] ?? null;
}

function quantityAndUnit(
  cells: Partial<Record<ColumnField, string>>,
  ref: ImportReference,
  errors: RowError[],
  warnings: RowError[],
): { quantity: number | null; unit: string | null; period: string | null; note: string | null; said: string | null } {
  let quantity: number | null = null;
  let unit: string | null = null;
  let period: string | null = null;
  // An amount in a unit the table has no place for (5000头, 50万块, 200 | 株): the row is kept, the
  // amount as written goes to the description, said so, rather than refusing the firm's listing.
  const keptAsText = (column: ColumnField, written: string, other: string) => {
    warnings.push({
      column: col(column),
      message: `单位“${other}”不在单位表中（可选：${ref.units.join('、')}），未导入数量，原文“${written}”已写入描述`,
    });
    quantity = null;
    unit = null;
    return `数量：${written}`;
  };
  let note: string | null = null;
  let said: string | null = null;
  if (cells.quantity !== undefined) {
    const q = parseQuantity(cells.quantity, ref.units);
    if ('error' in q) {
      if (q.unknownUnit) note = keptAsText('quantity', cleanText(cells.quantity), q.unknownUnit);
      else errors.push({ column: col('quantity'), message: q.error });
    } else if (q.value?.quantity === 0) {
      // 0.0000, a system's number column where the firm gave none (a haulier's service): no amount, said so
      warnings.push({ column: col('quantity'), message: `数量“${cleanText(cells.quantity)}”为 0，按未填写数量导入` });
    } else if (q.value) {
      ({ quantity, unit, period } = q.value);
      if (q.value.said) said = `数量：${cleanText(q.value.said)}`;
    } else if (q.note) warnings.push({ column: col('quantity'), message: q.note });
  }
  // a dash or a slash in the unit column (中成药 | 见附件 | —): no unit written
  if (cells.unit !== undefined && /^[-—–－/／~～\s]*$/.test(cells.unit)) cells = { ...cells, unit: undefined };
  // 其他〖斤〗, a form tool's "other" choice with the unit the firm typed in it
  const typedIn =
    cells.unit !== undefined ? /^其[他它]\s*[〖【[（(:：]\s*(.+?)\s*[〗】\]）)]?$/.exec(cells.unit.trim()) : null;
  if (typedIn) cells = { ...cells, unit: typedIn[1] };
  if (cells.unit !== undefined && note === null) {
    // 万只 or 吨/年 in the unit column: a factor and a unit
    const u = unitAsWritten(cells.unit, ref.units);
    if ('error' in u || u.value?.unit == null) {
      const written = cleanText(cells.unit);
      // 头, 株, PFlops, 核时: a word, not a mistyped number
      const word = !/\d/.test(written) && [...written].length <= 8;
      if (quantity !== null && unit === null && word) {
        note = keptAsText('unit', `${cells.quantity?.trim()}${written}`, written);
        return { quantity, unit, period, note, said };
      }
      // no amount, or none yet (待定, 少量): a unit of nothing to measure, left out
      if (quantity === null && word) {
        warnings.push({ column: col('unit'), message: `未填写数量，单位“${written}”未导入` });
        return { quantity, unit, period, note, said };
      }
      errors.push({ column: col('unit'), message: `单位“${cells.unit}”不在单位表中，可选：${ref.units.join('、')}` });
    } else if (unit !== null && unit !== u.value.unit) {
      errors.push({ column: col('unit'), message: `单位“${cells.unit}”与数量中的单位“${unit}”不一致` });
    } else {
      if (quantity !== null && unit === null) quantity = Math.round(quantity * u.value.quantity * 1e6) / 1e6;
      unit = u.value.unit;
      period = period ?? u.value.period;
    }
  }
  return { quantity, unit, period, note, said };
}

/** A cell holding a number and nothing else (320, 1,200.5). */
const BARE_NUMBER = /^\s*[\d.,，]+\s*$/;

function prices(cells: Partial<Record<ColumnField, string>>, errors: RowError[], kind: 'SUPPLY' | 'DEMAND' | null) {
  let priceMin: number | null = null;
  let priceMax: number | null = null;
  let note: string | null = null;
  let per: string | null = null;
  let written: string | null = null;
  let perField: 'price' | 'priceMin' | 'priceMax' = 'price';
  for (const field of ['price', 'priceMin', 'priceMax'] as const) {
    const cell = cells[field];
    if (cell === undefined) continue;
    // 含税5600/不含税4956元/吨, 出厂6800，到厂7000: the price on the terms this kind of listing states, the rest kept
    const onTerms = field === 'price' ? priceOnTerms(cell, kind) : null;
    const text = onTerms ?? cell;
    const p = parsePrice(text);
    if (onTerms && !('error' in p)) p.note = [p.note, `价格：${cleanText(cell)}`].filter(Boolean).join('；');
    if ('error' in p) {
      errors.push({ column: col(field), message: p.error });
      continue;
    }
    if (p.note) note = p.note;
    if (p.value.per) [per, written, perField] = [p.value.per, text, field];
    if (field !== 'priceMax' && p.value.priceMin !== null) priceMin = p.value.priceMin;
    if (field !== 'priceMin' && p.value.priceMax !== null) priceMax = p.value.priceMax;
    // (a range in the lowest price's box, or the whole price typed there with its unit or 约/左右 beside a blank
    // highest: 480左右, 70元/方, 0.07万元/吨 — the row's one price, not a floor; a bare 320 stays the lowest alone)
    if (
      field === 'priceMin' &&
      cells.priceMax === undefined &&
      (p.value.priceMax !== p.value.priceMin || !BARE_NUMBER.test(text))
    )
      priceMax = p.value.priceMax;
  }
  // 0 | 0 from an export whose empty prices are zeros: no price, as 面议
  // (a single price of 0 is a price: 磷石膏 given away; an export's 最低 | 最高 of 0 | 0 is its empty fields)
  const zero =
    priceMin === 0 &&
    priceMax === 0 &&
    cells.price === undefined &&
    cells.priceMin !== undefined &&
    cells.priceMax !== undefined;
  if (zero) [priceMin, priceMax] = [null, null];
  return { priceMin, priceMax, note, per, written, perField, zero };
}

/** A unit as written (万只, 公斤, 斤, kg) → the unit table's unit and how many of it one is; null when none. */
/** A unit cell as written (万只, 吨/年, 公斤): one of it read as a quantity, its factor and its unit. */
function unitAsWritten(written: string, units: readonly string[]) {
  return parseQuantity(`1${halfWidth(written).replace(/^1(?=\D)/, '')}`, units);
}

/** Prices in 元 per one unit, scaled to per `factor` of them. */
function scalePrices(priceMin: number | null, priceMax: number | null, factor: number) {
  const scale = (v: number | null) => (v === null ? null : Number((v * factor).toPrecision(12)));
  return { priceMin: scale(priceMin), priceMax: scale(priceMax) };
}

function tableSize(written: string, units: readonly string[]): [string, number] | null {
  const q = unitAsWritten(written, units);
  if ('error' in q || !q.value || q.value.unit === null) return null;
  const { quantity, unit } = q.value;
  if (units.includes(unit)) return [unit, quantity];
  const same = UNIT_EQUIVALENTS[unit];
  return same && units.includes(same[0]) ? [same[0], quantity * same[1]] : null;
}

/**
 * How many `inner` one `outer` holds, as a specification says it (24瓶/箱, 每箱24瓶, 箱装24瓶, 24瓶装); null when
 * it says none, or more than one count.
 */
export function packCount(text: string, inner: string, outer: string): number | null {
  const t = halfWidth(text);
  const i = inner.replace(/^1(?=\D)/, '');
  const o = outer;
  // (counting words only: a unit such as m³ or kg is no pack's)
  if (!/^\p{Script=Han}{1,2}$/u.test(i) || !/^\p{Script=Han}{1,2}$/u.test(o) || i === o) return null;
  const said = [
    new RegExp(`(?<![\\d.])(\\d{1,4})\\s*${i}\\s*[/每]\\s*${o}`, 'g'),
    new RegExp(`每\\s*${o}\\s*(?:装\\s*)?(\\d{1,4})\\s*${i}`, 'g'),
    new RegExp(`${o}\\s*装\\s*(\\d{1,4})\\s*${i}`, 'g'),
    new RegExp(`(?<![\\d.])(\\d{1,4})\\s*${i}\\s*装(?!\\s*\\d)`, 'g'),
  ].flatMap((re) => [...t.matchAll(re)].map((m) => Number(m[1])));
  const counts = [...new Set(said)].filter((n) => n >= 2);
  return counts.length === 1 ? counts[0] : null;
}

/** A weight or a volume as a pack's label says it: 50kg, 5斤, 25公斤, 20L. */
const PACK_MEASURE = '(\\d+(?:\\.\\d+)?)\\s*(kg|KG|Kg|千克|公斤|斤|吨|t|L|升)';

/**
 * What one `outer` (a 袋, a 件, a 桶) holds, as the text says it (元/袋（50kg）, 5斤/件, 每袋50公斤, 袋装25kg): the amount
 * in a unit of the table; null when it says none, or more than one.
 */
export function packMeasure(text: string, outer: string, units: readonly string[]): [string, number] | null {
  const t = halfWidth(text);
  if (!/^\p{Script=Han}$/u.test(outer)) return null;
  const said = [
    new RegExp(`${PACK_MEASURE}\\s*[/每]\\s*${outer}`, 'g'),
    new RegExp(`每\\s*${outer}\\s*(?:装\\s*)?${PACK_MEASURE}`, 'g'),
    new RegExp(`${outer}\\s*[(（]\\s*${PACK_MEASURE}\\s*(?:装)?[)）]`, 'g'),
    new RegExp(`${outer}装\\s*${PACK_MEASURE}`, 'g'),
  ].flatMap((re) => [...t.matchAll(re)].map((m) => [Number(m[1]), m[2]] as const));
  const distinct = [...new Set(said.map(([n, u]) => `${n}${u}`))];
  if (distinct.length !== 1) return null;
  const [n, written] = said[0];
  const size = tableSize(written, units);
  return size && n > 0 ? [size[0], n * size[1]] : null;
}

/**
 * Prices given per another unit than the quantity's (18-22元/公斤 for a quantity in 吨) are turned
 * into the quantity's unit (18,000–22,000 元/吨) where the unit table converts them; where it does
 * not (元/头 against 吨), the price is left out with a warning and its text kept in the description.
 * A price per a unit with no quantity gives the listing that unit.
 */
function pricePerUnit(
  price: ReturnType<typeof prices>,
  unit: string | null,
  units: readonly string[],
  warnings: RowError[],
  /** The title and specification, where a pack is said (500ml×24瓶/箱). */
  packText = '',
): { priceMin: number | null; priceMax: number | null; unit: string | null; note: string | null } {
  const { priceMin, priceMax, per, written } = price;
  const column = col(price.perField);
  if (!per || (priceMin === null && priceMax === null)) return { priceMin, priceMax, unit, note: null };
  const p = tableSize(per, units);
  if (unit === null) {
    if (p) return { ...scalePrices(priceMin, priceMax, 1 / p[1]), unit: p[0], note: null };
    // 1.6万元/头 with no amount the table can hold: a price per nothing the listing can say, kept as written
    warnings.push({
      column,
      message: `价格“${written}”按“${per}”计，“${per}”不在单位表中，未导入价格（原文已写入描述）`,
    });
    return { priceMin: null, priceMax: null, unit, note: `价格：${written}` };
  }
  const u = tableSize(unit, units);
  // 3.5元/千只 for an amount in 个 (PCS): a piece is a piece, whichever word counts it
  const pieces = (x: string) => x === '只' || x === '个';
  const between = p && u ? (unitFactor(u[0], p[0]) ?? (pieces(u[0]) && pieces(p[0]) ? 1 : null)) : null;
  // 3.5元/瓶 for an amount in 箱, the specification saying 24瓶/箱: the price of a 箱 is 24 瓶's
  const inPack = between === null ? packCount(packText, per, unit) : null;
  if (inPack !== null) {
    warnings.push({
      column,
      message: `价格“${written}”按“${per}”计，已按规格每${unit}${inPack}${per}换算为每${unit}的价格`,
    });
    return { ...scalePrices(priceMin, priceMax, inPack), unit, note: null };
  }
  // 360元/件 for an amount in 瓶, the specification saying 每件12瓶: a 瓶's price is a twelfth of the 件's
  const packOf = between === null ? packCount(packText, unit, per) : null;
  if (packOf !== null) {
    warnings.push({
      column,
      message: `价格“${written}”按“${per}”计，已按规格每${per}${packOf}${unit}换算为每${unit}的价格`,
    });
    return { ...scalePrices(priceMin, priceMax, 1 / packOf), unit, note: null };
  }
  // 19-21元/袋（50kg） for an amount in 吨: a 袋's price is that of the 50 千克 it holds
  const holds = between === null && u ? packMeasure(packText, per, units) : null;
  const perHeld = holds && u ? unitFactor(u[0], holds[0]) : null;
  if (holds && u && perHeld !== null) {
    warnings.push({
      column,
      message: `价格“${written}”按“${per}”计，已按每${per}${holds[1]}${holds[0]}换算为每${unit}的价格`,
    });
    return { ...scalePrices(priceMin, priceMax, (u[1] * perHeld) / holds[1]), unit, note: null };
  }
  if (!p || !u || between === null) {
    warnings.push({
      column,
      message: `价格“${written}”按“${per}”计，与数量单位“${unit}”无法换算，未导入价格（原文已写入描述）；请按每${unit}填写价格`,
    });
    return { priceMin: null, priceMax: null, unit, note: `价格：${written}` };
  }
  const factor = (u[1] * between) / p[1];
  if (factor === 1) return { priceMin, priceMax, unit, note: null };
  warnings.push({ column, message: `价格“${written}”按“${per}”计，已换算为每${unit}的价格` });
  return { ...scalePrices(priceMin, priceMax, factor), unit, note: null };
}

/** The characters of a specification and description read for a category. */
const EVIDENCE_CHARS = 500;

/** A GB/T 4754 class code: four digits under a division the standard has (01 to 97; 9999 is none). */
const NATIONAL_CLASS = /^(?:0[1-9]|[1-8]\d|9[0-7])\d{2}$/;

function category(
  cells: Partial<Record<ColumnField, string>>,
  ref: ImportReference,
  errors: RowError[],
  warnings: RowError[],
  otherTitles: readonly string[],
): { code: string; inferred: InferredCategory | null } {
  const given = cells.categoryCode === undefined ? '' : halfWidth(cells.categoryCode).trim();
  // a national industry code the chain does not hold (0151 水果种植 from a 政务 system's export): read as no code, the
  // category inferred and the code said; any other number is refused as the code it claims to be
  const outside = NATIONAL_CLASS.test(given) && !ref.hasCategory(given);
  if (given && !outside && (/^\d+$/.test(given) || ref.hasCategory(given))) return { code: given, inferred: null };
  if (given) {
    const byName = ref.categoryCodeOfName(given);
    if (byName) return { code: byName, inferred: null };
  }
  // a title the listing rules refuse for its length is read for no category: nothing will be written, and a
  // 32,767-character title in every row of a 10 KB workbook held the api's event loop for seconds
  if ([...(cells.title ?? '')].length > TITLE_MAX) return { code: '', inferred: null };
  // what a firm makes (its name's trade, its other offers) says what it offers, not what it buys:
  // a 酸汤 maker's demand for bottles is glass
  const offer = parseKind(cells.kind ?? '') !== 'DEMAND';
  const evidence = {
    title: cells.title ?? '',
    // (what a specification says first is what tells the product; a long one is read that far)
    specification: [outside ? '' : given, cells.specification, cells.description]
      .filter(Boolean)
      .join(' ')
      .slice(0, EVIDENCE_CHARS),
    firmName: offer ? (cells.enterpriseName ?? null) : null,
    otherTitles: offer
      ? otherTitles
          .filter((t) => t !== cells.title)
          .slice(0, 10)
          .join(' ')
      : '',
  };
  // 电 | 0.5亿千瓦时 | 0.38元/度: an amount or a price in energy is electricity, whatever the words
  const guesses = ref.inferCategories(evidence);
  const energy = ENERGY.test([cells.quantity, cells.unit, cells.price].filter(Boolean).join(' '));
  const [found] =
    guesses.length || !energy ? guesses : ref.inferCategories({ ...evidence, title: `${evidence.title} 电力` });
  // a demand whose own words name a product the chain does not know (肠衣 for a 腊味 maker) is posted under the
  // buyer's own industry, as buyers post them, rather than refused: read from the firm's name and its other products,
  // unsure (a title of fewer than two characters, B款, names no product, and a code given says another: refused as before)
  const buyer =
    !found && !offer && !given && (evidence.title.match(/\p{Script=Han}/gu)?.length ?? 0) >= 2
      ? ref.inferCategories({
          ...evidence,
          firmName: cells.enterpriseName ?? null,
          otherTitles: otherTitles
            .filter((t) => t !== cells.title)
            .slice(0, 10)
            .join(' '),
        })[0]
      : undefined;
  const best = found ?? (buyer ? { ...buyer, confidence: Math.min(buyer.confidence, CONFIDENT / 2) } : undefined);
  if (!best) {
    errors.push({
      column: col('categoryCode'),
      message: outside
        ? `行业分类代码“${given}”不在产业链环节中，产品名称、规格、企业名称及该企业其他产品也无可推断的依据；请填写产业链环节代码（见模板第二页）`
        : given
          ? `“${given}”不是产品类别代码或名称，也无法据此推断类别；请填写代码（见模板第二页）`
          : '未填写产品类别代码，且产品名称、规格、企业名称及该企业其他产品均无可推断的依据；请填写代码（见模板第二页）',
    });
    return { code: '', inferred: null };
  }
  const inferred = { code: best.code, name: best.name, confidence: best.confidence };
  const pct = Math.round(best.confidence * 100);
  warnings.push({
    column: col('categoryCode'),
    message: `${outside ? `行业分类代码“${given}”不在产业链环节中` : '未填写产品类别代码'}，按${buyer ? '需求方企业名称及其其他产品' : ''}“${best.matched.slice(0, 3).join('、')}”推断为 ${best.code} ${best.name}（置信度 ${pct}%）${
      best.confidence < CONFIDENT ? '，把握不大，请在预览中核对或更正' : '；如有误请在预览中更正'
    }`,
  });
  return { code: best.code, inferred };
}

/**
 * A row's credit code as the import keys firms by: full-width folded, spaces left out, upper case
 * (９１５２ 0382…  is 915203 82…): the preview, the import and the rules all read it so.
 */
export function creditCodeKey(raw: string | undefined): string {
  const code = halfWidth(raw ?? '')
    .replace(/\s+/g, '')
    .toUpperCase();
  // 91522727O59604712U: the letters O, I, S and Z, never in a code, typed (or scanned) for 0, 1, 5 and 2, and in the
  // division's six digits an L or a B for 1 and 8, where the code then checks
  if (checkUscc(code).ok || code.length !== 18) return code;
  const digits = code.replace(/O/g, '0').replace(/I/g, '1').replace(/S/g, '5').replace(/Z/g, '2');
  const read = digits.slice(0, 2) + digits.slice(2, 8).replace(/L/g, '1').replace(/B/g, '8') + digits.slice(8);
  if (checkUscc(read).ok) return read;
  // …and a B or an L scanned (or typed: 93522732MA6DKlJ916) for an 8 or a 1 elsewhere, or the other way round, where
  // exactly one such reading checks
  const LOOKS_ALIKE: Record<string, string> = { B: '8', '8': 'B', L: '1', '1': 'L' };
  const readings = [...read]
    .map((ch, i) => (LOOKS_ALIKE[ch] ? read.slice(0, i) + LOOKS_ALIKE[ch] + read.slice(i + 1) : null))
    .filter((c): c is string => c !== null && checkUscc(c).ok);
  return readings.length === 1 ? readings[0] : code;
}

/**
 * Each firm's offers in a file (by credit code), for inferring one row's category from the others:
 * what a firm supplies says what it makes; what it buys does not.
 */
export function titlesByFirm(rows: readonly Partial<Record<ColumnField, string>>[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of rows) {
    const code = creditCodeKey(r.creditCode);
    if (!code || !r.title || parseKind(r.kind ?? '') !== 'SUPPLY') continue;
    const list = out.get(code) ?? [];
    if (list.length < 20) list.push(r.title);
    out.set(code, list);
  }
  return out;
}

/** 规格型号、描述、备注 and what the cells said beyond the fields, in one description. */
function description(
  cells: Partial<Record<ColumnField, string>>,
  extra: string[],
  kind: 'SUPPLY' | 'DEMAND' | null,
): string | null {
  const parts = [
    cells.description,
    cells.specification !== undefined ? `规格型号：${cells.specification}` : undefined,
    ...extra,
    // (年产能 beside 本次可供量; 年需求量 beside 本次采购量)
    cells.capacity !== undefined
      ? `${kind === 'DEMAND' ? '年需求量' : /亩|平方米|㎡/.test(cells.capacity) ? '面积' : '产能'}：${cells.capacity}`
      : undefined,
    cells.remark !== undefined ? `备注：${cells.remark}` : undefined,
  ]
    .filter((p): p is string => !!p)
    .map(cleanText);
  return parts.length ? parts.join('；') : null;
}

/**
 * A 计价单位 column: 万元/台 or 元/立方 gives the bare prices beside it their magnitude and unit (18 →
 * 18万元/台); a unit alone there (吨) is the quantity's, where no unit column gives one.
 */
function withPriceUnit(given: Partial<Record<ColumnField, string>>): Partial<Record<ColumnField, string>> {
  // a fair's list in two languages: Type Supply/供应, Unit t/吨, Price Negotiable/面议 read by their Chinese
  const cells = { ...given };
  for (const field of ['kind', 'unit', 'price', 'priceMin', 'priceMax', 'priceUnit'] as const)
    if (cells[field] !== undefined) cells[field] = chineseOfBilingual(cells[field]);
  const { priceUnit, ...rest } = cells;
  // Currency | RMB (or 元): what the prices are in already; 万元 there is their magnitude
  const said = priceUnit?.trim().replace(/^(rmb|cny|人民币|元)$/i, '');
  if (!said) return rest;
  // 元/斤，按淀粉含量分级定价: the unit first, the terms kept in the description; words alone (随行就市) are terms
  const unitFirst = /^(万?元\s*[/每]\s*[^\s,，;；。、()（）]{1,6})(.*)$/.exec(halfWidth(said));
  const terms = unitFirst
    ? unitFirst[2].replace(/^[\s,，;；。、]+/, '')
    : /[\s,，;；。、]/.test(said) || [...said].length > 6
      ? said
      : '';
  if (terms) rest.remark = [rest.remark, `价格说明：${terms}`].filter(Boolean).join('；');
  const written = unitFirst ? unitFirst[1] : terms ? '' : said;
  if (!written) return rest;
  if (!written.includes('元')) return rest.unit === undefined ? { ...rest, unit: written } : rest;
  for (const field of ['price', 'priceMin', 'priceMax'] as const) {
    const text = rest[field];
    // 5 under 最低 of a 参考价格（元） group, read as 5元: in 元 per what 计价单位 says
    if (text !== undefined && BARE_PRICE.test(halfWidth(text).trim()))
      rest[field] = `${text.trim().replace(/元$/, '')}${written}`;
  }
  return rest;
}
const BARE_PRICE = /^\d[\d.,]*(?:\s*[-~～—–至]\s*\d[\d.,]*)?\s*元?$/;

/**
 * One spreadsheet row checked with the API's own rules: the enterprise's name, credit code and
 * region (a code or a place name), then the listing draft (checkListingDraft) after the cells are
 * normalised; each problem tied to its column, each assumption made (an inferred category, a
 * place read from an address) returned as a warning.
 */
export function planRow(
  given: Partial<Record<ColumnField, string>> & {
    [LIST_VALID_UNTIL_KEY]?: string;
    [LIST_PLACE_KEY]?: string;
    [FIRM_WRITTEN_KEY]?: string;
    [FIRM_DIRECTORY_KEY]?: string;
  },
  ref: ImportReference,
  today: string,
  enterpriseRegion: string | null,
  /** The products of the same firm's other rows in the file: evidence of what the firm makes. */
  firmTitles: readonly string[] = [],
  /** The province the file's places are in (provinceOfPlaces). */
  province: string | null = null,
  /** The county most of the file's firms were registered in (countyOfFile). */
  fileCounty: Place | null = null,
  /** The counties the file's places are in (countiesOfPlaces). */
  fileCounties: ReadonlySet<string> = new Set(),
): PlannedRow {
  const cells = withPriceUnit(given);
  const errors: RowError[] = [];
  const warnings: RowError[] = [];
  // what createListing and registerEnterprise refuse (control, bidirectional and invisible characters)
  for (const [field, text] of Object.entries(cells) as [ColumnField, string][])
    if (FORBIDDEN_CHARACTERS.test(text))
      errors.push({ column: col(field), message: '含有不允许的控制字符或不可见字符（如 NUL、U+202E、零宽空格）' });
  const name = halfWidth(cells.enterpriseName ?? '');
  if (chars(name) < 2 || chars(name) > 100)
    errors.push({ column: col('enterpriseName'), message: '企业名称长度须为 2 到 100 个字符' });
  const uscc = checkUscc(creditCodeKey(cells.creditCode));
  const asWritten = halfWidth(cells.creditCode ?? '')
    .replace(/\s+/g, '')
    .toUpperCase();
  if (uscc.ok && asWritten !== uscc.code)
    warnings.push({
      column: col('creditCode'),
      message: `统一社会信用代码“${cleanText(cells.creditCode!)}”中形近的字母与数字（O 与 0、I 与 1、B 与 8 等）按校验位读取为 ${uscc.code}，请核对`,
    });
  // 夹石页岩砖厂 in the list, its code in the workbook's 企业名录: said, for the organiser to check
  const written = given[FIRM_WRITTEN_KEY];
  if (written !== undefined && written !== cells.enterpriseName)
    warnings.push({
      column: col('enterpriseName'),
      message: `“${written}”未写统一社会信用代码，按工作表“${given[FIRM_DIRECTORY_KEY] ?? ''}”取为 ${cells.enterpriseName}（${cells.creditCode ?? ''}），请核对`,
    });
  if (!uscc.ok) errors.push({ column: col('creditCode'), message: uscc.message });
  const registered = uscc.ok ? registeredCounty(uscc.code, ref) : null;
  const municipal = cells.regionCode !== undefined && MUNICIPAL.test(halfWidth(cells.regionCode).replace(/\s+/g, ''));
  let regionCode = municipal
    ? municipalRegion(cells.regionCode!, uscc.ok ? uscc.code : null, ref, errors, warnings, fileCounty)
    : region(cells.regionCode, ref, errors, warnings, province, registered, fileCounty, fileCounties);
  // A new firm with no place (a county's list grouped under its townships' headings, 企业均在本县): the
  // county that registered it, or that most of the file's firms were registered in, said so.
  if (cells.regionCode === undefined && !enterpriseRegion) {
    // …else the county the list's notes say its firms are in (企业均位于遵义经开区（汇川区）)
    const noted = given[LIST_PLACE_KEY];
    const notedCode =
      !registered && noted ? region(noted, ref, [], [], province, null, fileCounty, fileCounties) : null;
    const notedPlace = notedCode ? (ref.resolvePlace(notedCode)[0] ?? null) : null;
    const county = registered ?? notedPlace ?? fileCounty;
    if (county) {
      const source = county === notedPlace ? `表中说明“企业均位于${noted}”` : countySource(registered);
      warnings.push({
        column: col('regionCode'),
        message: `未填写所在地，按${source}取 ${county.fullName}（${county.code}），请核对`,
      });
      regionCode = county.code;
    } else
      errors.push({ column: col('regionCode'), message: '新企业须填写所在地（地名如 仁怀市，或 6 位行政区划代码）' });
  }
  const kind = parseKind(cells.kind ?? '');
  if (!kind)
    errors.push({
      column: col('kind'),
      message: `类型须为“供应”或“需求”（也可写 供、需、采购、求购），收到“${cells.kind ?? ''}”`,
    });
  if (cells.title !== undefined && PLACEHOLDER.test(halfWidth(cells.title).replace(/\s+/g, '')))
    errors.push({ column: col('title'), message: `产品名称“${cleanText(cells.title)}”未写明产品，请填写具体产品` });
  const {
    quantity,
    unit: quantityUnit,
    period,
    note: amountNote,
    said,
  } = quantityAndUnit(cells, ref, errors, warnings);
  const read = prices(cells, errors, kind);
  if (read.zero) warnings.push({ column: col(read.perField), message: '价格为 0，按面议（未填写价格）导入' });
  const packText = [cells.title, cells.specification, cells.price, cells.remark].filter(Boolean).join(' ');
  const price = { ...read, ...pricePerUnit(read, quantityUnit, ref.units, warnings, packText) };
  // a bare price beside an amount kept as text (0.35 beside 50万块) is per that unit too: kept with it
  if (amountNote && price.unit === null && (price.priceMin !== null || price.priceMax !== null)) {
    const written = [cells.price, cells.priceMin, cells.priceMax].filter(Boolean).join('～');
    warnings.push({
      column: col(read.perField),
      message: `价格“${written}”的单位不在单位表中，未导入价格（原文已写入描述）`,
    });
    Object.assign(price, { priceMin: null, priceMax: null, note: `价格：${written}` });
  }
  // (项 under 单位 beside an amount left blank and 面议: a unit of nothing)
  const unit = quantity === null && price.priceMin === null && price.priceMax === null ? null : price.unit;
  let validUntil = cells.validUntil === undefined ? { value: null } : parseDate(cells.validUntil, today);
  // a date that cannot be read (出栏后, 见合同) is optional: the listing goes in without one, the words kept
  let dateNote: string | null = null;
  if ('error' in validUntil) {
    warnings.push({ column: col('validUntil'), message: `${validUntil.error}；未导入有效期（原文已写入描述）` });
    dateNote = `有效期：${cleanText(cells.validUntil!)}`;
    validUntil = { value: null };
  }
  // 以上需求有效期至2027年6月30日 above the list: every row without a date of its own, when the date is one
  // (a note that is no date leaves the rows without one; a date already past is the rows' too, and refuses them
  // as a row's own would: the office said its listings end then)
  const listed = given[LIST_VALID_UNTIL_KEY];
  if (cells.validUntil === undefined && listed) {
    const said = parseDate(listed);
    if ('value' in said && said.value) {
      validUntil = said;
      warnings.push({ column: col('validUntil'), message: `有效期取自表中的说明“${listed}”` });
    }
  }
  // 有效期到明年6月底 in the row's remark (备注, 补充说明), its date cell left blank: the row's own date, said in words
  if (cells.validUntil === undefined && !validUntil.value) {
    const said = REMARK_VALIDITY.exec(halfWidth(`${cells.remark ?? ''}\n${cells.description ?? ''}`))?.[1];
    const read = said ? parseDate(said, today) : null;
    if (read && 'value' in read && read.value) {
      validUntil = read;
      warnings.push({ column: col('validUntil'), message: `有效期取自备注“${said}”` });
    }
  }
  const cat = category(cells, ref, errors, warnings, firmTitles);
  const periodNote = period ? `数量按${period}计` : null;
  // 绿色食品, 地理标志产品: by the table's codes; words it lacks are kept in the description, never a refusal
  const certificates = readCertifications(cells.certifications ?? '');
  const certificateNote = certificates.unknown.length ? `认证：${certificates.unknown.join('、')}` : null;
  if (certificateNote)
    warnings.push({
      column: col('certifications'),
      message: `认证“${certificates.unknown.join('、')}”不在认证代码表中，未作为认证导入（原文已写入描述）`,
    });
  // 斤 and 万斤 are stored in 千克, the prices per 斤 with them.
  const draft = expandUnitMultiplier(
    normaliseDraft({
      kind: kind === 'DEMAND' ? ListingKind.DEMAND : ListingKind.SUPPLY,
      title: cleanText(cells.title ?? ''),
      description: description(
        cells,
        [periodNote, said, amountNote, read.note, price.note, certificateNote, dateNote].filter(
          (x): x is string => !!x,
        ),
        kind,
      ),
      categoryCode: cat.code,
      quantity,
      unit,
      priceMin: price.priceMin,
      priceMax: price.priceMax,
      regionCode: regionCode ?? enterpriseRegion ?? '',
      certifications: certificates.codes,
      validUntil: 'error' in validUntil ? null : validUntil.value,
      confidential: false,
    }),
    ref.units,
  );
  for (const e of checkListingDraft(draft, ref, today).list()) {
    if (e.field === 'regionCode' && (regionCode === null || errors.some((x) => x.column === col('regionCode'))))
      continue;
    // a price read from 价格 is reported there; a column the normalisers already refused is not reported twice
    const fromPrice = cells.price !== undefined && (e.field === 'priceMin' || e.field === 'priceMax');
    const column = fromPrice ? col('price') : (COLUMN_OF_LISTING_FIELD[e.field] ?? e.field);
    if (errors.some((x) => x.column === column)) continue;
    errors.push({ column, message: e.message });
  }
  const contactName = cells.contactName ? halfWidth(cells.contactName).slice(0, 50) : null;
  let contactPhone: string | null = null;
  if (cells.contactPhone) {
    contactPhone = parsePhone(cells.contactPhone);
    if (!contactPhone)
      warnings.push({ column: col('contactPhone'), message: `“${cells.contactPhone}”不像电话号码，未导入` });
  }
  if (errors.length) return { errors, warnings, inferred: cat.inferred };
  return {
    plan: { enterprise: { name, creditCode: uscc.code, regionCode, contactName, contactPhone }, listing: draft },
    warnings,
    inferred: cat.inferred,
  };
}
