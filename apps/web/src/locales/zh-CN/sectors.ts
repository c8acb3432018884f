export default {
  'sector.BASIC_ENERGY': '基础能源',
  'sector.CLEAN_POWER': '清洁高效电力',
  'sector.LIQUOR_TOBACCO': '优质烟酒',
  'sector.BUILDING_MATERIALS': '新型建材',
  'sector.MODERN_CHEMICALS': '现代化工',
  'sector.ADVANCED_EQUIPMENT': '先进装备制造',
  'sector.BASIC_MATERIALS': '基础材料',
  'sector.ECO_FOOD': '生态特色食品',
  'sector.BIG_DATA_ELECTRONICS': '大数据电子信息',
  'sector.HEALTH_MEDICINE': '健康医药',
  'sector.SUPPORTING': '配套',
} as const;
