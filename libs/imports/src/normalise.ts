import { UNIT_EQUIVALENTS } from '@duijie/listings';

import { CHINESE_DIGIT, excelSerialToDate, halfWidth, moneySaid, scannedDigits } from './cell-text';

export { excelSerialToDate, halfWidth } from './cell-text';

/**
 * The cell normalisers of a 供需清单: what county bureaus write (200万只, 0.9～1.4 元, 面议,
 * 2027年12月31日, full-width digits, Excel serial dates) turned into the values of the API.
 * Each returns its value or a Chinese message; none throws.
 */

export type Normalised<T> = { value: T; note?: string } | { error: string; unknownUnit?: string };

/**
 * Free text a clerk wrote (a title, a description): kept as written — full-width （）、：and
 * letters stay — only the ends trimmed and runs of spaces (ideographic and no-break ones too)
 * collapsed to one. Numbers and units are read with halfWidth; text is not.
 */
export function cleanText(text: string): string {
  return text.replace(/[\s\u3000\u00A0]+/g, ' ').trim();
}

const MAGNITUDE: Record<string, number> = { 千: 1e3, 万: 1e4, 十万: 1e5, 百万: 1e6, 千万: 1e7, 亿: 1e8 };
const NUMBER = String.raw`\d+(?:,\d{3})*(?:\.\d+)?|\.\d+`;

const CHINESE_UNIT: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
/** A run of Chinese numerals at the start of a cell: 壹佰伍拾, 三千, 两万, 二〇二七. */
export const CHINESE_NUMERAL = /^[零〇一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万亿]+/;

/** 壹佰伍拾 → 150, 三千 → 3000, 两万五千 → 25000, 十二 → 12; null when the letters are no number. */
export function chineseNumber(text: string): number | null {
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const c of text) {
    if (c in CHINESE_DIGIT) {
      if (digit !== null) return null; // 三五: two digits with no place between them
      digit = CHINESE_DIGIT[c];
    } else if (c in CHINESE_UNIT) {
      section += (digit ?? 1) * CHINESE_UNIT[c];
      digit = null;
    } else if (c === '万' || c === '亿') {
      const scale = c === '万' ? 1e4 : 1e8;
      const value = section + (digit ?? 0) || (total === 0 ? 1 : 0);
      total = c === '亿' ? (total + value) * scale : total + value * scale;
      section = 0;
      digit = null;
    } else return null;
  }
  const n = total + section + (digit ?? 0);
  return n > 0 ? n : null;
}

/**
 * A quantity written in Chinese numerals (壹佰伍拾吨, 三千件, 两万只) with its numerals as digits (150吨), the
 * longest reading whose rest is no numeral of a unit (三千克 is 3 千克, not 3000 克); the text itself otherwise.
 */
export function withArabicAmount(text: string, units: readonly string[]): string {
  const run = CHINESE_NUMERAL.exec(text)?.[0];
  if (!run) return text;
  let longest: string | null = null;
  for (let end = run.length; end > 0; end--) {
    const n = chineseNumber(run.slice(0, end));
    if (n === null) continue;
    const rest = text.slice(end);
    if (rest === '' || unitCode(rest.replace(/[/每].*$/, ''), units) !== null) return `${n}${rest}`;
    longest ??= `${n}${rest}`;
  }
  return longest ?? text;
}

/**
 * A cell written in English and Chinese (Supply/供应, Negotiable/面议, project/项, 10MWh/万千瓦时, 吨/t): its
 * Chinese; the text itself otherwise. Never a price's own unit (元/kg is 元 per 千克, not 元).
 */
export function chineseOfBilingual(text: string): string {
  const sides = text.split(/[/／|]/).map((t) => t.trim());
  if (sides.length !== 2) return text;
  const han = sides.findIndex((t) => /\p{Script=Han}/u.test(t) && !/[A-Za-z\d]/.test(t));
  // (10-11r/斤 is a price typed short, a number with its letter, not a side in English)
  const latin = sides.findIndex(
    (t) =>
      /[A-Za-z]{1,}/.test(t) &&
      !/\p{Script=Han}/u.test(t) &&
      !/^\d[\d.]*[rwkRWK]?(?:[-~～]\d[\d.]*[rwkRWK]?)?$/.test(t),
  );
  if (han < 0 || latin < 0 || han === latin) return text;
  if (/^(万?元|人民币|每)$/.test(sides[han])) return text;
  return sides[han];
}

/** 2,000 / 1.5万 / 3亿 → a number; null when the text is not one. */
export function parseAmount(text: string): number | null {
  // 68,00 or 1,5: a decimal comma (a list saved with European settings); 1,500 stays a thousand
  const s = halfWidth(text)
    .replace(/[，\s]/g, (c) => (c === '，' ? ',' : ''))
    .replace(/^(\d+),(\d{1,2})(?=\D*$)/, '$1.$2');
  const match = new RegExp(`^(${NUMBER})(十万|百万|千万|千|万|亿)?$`).exec(s);
  if (!match) return null;
  const n = Number(match[1].replace(/,/g, '')) * (match[2] ? MAGNITUDE[match[2]] : 1);
  return Number.isFinite(n) ? Math.round(n * 1e6) / 1e6 : null;
}

/** Unit spellings → the unit table's code (data/units.json). */
const UNIT_ALIASES: Record<string, string> = {
  t: '吨',
  kg: '千克',
  l: '升',
  m3: '立方米',
  方: '立方米',
  立方: '立方米',
  'm³': '立方米',
  nm3: '立方米',
  'nm³': '立方米',
  'm²': '平方米',
  m2: '平方米',
  平米: '平方米',
  平: '平方米',
  台套: '套',
};
/** Per-period endings kept in the description (5000吨/年 → 5000 吨, 年产能). */
const PERIOD = /[/每](年|月|日|天|季度?)$/;

/**
 * The unit table's code of a unit as written (its spellings here, its other names in the listing
 * rules' UNIT_EQUIVALENTS), or a unit the listing rules store in one of the table's (斤 in 千克:
 * expandUnitMultiplier converts the quantity and the prices per 斤 together).
 */
