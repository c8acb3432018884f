import { chineseDate, FieldErrors } from '@duijie/common';

import { ListingKind } from './listing.enums';

/** What the rules need of the reference data (kept narrow so the rules stay pure). */
export interface ListingReference {
  hasCategory(code: string): boolean;
  hasRegion(code: string): boolean;
  units: readonly string[];
  certifications: readonly string[];
}

/** A listing's fields as they will be stored, after an input is merged onto them. */
export interface ListingDraft {
  kind: ListingKind;
  title: string;
  description: string | null;
  categoryCode: string;
  quantity: number | null;
  unit: string | null;
  priceMin: number | null;
  priceMax: number | null;
  regionCode: string;
  certifications: string[];
  validUntil: string | null;
  confidential: boolean;
}

export const TITLE_MAX = 120;
export const DESCRIPTION_MAX = 4000;
export const CERTIFICATIONS_MAX = 12;
const NUMBER_MAX = 1e12;

const chars = (s: string) => [...s].length;

/** Trims text fields and upper-cases certification codes, dropping duplicates. */
export function normaliseDraft(d: ListingDraft): ListingDraft {
  const description = d.description?.trim() || null;
  return {
    ...d,
    title: d.title.trim(),
    description,
    categoryCode: d.categoryCode.trim(),
    unit: d.unit?.trim() || null,
    regionCode: d.regionCode.trim(),
    certifications: [...new Set(d.certifications.map((c) => c.trim().toUpperCase()).filter(Boolean))],
  };
}

/** Multipliers a unit may be written with: 50 万只 is 500,000 只. */
const UNIT_MULTIPLIERS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/**
 * Units people write for a unit of the table, and how many of it one is: a county's forms weigh in
 * 斤 (500 g), a lab's in 克. Each becomes the table's unit, so that 3000 斤 of one firm and 2 吨 of
 * another compare (1,500 千克 against 2,000).
 */
export const UNIT_EQUIVALENTS: Readonly<Record<string, readonly [string, number]>> = {
  斤: ['千克', 0.5],
  市斤: ['千克', 0.5],
  // the market's 担 (市担) of produce and herbs: a hundred 斤
  担: ['千克', 50],
  市担: ['千克', 50],
  公斤: ['千克', 1],
  克: ['千克', 0.001],
  公吨: ['吨', 1],
  公升: ['升', 1],
  // electricity is traded in 万千瓦时; meters and bills count 千瓦时 (度, kWh)
  千瓦时: ['万千瓦时', 0.0001],
  度: ['万千瓦时', 0.0001],
  kwh: ['万千瓦时', 0.0001],
  // poultry counted by the bird (羽), and components by the piece (PCS) or the million (KK: 千个千个)
  羽: ['只', 1],
  pcs: ['个', 1],
  pc: ['个', 1],
  kk: ['个', 1_000_000],
  // a thousand tonnes, as a system exports it
  kt: ['吨', 1000],
};

const scaled = (v: number | null, factor: number) => (v === null ? null : Number((v * factor).toPrecision(12)));

/** The table's unit for a unit as written, and how many of it one is; null when there is none. */
function tableUnit(unit: string, units: readonly string[]): [string, number] | null {
  if (units.includes(unit)) return [unit, 1];
  const same = UNIT_EQUIVALENTS[unit];
  return same && units.includes(same[0]) ? [same[0], same[1]] : null;
}

/**
 * A unit written with 万 or 亿 in front of a unit of the table (万只, 亿瓶, 万吨), or another name or
 * size of one (斤, 公斤, 万斤), becomes that unit: the quantity multiplied, prices (元 per unit)
 * divided, so 50 万只 at 3,000 元/万只 is stored as 500,000 只 at 0.3 元/只, and 3000 斤 at 4 元/斤 as
 * 1,500 千克 at 8 元/千克, and compares with every other listing in that unit. A unit of the table
 * itself (万千瓦时) is kept as it is; anything else is left for the rules to refuse.
 */
