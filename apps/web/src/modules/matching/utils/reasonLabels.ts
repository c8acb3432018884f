import type { MatchDecision, MatchReasonCode, PartnerDirection } from '../../../generated/graphql';
import type { MessageId } from '../../../locales/zh-CN';

/** Each reason's chip label; a new reason code in the schema fails the build here. */
export const REASON_LABELS: Record<MatchReasonCode, MessageId> = {
  SAME_CATEGORY: 'reason.SAME_CATEGORY',
  CHAIN_LINK: 'reason.CHAIN_LINK',
  KEYWORDS: 'reason.KEYWORDS',
  QUANTITY_FIT: 'reason.QUANTITY_FIT',
  PRICE_OVERLAP: 'reason.PRICE_OVERLAP',
  REGION: 'reason.REGION',
  CERTIFICATION: 'reason.CERTIFICATION',
  VALIDITY: 'reason.VALIDITY',
};

export const DIRECTION_LABELS: Record<PartnerDirection, MessageId> = {
  UPSTREAM: 'partners.UPSTREAM',
  DOWNSTREAM: 'partners.DOWNSTREAM',
};

/** Which side of a suggestion is mine, and my decision on it. */
export function mySide(
  s: {
    supply: { enterprise: { id: string } };
    supplyDecision?: MatchDecision | null;
    demandDecision?: MatchDecision | null;
  },
  myEnterpriseId: string | null,
): { side: 'supply' | 'demand'; decision: MatchDecision | null } {
  const side = s.supply.enterprise.id === myEnterpriseId ? 'supply' : 'demand';
  return { side, decision: (side === 'supply' ? s.supplyDecision : s.demandDecision) ?? null };
}
