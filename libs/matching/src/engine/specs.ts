/**
 * The grades a listing states in numbers, where no word carries them: coal's heat (5000大卡以上,
 * Qnet 4800-5200), its sulphur (硫不超2), a content or purity (含钩率70%以上, 含量≥98%), cement's
 * strength class (P·O 52.5), a powder's fineness (200目), electrical ratings (48V, 200Ah, 1250kVA), a
 * part's heat rating (105℃), a pressure class (1.6MPa) and diameters (Φ12-Φ25, DN100). A buyer who
 * names a bound does not want an offer outside it, however alike the two texts are; two listings that
 * state no such number, or state different ones, are not compared.
 */

/** One stated grade: its kind and the values the listing allows, [min, max] (open ends infinite). */
export interface Spec {
  readonly key: string;
  readonly min: number;
  readonly max: number;
  /** As written, for the reason: 热值 ≥ 5000大卡. */
  readonly text: string;
  /** The separate values inside [min, max], where they are few and apart (a transformer's 35/0.8kV). */
  readonly values?: readonly (readonly [number, number])[];
}

const NUMBER = String.raw`(\d+(?:\.\d+)?)`;
const RANGE = String.raw`${NUMBER}%?(?:\s*(?:-|~|～|—|至|到)\s*${NUMBER})?`;
/** Bounds written before the number, and after it. */
const AT_LEAST_BEFORE = /(?:≥|>=|＞|>|不低于|不少于|不小于|大于|高于)\s*$/u;
const AT_MOST_BEFORE = /(?:≤|<=|＜|<|不超过|不超|不大于|不高于|小于|低于)\s*$/u;
const AT_LEAST_AFTER = /^\s*(?:以上|及以上)/u;
const AT_MOST_AFTER = /^\s*(?:以下|以内|及以下)/u;
const ABOUT_AFTER = /^\s*(?:左右|上下)/u;

type Single = 'about' | 'exact' | 'floor';

interface Kind {
  key: string;
  /** The label and the number (and a range's second number) in groups: label, bound, number(s). */
  pattern: RegExp;
  /**
   * What a single value stated without a bound means: about that much (the default), the exact grade
   * (cement's classes), or the least that serves (250目 is met by 325目, finer, not by 200目).
   */
  single?: Single;
}

const BOUND = String.raw`((?:≥|>=|＞|>|≤|<=|＜|<|不低于|不少于|不小于|大于|高于|不超过|不超|不大于|不高于|小于|低于)\s*)?`;
const KINDS: readonly Kind[] = [
  {
    key: 'kcal',
    pattern: new RegExp(
      String.raw`(?:(?:Qnet|Qnet,ar|Q|热值|发热量|低位发热量)[,.\s:：]*${BOUND}${RANGE}\s*(?:大卡|千卡|kcal)?|${BOUND}${RANGE}\s*(?:大卡|千卡|kcal))`,
      'giu',
    ),
  },
  {
    key: 'sulfur',
    pattern: new RegExp(String.raw`(?:含硫|硫分|全硫|St,d|St|硫)[\s:：]*${BOUND}${RANGE}\s*%?`, 'giu'),
  },
  {
    key: 'cement',
    single: 'exact',
    pattern: new RegExp(String.raw`(?:P\s*[·.．]?\s*[OCS]|普硅|复合|矿渣)\s*()(32\.5|42\.5|52\.5|62\.5)()`, 'giu'),
  },
  {
    key: 'mesh',
    single: 'floor',
    pattern: new RegExp(String.raw`${BOUND}${RANGE}\s*目(?![录标])`, 'giu'),
  },
];

/** A labelled share: 含钩率70%以上, 含量≥98%, CaO 52%-54%. The label is the kind. */
const SHARE_LABELS =
  '含钩率|含量|纯度|品位|含油率|出油率|水分|含水率|灰分|挥发分|固定碳|有机质|折干率|CaO|MgO|P2O5|Al2O3|SiO2|Fe2O3|Mn|TiO2';
const SHARE = new RegExp(String.raw`(${SHARE_LABELS})[\s:：]*(?:要求?|需|在|为|达到?)?\s*${BOUND}${RANGE}\s*%`, 'giu');

function bounded(
  key: string,
  text: string,
  match: RegExpExecArray,
  bound: string | undefined,
  a: string,
  b: string | undefined,
  single: Single,
): Spec | null {
  const lo = Number(a);
  const hi = b === undefined || b === '' ? lo : Number(b);
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || hi < lo) return null;
  const after = text.slice(match.index + match[0].length);
  const before = bound ?? '';
  if (AT_LEAST_BEFORE.test(before) || (b === undefined && AT_LEAST_AFTER.test(after)))
    return { key, min: lo, max: Infinity, text: match[0].trim() + (AT_LEAST_AFTER.test(after) ? '以上' : '') };
  if (AT_MOST_BEFORE.test(before) || (b === undefined && AT_MOST_AFTER.test(after)))
    return { key, min: -Infinity, max: hi, text: match[0].trim() + (AT_MOST_AFTER.test(after) ? '以下' : '') };
  // A single value: about that much (5%), the least that serves (a powder's fineness), or the very
  // grade where grades are classes (P·O 42.5).
  if ((b === undefined || b === '') && single === 'floor')
    return { key, min: lo * 0.95, max: Infinity, text: match[0].trim() };
  if ((b === undefined || b === '') && single === 'about') {
    const slack = Math.abs(lo) * (ABOUT_AFTER.test(after) ? 0.1 : 0.05);
    return { key, min: lo - slack, max: lo + slack, text: match[0].trim() };
  }
  return { key, min: lo, max: hi, text: match[0].trim() };
}

