import type { EnterpriseScale, ParticipantType, Sector } from '../../../generated/graphql';
import type { MessageId } from '../../../locales/zh-CN';

/** Each sector's label (GLOSSARY: Guizhou's ten industries and 配套); a new sector fails the build. */
export const SECTOR_LABELS: Record<Sector, MessageId> = {
  BASIC_ENERGY: 'sector.BASIC_ENERGY',
  CLEAN_POWER: 'sector.CLEAN_POWER',
  LIQUOR_TOBACCO: 'sector.LIQUOR_TOBACCO',
  BUILDING_MATERIALS: 'sector.BUILDING_MATERIALS',
  MODERN_CHEMICALS: 'sector.MODERN_CHEMICALS',
  ADVANCED_EQUIPMENT: 'sector.ADVANCED_EQUIPMENT',
  BASIC_MATERIALS: 'sector.BASIC_MATERIALS',
  ECO_FOOD: 'sector.ECO_FOOD',
  BIG_DATA_ELECTRONICS: 'sector.BIG_DATA_ELECTRONICS',
  HEALTH_MEDICINE: 'sector.HEALTH_MEDICINE',
  SUPPORTING: 'sector.SUPPORTING',
};

export const SECTORS = Object.keys(SECTOR_LABELS) as Sector[];

/** 参与方类型 (GLOSSARY: 企业、政府部门、金融机构、高校/科研院所、行业协会); a new type fails the build. */
export const PARTICIPANT_TYPE_LABELS: Record<ParticipantType, MessageId> = {
  ENTERPRISE: 'enterprise.participantType.ENTERPRISE',
  GOVERNMENT: 'enterprise.participantType.GOVERNMENT',
  FINANCIAL_INSTITUTION: 'enterprise.participantType.FINANCIAL_INSTITUTION',
  RESEARCH_INSTITUTE: 'enterprise.participantType.RESEARCH_INSTITUTE',
  ASSOCIATION: 'enterprise.participantType.ASSOCIATION',
};

export const SCALE_LABELS: Record<EnterpriseScale, MessageId> = {
  MICRO: 'enterprise.scale.MICRO',
  SMALL: 'enterprise.scale.SMALL',
  MEDIUM: 'enterprise.scale.MEDIUM',
  LARGE: 'enterprise.scale.LARGE',
};

interface Category {
  code: string;
  name: string;
  sector: Sector;
}

export interface CategoryGroup {
  sector: Sector;
  options: { value: string; label: string }[];
}

/** Chain categories grouped by sector in the sectors' order, each group by name; labels carry the code for search. */
export function groupCategories(categories: readonly Category[]): CategoryGroup[] {
  return SECTORS.map((sector) => ({
    sector,
    options: categories
      .filter((c) => c.sector === sector)
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((c) => ({ value: c.code, label: `${c.name}（${c.code}）` })),
  })).filter((g) => g.options.length > 0);
}

/** The cascader path of a GB/T 2260 code: province, prefecture, county (as far as the code goes). */
export function regionPath(code: string | null | undefined): string[] {
  if (!code || !/^\d{6}$/.test(code)) return [];
  const province = `${code.slice(0, 2)}0000`;
  const prefecture = `${code.slice(0, 4)}00`;
  if (code === province) return [province];
  if (code === prefecture) return [province, prefecture];
  return [province, prefecture, code];
}
