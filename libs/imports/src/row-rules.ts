import { checkUscc } from '@duijie/enterprises';
import type { ListingDraft, ListingReference } from '@duijie/listings';
import { checkListingDraft, ListingKind, normaliseDraft } from '@duijie/listings';

import type { ColumnField } from './columns';
import { COLUMN_OF_LISTING_FIELD, HEADER_OF } from './columns';

export interface RowError {
  column: string;
  message: string;
}

export interface RowPlan {
  enterprise: { name: string; creditCode: string; regionCode: string | null };
  /** The listing's region is the row's, else its enterprise's. */
  listing: ListingDraft;
}

const KIND: Record<string, ListingKind> = {
  供应: ListingKind.SUPPLY,
  供: ListingKind.SUPPLY,
  SUPPLY: ListingKind.SUPPLY,
  需求: ListingKind.DEMAND,
  需: ListingKind.DEMAND,
  求购: ListingKind.DEMAND,
  DEMAND: ListingKind.DEMAND,
};
const chars = (s: string) => [...s].length;

function number(text: string | undefined, column: ColumnField, errors: RowError[]): number | null {
  if (text === undefined) return null;
  const n = Number(text.replace(/[,，\s]/g, ''));
  if (!Number.isFinite(n)) {
    errors.push({ column: HEADER_OF[column], message: `“${text}”不是数字` });
    return null;
  }
  return n;
}

function date(text: string | undefined, errors: RowError[]): string | null {
  if (text === undefined) return null;
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
  if (!m) {
    errors.push({ column: HEADER_OF.validUntil, message: `“${text}”不是日期，请写成 2027-12-31` });
    return null;
  }
  return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
}

/**
 * One spreadsheet row checked with the API's own rules: the enterprise's name, credit code and
 * region, then the listing draft (checkListingDraft), each problem tied to its column.
 */
export function planRow(
  cells: Partial<Record<ColumnField, string>>,
  ref: ListingReference,
  today: string,
  enterpriseRegion: string | null,
): { plan: RowPlan } | { errors: RowError[] } {
  const errors: RowError[] = [];
  const name = cells.enterpriseName ?? '';
  if (chars(name) < 2 || chars(name) > 100)
    errors.push({ column: HEADER_OF.enterpriseName, message: '企业名称长度须为 2 到 100 个字符' });
  const uscc = checkUscc(cells.creditCode ?? '');
  if (!uscc.ok) errors.push({ column: HEADER_OF.creditCode, message: uscc.message });
  const regionCode = cells.regionCode ?? null;
  if (regionCode !== null && !ref.hasRegion(regionCode))
    errors.push({ column: HEADER_OF.regionCode, message: `“${regionCode}”不是已知的 GB/T 2260 行政区划代码` });
  if (regionCode === null && !enterpriseRegion)
    errors.push({ column: HEADER_OF.regionCode, message: '新企业须填写所在地区代码（6 位行政区划代码）' });
  const kind = KIND[(cells.kind ?? '').toUpperCase()];
  if (!kind) errors.push({ column: HEADER_OF.kind, message: `类型须为“供应”或“需求”，收到“${cells.kind ?? ''}”` });
  const draft = normaliseDraft({
    kind: kind ?? ListingKind.SUPPLY,
    title: cells.title ?? '',
    description: cells.description ?? null,
    categoryCode: cells.categoryCode ?? '',
    quantity: number(cells.quantity, 'quantity', errors),
    unit: cells.unit ?? null,
    priceMin: number(cells.priceMin, 'priceMin', errors),
    priceMax: number(cells.priceMax, 'priceMax', errors),
    regionCode: regionCode ?? enterpriseRegion ?? '',
    certifications: (cells.certifications ?? '').split(/[,，、;；\s]+/).filter(Boolean),
    validUntil: date(cells.validUntil, errors),
    confidential: false,
  });
  const listingErrors = checkListingDraft(draft, ref, today).list();
  for (const e of listingErrors) {
    if (e.field === 'regionCode' && (regionCode === null || errors.some((x) => x.column === HEADER_OF.regionCode)))
      continue;
    errors.push({ column: COLUMN_OF_LISTING_FIELD[e.field] ?? e.field, message: e.message });
  }
  if (errors.length) return { errors };
  return { plan: { enterprise: { name, creditCode: uscc.code, regionCode }, listing: draft } };
}