export function unitCode(raw: string, units: readonly string[]): string | null {
  const u = halfWidth(raw).replace(/\s+/g, '');
  if (units.includes(u)) return u;
  const alias = UNIT_ALIASES[u.toLowerCase()];
  if (alias && units.includes(alias)) return alias;
  const key = UNIT_EQUIVALENTS[u] ? u : u.toLowerCase();
  const same = UNIT_EQUIVALENTS[key];
  if (!same || !units.includes(same[0])) return null;
  // Another name of the unit (公斤) is the unit; another size (斤, kWh) is converted with its prices.
  return same[1] === 1 ? same[0] : key;
}

export interface Quantity {
  quantity: number;
  unit: string | null;
  period: string | null;
  /** Words the cell wrote before the amount that say what it is (罐容, 折P2O5), for the description. */
  said?: string;
}

/**
 * A quantity cell: 2000000, 200万, 200万只, 5000吨/年, 1.2万 吨, ５０００. The unit inside the cell
 * must be in the unit table (万只 is 万 × 只); the unit column is the caller's to reconcile.
 */
/** A season's months (6-10月, 12月至次年2月, 12月-次年4月): their count, the year turned where the end is before the start. */
const SEASON = /(\d{1,2})\s*月?\s*(?:[-—–~～至到])\s*(次年|翌年|第二年)?\s*(\d{1,2})\s*月/;
/** So much each month of it: 每月约50吨, 月均80吨. */
const MONTHLY = /(?:每月|月均|每个月)(?:约|大约)?\s*(\d[\d.,]*\s*[万千]?\s*[\p{Script=Han}a-zA-Z]{1,3})/u;

/**
 * An amount told as so much a month over a season (6-10月上市，每月约50吨; 每月20吨（12月-次年4月）): the season's whole,
 * with a note of how it was counted; null where the text says no season and no monthly amount.
 */
function seasonAmount(text: string, units: readonly string[]): Normalised<Quantity | null> | null {
  const t = halfWidth(text).replace(/\s+/g, '');
  const season = SEASON.exec(t);
  const monthly = MONTHLY.exec(t);
  if (!season || !monthly) return null;
  const [from, to] = [Number(season[1]), Number(season[3])];
  if (from < 1 || from > 12 || to < 1 || to > 12) return null;
  const months = to >= from && !season[2] ? to - from + 1 : 12 - from + to + 1;
  const each = parseQuantity(monthly[1], units);
  if (!('value' in each) || !each.value || each.value.quantity === null) return null;
  const quantity = Number((each.value.quantity * months).toPrecision(12));
  return {
    value: { ...each.value, quantity },
    note: `数量“${text.trim()}”按${months}个月、每月${monthly[1]}合计`,
  };
}

export function parseQuantity(text: string, units: readonly string[]): Normalised<Quantity | null> {
  if ([...text].length > MAX_AMOUNT_CHARS) return { error: `“${text.slice(0, 20)}…”不是数量（过长）` };
  const seasonal = seasonAmount(text, units);
  if (seasonal) return seasonal;
  // a note in brackets after the amount (200个（标准机柜）, 50吨（鲜果）) says what, not how much
  const whole = typedShort(scannedDigits(halfWidth(text)).replace(/\s+/g, ''));
  const bracket = /[(（]([^()（）]*)[)）]$/.exec(whole);
  let s = bracket ? whole.slice(0, bracket.index) : whole;
  // 全年供应，量大从优, 很多: words with no amount in them state none, said so (a Chinese numeral is an amount)
  if (UNSTATED.test(s) || (!/\d/.test(s) && !CHINESE_NUMERAL.test(s.replace(/^(约|大约|共|预计)/, ''))))
    return { value: null, note: `数量“${text.trim()}”未写明，按未填写处理` };
  const periodMatch = PERIOD.exec(s);
  const period = periodMatch ? periodMatch[1].replace('天', '日') : null;
  if (periodMatch) s = s.slice(0, periodMatch.index);
  // what the amount is (年产3万吨, 年需求量500吨, 预计200套): the period it names is kept
  const yearly = YEARLY.exec(s);
  if (yearly && !period) s = s.slice(yearly[0].length);
  else s = s.replace(AMOUNT_LABEL, '');
  s = s.replace(/^(约|大约|共|合计|预计|不少于|不低于|至少)/, '').replace(/(左右|以上|余)$/, '');
  // 3000来斤, 200多吨, 约500余吨, 30余万方: about so much, as people say it
  s = s.replace(/(\d|[十百千万])(?:来|多|余)(?=\p{Script=Han})/u, '$1');
  s = withArabicAmount(s, units).replace(/^(\d+),(\d{1,2})(?!\d)/, '$1.$2'); // 1,5吨: a decimal comma
  // other words before the amount (年用电量约3.2亿kWh, 罐容2万立方米, 折P2O5约2.5万吨, 日均3000单): the
  // amount read from its first digit, the words kept with the listing (a 年… or 日… names the period)
  const words = QUANTITY_WORDS.exec(s);
  if (words) s = s.slice(words[0].length);
  const wordsPeriod = words && !yearly ? (/^(年|月|日)/.exec(words[0])?.[1] ?? null) : null;
  // 500-800吨, 1-1.5万只: a range, its lower end the amount (the buyer needs, the seller has, at least
  // that), the range as written kept with the listing
  const range = new RegExp(
    `^(${NUMBER})(十万|百万|千万|千|万|亿)?[-~～〜—–至到](${NUMBER})(十万|百万|千万|千|万|亿)?(.*)$`,
  ).exec(s.replace(/，/g, ','));
  if (range && !/[-~～〜—–至到]/.test(range[5])) {
    const low = parseQuantity(`${range[1]}${range[2] ?? range[4] ?? ''}${range[5]}`, units);
    if ('value' in low && low.value)
      return { value: { ...low.value, period: low.value.period ?? period, said: halfWidth(text).trim() } };
  }
  const match = new RegExp(`^(${NUMBER})(十万|百万|千万|千|万|亿)?(.*)$`).exec(s.replace(/，/g, ','));
  if (!match) return { error: `“${text}”不是数量（例：2000、200万、200万只、5000吨/年）` };
  // 2千克, 100万千瓦时: the "magnitude" begins the unit's name
  const unitNamed = match[2] !== undefined && unitCode(match[2] + match[3], units) !== null;
  const quantity = parseAmount(match[1] + (unitNamed ? '' : (match[2] ?? '')));
  if (quantity === null) return { error: `“${text}”不是数量` };
  const rest = unitNamed ? match[2] + match[3] : match[3];
  const said = words ? { said: halfWidth(text).trim() } : {};
  if (!rest) return { value: { quantity, unit: null, period: period ?? wordsPeriod, ...said } };
  const unit = unitCode(rest, units);
  if (!unit) {
    // 约2万头（约2400吨）: a count the table lacks, its weight in the table's units beside it
    const beside = bracket ? parseQuantity(bracket[1], units) : null;
    if (beside && 'value' in beside && beside.value?.unit)
      return { value: { ...beside.value, period: beside.value.period ?? period, said: text.trim() } };
    return { error: `“${text}”中的单位“${rest}”不在单位表中，可选：${units.join('、')}`, unknownUnit: rest };
  }
  return { value: { quantity, unit, period: period ?? (yearly ? yearly[1] : wordsPeriod), ...said } };
}

