import type {
  EnterpriseScale,
  PolicyApplicationStatus,
  PolicyRuleKind,
  PublishPolicyInput,
  Sector,
} from '../../../generated/graphql';
import type { MessageId } from '../../../locales/zh-CN';

/** Every rule kind the API knows, with its label: a new kind without one fails the build. */
export const RULE_KIND_LABELS: Record<PolicyRuleKind, MessageId> = {
  SECTOR: 'rule.SECTOR',
  REGION: 'rule.REGION',
  SCALE: 'rule.SCALE',
  CERTIFICATION: 'rule.CERTIFICATION',
  EVENT_PARTICIPATION: 'rule.EVENT_PARTICIPATION',
  SIGNED_DEALS: 'rule.SIGNED_DEALS',
  VERIFIED: 'rule.VERIFIED',
};
export const RULE_KINDS = Object.keys(RULE_KIND_LABELS) as PolicyRuleKind[];

export const SCALE_LABELS: Record<EnterpriseScale, MessageId> = {
  MICRO: 'scale.MICRO',
  SMALL: 'scale.SMALL',
  MEDIUM: 'scale.MEDIUM',
  LARGE: 'scale.LARGE',
};

/** The reviews that may follow a status (已申报 → 已受理 → 已兑现; 未通过 from the first two). */
export function nextReviews(status: PolicyApplicationStatus): PolicyApplicationStatus[] {
  if (status === 'SUBMITTED') return ['ACCEPTED', 'REJECTED'];
  if (status === 'ACCEPTED') return ['GRANTED', 'REJECTED'];
  return [];
}

export interface RuleFormValues {
  kind: PolicyRuleKind;
  sectors?: Sector[];
  regionCodes?: string[];
  scales?: EnterpriseScale[];
  certifications?: string[];
  eventIds?: string[];
  attended?: boolean;
  minDeals?: number | null;
  minAmountCny?: string | null;
}

export interface PolicyFormValues {
  title: string;
  benefit: string;
  benefitAmountCny?: string | null;
  /** YYYY-MM-DD; applications close at the end of that day in Shanghai. */
  deadline: string;
  regionCodes: string[];
  rules?: RuleFormValues[];
}

/** The form's values as the API's input: each rule keeps only the fields of its kind. */
export function toPublishPolicyInput(v: PolicyFormValues): PublishPolicyInput {
  return {
    title: v.title ?? '',
    benefit: v.benefit ?? '',
    benefitAmountCny: v.benefitAmountCny?.trim() || null,
    deadline: `${v.deadline}T23:59:59+08:00`,
    regionCodes: v.regionCodes ?? [],
    rules: (v.rules ?? []).map((r) => {
      switch (r.kind) {
        case 'SECTOR':
          return { kind: r.kind, sectors: r.sectors ?? [] };
        case 'REGION':
          return { kind: r.kind, regionCodes: r.regionCodes ?? [] };
        case 'SCALE':
          return { kind: r.kind, scales: r.scales ?? [] };
        case 'CERTIFICATION':
          return { kind: r.kind, certifications: r.certifications ?? [] };
        case 'EVENT_PARTICIPATION':
          return { kind: r.kind, eventIds: r.eventIds ?? [], attended: !!r.attended };
        case 'SIGNED_DEALS':
          return { kind: r.kind, minDeals: r.minDeals ?? 1, minAmountCny: r.minAmountCny?.trim() || null };
        default:
          return { kind: r.kind };
      }
    }),
  };
}
