import type { FieldErrors } from '@duijie/common';
import type { EnterpriseScale } from '@duijie/enterprises';
import { ENTERPRISE_SCALE_LABELS } from '@duijie/enterprises';
import type { Sector } from '@duijie/reference';
import { SECTOR_NAMES } from '@duijie/reference';

/** The kinds of eligibility rule (申报条件) a policy may carry; each is checked against one fact of a firm. */
export enum PolicyRuleKind {
  /** 所属行业: the firm's sector is one of `sectors`. */
  SECTOR = 'SECTOR',
  /** 所在地区: the firm is registered within one of `regionCodes` (GB/T 2260, by prefix). */
  REGION = 'REGION',
  /** 企业规模: the firm's size is one of `scales`. */
  SCALE = 'SCALE',
  /** 资质认证: one of the firm's open listings carries one of `certifications`. */
  CERTIFICATION = 'CERTIFICATION',
  /** 参加活动: the firm's registration for one of `eventIds` was approved (and, with `attended`, it checked in). */
  EVENT_PARTICIPATION = 'EVENT_PARTICIPATION',
  /** 已签约合同: at least `minDeals` signed deals both sides confirmed, together at least `minAmountCny`. */
  SIGNED_DEALS = 'SIGNED_DEALS',
  /** 已认证企业. */
  VERIFIED = 'VERIFIED',
}

/** One rule as stored (jsonb) and answered; only the fields of its kind are set. */
export interface PolicyRule {
  kind: PolicyRuleKind;
  sectors?: Sector[];
  regionCodes?: string[];
  scales?: EnterpriseScale[];
  certifications?: string[];
  eventIds?: string[];
  attended?: boolean;
  minDeals?: number;
  minAmountCny?: string | null;
}

/** What the rules are checked against, for one firm. */
export interface FirmFacts {
  enterpriseId: string;
  sector: string;
  regionCode: string;
  scale: string | null;
  verified: boolean;
  /** Certification codes on the firm's open listings. */
  certifications: readonly string[];
  /** Events whose registration was approved, and whether the firm checked in. */
  events: readonly { eventId: string; attended: boolean }[];
  /** Signed (or fulfilled) deals both sides confirmed, and their agreed amount. */
  signedDeals: number;
  signedAmountCny: number;
}

/** A rule checked for a firm: met or not, with a Chinese sentence saying which and why. */
export interface PolicyCondition {
  kind: PolicyRuleKind | 'REGION_SCOPE';
  met: boolean;
  detail: string;
}

/** Names the evaluation needs from reference data, kept out of this pure module. */
export interface RuleNames {
  region(code: string): string;
  certification(code: string): string;
  event(id: string): string;
}

export const MAX_RULES = 12;
const MAX_VALUES = 40;

/** A region code's prefix: 520000 → 52, 520300 → 5203, 520302 → 520302. */
export function regionPrefix(code: string): string {
  return code.replace(/(00)+$/, '') || code;
}

const yuan = (n: number) => `¥${n.toLocaleString('en-US', { minimumFractionDigits: 0, maximumFractionDigits: 2 })}`;

/** What validation needs to know about reference data and events. */
export interface RuleChecks {
  isRegion(code: string): boolean;
  isCertification(code: string): boolean;
  /** Event ids among `ids` that exist. */
  existingEvents: ReadonlySet<string>;
}

/**
 * Checks a policy's rules, naming each bad field (`rules[2].minDeals`) in Chinese; answers them
 * normalised (only the fields of each kind, values de-duplicated).
 */
