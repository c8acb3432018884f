import type { EnterpriseScale, GuaranteeType, LoanStage } from '../../../generated/graphql';
import type { MessageId } from '../../../locales/zh-CN';

/** Every guarantee type's label: a new one fails the build here. */
export const GUARANTEE_LABELS: Record<GuaranteeType, MessageId> = {
  CREDIT: 'finance.guarantee.CREDIT',
  MORTGAGE: 'finance.guarantee.MORTGAGE',
  GUARANTEE: 'finance.guarantee.GUARANTEE',
  IP_PLEDGE: 'finance.guarantee.IP_PLEDGE',
  ORDER_FINANCING: 'finance.guarantee.ORDER_FINANCING',
  SUPPLY_CHAIN: 'finance.guarantee.SUPPLY_CHAIN',
};

export const LOAN_STAGE_LABELS: Record<LoanStage, MessageId> = {
  ACCEPTED: 'finance.loan.ACCEPTED',
  APPROVED: 'finance.loan.APPROVED',
  DISBURSED: 'finance.loan.DISBURSED',
  REJECTED: 'finance.loan.REJECTED',
};

export const SCALE_LABELS: Record<EnterpriseScale, MessageId> = {
  MICRO: 'finance.scale.MICRO',
  SMALL: 'finance.scale.SMALL',
  MEDIUM: 'finance.scale.MEDIUM',
  LARGE: 'finance.scale.LARGE',
};

/** The stages a bank may record next (受理 → 审批 → 已放款, or 未通过); none after 已放款 or 未通过. */
export function nextLoanStages(current: LoanStage | null | undefined): LoanStage[] {
  if (current === 'DISBURSED' || current === 'REJECTED') return [];
  if (current === 'APPROVED') return ['DISBURSED', 'REJECTED'];
  if (current === 'ACCEPTED') return ['APPROVED', 'DISBURSED', 'REJECTED'];
  return ['ACCEPTED', 'APPROVED', 'DISBURSED', 'REJECTED'];
}

/** Region codes typed as a list ("520000, 520300") into a clean array. */
export function parseRegionCodes(text: string | undefined): string[] {
  return (text ?? '')
    .split(/[\s,，、]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}