/**
 * Farm produce sold dried (干货, 干品, 烘干, 干香菇, 干椒) or fresh (鲜品, 新鲜, 鲜香菇, 鲜红辣椒), as a
 * title says it: a buyer of dried mushrooms for gift boxes cannot use fresh ones, nor a sauce maker
 * buying 干海椒 the fresh chillies of August. Read from the title only: a description of dried goods
 * tells how the fresh ones were dried. A 干 or 鲜 that starts a word names the state (干香菇, 鲜椒);
 * 干燥剂, 干式变压器, 干粉, 干混砂浆 and 保鲜膜 do not; 核桃（干） says it in brackets.
 */
const DRIED =
  /[（(]干[）)]|干货|干品|干制|烘干|晒干|风干|阴干|(?:^|[^\p{Script=Han}]|求购|采购|收购|供应|出售)干(?![燥式粉混法线扰净部预洗])\p{Script=Han}/u;
const FRESH = /[（(]鲜[）)]|鲜品|新鲜|冷鲜|(?:^|[^\p{Script=Han}]|求购|采购|收购|供应|出售)鲜(?![味花])\p{Script=Han}/u;
/**
 * A title naming a machine or a room (空气能热泵烘干房, 鲜椒脱水设备, 香菇烘干机): what it dries or
 * keeps fresh is the goods it is for, not a state of its own.
 */
const NAMES_MACHINE = /[机备房炉窑柜库器](?!\p{Script=Han})/u;
/** The state as a spec: 0 dried, 1 fresh, [0, 1] a listing offering both (鲜品/干品). */
function stateSpec(title: string): Spec | null {
  if (NAMES_MACHINE.test(title.replace(/（[^（）]*）|\([^()]*\)/gu, ' '))) return null;
  const dried = DRIED.test(title);
  const fresh = FRESH.test(title);
  if (!dried && !fresh) return null;
  return {
    key: 'state',
    min: dried ? 0 : 1,
    max: fresh ? 1 : 0,
    text: dried && fresh ? '鲜品/干品' : dried ? '干品' : '鲜品',
  };
}

/**
 * How many of a feature a machine, a part or a cable has (8温区 回流焊, 五轴加工中心, 4刃立铣刀, 4层板,
 * 4芯航插, 12通道, 24口交换机): a buyer of 8温区以上 is not served by a 6温区 oven, nor one of a 4芯
 * cable by a 2芯 one. Each feature is a kind of its own; a count after + is part of a sum (3+1芯), and
 * a count of heads is a herd's (500头), not a feature.
 */
const COUNT =
  /(?<![\d.+×xX*])(\d{1,3}|[一二两三四五六七八九十])\s*(?:(?:-|~|～|至|到|\/)\s*(\d{1,3}))?\s*(温区|工位|通道|轴(?!承)|刃|层|芯|孔|腔|缸|口(?!价))/gu;
/** Counters a Chinese numeral is read with (五轴, 四刃, 四层); 一孔, 一口价 and 一缸 are no counts. */
const COUNTED_IN_WORDS = new Set(['温区', '工位', '通道', '轴', '刃', '芯', '层']);
const CHINESE_DIGIT: Readonly<Record<string, number>> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};
function countSpecs(text: string): Spec[] {
  const byFeature = new Map<string, Spec>();
  for (const m of text.matchAll(COUNT)) {
    const feature = m[3];
    const digit = CHINESE_DIGIT[m[1]];
    if (digit !== undefined && !COUNTED_IN_WORDS.has(feature)) continue;
    const a = digit ?? Number(m[1]);
    const b = m[2] === undefined ? a : Number(m[2]);
    if (!(a > 0) || b < a) continue;
    const before = text.slice(Math.max(0, m.index - 4), m.index);
    const after = text.slice(m.index + m[0].length);
    let [min, max] = [a, b];
    if (AT_LEAST_BEFORE.test(before) || AT_LEAST_AFTER.test(after)) max = Infinity;
    else if (AT_MOST_BEFORE.test(before) || AT_MOST_AFTER.test(after)) min = 0;
    const key = `count:${feature}`;
    const word = m[0].trim() + (max === Infinity && AT_LEAST_AFTER.test(after) ? '以上' : '');
    const known = byFeature.get(key);
    byFeature.set(
      key,
      known
        ? { key, min: Math.min(known.min, min), max: Math.max(known.max, max), text: `${known.text}/${word}` }
        : { key, min, max, text: word },
    );
  }
  return [...byFeature.values()];
}

