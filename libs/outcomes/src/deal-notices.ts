import type { NewNotification } from '@duijie/notifications';

import type { DealEntity, DealStage } from './deal.entity';

/** The notification texts of deals, one function per kind (合作意向 / 签约 / 履约 / 取消). */
const STAGE: Record<DealStage, string> = {
  INTENT: '合作意向',
  SIGNED: '已签约',
  FULFILLED: '已履约',
  CANCELLED: '已取消',
};

const what = (d: DealEntity) => `${STAGE[d.stage]}${d.amountCny ? `，金额 ¥${d.amountCny}` : ''}`;
const stamp = (d: DealEntity) => d.updatedAt.getTime();

/** The firm must confirm the deal as now recorded (待对方确认). */
export function dealConfirmationRequested(d: DealEntity, enterpriseId: string, byName: string): NewNotification {
  return {
    enterpriseId,
    kind: 'DEAL_CONFIRMATION_REQUESTED',
    key: `deal-${d.id}-${enterpriseId}-confirm-${stamp(d)}`,
    title: `请确认：${byName} 登记了与您的合作（${STAGE[d.stage]}）`,
    body: `${byName} 登记的合作为「${what(d)}」。确认后才计入活动成效报告；如不属实，请不予确认。`,
    data: { dealId: d.id, eventId: d.eventId, stage: d.stage },
  };
}

/** The counterpart answered: confirmed (确认) or declined (不予确认). */
export function dealAnswered(d: DealEntity, enterpriseId: string, byName: string, confirmed: boolean): NewNotification {
  return {
    enterpriseId,
    kind: confirmed ? 'DEAL_CONFIRMED' : 'DEAL_DECLINED',
    key: `deal-${d.id}-${enterpriseId}-${confirmed ? 'confirmed' : 'declined'}-${stamp(d)}`,
    title: confirmed ? `${byName} 已确认合作（${STAGE[d.stage]}）` : `${byName} 未确认合作登记`,
    body: confirmed
      ? `双方已确认「${what(d)}」，将计入活动成效报告。`
      : `${byName} 未确认登记的变更，合作记录保持为双方上次确认的状态（${STAGE[d.stage]}）。`,
    data: { dealId: d.id, eventId: d.eventId, stage: d.stage },
  };
}
