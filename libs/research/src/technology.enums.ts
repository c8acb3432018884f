/** 成熟度: how far a technology has come, lab to industry; the order is the enum's order. */
export enum TechMaturity {
  LABORATORY = 'LABORATORY',
  SMALL_PILOT = 'SMALL_PILOT',
  PILOT = 'PILOT',
  INDUSTRIALISED = 'INDUSTRIALISED',
}

export const MATURITY_ORDER: readonly TechMaturity[] = [
  TechMaturity.LABORATORY,
  TechMaturity.SMALL_PILOT,
  TechMaturity.PILOT,
  TechMaturity.INDUSTRIALISED,
];

export const MATURITY_NAMES: Record<TechMaturity, string> = {
  LABORATORY: '实验室',
  SMALL_PILOT: '小试',
  PILOT: '中试',
  INDUSTRIALISED: '产业化',
};

/** 合作方式. */
export enum CooperationMode {
  TRANSFER = 'TRANSFER',
  LICENSE = 'LICENSE',
  JOINT_DEVELOPMENT = 'JOINT_DEVELOPMENT',
  TECHNICAL_SERVICE = 'TECHNICAL_SERVICE',
}

export const COOPERATION_MODE_NAMES: Record<CooperationMode, string> = {
  TRANSFER: '转让',
  LICENSE: '许可',
  JOINT_DEVELOPMENT: '合作开发',
  TECHNICAL_SERVICE: '技术服务',
};

/** 知识产权类型. */
export enum IpKind {
  INVENTION_PATENT = 'INVENTION_PATENT',
  UTILITY_MODEL = 'UTILITY_MODEL',
  DESIGN_PATENT = 'DESIGN_PATENT',
  SOFTWARE_COPYRIGHT = 'SOFTWARE_COPYRIGHT',
  PLANT_VARIETY = 'PLANT_VARIETY',
  TECHNICAL_SECRET = 'TECHNICAL_SECRET',
}

export const IP_KIND_NAMES: Record<IpKind, string> = {
  INVENTION_PATENT: '发明专利',
  UTILITY_MODEL: '实用新型',
  DESIGN_PATENT: '外观设计',
  SOFTWARE_COPYRIGHT: '软件著作权',
  PLANT_VARIETY: '植物新品种',
  TECHNICAL_SECRET: '技术秘密',
};

/** 技术合同: proposed by one side, confirmed (or declined) by the other. */
export enum TechContractStatus {
  PROPOSED = 'PROPOSED',
  CONFIRMED = 'CONFIRMED',
  DECLINED = 'DECLINED',
}

/** The conditions a match is explained by, each met or missing. */
export enum TechMatchCondition {
  TERMS = 'TERMS',
  CATEGORY = 'CATEGORY',
  MATURITY = 'MATURITY',
  BUDGET = 'BUDGET',
}