/**
 * The metal a title names its goods in, each family one bit: a buyer of 钛合金焊丝 (TC4) is not served
 * by GH4169焊丝, a nickel alloy, nor a buyer of 铜排 by 铝排, however alike the rest of the two
 * titles. Grades are read as their family (TC4 and TA2 titanium, GH4169 and Inconel nickel, 2A12 and
 * 7075 aluminium, 0Cr18Ni9 and 316L stainless). Not the metal of a compound (二氧化钛, 氧化铝, 硫酸镍),
 * a coating (镀镍), a laminate (铝塑), a paper (铜版纸) or a place (铜仁). A title naming several
 * (铜铝过渡线夹) offers each; a tool's title naming what it cuts (钛合金专用立铣刀) names that.
 */
const METAL_FAMILIES: readonly (readonly [name: string, pattern: RegExp])[] = [
  ['钛', /(?<![化酸])钛(?![白酸])|(?<![A-Za-z])(?:T[AC]\d{1,2}|Ti-?6Al|Gr\s?(?:5|23))(?![\dA-Za-z])/iu],
  [
    '镍基',
    /高温合金|耐热合金|镍基|(?<![A-Za-z])(?:GH\d{3,4}|Inconel|Hastelloy|IN\s?718)|(?<![镀酸化])镍(?![氢镉盐])/iu,
  ],
  ['铝', /(?<![化酸镀])铝(?![塑酸矾土])|(?<![A-Za-z\d])(?:2A1\d|LY1\d|LC4|[5-7]0\d{2}(?=-?T\d|\s*铝))/iu],
  ['不锈钢', /不锈钢|(?<![A-Za-z])SUS\s?\d|\dCr1[78]Ni|06Cr19Ni10|(?<![\dA-Za-z])3(?:04|16)L?(?![\d])/iu],
  ['铜', /(?<![镀酸化古])铜(?![仁川陵梁版鼓色])/u],
];
const METAL_KEY = 'metal';
/**
 * The form a metal is sold in, where a title names the metal: a bar (棒), a plate or sheet (板), a tube
 * (管), wire (丝), strip (带) or foil (箔), an ingot (锭), powder (粉), a forging or its blank (锻件, 坯,
 * 环件), an extrusion (型材) or a busbar (排). A buyer of 铝棒 is not served by 硬铝板 of the same alloy.
 */
const METAL_FORMS: readonly (readonly [name: string, pattern: RegExp])[] = [
  ['棒', /棒/u],
  ['板', /(?<![面线路电])板|卷材/u],
  ['管', /管/u],
  ['丝', /丝|线材/u],
  ['带', /带材|(?<![皮输传])带(?![锯])/u],
  ['箔', /箔/u],
  ['锭', /锭/u],
  ['粉', /粉/u],
  ['锻件', /锻件|锻坯|[方饼环]坯|环件/u],
  ['型材', /型材/u],
  ['排', /排(?![产线风水气])/u],
];
const METAL_FORM_KEY = 'metalForm';
/**
 * The ionic kind a title names (a flocculant, an exchange resin, a surfactant): a buyer of 阳离子聚丙烯酰胺
 * for sludge dewatering is not served by the non-ionic or the anionic one (CPAM, NPAM, APAM), however
 * alike the rest of the titles. A title naming two (阴阳离子交换树脂) offers each.
 */
const IONIC_KINDS: readonly (readonly [name: string, pattern: RegExp])[] = [
  ['阳离子', /阳离子|(?<![A-Za-z])CPAM(?![A-Za-z])/iu],
  ['阴离子', /阴离子|阴阳离子|(?<![A-Za-z])APAM(?![A-Za-z])/iu],
  ['非离子', /非离子|(?<![A-Za-z])NPAM(?![A-Za-z])/iu],
  ['两性离子', /两性离子|两性聚丙烯酰胺/u],
];
const IONIC_KEY = 'ionic';
/**
 * A title's share with no label of its own (98%硫酸, 液碱 32%, 75%乙醇, 次氯酸钠 有效氯10%, PAC 26%-28%):
 * the strength the goods are sold at, a grade of its own. A buyer of 98% acid is not served by 70%
 * spent acid nor by 93%, nor a buyer of 32% lye by 99% flakes. Several (浓硝酸98% / 稀硝酸68%) are
 * levels, each offered. Not a rate or a degree (含水≤14%, 开口率95%, 离子度20-60%, 酒精度53%), a share
 * labelled in letters (Mn≥32%, N≥21%, Ad≤11%: see SHARE), nor one in brackets.
 */