/** Words before an amount that say what it is: up to eight letters, or 折… up to 约 (折P2O5约2.5万吨); never a sign. */
const QUANTITY_WORDS = /^(?:折[^约]{1,10}约|[\p{Script=Han}A-Za-z]{1,8}?(?:约|为|达|共)?[:：]?)(?=\d)/u;

/** A quantity cell that states none (不限, 若干, 可承接，不限, 按需, 按订单): an empty cell, said so. */
const UNSTATED =
  /^(?:[^\d]*(不限|若干|按需|待定|待补|面议|视情况|根据需要|可承接|订单|按合同|按实际|一批|批量|少量|大量|附件|另附|详见)[^\d]*|[-—–－/／]+)$/;
/** 年产, 年供, 年需求量, 月用, 日产… before an amount: the period it is per. */
const YEARLY =
  /^(年|月|日)(?:需求量|采购量|供应量|发电量|出栏量|产量|用量|销量|需求|供应|采购|加工|处理|发电|出栏|产|供|需|用|销)(?:能力|能|量)?(?:约|为|达)?[:：]?/;
/** What an amount is, written before it without a period (产能300吨, 供应能力：50吨, 需求量约20台). */
const AMOUNT_LABEL = /^(?:产能|产量|供应能力|供应量|供货量|需求量|采购量|用量|数量|规模|库存)(?:约|为|达)?[:：]?(?=\d)/;

export interface PriceRange {
  priceMin: number | null;
  priceMax: number | null;
  /** The unit the price is per, as written (元/公斤 → 公斤, 每吨 → 吨); null when it names none. */
  per: string | null;
}

/** A price in another currency (USD 45, US$6.80, 50美元, €12). */
const FOREIGN_CURRENCY = /^(usd|us\$|\$|eur|€|hkd|jpy)|美元|欧元|港币|日元/i;
/** The price in 元 written beside it in brackets: （约¥319.5-390.5）, （折人民币48元）. */
const RMB_BESIDE = /[(（](?:约|折|合|折合|约合|≈)?(?:人民币|rmb|¥|￥)([^()（）]+)[)）]/i;

