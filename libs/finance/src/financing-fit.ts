import type { EnterpriseScale } from '@duijie/enterprises';
import { ENTERPRISE_SCALE_LABELS } from '@duijie/enterprises';

import type { GuaranteeType } from './finance.enums';
import { ELIGIBILITY_CONDITIONS, FinancingConditionCode as C, GUARANTEE_NAMES } from './finance.enums';

/** What of a financing product the fit reads. */
export interface ProductTerms {
  minAmountCny: string;
  maxAmountCny: string;
  minTermMonths: number;
  maxTermMonths: number;
  guaranteeTypes: GuaranteeType[];
  /** Empty: every sector. */
  sectors: string[];
  /** GB/T 2260 codes (520000 a province, 520100 a prefecture, 520102 a county); empty: everywhere. */
  regionCodes: string[];
  /** Empty: every size. */
  scales: EnterpriseScale[];
}

/** What of a financing need (and its firm) the fit reads. */
export interface NeedTerms {
  amountCny: string;
  termMonths: number;
  guaranteeTypes: GuaranteeType[];
  sector: string;
  regionCode: string;
  scale: EnterpriseScale;
}

export interface FinancingCondition {
  code: C;
  met: boolean;
  /** Share of the score this condition earned (0 for eligibility conditions and misses). */
  contribution: number;
  /** A Chinese sentence: what was compared and how it came out. */
  detail: string;
}

export interface FinancingFit {
  /** Every eligibility condition (sector, region, size) met. */
  eligible: boolean;
  /** 0..1, from the fit conditions (amount, term, guarantee); 0 when not eligible. */
  score: number;
  conditions: FinancingCondition[];
}

/** Names for the sentences: sectors and regions, as the reference data calls them. */
export interface FitNames {
  sector(code: string): string;
  region(code: string): string;
}

const WEIGHT = { AMOUNT: 0.35, TERM: 0.25, GUARANTEE: 0.4 } as const;

/** The prefix a region code covers: 520000 → 52, 520100 → 5201, 520102 → 520102. */
export function regionPrefix(code: string): string {
  if (code.endsWith('0000')) return code.slice(0, 2);
  if (code.endsWith('00')) return code.slice(0, 4);
  return code;
}

/** Exact CNY amounts as cents. */
export function cents(amount: string): bigint {
  const [i, f = ''] = amount.split('.');
  return BigInt(i) * 100n + BigInt((f + '00').slice(0, 2));
}

/** 元 as people write them: ¥1,250,000 or ¥300万. */
export function yuan(amount: string): string {
  const c = cents(amount);
  if (c % 1_000_000n === 0n && c >= 1_000_000n) return `${(c / 1_000_000n).toLocaleString('zh-CN')}万元`;
  const whole = (c / 100n).toLocaleString('zh-CN');
  const frac = c % 100n;
  return frac === 0n ? `${whole}元` : `${whole}.${frac.toString().padStart(2, '0')}元`;
}

/**
 * 政银企匹配: whether a firm may borrow under a product (sector, region, size) and how well the
 * product fits its need (额度覆盖需求, 期限匹配, 担保方式), each condition met or missing, in Chinese.
 */