const STRENGTH = new RegExp(String.raw`${BOUND}${RANGE}\s*%`, 'gu');
/** What a labelled or a non-strength share ends in, just before its number. */
const NOT_A_STRENGTH = /(?:[率度分水灰杂碎损湿含]|[A-Za-z0-9)）])\s*$/u;
/** A product named by its capitals just before (PAC 28%, TCCA 90%): its strength, unlike an element's or an oxide's share. */
const NAMED_IN_CAPITALS = /(?<![A-Za-z0-9])[A-Z]{3,}\s*$/u;
const STRENGTH_KEY = 'strength';
/** How far a single strength reaches either way, in points (31.8% and 32% are one grade, PAC 28% and 30% two), a tenth of it at most. */
const STRENGTH_SLACK = 0.5;
function strengthSpec(title: string): Spec | null {
  const text = title.replace(/（[^（）]*）|\([^()]*\)|【[^【】]*】|\[[^[\]]*\]/gu, ' ');
  const levels: [number, number][] = [];
  const words: string[] = [];
  // A share SHARE reads by its label (含钩率要70%以上, 含量≥98%) is that share's.
  const labelled = [...text.matchAll(SHARE)].map((m) => [m.index, m.index + m[0].length] as const);
  STRENGTH.lastIndex = 0;
  for (let m = STRENGTH.exec(text); m; m = STRENGTH.exec(text)) {
    if (labelled.some(([from, to]) => m.index >= from && m.index < to)) continue;
    const before = text.slice(Math.max(0, m.index - 6), m.index);
    if (NOT_A_STRENGTH.test(before) && !NAMED_IN_CAPITALS.test(before)) continue;
    const spec = bounded(STRENGTH_KEY, text, m, m[1], m[2], m[3], 'exact');
    if (!spec || spec.min > 110 || spec.max < 0) continue;
    const single = spec.min === spec.max;
    const slack = single ? Math.min(STRENGTH_SLACK, spec.min / 10) : 0;
    levels.push([spec.min - slack, spec.max + slack]);
    words.push(spec.text);
  }
  if (!levels.length) return null;
  const min = Math.min(...levels.map((l) => l[0]));
  const max = Math.max(...levels.map((l) => l[1]));
  return { key: STRENGTH_KEY, min, max, text: words.join('/'), ...(levels.length > 1 ? { values: levels } : {}) };
}
/** The specs read as kinds (a bit mask each): see kindsSpec. */
const KIND_KEYS: ReadonlySet<string> = new Set([METAL_KEY, METAL_FORM_KEY, IONIC_KEY]);
/**
 * The kinds of `kinds` a title names (a metal's families, its forms), as a spec whose min and max are
 * the same bit mask: two titles conflict when their masks share no bit.
 */
function kindsSpec(
  key: string,
  kinds: readonly (readonly [name: string, pattern: RegExp])[],
  title: string,
): Spec | null {
  let mask = 0;
  const names: string[] = [];
  kinds.forEach(([name, pattern], i) => {
    if (!pattern.test(title)) return;
    mask |= 1 << i;
    names.push(name);
  });
  return mask ? { key, min: mask, max: mask, text: names.join('/') } : null;
}

/**
 * The purity a chemical or material is sold at, lowest first: a buyer of 注射级 sodium chloride for
 * infusions cannot use the oral 药用辅料级 salt, nor a maker of lithium iron phosphate the 工业级
 * carbonate; a higher grade serves a lower one (食品级 phosphoric acid for an industrial buyer). The
 * high-purity grades of electronics, batteries and laboratories are counted above the others.
 */
const PURITY_GRADES: Readonly<Record<string, number>> = {
  工业级: 1,
  工业用: 1,
  工业品: 1,
  饲料级: 2,
  饲用: 2,
  农用级: 2,
  肥料级: 2,
  食品级: 3,
  食用级: 3,
  食品添加剂级: 3,
  药用: 4,
  药用级: 4,
  医药级: 4,
  药典级: 4,
  药用辅料级: 4,
  注射级: 5,
  注射用: 5,
  电子级: 6,
  电池级: 6,
  试剂级: 6,
  分析纯: 6,
  光伏级: 6,
  半导体级: 6,
};
const PURITY = new RegExp(
  Object.keys(PURITY_GRADES)
    .sort((a, b) => b.length - a.length)
    .join('|'),
  'gu',
);

/**
 * The purity grades a listing states, as a spec from its lowest to its highest (工业级/食品级: 1–3): a
 * supply offers its highest, and a demand asks for its highest (see specConflict).
 */
function puritySpec(text: string): Spec | null {
  let min = Infinity;
  let max = -Infinity;
  const words: string[] = [];
  for (const [word] of text.matchAll(PURITY)) {
    const level = PURITY_GRADES[word];
    if (level < min) min = level;
    if (level > max) max = level;
    if (!words.includes(word)) words.push(word);
  }
  return words.length ? { key: PURITY_KEY, min, max, text: words.join('/') } : null;
}
const PURITY_KEY = 'purity';

/**
 * The electrical ratings a listing names, in one unit per kind: its voltage (10kV, 0.6/1kV, AC220V,
 * 48V), a cell's or pack's capacity (100Ah, 2600mAh), energy (215kWh), apparent power (1000kVA, a
 * transformer's SCB18-2500/10) and power (550Wp, 5.5kW, 50MW). A buyer of a 48V pack cannot use a
 * 12V battery, nor a 35kV substation a 10kV switchgear, however alike the texts. A listing may name
 * several values of one kind (a transformer's 10/0.4kV, a range of inverters 5kW/10kW/20kW, an
 * input and an output): the kind then covers all of them, and only a rating outside every value the
 * other side names conflicts. Voltages are levels: a 35/0.8kV box shares no level with a 10/0.54kV one,
 * though their spans overlap.
 */
const RATING_NUMBER = String.raw`(\d+(?:\.\d+)?)`;
/**
 * A value, or two joined by a slash (0.6/1kV, 10/0.4kV, 220/380V) or as a range (10~30kW,
 * 1.5-3MW), and its unit.
 */
