import { registerEnumType } from '@nestjs/graphql';

/** The ten industrial sectors of Guizhou's 2020 docking events, plus SUPPORTING (配套). */
export enum Sector {
  BASIC_ENERGY = 'BASIC_ENERGY',
  CLEAN_POWER = 'CLEAN_POWER',
  LIQUOR_TOBACCO = 'LIQUOR_TOBACCO',
  BUILDING_MATERIALS = 'BUILDING_MATERIALS',
  MODERN_CHEMICALS = 'MODERN_CHEMICALS',
  ADVANCED_EQUIPMENT = 'ADVANCED_EQUIPMENT',
  BASIC_MATERIALS = 'BASIC_MATERIALS',
  ECO_FOOD = 'ECO_FOOD',
  BIG_DATA_ELECTRONICS = 'BIG_DATA_ELECTRONICS',
  HEALTH_MEDICINE = 'HEALTH_MEDICINE',
  /** 配套: agricultural inputs, packaging, producer services — categories outside the ten sectors. */
  SUPPORTING = 'SUPPORTING',
}

registerEnumType(Sector, { name: 'Sector', description: '十大工业产业 (+ 配套)' });

export const SECTOR_NAMES: Record<Sector, string> = {
  BASIC_ENERGY: '基础能源',
  CLEAN_POWER: '清洁高效电力',
  LIQUOR_TOBACCO: '优质烟酒',
  BUILDING_MATERIALS: '新型建材',
  MODERN_CHEMICALS: '现代化工',
  ADVANCED_EQUIPMENT: '先进装备制造',
  BASIC_MATERIALS: '基础材料',
  ECO_FOOD: '生态特色食品',
  BIG_DATA_ELECTRONICS: '大数据电子信息',
  HEALTH_MEDICINE: '健康医药',
  SUPPORTING: '配套产业',
};

/** The sector a chain category belongs to: its group when that is a sector, else SUPPORTING. */
export function sectorOfGroup(group: string): Sector {
  return group in SECTOR_NAMES && group !== Sector.SUPPORTING ? (group as Sector) : Sector.SUPPORTING;
}