export function financingFit(p: ProductTerms, n: NeedTerms, names: FitNames): FinancingFit {
  const conditions: FinancingCondition[] = [];
  const list = (xs: string[]) => xs.join('、');

  // 行业
  if (p.sectors.length === 0) conditions.push({ code: C.SECTOR, met: true, contribution: 0, detail: '产品不限行业' });
  else {
    const met = p.sectors.includes(n.sector);
    conditions.push({
      code: C.SECTOR,
      met,
      contribution: 0,
      detail: met
        ? `企业所属行业「${names.sector(n.sector)}」在产品支持的行业内`
        : `产品只支持${list(p.sectors.map((s) => `「${names.sector(s)}」`))}，企业所属行业为「${names.sector(n.sector)}」`,
    });
  }

  // 地区
  if (p.regionCodes.length === 0)
    conditions.push({ code: C.REGION, met: true, contribution: 0, detail: '产品不限地区' });
  else {
    const within = p.regionCodes.find((r) => n.regionCode.startsWith(regionPrefix(r)));
    conditions.push({
      code: C.REGION,
      met: !!within,
      contribution: 0,
      detail: within
        ? `企业所在地「${names.region(n.regionCode)}」在产品服务地区「${names.region(within)}」内`
        : `产品服务地区为${list(p.regionCodes.map((r) => `「${names.region(r)}」`))}，企业所在地「${names.region(n.regionCode)}」不在其中`,
    });
  }

  // 企业规模
  if (p.scales.length === 0) conditions.push({ code: C.SCALE, met: true, contribution: 0, detail: '产品不限企业规模' });
  else {
    const met = p.scales.includes(n.scale);
    conditions.push({
      code: C.SCALE,
      met,
      contribution: 0,
      detail: met
        ? `企业规模「${ENTERPRISE_SCALE_LABELS[n.scale]}」符合产品要求`
        : `产品面向${list(p.scales.map((s) => `${ENTERPRISE_SCALE_LABELS[s]}`))}企业，本企业为${ENTERPRISE_SCALE_LABELS[n.scale]}企业`,
    });
  }

  // 额度覆盖需求
  const want = cents(n.amountCny);
  const min = cents(p.minAmountCny);
  const max = cents(p.maxAmountCny);
  const range = `${yuan(p.minAmountCny)}至${yuan(p.maxAmountCny)}`;
  if (want >= min && want <= max)
    conditions.push({
      code: C.AMOUNT,
      met: true,
      contribution: WEIGHT.AMOUNT,
      detail: `额度覆盖需求：产品额度${range}，需求${yuan(n.amountCny)}`,
    });
  else if (want > max) {
    const share = Number((max * 1000n) / want) / 1000;
    conditions.push({
      code: C.AMOUNT,
      met: false,
      contribution: round(WEIGHT.AMOUNT * share * 0.5),
      detail: `额度不足：产品最高${yuan(p.maxAmountCny)}，可覆盖需求${yuan(n.amountCny)}的${Math.floor(share * 100)}%`,
    });
  } else
    conditions.push({
      code: C.AMOUNT,
      met: false,
      contribution: 0,
      detail: `需求${yuan(n.amountCny)}低于产品起贷额度${yuan(p.minAmountCny)}`,
    });

  // 期限匹配
  const termMet = n.termMonths >= p.minTermMonths && n.termMonths <= p.maxTermMonths;
  conditions.push({
    code: C.TERM,
    met: termMet,
    contribution: termMet ? WEIGHT.TERM : 0,
    detail: termMet
      ? `期限匹配：产品期限${p.minTermMonths}至${p.maxTermMonths}个月，需求${n.termMonths}个月`
      : `期限不符：产品期限${p.minTermMonths}至${p.maxTermMonths}个月，需求${n.termMonths}个月`,
  });

  // 担保方式
  const shared = n.guaranteeTypes.filter((g) => p.guaranteeTypes.includes(g));
  const names2 = (gs: GuaranteeType[]) => list(gs.map((g) => GUARANTEE_NAMES[g]));
  conditions.push({
    code: C.GUARANTEE,
    met: shared.length > 0,
    contribution: shared.length > 0 ? WEIGHT.GUARANTEE : 0,
    detail:
      shared.length > 0
        ? `产品接受${names2(shared)}，企业可提供${names2(shared)}`
        : `产品接受${names2(p.guaranteeTypes)}，企业可提供的${names2(n.guaranteeTypes)}不在其中`,
  });

  const eligible = conditions.filter((c) => ELIGIBILITY_CONDITIONS.includes(c.code)).every((c) => c.met);
  const score = eligible ? round(conditions.reduce((s, c) => s + c.contribution, 0)) : 0;
  return { eligible, score, conditions };
}

function round(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}

/** A pair worth keeping: eligible, or missing a single eligibility condition (shown with its reason). */
export function worthKeeping(fit: FinancingFit): boolean {
  return fit.conditions.filter((c) => ELIGIBILITY_CONDITIONS.includes(c.code) && !c.met).length <= 1;
}

/** Strong enough to tell the bank and the firm (通知): eligible, and the guarantee fits. */
export const NOTIFY_SCORE = 0.6;