const RATING = new RegExp(
  String.raw`(?<![A-Za-z0-9.])${RATING_NUMBER}(?:\s*(?:/|-|~|～|—|至|到)\s*${RATING_NUMBER})?\s*(kV|千伏|V|伏|mAh|Ah|安时|MWh|kWh|MVA|kVA|VA|MWp|kWp|Wp|MW|kW|W|兆瓦|千瓦|kA|mA|A|AWG)(?![A-Za-z])`,
  'giu',
);
/** A transformer's model: type, series, capacity in kVA / voltage class in kV (S11-M-500/10, SCB18-2500/10). */
const TRANSFORMER_MODEL = /(?<![A-Za-z])S[A-Z]{0,4}\d{1,2}(?:-[A-Z]{1,4})*-(\d{2,5})\/(\d{1,3}(?:\.\d+)?)(?![\d.])/gu;
/** Each unit's kind and its factor to the kind's one unit (V, Ah, kWh, kVA, W, A, AWG). */
const RATING_UNITS: Readonly<Record<string, readonly [key: string, factor: number]>> = {
  kv: ['voltage', 1000],
  千伏: ['voltage', 1000],
  v: ['voltage', 1],
  伏: ['voltage', 1],
  mah: ['capacity', 0.001],
  ah: ['capacity', 1],
  安时: ['capacity', 1],
  mwh: ['energy', 1000],
  kwh: ['energy', 1],
  mva: ['apparent', 1000],
  kva: ['apparent', 1],
  va: ['apparent', 0.001],
  mwp: ['power', 1e6],
  kwp: ['power', 1000],
  wp: ['power', 1],
  mw: ['power', 1e6],
  kw: ['power', 1000],
  w: ['power', 1],
  ka: ['current', 1000],
  ma: ['current', 0.001],
  a: ['current', 1],
  awg: ['gauge', 1],
  兆瓦: ['power', 1e6],
  千瓦: ['power', 1000],
};
/**
 * A figure that is no rating of the goods: a firm's record (已落地30MW, 累计完成超800MW, 现管理420MW)
 * or its output (月产能300MW, 库存约20MW).
 */
const NOT_A_RATING = /(?:已|累计|业绩|超过?|完成|落地|管理|运维|产能|年产|月产|库存|总计|合计)[^，。；;,\d]{0,6}$/u;
/**
 * A heat rating (105℃, 耐温200度): the hottest a part stands, a hotter rating serving (a 105℃
 * capacitor for an 85℃ one, not the other way). Below 60℃ a temperature is no part's rating (a cold
 * store's −18℃, a dryer's 45℃); 度 alone is a liquor's strength or an angle.
 */
const HEAT = /(?<![\d.\-−－])(\d{2,4})\s*(?:℃|°C)|(?:耐温|耐高温|温度)[^，。；;,\d]{0,3}(\d{2,4})\s*度/gu;
const HEAT_KEY = 'heat';
/**
 * A pressure class (1.6MPa, 2.5兆帕): the most a pipe, valve, vessel or pump is rated for, a higher class
 * serving (a 1.6MPa pipe for a 1.0MPa line, not the other way). Up to 10MPa: above, a figure in MPa is
 * a strength (cement's 42.5, steel's 400) or a hydraulic rating; a strength below it (3d抗折≥3.5MPa)
 * is named as one.
 */
const PRESSURE = /(?<![\d.])(\d{1,2}(?:\.\d+)?)\s*(?:MPa|兆帕)(?![A-Za-z])/giu;
const PRESSURE_KEY = 'pressure';
const MAX_PRESSURE_CLASS = 10;
/** A strength, a modulus or a material's figure in MPa, not a pressure class (28d抗折≥6.5MPa, 屈服强度). */
const NOT_A_PRESSURE = /(?:强度|抗压|抗折|抗拉|屈服|弹性|模量|\dd)[^，。；;,\d]{0,6}$/u;
/**
 * A diameter or a range of them (Φ12-Φ25, Φ8/Φ10, DN100-DN600, dn110): the sizes a listing offers or
 * asks, one kind per sign (Φ for bars, wire and tubes by their outside; DN/dn for pipes and valves). A
 * supply whose sizes all fall outside the demand's does not serve it, however alike the rest (盘螺 Φ8/Φ10
 * for 螺纹钢 Φ12-Φ28); sizes overlapping do.
 */
const DIAMETER =
  /(?<![A-Za-z])(Φ|φ|Ø|ø|DN)\s*(\d{1,4}(?:\.\d+)?)(?:\s*(?:-|~|～|—|至|到|\/|、)\s*(?:Φ|φ|Ø|ø|DN)?\s*(\d{1,4}(?:\.\d+)?))?(?![\d.])/giu;
/** A number without a unit of its own right after a rating's unit: 2A12 is an alloy; 48V100Ah two ratings. */
const GRADE_AFTER_UNIT = /^\d+(?![\d.]*[A-Za-zμ])/u;
/** What a firm can do at most (最大可修2500kW, 最高电压35kV): every rating up to it. */
const UP_TO_BEFORE = /(?:最大|最高|最多)[^，。；;,\d]{0,4}$/u;
/**
 * The highest voltage for equipment (GB/T 156) → its system's nominal voltage: 12kV switchgear serves a
 * 10kV network, 40.5kV a 35kV one, 126kV a 110kV one.
 */
