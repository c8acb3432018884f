import type { MessageId } from '../zh-CN';

export default {
  'sector.BASIC_ENERGY': 'Basic energy',
  'sector.CLEAN_POWER': 'Clean power',
  'sector.LIQUOR_TOBACCO': 'Liquor & tobacco',
  'sector.BUILDING_MATERIALS': 'Building materials',
  'sector.MODERN_CHEMICALS': 'Modern chemicals',
  'sector.ADVANCED_EQUIPMENT': 'Advanced equipment',
  'sector.BASIC_MATERIALS': 'Basic materials',
  'sector.ECO_FOOD': 'Eco food',
  'sector.BIG_DATA_ELECTRONICS': 'Big data & electronics',
  'sector.HEALTH_MEDICINE': 'Health & medicine',
  'sector.SUPPORTING': 'Supporting',
} satisfies Partial<Record<MessageId, string>>;
