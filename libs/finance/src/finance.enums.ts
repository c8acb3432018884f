/** 担保方式: what a firm can offer and a financing product accepts. */
export enum GuaranteeType {
  CREDIT = 'CREDIT',
  MORTGAGE = 'MORTGAGE',
  GUARANTEE = 'GUARANTEE',
  IP_PLEDGE = 'IP_PLEDGE',
  ORDER_FINANCING = 'ORDER_FINANCING',
  SUPPLY_CHAIN = 'SUPPLY_CHAIN',
}

export const GUARANTEE_NAMES: Record<GuaranteeType, string> = {
  CREDIT: '信用',
  MORTGAGE: '抵押',
  GUARANTEE: '担保',
  IP_PLEDGE: '知识产权质押',
  ORDER_FINANCING: '订单融资',
  SUPPLY_CHAIN: '供应链金融',
};

/** A financing product or need: 开放 / 已关闭. */
export enum FinancingStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

/** The bank's progress on a need it matched: 受理 → 审批 → 已放款, or 未通过. */
export enum LoanStage {
  ACCEPTED = 'ACCEPTED',
  APPROVED = 'APPROVED',
  DISBURSED = 'DISBURSED',
  REJECTED = 'REJECTED',
}

export const LOAN_STAGE_NAMES: Record<LoanStage, string> = {
  ACCEPTED: '受理',
  APPROVED: '审批',
  DISBURSED: '已放款',
  REJECTED: '未通过',
};

/** One condition of a match (匹配条件), met or missing. */
export enum FinancingConditionCode {
  SECTOR = 'SECTOR',
  REGION = 'REGION',
  SCALE = 'SCALE',
  AMOUNT = 'AMOUNT',
  TERM = 'TERM',
  GUARANTEE = 'GUARANTEE',
}

export const ELIGIBILITY_CONDITIONS: readonly FinancingConditionCode[] = [
  FinancingConditionCode.SECTOR,
  FinancingConditionCode.REGION,
  FinancingConditionCode.SCALE,
];