const SYSTEM_OF_RATED: ReadonlyMap<number, number> = new Map([
  [7200, 6000],
  [12000, 10000],
  [24000, 20000],
  [40500, 35000],
  [72500, 66000],
  [126000, 110000],
  [252000, 220000],
  [363000, 330000],
  [550000, 500000],
  [800000, 750000],
]);
/** How far a stated rating reaches either way: a 48V pack is sold as 51.2V, a 12V battery as 12.8V. */
const RATING_SLACK = 0.05;

function ratingSpecs(text: string): Spec[] {
  const values = new Map<string, { min: number; max: number; words: string[]; parts: [number, number][] }>();
  const note = (key: string, min: number, max: number, word: string) => {
    if (!(max > 0)) return;
    const v = values.get(key);
    if (!v) values.set(key, { min, max, words: [word], parts: [[min, max]] });
    else {
      v.min = Math.min(v.min, min);
      v.max = Math.max(v.max, max);
      v.parts.push([min, max]);
      if (!v.words.includes(word) && v.words.length < 3) v.words.push(word);
    }
  };
  for (const m of text.matchAll(RATING)) {
    const before = text.slice(Math.max(0, m.index - 8), m.index);
    if (NOT_A_RATING.test(before)) continue;
    // A bare number right after the unit makes a grade of it (2A12, 5A06 aluminium), not a rating.
    if (GRADE_AFTER_UNIT.test(text.slice(m.index + m[0].length))) continue;
    const [key, factor] = RATING_UNITS[m[3].toLowerCase()];
    const slack = key === 'gauge' ? 0 : RATING_SLACK;
    const a = Number(m[1]) * factor;
    const b = m[2] === undefined ? a : Number(m[2]) * factor;
    let [min, max] = [Math.min(a, b) * (1 - slack), Math.max(a, b) * (1 + slack)];
    // A bound the listing names: 580W以上, ≥2000mAh, 不超过35kV.
    const after = text.slice(m.index + m[0].length);
    let word = m[0].trim();
    if (AT_LEAST_BEFORE.test(before) || AT_LEAST_AFTER.test(after)) {
      [min, max] = [Math.min(a, b), Infinity];
      word = AT_LEAST_AFTER.test(after) ? `${word}以上` : `≥${word}`;
    } else if (AT_MOST_BEFORE.test(before) || UP_TO_BEFORE.test(before) || AT_MOST_AFTER.test(after)) {
      [min, max] = [0, Math.max(a, b)];
      word = AT_MOST_AFTER.test(after) ? `${word}以下` : `≤${word}`;
    }
    // A transformer's two windings (10/0.4kV, 35/0.8kV) are two levels; a cable's U0/U (8.7/15kV, a 10kV
    // cable) and a supply's 220/380V, within a factor of two, stay one range.
    if (
      key === 'voltage' &&
      m[0].includes('/') &&
      Math.max(a, b) > 2 * Math.min(a, b) &&
      min !== 0 &&
      max !== Infinity
    ) {
      note(key, a * (1 - slack), a * (1 + slack), word);
      note(key, b * (1 - slack), b * (1 + slack), word);
      continue;
    }
    note(key, min, max, word);
    // Switchgear is rated at the highest voltage of its system (126kV GIS for a 110kV substation).
    const system = key === 'voltage' && a === b ? SYSTEM_OF_RATED.get(a) : undefined;
    if (system !== undefined && max !== Infinity && min !== 0)
      note(key, system * (1 - slack), system * (1 + slack), word);
  }
  for (const m of text.matchAll(HEAT)) {
    const value = Number(m[1] ?? m[2]);
    if (value >= 60 && value <= 1000) note(HEAT_KEY, value, value, m[0].trim());
  }
  for (const m of text.matchAll(DIAMETER)) {
    const key = m[1].toUpperCase() === 'DN' ? 'dn' : 'diameter';
    const a = Number(m[2]);
    const b = m[3] === undefined ? a : Number(m[3]);
    if (a > 0) note(key, Math.min(a, b), Math.max(a, b), m[0].trim());
  }
  for (const m of text.matchAll(PRESSURE)) {
    const value = Number(m[1]);
    const before = text.slice(Math.max(0, m.index - 8), m.index);
    if (value > 0 && value <= MAX_PRESSURE_CLASS && !NOT_A_PRESSURE.test(before))
      note(PRESSURE_KEY, value, value, m[0].trim());
  }
  for (const m of text.matchAll(TRANSFORMER_MODEL)) {
    note('apparent', Number(m[1]) * (1 - RATING_SLACK), Number(m[1]) * (1 + RATING_SLACK), m[0]);
    note('voltage', Number(m[2]) * 1000 * (1 - RATING_SLACK), Number(m[2]) * 1000 * (1 + RATING_SLACK), m[0]);
  }
  return [...values].map(([key, v]) => ({
    key,
    min: v.min,
    max: v.max,
    text: v.words.join('/'),
    // Voltages are levels, not a scale: a 10/0.4kV transformer offers no 35kV between them.
    ...(key === 'voltage' && v.parts.length > 1 ? { values: v.parts } : {}),
  }));
}