export function checkRules(errors: FieldErrors, rules: readonly PolicyRule[], checks: RuleChecks): PolicyRule[] {
  if (rules.length > MAX_RULES) {
    errors.add('rules', `rules（申报条件）最多 ${MAX_RULES} 条`);
    return [];
  }
  const seen = new Set<PolicyRuleKind>();
  return rules.map((r, i) => {
    const at = `rules[${i}]`;
    const list = <T>(name: keyof PolicyRule, label: string, values: readonly T[] | undefined | null): T[] => {
      const unique = [...new Set(values ?? [])];
      if (!unique.length) errors.add(`${at}.${name}`, `${at}.${name}（${label}）至少填写一项`);
      else if (unique.length > MAX_VALUES)
        errors.add(`${at}.${name}`, `${at}.${name}（${label}）最多 ${MAX_VALUES} 项`);
      return unique;
    };
    if (seen.has(r.kind)) errors.add(`${at}.kind`, `${at}.kind（条件类型）重复：每类条件只能有一条`);
    seen.add(r.kind);
    switch (r.kind) {
      case PolicyRuleKind.SECTOR:
        return { kind: r.kind, sectors: list('sectors', '所属行业', r.sectors) };
      case PolicyRuleKind.REGION: {
        const codes = list<string>('regionCodes', '所在地区', r.regionCodes);
        const bad = codes.filter((c) => !checks.isRegion(c));
        if (bad.length)
          errors.add(`${at}.regionCodes`, `${at}.regionCodes（所在地区）不是有效的行政区划代码：${bad.join('、')}`);
        return { kind: r.kind, regionCodes: codes };
      }
      case PolicyRuleKind.SCALE:
        return { kind: r.kind, scales: list('scales', '企业规模', r.scales) };
      case PolicyRuleKind.CERTIFICATION: {
        const codes = list<string>('certifications', '资质认证', r.certifications);
        const bad = codes.filter((c) => !checks.isCertification(c));
        if (bad.length)
          errors.add(`${at}.certifications`, `${at}.certifications（资质认证）无效：${bad.join('、').slice(0, 100)}`);
        return { kind: r.kind, certifications: codes };
      }
      case PolicyRuleKind.EVENT_PARTICIPATION: {
        const ids = list<string>('eventIds', '对接活动', r.eventIds);
        if (ids.some((id) => !checks.existingEvents.has(id)))
          errors.add(`${at}.eventIds`, `${at}.eventIds（对接活动）含不存在的活动`);
        return { kind: r.kind, eventIds: ids, attended: !!r.attended };
      }
      case PolicyRuleKind.SIGNED_DEALS: {
        const min = r.minDeals ?? 1;
        if (!Number.isInteger(min) || min < 1 || min > 10_000)
          errors.add(`${at}.minDeals`, `${at}.minDeals（已签约合同笔数）须为 1 到 10000 的整数`);
        let amount: string | null = null;
        if (r.minAmountCny != null) {
          const n = Number(r.minAmountCny);
          if (!/^\d{1,14}(\.\d{1,2})?$/.test(String(r.minAmountCny)) || !(n > 0))
            errors.add(`${at}.minAmountCny`, `${at}.minAmountCny（合同金额下限）须为大于 0 的金额，最多两位小数`);
          else amount = String(r.minAmountCny);
        }
        return { kind: r.kind, minDeals: min, minAmountCny: amount };
      }
      case PolicyRuleKind.VERIFIED:
        return { kind: r.kind };
      default:
        errors.add(`${at}.kind`, `${at}.kind（条件类型）无效`);
        return r;
    }
  });
}

/** Says, in Chinese, what a rule asks for (shown on the policy). */
export function describeRule(r: PolicyRule, names: RuleNames): string {
  switch (r.kind) {
    case PolicyRuleKind.SECTOR:
      return `所属行业为 ${(r.sectors ?? []).map((s) => SECTOR_NAMES[s] ?? s).join('、')}`;
    case PolicyRuleKind.REGION:
      return `注册地在 ${(r.regionCodes ?? []).map((c) => names.region(c)).join('、')}`;
    case PolicyRuleKind.SCALE:
      return `企业规模为 ${(r.scales ?? []).map((s) => `${ENTERPRISE_SCALE_LABELS[s] ?? s}企业`).join('、')}`;
    case PolicyRuleKind.CERTIFICATION:
      return `持有 ${(r.certifications ?? []).map((c) => names.certification(c)).join('、')} 之一`;
    case PolicyRuleKind.EVENT_PARTICIPATION:
      return `${r.attended ? '参加（签到）' : '报名通过'} ${(r.eventIds ?? []).map((e) => `「${names.event(e)}」`).join('、')} 之一`;
    case PolicyRuleKind.SIGNED_DEALS:
      return `至少 ${r.minDeals ?? 1} 笔已签约合同${r.minAmountCny ? `，合计不少于 ${yuan(Number(r.minAmountCny))}` : ''}`;
    case PolicyRuleKind.VERIFIED:
      return '已认证企业';
  }
}

