/** The columns of the listings template, in order, with the API field each one fills. */
export const COLUMNS = [
  { header: '企业名称', field: 'enterpriseName', required: true, example: '仁怀市酱源酒业有限公司' },
  { header: '统一社会信用代码', field: 'creditCode', required: true, example: '91520382MA6DKQ1X8L' },
  { header: '所在地区代码', field: 'regionCode', required: false, example: '520382' },
  { header: '类型(供应/需求)', field: 'kind', required: true, example: '需求' },
  { header: '产品名称', field: 'title', required: true, example: '求购 500ml 酱香型白酒玻璃瓶' },
  { header: '产品类别代码', field: 'categoryCode', required: true, example: '3055' },
  { header: '描述', field: 'description', required: false, example: '晶白料，瓶重 550g±10g' },
  { header: '数量', field: 'quantity', required: false, example: '2000000' },
  { header: '单位', field: 'unit', required: false, example: '只' },
  { header: '最低价', field: 'priceMin', required: false, example: '0.9' },
  { header: '最高价', field: 'priceMax', required: false, example: '1.4' },
  { header: '认证', field: 'certifications', required: false, example: 'ISO9001' },
  { header: '有效期至', field: 'validUntil', required: false, example: '2027-12-31' },
] as const;

export type ColumnField = (typeof COLUMNS)[number]['field'];

/** Header → field, accepting the usual variants people type (full-width brackets, spaces, 类型). */
export function fieldOfHeader(raw: string): ColumnField | null {
  const h = raw
    .replace(/\s+/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/^\uFEFF/, '');
  for (const c of COLUMNS) if (c.header === h) return c.field;
  if (h === '类型' || h === '供需类型') return 'kind';
  if (h === '地区代码' || h === '行政区划代码') return 'regionCode';
  if (h === '类别代码' || h === '产业链环节代码') return 'categoryCode';
  return null;
}

export const HEADER_OF: Record<ColumnField, string> = Object.fromEntries(
  COLUMNS.map((c) => [c.field, c.header]),
) as Record<ColumnField, string>;

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