/** The grades a listing's title and description state: the first of each kind, and every rating (see ratingSpecs). */
export function parseSpecs(title: string, description?: string | null): Spec[] {
  const text = `${title} ${description ?? ''}`.normalize('NFKC');
  const found = new Map<string, Spec>();
  const state = stateSpec(title.normalize('NFKC'));
  if (state) found.set(state.key, state);
  const metal = kindsSpec(METAL_KEY, METAL_FAMILIES, title.normalize('NFKC'));
  if (metal) found.set(metal.key, metal);
  const form = metal && kindsSpec(METAL_FORM_KEY, METAL_FORMS, title.normalize('NFKC'));
  if (form) found.set(form.key, form);
  const ionic = kindsSpec(IONIC_KEY, IONIC_KINDS, title.normalize('NFKC'));
  if (ionic) found.set(ionic.key, ionic);
  const strength = strengthSpec(title.normalize('NFKC'));
  if (strength) found.set(strength.key, strength);
  const purity = puritySpec(text);
  if (purity) found.set(purity.key, purity);
  for (const rating of ratingSpecs(text)) found.set(rating.key, rating);
  for (const count of countSpecs(text)) found.set(count.key, count);
  for (const code of codeSpecs(title.normalize('NFKC'))) if (!found.has(code.key)) found.set(code.key, code);
  for (const kind of KINDS) {
    kind.pattern.lastIndex = 0;
    for (let m = kind.pattern.exec(text); m; m = kind.pattern.exec(text)) {
      // Groups: the first alternative's bound and range, then the second's (kcal); one set otherwise.
      const groups = m.slice(1);
      let spec: Spec | null = null;
      for (let g = 0; g + 2 < groups.length + 1 && !spec; g += 3) {
        if (groups[g + 1] === undefined) continue;
        spec = bounded(kind.key, text, m, groups[g], groups[g + 1], groups[g + 2], kind.single ?? 'about');
      }
      if (spec && plausible(kind.key, spec)) {
        found.set(kind.key, spec);
        break;
      }
    }
  }
  SHARE.lastIndex = 0;
  for (let m = SHARE.exec(text); m; m = SHARE.exec(text)) {
    const key = m[1].toLowerCase();
    if (found.has(key)) continue;
    const spec = bounded(key, text, m, m[2], m[3], m[4], 'about');
    if (spec && spec.min <= 100) found.set(key, spec);
  }
  return [...found.values()];
}

/**
 * A grade or model written as a code, its letters then its number (HRB400E, PO42.5, SGZ764), as a
 * title states it: a buyer of HRB400E rebar is not served by HRB500E, though both are HRB. Keyed by
 * the letters; a title naming several codes of one family (HRB400E/HRB500E) spans their numbers.
 * Not a series before a rating (SCB13-1250: a buyer of SCB13 takes an SCB11 of the rating asked
 * before an SCB13 of another). Read from titles only: a description's codes are often what a
 * product fits or replaces.
 */
const CODE = /(?<![A-Za-z0-9.])([A-Za-z]{2,})(\d+(?:\.\d+)?)[A-Za-z]*(?![A-Za-z\d.-])/g;
/** Numbers after a code's slash, each another model of its family (the /80/125 of QTZ63/80/125). */
const CODE_CONTINUED = /^(?:\/\d+(?:\.\d+)?[A-Za-z]?(?![A-Za-z\d.]))+/;
/** Letters other specs read (DN100 is a pipe's diameter, PN16 its pressure). */
const NOT_A_CODE = new Set(['dn', 'pn']);
function codeSpecs(title: string): Spec[] {
  const byFamily = new Map<string, Spec>();
  CODE.lastIndex = 0;
  for (let m = CODE.exec(title); m; m = CODE.exec(title)) {
    if (NOT_A_CODE.has(m[1].toLowerCase())) continue;
    const key = `code:${m[1].toLowerCase()}`;
    // Further models of the family written by their numbers alone: QTZ63/80/125 names three.
    const more = CODE_CONTINUED.exec(title.slice(m.index + m[0].length))?.[0] ?? '';
    CODE.lastIndex += more.length;
    const numbers = [Number(m[2]), ...[...more.matchAll(/\d+(?:\.\d+)?/g)].map((x) => Number(x[0]))];
    for (const [i, n] of numbers.entries()) addToFamily(byFamily, key, n, n, i ? '' : m[0] + more);
  }
  // An alloy steel's grade, its carbon in hundredths then its elements (30CrMnSiA, 42CrMo, 5CrNiMo): a
  // buyer of 30CrMnSiA is not served by 35CrMnSiA, nor one of a 5CrNiMo die block by 40CrNiMoA.
  STEEL_GRADE.lastIndex = 0;
  for (let m = STEEL_GRADE.exec(title); m; m = STEEL_GRADE.exec(title)) {
    const carbon = Number(m[1]);
    addToFamily(byFamily, `code:${m[2].toLowerCase()}`, carbon, carbon, m[0]);
  }
  // An aluminium alloy's or a stainless steel's grade in digits (6063铝棒, 6061 / 6082 铝棒, 5052铝卷,
  // 6005A, 304不锈钢板, 316L): a buyer of 6063 bars is not served by 6082, nor one of 316L sheet by 201.
  for (const [family, metal, pattern] of ALLOY_GRADES) {
    if (!metal.test(title)) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(title); m; m = pattern.exec(title)) {
      // A letter after the digits is a grade of its own (6005A is not 6005; 316L is 316 low-carbon).
      const grade = Number(m[1]) + (m[2] ? 0.1 : 0);
      addToFamily(byFamily, `alloy:${family}`, grade, grade, m[0]);
    }
  }
  return [...byFamily.values()];
}
/**
 * Grades of a metal written in digits, read where the title names that metal: aluminium's four-digit
 * series (1060 … 7075, 6005A, with a temper such as -T5) and stainless steel's three-digit grades (201,
 * 304, 316L, 430). Not a number before a unit, a count or a date (3000吨, 2025年), nor after a size's sign.
 */