/** A price's bound, before or after its number. */
const PRICE_BOUND = /^(不高于|不超过|不大于|最高|≤|<=|<|不低于|不少于|最低|≥|>=|>)|(以下|以内|以上)(?=[/每]|$)/;
const AT_MOST = /不高于|不超过|不大于|最高|≤|<=|<|以下|以内/;
const NEGOTIABLE =
  /^([\p{Script=Han}·・/／,，、;；]{0,16}(面议|议价|协商|面谈|电议)|待定|未定|暂定|不确定|尚未确定|不详|待议|待补|待报|待询价|询价|待报价|另行报价|neg\.?|negotiable|tbd|面议\/neg\.?|(详)?见附件|另附|随行就市|市场价|按市场价|参考市场价|时价|市价|[\p{Script=Han}A-Za-z0-9#]{0,12}(现货价|现货均价|均价|挂牌价|结算价)|-|—|\/|[按随与跟]\p{Script=Han}{0,10}(价|价格|行情|报价)(计|结算|定价|执行|联动|浮动|挂钩|调整)?|(执行|按照|依照|参照)\p{Script=Han}{0,16}(价|价格|价目|目录|标准|行情)(计|结算|定价|执行)?)$/iu;
/** Prices of a product's variants, each led by its name (散装380元/吨，袋装420元/吨): their range; null otherwise. */
function variantPrices(whole: string): Normalised<PriceRange> | null {
  // (特级480元/斤 一级320元/斤, the space gone: each variant's name before its price, one after another)
  const run = [
    ...whole.matchAll(
      /\p{Script=Han}{1,6}[:：]?\d[\d.]*(?:[-~～]\d[\d.]*)?万?元\/\p{Script=Han}{1,3}?(?=\p{Script=Han}{1,6}[:：]?\d|$)/gu,
    ),
  ];
  const parts =
    run.length > 1 && run.map((m) => m[0]).join('') === whole ? run.map((m) => m[0]) : whole.split(/[,，;；]/);
  if (parts.length < 2 || parts.length > 4) return null;
  const read = parts.map((p) => /^(\p{Script=Han}{1,6})[:：]?(?=\d)(.*)$/u.exec(p));
  if (read.some((r) => !r)) return null;
  const prices = read.map((r) => parsePrice(r![2]));
  const values = prices.flatMap((p) => ('value' in p && p.value.priceMin !== null ? [p.value] : []));
  if (values.length !== parts.length || new Set(values.map((v) => v.per)).size !== 1) return null;
  const ends = values.flatMap((v) => [v.priceMin!, v.priceMax ?? v.priceMin!]);
  return {
    value: { priceMin: Math.min(...ends), priceMax: Math.max(...ends), per: values[0].per },
    note: `价格：${whole}`,
  };
}

/** A price set by a market's quotation and a margin (长江A00均价+600, 上海有色网均价下浮2%, 铝锭价+加工费850元/吨, 同片锰价格+800元/吨). */
const FORMULA =
  /(均价|现货价?|指数|挂牌价|网价|结算价|锭价|市场价|(?<=\p{Script=Han})价格|A00)[^\d]{0,6}(\+|＋|加|上浮|下浮|减|-)/u;
/** A price that is a share or a discount (佣金15%, 提成, 9折): no amount in 元. */
const SHARE = /[%％‰]|佣金|提成|分成|返点|\d折$/;
/** A magnitude of MAGNITUDE ending a number (1.8万), the longer names first (十万 before 万). */
const MAGNITUDE_END = new RegExp(
  `(${Object.keys(MAGNITUDE)
    .sort((a, b) => b.length - a.length)
    .join('|')})$`,
);

/** A price written after the unit it is per: 每方70-80元, 每吨500左右, 每平方米约32-38元, 每公斤3.5. */
const LEADING_PER = /^每([^\d/每元]{1,5}?)[:：]?(约|大约)?(\d[\d.,]*(?:[-~～〜—–至到]\d[\d.,]*)?万?)元?(左右)?$/u;

/**
 * 0.9 / 0.9-1.4 / 0.9～1.4 / 0.9至1.4元 / 3万元/吨 / 1.6-1.8万元/吨 / ¥1.2 / 面议 → a price range in
 * 元 (面议 → none), and the unit it is per when the text names one. A magnitude written once after a
 * range (1.6-1.8万) is every end's.
 */
/** A price of nothing: 免费, 无偿, 白送, 免费提供, 免费自提, with a note of terms in brackets after it. */
const FREE =
  /^(?:免费|无偿|白送|赠送|免费赠送|不要钱|不收钱|不收费)(?:提供|供应|赠送|自提|拉走|拉运|送)?([(（][^()（）]*[)）])?$/u;

/** A reader's query after an amount (请写单位, 单位待补, 待确认, ？): the amount stands, the query is a note. */
const QUERY_AFTER_AMOUNT =
  /(?<=\S)\s*(请(?:写|填|补充?|注明|补填)(?:一下)?单位|单位(?:待补|待定|未填|不详)|待确认|待核实|待核对|需核实|需确认|[?？]+)$/u;

export function parsePrice(text: string): Normalised<PriceRange> {
  // USD 45-55（约¥319.5-390.5）, US$6.80/件（折¥48.28）: the price in 元 the clerk gave beside it
  // (8元一斤 as a farmer says it is 8元/斤)
  const compactText = moneySaid(typedShort(scannedDigits(halfWidth(text)).replace(/\s+/g, '')))
    // 1800左右 under a header in 元 (价格（元）) reads 1800左右元: about 1800 元
    .replace(/左右元$/, '元左右')
    // 1300元左右/只: about that much per the unit after it, as 1300元/只左右
    .replace(/(?<=\d万?元?)左右(?=[/每][^\d/每])/u, '')
    // 每方70-80元, 每吨500左右, 每平方米约32元: the unit said before the price is the unit it is per
    .replace(
      LEADING_PER,
      (_, per: string, about = '', amount: string, approx = '') => `${about}${amount}元/${per}${approx}`,
    );
  // 免费（运费自理）, 无偿提供, 免费自提: a price of nothing (a by-product given away), the terms kept with the listing
  const free = FREE.exec(compactText);
  if (free) {
    const terms = free[1] ? free[1].slice(1, -1) : '';
    return { value: { priceMin: 0, priceMax: 0, per: null }, note: terms ? `价格：免费（${terms}）` : '价格：免费' };
  }
  if (FOREIGN_CURRENCY.test(compactText)) {
    const rmb = RMB_BESIDE.exec(compactText);
    if (!rmb) return { error: `“${text}”不是人民币价格：请按元填写（外币价可写在括号中）` };
    const per = /[/每][^\d/每()（）][^/每()（）]*$/.exec(compactText.replace(rmb[0], ''))?.[0] ?? '';
    return parsePrice(`${rmb[1]}${per}`);
  }
  // 散装380元/吨，袋装420元/吨: each variant's price, the range they span
  const variants = variantPrices(compactText);
  if (variants) return variants;
  // 5600-5900元/吨,含税 or 3100元/吨；到厂: the price before the terms, the terms kept with the listing
  // (a comma inside brackets is the bracketed note's: 23500元/吨(含税,出厂价))
  const terms = /[,，;；](?=\D)/.exec(compactText.replace(/[(（][^()（）]*[)）]/g, (m) => '_'.repeat(m.length)));
  // (terms, not another price: 散装380元/吨，袋装42元/只 is two prices in two units, refused)
  if (terms && !/\d\s*万?元/.test(compactText.slice(terms.index + 1))) {
    const head = parsePrice(compactText.slice(0, terms.index));
    const said = `价格条件：${compactText.slice(terms.index + 1)}`;
    if ('value' in head) return { value: head.value, note: head.note ? `${head.note}；${said}` : said };
  }
  // 650含税, 340~360不含运费: terms written straight after the amount, kept with the listing as above
  const bareTerms = /(?<=[\d元\p{Script=Han}])(含税|不含税|含运费?|不含运费?|含税含运|出厂|到厂|送到厂?|自提)$/u.exec(
    compactText,
  );
  if (bareTerms) {
    const head = parsePrice(compactText.slice(0, bareTerms.index));
    const said = `价格条件：${bareTerms[1]}`;
    if ('value' in head) return { value: head.value, note: head.note ? `${head.note}；${said}` : said };
  }
  // 8.5-12请写单位, 3200待确认, 45?: a reader's query left after the amount in a shared sheet; the amount
  // is the firm's, the query is kept with the listing
  const query = QUERY_AFTER_AMOUNT.exec(compactText);
  if (query) {
    const head = parsePrice(compactText.slice(0, query.index));
    const said = `价格待核：${query[1]}`;
    if ('value' in head) return { value: head.value, note: head.note ? `${head.note}；${said}` : said };
  }
  // 15万元/套起, 5万元起, 起价3万元: the price the offer starts from, no upper bound said
  const from = /^(.*\d.*?)起价?$/.exec(compactText)?.[1] ?? /^起价[:：]?(.*\d.*)$/.exec(compactText)?.[1];
  if (from) {
    const head = parsePrice(from);
    if ('value' in head && head.value.priceMin !== null)
      return { value: { ...head.value, priceMax: null }, note: head.note ? `${head.note}；起价` : '起价' };
  }
  // 8000元/年/账号, 2万元/年: a subscription's price by the year, per no unit the table holds: kept as said
  if (/元\/?(每)?(年|月)(\/|$)/.test(compactText) && /元\/?(每)?(年|月)\/./.test(compactText))
    return { value: { priceMin: null, priceMax: null, per: null }, note: `价格按期计：${text.trim()}` };
  let rentPeriod: string | null = null;
  const written = compactText
    // a note in brackets (60元/吨（到厂）, 1.2万（含税）) says on what terms, not how much
    .replace(/[(（][^()（）]*[)）]$/, '')
    // 收购价3.5元/kg, 出厂价约2800, 预算约120万: the words before the amount
    .replace(
      /^(?:(?:(?:年度|全年|项目|总)?预算|报价|单价|价格|(?:参考|出厂|收购|采购|拟采购|销售|市场|意向|批发|零售|含税|不含税|到厂|挂牌|指导)价格?)[:：]?)?(?:约|大约|预计)?/,
      '',
    )

    .replace(/左右$/, '')
    // 12元/㎡·月, 25元/平方米/月: a rent, per unit and per month; the month said in the note
    .replace(/(?<=[/每][^/每·]+)(?:[·/]|每)(月|年|天|日|晚)$/, (_, period: string) => {
      rentPeriod = period;
      return '';
    });
  // a bound (不高于0.40元/千瓦时, 不低于3000元/吨, 3000元以上): one end of the range
  const bound = PRICE_BOUND.exec(written);
  const compact = (bound ? written.replace(bound[0], '') : written).replace(/^(人民币|rmb|¥|￥)/i, '');
  const perMatch = /[/每]([^\d/每][^/每]*)$/.exec(compact); // 元/吨, 每公斤, 元/m2 (㎡)
  const per = perMatch ? perMatch[1].replace(/^(元|rmb)$/i, '') || null : null;
  const s = (perMatch ? compact.slice(0, perMatch.index) : compact).replace(/(元|rmb)$/i, '').replace(/元/g, '');
  // 佣金15%-20%, 9折, 按销售额提成, 长江A00均价+加工费600元/吨: terms or a formula, not an amount
  // per unit; kept as written
  if (SHARE.test(written) || FORMULA.test(written))
    return { value: { priceMin: null, priceMax: null, per: null }, note: `价格：${halfWidth(text).trim()}` };
  if (NEGOTIABLE.test(compactText) || NEGOTIABLE.test(written) || s === '') {
    // the terms are kept with the note: 面议（按锌金属量计价）, or how the price will be set, 按长江现货均价
    const said = halfWidth(text).trim();
    const terms = /[(（]([^()（）]*)[)）]$/.exec(said)?.[1] ?? (said.startsWith('按') ? said : undefined);
    return { value: { priceMin: null, priceMax: null, per: null }, note: terms ? `价格面议（${terms}）` : '价格面议' };
  }
  // a minus before a number (-5, 3--1): no price is below nothing, and the range dash would hide it
  if (/(^|[-~～〜—–至到])[-−]\d/.test(s)) return { error: `“${text}”不是价格：价格不能为负数` };
  const parts = s.split(/[-~～〜—–至到]+/).filter(Boolean);
  const magnitude = MAGNITUDE_END.exec(parts[parts.length - 1] ?? '')?.[1];
  const values = parts.map((p, i) =>
    parseAmount(magnitude && i < parts.length - 1 && /^[\d.,]+$/.test(p) ? p + magnitude : p),
  );
  if (parts.length < 1 || parts.length > 2 || values.some((v) => v === null)) {
    // 干货26元/公斤, 鲜果价3元/斤: what the price is of, said before it; the words kept with the listing
    // (one price: variants in other units, 散装380元/吨，袋装42元/只, stay refused)
    const words = /[,，;；、]/.test(compactText) ? null : /^\p{Script=Han}{1,6}?[:：]?(?=\d)/u.exec(compactText);
    const rest = words ? parsePrice(compactText.slice(words[0].length)) : null;
    if (rest && 'value' in rest) return { value: rest.value, note: `价格：${halfWidth(text).trim()}` };
    return { error: `“${text}”不是价格（例：1.2、0.9-1.4、0.9～1.4 元、面议）` };
  }
  const [a, b] = values as number[];
  if (b === undefined && bound)
    return AT_MOST.test(bound[0])
      ? { value: { priceMin: null, priceMax: a, per }, note: `价格“${text.trim()}”只有上限` }
      : { value: { priceMin: a, priceMax: null, per }, note: `价格“${text.trim()}”只有下限` };
  const rent = rentPeriod ? { note: `价格按${rentPeriod === '日' ? '天' : rentPeriod}计：${text.trim()}` } : {};
  if (b === undefined) return { value: { priceMin: a, priceMax: a, per }, ...rent };
  return { value: { priceMin: Math.min(a, b), priceMax: Math.max(a, b), per }, ...rent };
}

/** The terms a price may be labelled with (含税5600/不含税4956元/吨, 出厂6800，到厂7000, 自提800，送到厂950). */
const PRICE_TERMS =
  /(不含税(?:到厂|出厂)?|含税(?:到厂|出厂|送到厂?)?|出厂价?|厂价|自提价?|送到厂?价?|到厂价?|到货价?|送货上门)[:：]?(约)?(\d[\d.]*(?:[-~～至]\d[\d.]*)?万?元?(?:\/(?!不?含税|出厂|到厂|送到|自提)[^\d/,，;；()（）]{1,4})?)/gu;

/**
 * The one of two or more prices on different terms that a listing of this kind states: the price with tax (含税) over
 * the one without, and where the goods are handed over, the seller's (出厂, 自提) for an offer and the buyer's (到厂,
 * 送到) for a demand. The chosen price as written, with the unit the text gives once; null unless the text is such
 * prices and one of them is preferred.
 */
export function priceOnTerms(text: string, kind: 'SUPPLY' | 'DEMAND' | null): string | null {
  const t = halfWidth(text).replace(/\s+/g, '');
  const found = [...t.matchAll(PRICE_TERMS)];
  if (found.length < 2) return null;
  // nothing else but separators, a unit said once and a note in brackets
  const rest = found
    .reduce((left, m) => left.replace(m[0], ''), t)
    .replace(/[(（][^()（）]*[)）]/g, '')
    .replace(/^元?\/[^\d/]{1,4}$/, '');
  if (/[\d\p{Script=Han}]/u.test(rest.replace(/元/g, ''))) return null;
  const score = (label: string) =>
    (/^含税/.test(label) ? 2 : 0) +
    (kind === 'SUPPLY' && /出厂|厂价|自提/.test(label) ? 1 : 0) +
    (kind === 'DEMAND' && /到厂|送到|到货|送货/.test(label) ? 1 : 0);
  const scores = found.map((m) => score(m[1]));
  const best = Math.max(...scores);
  if (scores.filter((x) => x === best).length > 1) return null;
  const chosen = found[scores.indexOf(best)][3];
  if (/\//.test(chosen)) return chosen;
  const per = found.map((m) => /\/.*$/.exec(m[3])?.[0]).find(Boolean) ?? /元?\/[^\d/()（）]{1,4}$/.exec(t)?.[0];
  return per ? `${chosen.replace(/元$/, '')}元${per.replace(/^元/, '')}` : chosen;
}

/**
 * Amounts and prices as they are typed on a phone: 20w斤 (万), 3k斤 (千), 10-11r/斤 and 12r (元), 2.2w-2.6w/吨. Kilograms
 * (kg), kilowatt-hours and words are left as they are.
 */
function typedShort(text: string): string {
  return text
    .replace(/(\d)[wW](?![a-zA-Z])/g, '$1万')
    .replace(/(\d)[kK](?![a-zA-Z])/g, '$1千')
    .replace(/(\d)[rR](?![a-zA-Z])/g, '$1元');
}

/** The longest text read as an amount: words before it, a range, a note in brackets after it. */
const MAX_AMOUNT_CHARS = 100;

/** The longest text read as a date (2027年3月1日至2027年12月31日前（春节前） is 27). */
const MAX_DATE_CHARS = 40;

/** 2027-12-31, 2027/12/31, 2027.12.31, 2027年12月31日, 20271231, Excel serial 46752 → YYYY-MM-DD. */
export function parseDate(
  text: string,
  /** Today (YYYY-MM-DD), for a date written without its year: 明年3月, 今年底, 1月底. */
  today?: string,
): Normalised<string | null> {
  // a date is short: longer text is no date, and is never searched (a cell of 3,000 characters)
  if ([...text].length > MAX_DATE_CHARS) return { error: `“${text.slice(0, 20)}…”不是日期（过长）` };
  // 2027.12.31 人民政府, 2027-06-30 暂定: a full date, then words apart from it (a stamp read into the cell, a
  // remark); the date stands and the words are said. Not words that make the date a start (2027年3月 以后).
  const apart = /^(\S*\d\S*)\s+(\p{Script=Han}[\p{Script=Han}\s]*)$/u.exec(text.trim());
  if (apart && !/后|起|开始|以来|至今/.test(apart[2])) {
    const read = parseDate(apart[1], today);
    if ('value' in read && read.value)
      return { value: read.value, note: `有效期“${text.trim()}”按 ${read.value} 计，其后的“${apart[2].trim()}”未读入` };
  }
  // 至2027年2月, 截止2027.6.30, 有效期至2027年底: the date the words lead to
  // (27年12月底, 到27年9月底: a year typed with its last two digits)
  const s = withYear(
    halfWidth(text)
      .replace(/\s+/g, '')
      .replace(/^(至|到|截至)?(2\d)(?=年)/, '$120$2')
      // 到明年1月底: the words that lead to a date said from today
      .replace(/^(至|到|截至|截止)(?=今年|本年|明年|次年|来年|后年)/, '')
      // 27.6.30, 27/6/30: a year in its last two digits, then the month and the day
      .replace(/^(2\d)(?=[./-]\d{1,2}[./-]\d{1,2}$)/, '20$1'),
    today,
  )
    // (收购至2026年12月底, 采挖期至2027年3月底: what runs until then, said before it)
    .replace(/^(?:有效期|供货期|需求期|\p{Script=Han}{1,4}?)?(?:至|到|截至|截止|截止到|截止于)(?=\d)/u, '')
    // 2027年2月（春节前）, 2027年3月10日前: a note after the date, the day it is before (2027年4月15日前要)
    .replace(/(?<=[\d日号月底末旬初])[(（][^()（）]*[)）]$/, '')
    .replace(/(?<=\d[日号]?)(前|以前|之前)(要|有效|供应|供货|收购|交货|到货)?$/, '')
    .replace(/(?<=[月底末旬])(前|以前|之前)(要|要到位|到位|要到货|供应|供货|收购|交货|到货)$/, '');
  // 长期, 长期供应, 常年收购, 长期有效: no end; a dash or a slash: none written
  if (/^[-—–－/／~～]+$/.test(s)) return { value: null };
  if (/^(长期|常年|不限|无)(有效|供应|供货|收购|采购|需求|合作)?$/.test(s))
    return { value: null, note: '有效期为长期' };
  // 2027年春节前, 明年国庆前: the day before a holiday of a known date, in the year written
  const holiday = dayBeforeHoliday(s);
  if (holiday) return { value: holiday, note: `有效期“${text.trim()}”按节日前一天 ${holiday} 计` };
  // 当季, 应季, 随时, 2027年春茶前: a time of year, not an end
  if (
    /^(当季|应季|随时|季节性|全年)(供应|供货|收购|采购)?$|^(\d{4}年?)?(春节|元旦|国庆|中秋|端午|五一|清明|春茶|夏秋茶|明前|雨前|春季|夏季|秋季|冬季|春耕|秋收|春播|秋播|春种|秋种|播种|栽种|移栽|插秧|采摘|收割|出栏|开学|年前|年后|秋冬季?|冬春季?|汛期|旺季|淡季)(前|后|期间|左右|开采前|上市前)?$/.test(
      s,
    )
  )
    return { value: null, note: `有效期“${text.trim()}”不是日期，按未填写处理` };
  let y: number, mo: number, d: number;
  let match = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})[日号]?(?:T.*|\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(s);
  if (match) [y, mo, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{4})(\d{2})(\d{2})$/.exec(s)))
    [y, mo, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s))) {
    // 30/06/2027 (a European laptop's), 12/31/2027 (an American one's): read where the day tells which
    // is the day; 05/06/2027 could be either, and is no date
    const [a, b] = [Number(match[1]), Number(match[2])];
    if (a > 12 === b > 12)
      return { error: `“${text}”的日、月无法分辨，请写成 2027-12-31、2027/12/31 或 2027年12月31日` };
    [y, mo, d] = a > 12 ? [Number(match[3]), b, a] : [Number(match[3]), a, b];
  } else if (/^\d{5}(\.\d+)?$/.test(s) && Number(s) >= 20000 && Number(s) <= 80000)
    return { value: excelSerialToDate(Number(s)) };
  else if ((match = /^(\d{4})[-/.年](\d{1,2})月?(底|末|下旬|中旬|上旬|初)?(前|以前|之前)?$/.exec(s))) {
    // 2027年12月, 2027年3月底: the month's last day; 中旬 its 20th, 上旬 or 初 its 10th
    [y, mo] = [Number(match[1]), Number(match[2])];
    const part = match[3];
    d = part === '中旬' ? 20 : part === '上旬' || part === '初' ? 10 : new Date(Date.UTC(y, mo, 0)).getUTCDate();
  } else if (
    (match =
      /^(\d{4})(?:年度?|年?(年底|年末|底|末|全年|年内|内|上半年|下半年|第?[一二三四1-4]季度|[qQ][1-4])(末|底)?(前|以前|之前)?)$/.exec(
        s,
      ))
  ) {
    // 2027年底, 2027年上半年, 2027年二季度 (3季度, Q3), 2027年内, and 2027年 or 2027年度 alone: the period's last day
    y = Number(match[1]);
    const period = match[2] ?? '全年';
    // 2027年三季度, 2027年第3季度, 2027Q3
    const q = period.replace(/^第|季度$|^[qQ]/g, '');
    const quarter = /^[1-4]$/.test(q) ? Number(q) : '一二三四'.indexOf(q) + 1;
    mo = quarter > 0 ? quarter * 3 : period === '上半年' ? 6 : 12;
    d = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  } else {
    const end = periodEnd(s);
    if (end) return { value: end, note: `有效期取“${text}”的结束日期 ${end}` };
    return { error: `“${text}”不是日期，请写成 2027-12-31、2027/12/31 或 2027年12月31日` };
  }
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d)
    return { error: `“${text}”不是有效的日期` };
  // 1900/1/1 0:00:00 (1899-12-31, 1900-01-00): a system's or a spreadsheet's empty date, not a day the firm gave
  if (y <= 1900) return { value: null, note: `有效期“${text.trim()}”是系统的空日期，按未填写处理` };
  return { value: date.toISOString().slice(0, 10) };
}

