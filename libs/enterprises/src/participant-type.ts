/**
 * 参与方类型: who takes part in a docking event besides enterprises (政产学金). The credit code's
 * registering department and entity-type digits (GB 32100-2015 positions 1–2) and the name propose
 * the type; verification by an admin confirms it.
 */
export enum ParticipantType {
  ENTERPRISE = 'ENTERPRISE',
  GOVERNMENT = 'GOVERNMENT',
  FINANCIAL_INSTITUTION = 'FINANCIAL_INSTITUTION',
  RESEARCH_INSTITUTE = 'RESEARCH_INSTITUTE',
  ASSOCIATION = 'ASSOCIATION',
}

export const PARTICIPANT_TYPE_LABELS = {
  [ParticipantType.ENTERPRISE]: '企业',
  [ParticipantType.GOVERNMENT]: '政府部门',
  [ParticipantType.FINANCIAL_INSTITUTION]: '金融机构',
  [ParticipantType.RESEARCH_INSTITUTE]: '高校/科研院所',
  [ParticipantType.ASSOCIATION]: '行业协会',
} satisfies Record<ParticipantType, string>;

/** 企业规模 (工信部联企业〔2011〕300号's four sizes), as the firm declares it. */
export enum EnterpriseScale {
  MICRO = 'MICRO',
  SMALL = 'SMALL',
  MEDIUM = 'MEDIUM',
  LARGE = 'LARGE',
}

export const ENTERPRISE_SCALE_LABELS = {
  [EnterpriseScale.MICRO]: '微型',
  [EnterpriseScale.SMALL]: '小型',
  [EnterpriseScale.MEDIUM]: '中型',
  [EnterpriseScale.LARGE]: '大型',
} satisfies Record<EnterpriseScale, string>;

// Words a name ends or is made of, per type. The chain taxonomy has no finance or research
// categories (it covers the ten industrial sectors), so the name stands in for the industry.
const FINANCE_WORDS =
  /(银行|信用社|信用合作联社|农商行|证券|保险|融资担保|担保集团|小额贷款|融资租赁|信托|金融控股|基金管理)/;
const RESEARCH_WORDS = /(大学|学院|研究院|研究所|科学院|研究中心|实验室|职业技术学校)/;
const GOVERNMENT_WORDS = /(人民政府|委员会|管理委员会|管委会|局|厅|办公室|中心|服务站)$/;
const ASSOCIATION_WORDS = /(协会|商会|联合会|学会|促进会|联盟)$/;

export interface ParticipantTypeProposal {
  type: ParticipantType;
  /** Why, in Chinese: which digits or words proposed it. */
  reason: string;
}

/**
 * The type a credit code and a name propose. Position 1 is the registering department
 * (1 机构编制, 5 民政, 9 市场监管 …), position 2 the entity type under it (11 机关, 12 事业单位,
 * 13 群众团体, 51 社会团体, 52 民办非企业单位, 53 基金会, 91 企业 …).
 */
export function proposeParticipantType(creditCode: string, name: string): ParticipantTypeProposal {
  const code = creditCode.trim().toUpperCase().slice(0, 2);
  const n = name.trim();
  if (code === '11') return { type: ParticipantType.GOVERNMENT, reason: '统一社会信用代码前两位 11（机关）' };
  if (code === '12') {
    return RESEARCH_WORDS.test(n)
      ? {
          type: ParticipantType.RESEARCH_INSTITUTE,
          reason: '统一社会信用代码前两位 12（事业单位），名称含高校/科研院所字样',
        }
      : { type: ParticipantType.GOVERNMENT, reason: '统一社会信用代码前两位 12（事业单位）' };
  }
  if (code === '13' || code === '51' || code === '53') {
    return { type: ParticipantType.ASSOCIATION, reason: `统一社会信用代码前两位 ${code}（社会团体）` };
  }
  if (code === '52') {
    return RESEARCH_WORDS.test(n)
      ? {
          type: ParticipantType.RESEARCH_INSTITUTE,
          reason: '统一社会信用代码前两位 52（民办非企业单位），名称含科研院所字样',
        }
      : { type: ParticipantType.ASSOCIATION, reason: '统一社会信用代码前两位 52（民办非企业单位）' };
  }
  if (code[0] === '9' || code[0] === 'Y') {
    if (FINANCE_WORDS.test(n)) return { type: ParticipantType.FINANCIAL_INSTITUTION, reason: '名称含金融机构字样' };
    if (RESEARCH_WORDS.test(n)) return { type: ParticipantType.RESEARCH_INSTITUTE, reason: '名称含科研院所字样' };
    return { type: ParticipantType.ENTERPRISE, reason: `统一社会信用代码前两位 ${code}（企业）` };
  }
  if (GOVERNMENT_WORDS.test(n)) return { type: ParticipantType.GOVERNMENT, reason: '名称含政府部门字样' };
  if (ASSOCIATION_WORDS.test(n)) return { type: ParticipantType.ASSOCIATION, reason: '名称含行业协会字样' };
  return { type: ParticipantType.ENTERPRISE, reason: '未能从代码和名称判断，按企业处理' };
}

/** The registering-authority digits (positions 1–2) that vouch for each type; 金融机构 have enterprises' codes. */
const VOUCHING_CODES: Record<ParticipantType, readonly string[] | 'any'> = {
  [ParticipantType.ENTERPRISE]: 'any',
  [ParticipantType.GOVERNMENT]: ['11', '12'],
  [ParticipantType.RESEARCH_INSTITUTE]: ['12', '52'],
  [ParticipantType.ASSOCIATION]: ['13', '51', '52', '53'],
  [ParticipantType.FINANCIAL_INSTITUTION]: [],
};

/**
 * Whether the credit code alone proves a firm may be of this type (11 机关 a government body, 12
 * 事业单位 a university …): an organiser's verification confirms such a type, or 企业. A bank's code
 * is any enterprise's, and a name is what anyone types: those types are an admin's to confirm,
 * who has seen the licence (金融许可证) or the body's own documents.
 */
export function creditCodeVouchesFor(type: ParticipantType, creditCode: string): boolean {
  const codes = VOUCHING_CODES[type];
  return codes === 'any' || codes.includes(creditCode.trim().toUpperCase().slice(0, 2));
}