/** Checks one rule against a firm's facts: 「已满足：…」 or 「未满足：…」. */
export function checkRule(r: PolicyRule, f: FirmFacts, names: RuleNames): PolicyCondition {
  const result = (met: boolean, yes: string, no: string): PolicyCondition => ({
    kind: r.kind,
    met,
    detail: met ? `已满足：${yes}` : `未满足：${no}`,
  });
  switch (r.kind) {
    case PolicyRuleKind.SECTOR: {
      const own = SECTOR_NAMES[f.sector as Sector] ?? f.sector;
      const wanted = (r.sectors ?? []).map((s) => SECTOR_NAMES[s] ?? s).join('、');
      return result(
        (r.sectors ?? []).includes(f.sector as Sector),
        `所属行业 ${own}`,
        `所属行业须为 ${wanted}，当前为 ${own}`,
      );
    }
    case PolicyRuleKind.REGION: {
      const codes = r.regionCodes ?? [];
      const met = codes.some((c) => f.regionCode.startsWith(regionPrefix(c)));
      const wanted = codes.map((c) => names.region(c)).join('、');
      return result(
        met,
        `注册地 ${names.region(f.regionCode)}`,
        `注册地须在 ${wanted}，当前为 ${names.region(f.regionCode)}`,
      );
    }
    case PolicyRuleKind.SCALE: {
      const wanted = (r.scales ?? []).map((s) => `${ENTERPRISE_SCALE_LABELS[s]}企业`).join('、');
      if (!f.scale) return result(false, '', `企业规模须为 ${wanted}，企业尚未填写规模`);
      const own = `${ENTERPRISE_SCALE_LABELS[f.scale as EnterpriseScale] ?? f.scale}企业`;
      return result(
        (r.scales ?? []).includes(f.scale as EnterpriseScale),
        `企业规模 ${own}`,
        `企业规模须为 ${wanted}，当前为 ${own}`,
      );
    }
    case PolicyRuleKind.CERTIFICATION: {
      const held = (r.certifications ?? []).filter((c) => f.certifications.includes(c));
      const wanted = (r.certifications ?? []).map((c) => names.certification(c)).join('、');
      return result(
        held.length > 0,
        `持有 ${held.map((c) => names.certification(c)).join('、')}`,
        `须持有 ${wanted} 之一（以企业在架供需信息所列资质为准）`,
      );
    }
    case PolicyRuleKind.EVENT_PARTICIPATION: {
      const ids = r.eventIds ?? [];
      const hit = f.events.find((e) => ids.includes(e.eventId) && (!r.attended || e.attended));
      const verb = r.attended ? '参加（签到）' : '报名通过';
      const wanted = ids.map((e) => `「${names.event(e)}」`).join('、');
      return result(!!hit, `${verb} ${hit ? `「${names.event(hit.eventId)}」` : ''}`, `须${verb} ${wanted}`);
    }
    case PolicyRuleKind.SIGNED_DEALS: {
      const min = r.minDeals ?? 1;
      const amount = r.minAmountCny ? Number(r.minAmountCny) : 0;
      const enough = f.signedDeals >= min;
      const rich = f.signedAmountCny >= amount;
      const current = `当前 ${f.signedDeals} 笔${amount ? `，合计 ${yuan(f.signedAmountCny)}` : ''}`;
      return result(
        enough && rich,
        `已签约合同 ${f.signedDeals} 笔${amount ? `，合计 ${yuan(f.signedAmountCny)}` : ''}`,
        `需至少 ${min} 笔已签约合同${amount ? `，合计不少于 ${yuan(amount)}` : ''}，${current}`,
      );
    }
    case PolicyRuleKind.VERIFIED:
      return result(f.verified, '已认证企业', '须为已认证企业，当前未认证');
  }
}

/** The region scope as a condition, then every rule: the firm is eligible when all are met. */
export function evaluatePolicy(
  policy: { regionCodes: readonly string[]; rules: readonly PolicyRule[] },
  f: FirmFacts,
  names: RuleNames,
): { eligible: boolean; conditions: PolicyCondition[] } {
  const inScope = policy.regionCodes.some((c) => f.regionCode.startsWith(regionPrefix(c)));
  const scope = policy.regionCodes.map((c) => names.region(c)).join('、');
  const conditions: PolicyCondition[] = [
    {
      kind: 'REGION_SCOPE',
      met: inScope,
      detail: inScope
        ? `已满足：政策适用地区 ${scope}`
        : `未满足：政策适用于 ${scope}，企业注册地为 ${names.region(f.regionCode)}`,
    },
    ...policy.rules.map((r) => checkRule(r, f, names)),
  ];
  return { eligible: conditions.every((c) => c.met), conditions };
}