/**
 * A date written relative to today made whole: 明年3月 → 2027年3月, 今年底 → 2026年底, 后年上半年; a month
 * without its year (1月底, 3月15日) the next one to come. The text as it was without `today`.
 */
/** The first day of the Spring Festival (农历正月初一) by year, the years a listing may run to. */
const SPRING_FESTIVAL: Readonly<Record<number, string>> = {
  2025: '01-29',
  2026: '02-17',
  2027: '02-06',
  2028: '01-26',
  2029: '02-13',
  2030: '02-03',
  2031: '01-23',
  2032: '02-11',
  2033: '01-31',
  2034: '02-19',
  2035: '02-08',
};
/** Holidays of a fixed day: 元旦, 五一 (劳动节), 国庆 (国庆节). */
const FIXED_HOLIDAY: Readonly<Record<string, string>> = {
  元旦: '01-01',
  五一: '05-01',
  劳动节: '05-01',
  国庆: '10-01',
  国庆节: '10-01',
};

/**
 * The day before a holiday a date cell names as its end, with its year (2027年春节前 is 2027-02-05, 明年国庆前
 * said in 2026 is 2027-09-30), or null: no such holiday, a year the table lacks, or no year written (春节前
 * alone is a season, as clerks read it: 只有写了年份的才算). An end before the holiday, not around or after
 * it: 春节后, 春节期间 and 春节左右 stay no date.
 */