const ALLOY_GRADES: readonly (readonly [family: string, metal: RegExp, grade: RegExp])[] = [
  [
    '铝',
    /(?<![化酸镀])铝(?![塑酸矾土])/u,
    /(?<![\dA-Za-z.φΦøØ#])([1-8]\d{3})(A)?(?:-?[TOH]\d{1,4})?(?![\dA-Za-z.])(?!\s*[吨斤克米元万千件只个套台支根条张卷箱年月日天度瓦伏型])/gu,
  ],
  [
    '不锈钢',
    /不锈钢|(?<![A-Za-z])SUS/iu,
    /(?<![\dA-Za-z.φΦøØ#])(20[12]|30[14]|31[06]|321|4[123]0)(L|S)?(?![\dA-Za-z.])(?!\s*[吨斤克米元万千件只个套台支根条张卷箱年月日天度瓦伏型])/gu,
  ],
];
/**
 * A code's number joined to its family's: a title naming several codes of one family offers each of
 * them, not what lies between (HW02/HW04/HW49 危废 takes no HW17; QTZ63/80/125 is no QTZ100).
 */
function addToFamily(byFamily: Map<string, Spec>, key: string, lo: number, hi: number, text: string): void {
  const known = byFamily.get(key);
  if (!known) {
    byFamily.set(key, { key, min: lo, max: hi, text });
    return;
  }
  const values = [...(known.values ?? [[known.min, known.max] as const]), [lo, hi] as const];
  byFamily.set(key, {
    key,
    min: Math.min(known.min, lo),
    max: Math.max(known.max, hi),
    text: text ? `${known.text}/${text}` : known.text,
    values,
  });
}
/** Two elements or more, or chromium or manganese alone (40Cr, 65Mn): not a rating (220V, 5W). */
const STEEL_GRADE = /(?<![A-Za-z0-9.])(\d{1,3})((?:Cr|Mn|Si|Ni|Mo|V|Ti|B|W|Al|Cu|Nb){2,}|Cr|Mn)A?(?![A-Za-z\d])/giu;

/** Numbers the patterns catch that are no such grade (a 50kg bag is no 50大卡 coal). */
function plausible(key: string, s: Spec): boolean {
  const v = Number.isFinite(s.min) ? s.min : s.max;
  switch (key) {
    case 'kcal':
      return v >= 1500 && v <= 8500;
    case 'sulfur':
      return v >= 0 && v <= 10;
    case 'mesh':
      return v >= 20 && v <= 10000;
    default:
      return true;
  }
}

/** Grades where a higher one serves: a purer, a hotter-rated, a higher pressure class. */
const SERVED_BY_HIGHER = new Set([PURITY_KEY, HEAT_KEY, PRESSURE_KEY]);

/**
 * The first grade the supply states outside what the demand asks (热值 ≥ 5000大卡 against 4500大卡),
 * or null when every grade both state agrees (or they state none in common).
 */
export function specConflict(
  supply: readonly Spec[] | undefined,
  demand: readonly Spec[] | undefined,
): { demand: Spec; supply: Spec } | null {
  if (!supply?.length || !demand?.length) return null;
  for (const d of demand) {
    const s = supply.find((x) => x.key === d.key);
    if (!s) continue;
    // Levels named apart (35/0.8kV against 10kV and 0.54kV): in conflict when no level of one is one of the other's.
    if (s.values || d.values) {
      const [sv, dv] = [s.values ?? [[s.min, s.max]], d.values ?? [[d.min, d.max]]];
      if (!sv.some(([a, b]) => dv.some(([c, e]) => a <= e && c <= b))) return { demand: d, supply: s };
      continue;
    }
    // Metals, their forms and ionic kinds are kinds, not a scale: the two titles conflict when they share none.
    if (KIND_KEYS.has(d.key)) {
      if ((s.min & d.min) === 0) return { demand: d, supply: s };
      continue;
    }
    // A supply's floor is its grade (Q≥4500大卡 is 4500 coal), not a promise of any grade above.
    const max = s.max === Infinity ? s.min * 1.1 : s.max;
    // A purer, hotter-rated or higher-pressure grade than asked serves; the highest a demand names is what
    // it asks (药用 注射级 asks 注射级).
    if (SERVED_BY_HIGHER.has(d.key) ? s.max < d.max : max < d.min || s.min > d.max) return { demand: d, supply: s };
  }
  return null;
}