export function expandUnitMultiplier(d: ListingDraft, units: readonly string[]): ListingDraft {
  if (d.unit === null || units.includes(d.unit)) return d;
  let found = tableUnit(d.unit, units);
  const multiplier = UNIT_MULTIPLIERS[d.unit[0]];
  if (!found && multiplier) {
    const base = tableUnit(d.unit.slice(1).trim(), units);
    found = base && [base[0], base[1] * multiplier];
  }
  if (!found) return d;
  const [unit, factor] = found;
  return {
    ...d,
    unit,
    quantity: scaled(d.quantity, factor),
    priceMin: scaled(d.priceMin, 1 / factor),
    priceMax: scaled(d.priceMax, 1 / factor),
  };
}

/**
 * Every rule of CreateListingInput, checked on the whole draft so that an update is held to the
 * same rules as a create. Each problem is named by its field, in words a buyer understands.
 */
export function checkListingDraft(d: ListingDraft, ref: ListingReference, today: string): FieldErrors {
  const errors = new FieldErrors();
  const titleLength = chars(d.title);
  if (titleLength < 1 || titleLength > TITLE_MAX) errors.add('title', `title（标题）长度须为 1 到 ${TITLE_MAX} 个字符`);
  if (d.description && chars(d.description) > DESCRIPTION_MAX) {
    errors.add('description', `description（描述）不能超过 ${DESCRIPTION_MAX} 个字符`);
  }
  if (!ref.hasCategory(d.categoryCode)) {
    errors.add('categoryCode', `categoryCode（产品类别）“${d.categoryCode}”不是已知的产业链环节代码`);
  }
  if (d.quantity !== null && !(Number.isFinite(d.quantity) && d.quantity > 0 && d.quantity <= NUMBER_MAX)) {
    errors.add('quantity', 'quantity（数量）须为大于 0 的数');
  }
  if (d.unit !== null && !ref.units.includes(d.unit)) {
    errors.add(
      'unit',
      `unit（单位）“${d.unit}”不在单位表中，可选：${ref.units.join('、')}；数量大时可在单位前加“万”或“亿”（如 万只、万吨），斤、公斤换算为千克`,
    );
  }
  if (d.quantity !== null && d.unit === null) errors.add('unit', 'unit（单位）：填写数量时须注明单位');
  for (const [field, value] of [
    ['priceMin', d.priceMin],
    ['priceMax', d.priceMax],
  ] as const) {
    if (value !== null && !(Number.isFinite(value) && value >= 0 && value <= NUMBER_MAX)) {
      errors.add(field, `${field}（${field === 'priceMin' ? '最低价' : '最高价'}）须为不小于 0 的金额（元/单位）`);
    }
  }
  if (d.priceMin !== null && d.priceMax !== null && d.priceMin > d.priceMax) {
    errors.add('priceMin', `priceMin（最低价 ${d.priceMin}）不能高于 priceMax（最高价 ${d.priceMax}）`);
  }
  if (!ref.hasRegion(d.regionCode)) {
    errors.add('regionCode', `regionCode（地区代码）“${d.regionCode}”不是已知的 GB/T 2260 行政区划代码`);
  }
  const unknown = d.certifications.filter((c) => !ref.certifications.includes(c));
  if (unknown.length > 0) {
    errors.add(
      'certifications',
      `certifications（认证）中有未知代码：${unknown.join('、')}；可选：${ref.certifications.join('、')}`,
    );
  }
  if (d.certifications.length > CERTIFICATIONS_MAX) {
    errors.add('certifications', `certifications（认证）最多 ${CERTIFICATIONS_MAX} 项`);
  }
  if (d.validUntil !== null && d.validUntil < today) {
    errors.add(
      'validUntil',
      `validUntil（有效期至 ${chineseDate(d.validUntil)}）不能早于今天（${chineseDate(today)}）`,
    );
  }
  if (d.confidential && d.kind !== ListingKind.DEMAND) {
    errors.add('confidential', 'confidential（保密）只适用于需求信息');
  }
  return errors;
}