function dayBeforeHoliday(s: string): string | null {
  const m =
    /^(?:(\d{4})年?)?(春节|过年|元旦|五一|劳动节|国庆节?)(?:前|以前|之前)(?:要|有效|供应|供货|收购|交货|到货)?$/.exec(
      s,
    );
  if (!m?.[1]) return null;
  const md = m[2] === '春节' || m[2] === '过年' ? SPRING_FESTIVAL[Number(m[1])] : FIXED_HOLIDAY[m[2]];
  if (!md) return null;
  const day = new Date(`${m[1]}-${md}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

function withYear(s: string, today: string | undefined): string {
  if (!today) return s;
  const year = Number(today.slice(0, 4));
  const relative = /^(今年|本年|明年|次年|来年|后年)/.exec(s);
  if (relative) {
    const ahead = { 今年: 0, 本年: 0, 明年: 1, 次年: 1, 来年: 1, 后年: 2 }[relative[1]]!;
    const rest = s.slice(relative[1].length);
    return `${year + ahead}年${rest.replace(/^年/, '')}`;
  }
  // 7-9月, 3月-5月: the period's end, its month the next one to come
  const period = /^\d{1,2}月?[-—–~～至到](\d{1,2})月(.*)$/.exec(s);
  if (period) s = `${period[1]}月${period[2]}`;
  const month = /^(\d{1,2})月/.exec(s);
  if (month && Number(month[1]) >= 1 && Number(month[1]) <= 12) {
    // the month (or its day) still to come this year, else next year's
    const thisYear = `${year}年${s}`;
    const read = parseDate(thisYear);
    const passed = 'value' in read && read.value !== null && read.value < today;
    return passed ? `${year + 1}年${s}` : thisYear;
  }
  return s;
}

/**
 * A period's end (2027年3月-5月, 2027.3-2027.5, 2027年3月1日至6月30日): the end written without its
 * year takes the start's; null unless both ends are dates and the end is not before the start.
 */
function periodEnd(s: string): string | null {
  // each end read as one date, never as a period again: 2027-2027-…-x had split every way (2^n)
  const single = (t: string) => (/[-~—至到]/.test(t.replace(/^\d{4}-\d{1,2}-\d{1,2}$/, '')) ? null : parseDate(t));
  for (const sep of s.matchAll(/[-~—至到]/g)) {
    const left = s.slice(0, sep.index);
    const right = s.slice(sep.index + sep[0].length);
    const year = /^\d{4}/.exec(left)?.[0];
    if (!year || !right) continue;
    // 2027-2028年: a year alone at the start, its end written with 年
    const start = single(/^\d{4}$/.test(left) && /^\d{4}年度?$/.test(right) ? `${left}年` : left);
    const end = single(/^\d{4}/.test(right) ? right : `${year}年${right}`);
    if (start && 'value' in start && start.value && end && 'value' in end && end.value && end.value >= start.value)
      return end.value;
  }
  return null;
}

/** 供应/供/可供/出售/销售 (and a few words naming one of them: 可供产品) → SUPPLY; 需求/需/采购/求购/收购 → DEMAND. */
export function parseKind(text: string): 'SUPPLY' | 'DEMAND' | null {
  // 供应方（有产品/服务要销售）: a questionnaire's answer, its explanation in brackets
  const s = halfWidth(text)
    .replace(/\s+/g, '')
    .replace(/[(（][^()（）]*[)）]$/, '')
    .toUpperCase();
  // S | D under a park export's S/D
  if (s === 'S') return 'SUPPLY';
  if (s === 'D') return 'DEMAND';
  // 卖 | 买, as a township's WeChat group writes it; Sell / Buy
  if (
    /^(供应|供|供给|提供|供货|可供|可供应|可提供|出售|销售|出让|卖|卖出|要卖|我要卖|我要供货|我卖|销|SUPPLY|SELL|OFFER)$/.test(
      s,
    )
  )
    return 'SUPPLY';
  if (/^(需求|需|采购|求购|购买|需要|收购|买|买入|要买|我要买|我要采购|我买|求|DEMAND|BUY|NEED)$/.test(s))
    return 'DEMAND';
  // a forest's or a field's kinds: 转让, 托管 (its owner seeks someone to run it), 出租 offer it; 求租, 承包 take it
  if (/^(转让|托管|出租|租出|招租|流转出|转出|寻求托管)$/.test(s)) return 'SUPPLY';
  if (/^(求租|承租|租入|流转入|转入|受让|承包|求转让)$/.test(s)) return 'DEMAND';
  // 采购需求, 可供产品, 销售供应: a few words that name one kind only
  if ([...s].length <= 6) {
    const supply = /供|售|提供/.test(s);
    const demand = /需|购/.test(s);
    if (supply !== demand) return supply ? 'SUPPLY' : 'DEMAND';
  }
  return null;
}

/** A phone as written (0851-8888 8888, 138 0000 0000, +86 ...): digits, +, - and spaces; else null. */
export function parsePhone(text: string): string | null {
  const s = halfWidth(text).replace(/\s+/g, ' ');
  if (!/^[+\d][\d\s\-()（）转]{5,28}$/.test(s)) return null;
  return s.slice(0, 30);
}

/** Certificates as clerks write them (绿色食品, 地理标志产品, SC证, ISO 9001:2015) → the certification table's codes. */
const CERTIFICATE_WORDS: readonly [RegExp, string][] = [
  [/^SC(\d{14})?$|^SC(证|许可证?|认证)$|^食品生产许可(证)?$/, 'SC'],
  [/^ISO9001|^质量管理体系(认证)?$/, 'ISO9001'],
  [/^ISO14001|^环境管理体系(认证)?$/, 'ISO14001'],
  [/^ISO22000|^食品安全管理体系(认证)?$/, 'ISO22000'],
  [/^HACCP/, 'HACCP'],
  [/^(药品)?GMP(认证|证书)?$|^药品生产许可(证)?$/, 'GMP'],
  [/^有机(产品|食品)?(认证)?$|^ORGANIC$/, 'ORGANIC'],
  [/^绿色食品(认证|标志)?$|^GREEN_?FOOD$/, 'GREEN_FOOD'],
  [/地理标志|^GI$/, 'GI'],
  [/^(CCC|3C)(认证)?$|^强制性产品认证$/, 'CCC'],
  [/^XK(\d+)?$|^(全国)?(工业产品)?生产许可证$/, 'XK'],
  [/^(危险化学品|危化品)(安全)?生产许可证?$|^HAZCHEM$/, 'HAZCHEM'],
];

/** What says there is no certificate: 无, 暂无, —. */
const NO_CERTIFICATE = /^(无|暂无|没有|无认证|未认证|[-—–/／]+)$/;

/**
 * A 认证 cell: the certificates the table knows, as codes, and the words it does not (有机转换, 正在申请 …),
 * to be kept as written rather than refuse the row.
 */
export function readCertifications(text: string): { codes: string[]; unknown: string[] } {
  const codes = new Set<string>();
  const unknown: string[] = [];
  for (const part of halfWidth(text).split(/[,，、;；/|┋]+/)) {
    const written = part.trim();
    const token = written.replace(/\s+/g, '').replace(/等$/, '').toUpperCase();
    if (!token || NO_CERTIFICATE.test(token)) continue;
    const found = CERTIFICATE_WORDS.find(([words]) => words.test(token));
    if (found) codes.add(found[1]);
    else unknown.push(written);
  }
  return { codes: [...codes], unknown };
}
