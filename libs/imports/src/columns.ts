/** The columns of the listings template, in order, with the API field each one fills. */
export const COLUMNS = [
  { header: '企业名称', field: 'enterpriseName', required: true, example: '仁怀市酱源酒业有限公司' },
  { header: '统一社会信用代码', field: 'creditCode', required: true, example: '91520382MA6DKQ1X8C' },
  { header: '所在地区代码', field: 'regionCode', required: false, example: '520382' },
  { header: '类型(供应/需求)', field: 'kind', required: true, example: '需求' },
  { header: '产品名称', field: 'title', required: true, example: '求购 500ml 酱香型白酒玻璃瓶' },
  { header: '产品类别代码', field: 'categoryCode', required: false, example: '3055' },
  { header: '描述', field: 'description', required: false, example: '晶白料，瓶重 550g±10g' },
  { header: '数量', field: 'quantity', required: false, example: '2000000' },
  { header: '单位', field: 'unit', required: false, example: '只' },
  { header: '最低价', field: 'priceMin', required: false, example: '0.9' },
  { header: '最高价', field: 'priceMax', required: false, example: '1.4' },
  { header: '认证', field: 'certifications', required: false, example: 'ISO9001' },
  { header: '有效期至', field: 'validUntil', required: false, example: '2027-12-31' },
] as const;

/** Columns real 供需清单 carry besides the template's, kept where the model has a place for them. */
export const EXTRA_COLUMNS = [
  { header: '规格型号', field: 'specification' }, // → the listing's description
  { header: '价格', field: 'price' }, // 0.9-1.4, 0.9～1.4 元, 面议 → priceMin/priceMax
  { header: '联系人', field: 'contactName' }, // → the new firm's contact
  { header: '联系电话', field: 'contactPhone' },
  { header: '备注', field: 'remark' }, // → the listing's description
] as const;

export type ColumnField = (typeof COLUMNS)[number]['field'] | (typeof EXTRA_COLUMNS)[number]['field'];

/** Headers that name no field but belong to a 供需清单 (序号): recognised, then left out. */
const IGNORED = new Set(['序号', '编号', '行号', 'no', 'no.']);

/** Header variants county bureaus write, after folding (no spaces, half-width brackets). */
const SYNONYMS: Record<string, ColumnField> = {
  企业名称: 'enterpriseName',
  单位名称: 'enterpriseName',
  公司名称: 'enterpriseName',
  企业: 'enterpriseName',
  统一社会信用代码: 'creditCode',
  信用代码: 'creditCode',
  社会信用代码: 'creditCode',
  统一信用代码: 'creditCode',
  所在地区代码: 'regionCode',
  地区代码: 'regionCode',
  行政区划代码: 'regionCode',
  所在地: 'regionCode',
  所在地区: 'regionCode',
  地区: 'regionCode',
  区县: 'regionCode',
  所在区县: 'regionCode',
  企业所在地: 'regionCode',
  地址: 'regionCode',
  类型: 'kind',
  供需类型: 'kind',
  类别: 'kind',
  供需: 'kind',
  供需类别: 'kind',
  '类型(供应/需求)': 'kind',
  '供需类型(供应/需求)': 'kind',
  产品名称: 'title',
  产品: 'title',
  需求产品: 'title',
  供应产品: 'title',
  '产品(服务)名称': 'title',
  产品或服务名称: 'title',
  供需产品: 'title',
  产品类别代码: 'categoryCode',
  类别代码: 'categoryCode',
  产业链环节代码: 'categoryCode',
  行业代码: 'categoryCode',
  描述: 'description',
  产品描述: 'description',
  详细描述: 'description',
  说明: 'description',
  数量: 'quantity',
  规模: 'quantity',
  '数量(规模)': 'quantity',
  需求量: 'quantity',
  供应量: 'quantity',
  产能: 'quantity',
  单位: 'unit',
  计量单位: 'unit',
  最低价: 'priceMin',
  最高价: 'priceMax',
  价格: 'price',
  单价: 'price',
  报价: 'price',
  '价格(元)': 'price',
  '单价(元)': 'price',
  价格区间: 'price',
  认证: 'certifications',
  资质认证: 'certifications',
  有效期至: 'validUntil',
  有效期: 'validUntil',
  截止日期: 'validUntil',
  截止时间: 'validUntil',
  规格型号: 'specification',
  规格: 'specification',
  型号: 'specification',
  规格参数: 'specification',
  联系人: 'contactName',
  联系电话: 'contactPhone',
  电话: 'contactPhone',
  手机: 'contactPhone',
  联系方式: 'contactPhone',
  备注: 'remark',
};

export function foldHeader(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/^\uFEFF/, '')
    .replace(/[\s*＊:：]+/g, '')
    .replace(/[（【[]/g, '(')
    .replace(/[）】\]]/g, ')')
    .toLowerCase();
}

/** Header → field, accepting the variants people type; 'ignore' for 序号; null when unknown. */
export function fieldOfHeader(raw: string): ColumnField | 'ignore' | null {
  const h = foldHeader(raw);
  if (!h) return null;
  if (IGNORED.has(h)) return 'ignore';
  if (SYNONYMS[h]) return SYNONYMS[h];
  // 产品名称（必填）, 数量（吨）: the words before a bracket
  const bare = h.replace(/\(.*\)$/, '');
  if (bare !== h && SYNONYMS[bare]) return SYNONYMS[bare];
  // 规格/要求, 联系人、电话: the first part that names a field
  for (const part of bare.split(/[/、,，]/)) if (part !== bare && SYNONYMS[part]) return SYNONYMS[part];
  // 需求数量, 预算单价, 采购单价, 年需求量, 交货截止日期: a qualifier before a name whose last word says the field
  let best: string | null = null;
  for (const name of SUFFIX_NAMES) if (bare.endsWith(name) && (!best || name.length > best.length)) best = name;
  return best ? SYNONYMS[best] : null;
}

/**
 * Names that still say their field with a qualifier in front (需求, 采购, 预算, 年, 计划 …). Only
 * fields whose words cannot be part of another field's name: 类别 (产品类别), 名称 and 单位 (填报单位) are not here.
 */
const SUFFIX_FIELDS = new Set<ColumnField>(['quantity', 'price', 'validUntil', 'contactPhone', 'specification']);
const SUFFIX_NAMES = Object.entries(SYNONYMS)
  .filter(([name, field]) => SUFFIX_FIELDS.has(field) && name.length >= 2 && !name.includes('('))
  .map(([name]) => name);

export const HEADER_OF: Record<ColumnField, string> = Object.fromEntries([
  ...COLUMNS.map((c) => [c.field, c.header]),
  ...EXTRA_COLUMNS.map((c) => [c.field, c.header]),
]) as Record<ColumnField, string>;

/** The API field a listing rule names → the template column to point at. */
export const COLUMN_OF_LISTING_FIELD: Record<string, string> = {
  kind: HEADER_OF.kind,
  title: HEADER_OF.title,
  description: HEADER_OF.description,
  categoryCode: HEADER_OF.categoryCode,
  quantity: HEADER_OF.quantity,
  unit: HEADER_OF.unit,
  priceMin: HEADER_OF.priceMin,
  priceMax: HEADER_OF.priceMax,
  regionCode: HEADER_OF.regionCode,
  certifications: HEADER_OF.certifications,
  validUntil: HEADER_OF.validUntil,
  confidential: HEADER_OF.kind,
};
