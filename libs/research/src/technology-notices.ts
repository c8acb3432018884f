import type { NewNotification } from '@duijie/notifications';

import { COOPERATION_MODE_NAMES } from './technology.enums';
import type { TechnologyContractEntity } from './technology-contract.entity';
import type { TechnologyNeedEntity } from './technology-need.entity';
import type { TechnologyResultEntity } from './technology-result.entity';
import { yuan } from './technology-scorer';

/** The notification texts of 产学研对接, one function per kind. */

/** A result and a need were matched: told once per pair and side (the key holds the pair). */
export function technologyMatched(
  enterpriseId: string,
  result: TechnologyResultEntity,
  need: TechnologyNeedEntity,
  score: number,
  side: 'research' | 'firm',
): NewNotification {
  return {
    enterpriseId,
    kind: 'TECHNOLOGY_MATCHED',
    key: `tech-match-${need.id}-${result.id}-${side}`,
    title:
      side === 'firm'
        ? `技术需求「${need.title}」匹配到技术成果「${result.title}」`
        : `技术成果「${result.title}」匹配到技术需求「${need.title}」`,
    body: `匹配度 ${Math.round(score * 100)}%。请查看匹配理由，并与对方联系洽谈合作。`,
    data: { technologyNeedId: need.id, technologyResultId: result.id, eventId: need.eventId },
  };
}

/** The other side proposed a technology contract; it counts once this firm confirms. */
export function technologyContractProposed(
  c: TechnologyContractEntity,
  enterpriseId: string,
  byName: string,
): NewNotification {
  return {
    enterpriseId,
    kind: 'TECHNOLOGY_CONTRACT_PROPOSED',
    key: `tech-contract-${c.id}-proposed`,
    title: `请确认：${byName} 登记了技术合同（${COOPERATION_MODE_NAMES[c.mode]}，${yuan(c.amountCny)}）`,
    body: `${byName} 登记了与您签订的技术合同，签订日期 ${c.signedOn}。确认后计入活动成效报告；如不属实，请不予确认。`,
    data: { technologyContractId: c.id, eventId: c.eventId },
  };
}

/** The other side confirmed or declined the proposed contract. */
export function technologyContractAnswered(
  c: TechnologyContractEntity,
  enterpriseId: string,
  byName: string,
  confirmed: boolean,
): NewNotification {
  return {
    enterpriseId,
    kind: confirmed ? 'TECHNOLOGY_CONTRACT_CONFIRMED' : 'TECHNOLOGY_CONTRACT_DECLINED',
    key: `tech-contract-${c.id}-${confirmed ? 'confirmed' : 'declined'}`,
    title: confirmed ? `${byName} 已确认技术合同（${yuan(c.amountCny)}）` : `${byName} 未确认技术合同登记`,
    body: confirmed
      ? `双方已确认技术合同（${COOPERATION_MODE_NAMES[c.mode]}，${yuan(c.amountCny)}），将计入活动成效报告。`
      : `${byName} 未确认您登记的技术合同，该合同不计入报告。`,
    data: { technologyContractId: c.id, eventId: c.eventId },
  };
}
