import type { CategorySupplierRow } from '@duijie/chain';

/** The weights of a lead's fit (0..1): capacity, certifications, trade already done, distance, verified. */
export const LEAD_WEIGHTS = { capacity: 0.3, certifications: 0.15, trade: 0.25, distance: 0.2, verified: 0.1 };

export interface LeadFacts {
  supplier: CategorySupplierRow;
  categoryName: string;
  regionCode: string;
  regionName: string;
  /** The candidate's province and prefecture names, for the distance reason. */
  supplierPlace: string;
  /** The first reason: what is sought (the gap, or the project). */
  need: string;
  trade: { deals: number; amountCny: string } | null;
  certificationNames: (code: string) => string;
}

export interface RankedLead {
  score: number;
  reasons: string[];
}

/**
 * How near the candidate is, from the division codes alone (the reference data has no coordinates):
 * the same prefecture's other county 1, the same province 0.6, a neighbouring code block is not
 * assumed — another province 0.2.
 */
export function nearness(regionCode: string, supplierRegion: string): { value: number; words: string } {
  if (regionCode.slice(0, 4) === supplierRegion.slice(0, 4) && !regionCode.endsWith('00'))
    return { value: 1, words: '同一市州的其他区县' };
  if (regionCode.slice(0, 2) === supplierRegion.slice(0, 2)) return { value: 0.6, words: '同省其他地区' };
  return { value: 0.2, words: '省外' };
}

/** The first reason of a lead: the region's gap. */
export function gapNeed(regionName: string, categoryName: string, localDemands: number): string {
  return `${regionName}缺${categoryName}：本地有 ${localDemands} 条在架需求，没有本地供应（缺链）`;
}

/** A lead's score and its reasons in Chinese, from the facts gathered for it. */
export function rankLead(f: LeadFacts): RankedLead {
  const s = f.supplier;
  const reasons: string[] = [];
  reasons.push(f.need);
  const capacity = Math.min(1, s.openSupplies / 3);
  if (s.openSupplies > 0) {
    const q = s.quantities.map((x) => `${formatQuantity(x.quantity)}${x.unit}`).join('、');
    reasons.push(`在架供应${f.categoryName} ${s.openSupplies} 条${q ? `，合计 ${q}` : ''}`);
  } else reasons.push(`经营范围含${f.categoryName}（暂无在架供应）`);
  const certs = s.certifications.length ? 1 : 0;
  if (certs) reasons.push(`持有认证：${s.certifications.map(f.certificationNames).join('、')}`);
  const trade = f.trade ? Math.min(1, f.trade.deals / 2) : 0;
  if (f.trade)
    reasons.push(`已与${f.regionName}企业确认签约 ${f.trade.deals} 笔，金额 ¥${f.trade.amountCny}，合作基础好`);
  const near = nearness(f.regionCode, s.regionCode);
  reasons.push(`位于${f.supplierPlace}（${near.words}；按行政区划代码估算距离，平台无坐标数据）`);
  if (s.verified) reasons.push('已认证企业（营业执照已核验）');
  const w = LEAD_WEIGHTS;
  const score =
    w.capacity * capacity +
    w.certifications * certs +
    w.trade * trade +
    w.distance * near.value +
    w.verified * (s.verified ? 1 : 0);
  return { score: Math.round(score * 1000) / 1000, reasons };
}

function formatQuantity(q: number): string {
  return Number.isInteger(q) ? String(q) : q.toFixed(2).replace(/0+$/, '').replace(/\.$/, '');
}
