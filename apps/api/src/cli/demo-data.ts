/**
 * The demo: the five 2020 Guizhou docking events and the kind of firms and supply/demand lists
 * they gathered. Firm names are made up (realistic, not real registrations); credit codes are
 * generated with a valid GB 32100 check character.
 */
export const DEMO_PASSWORD = 'duijie-demo-2020';
export const DEMO_ORGANISER = 'organiser@demo.duijie.cn';
export const demoEmail = (key: string) => `${key}@demo.duijie.cn`;

export interface DemoListing {
  kind: 'SUPPLY' | 'DEMAND';
  title: string;
  description: string;
  categoryCode: string;
  quantity?: number;
  unit?: string;
  priceMin?: number;
  priceMax?: number;
  certifications?: string[];
  confidential?: boolean;
}

/** The 2020 生态特色食品 event that brought government, research and finance to the food industry. */
export const ZHENG_CHAN_XUE_JIN_EVENT = '贵州省生态特色食品产业政产学金暨产销对接活动';

export interface DemoEnterprise {
  key: string;
  name: string;
  /** 参与方类型 (ENTERPRISE when left out); the others come verified and take part in `events` only. */
  participantType?: 'GOVERNMENT' | 'FINANCIAL_INSTITUTION' | 'RESEARCH_INSTITUTE';
  /** Titles of the events a government body, bank or research body takes part in. */
  events?: string[];
  regionCode: string;
  sector: string;
  categoryCodes: string[];
  description: string;
  listings: DemoListing[];
}

export interface DemoEvent {
  title: string;
  theme: string;
  sectors: string[];
  categoryCodes: string[];
  venue: string;
  startsAt: string;
  endsAt: string;
  slotMinutes: number;
  tables: { label: string; tags: string[] }[];
}

const tables = (n: number, interpreter = 0, vip = 0) =>
  Array.from({ length: n }, (_, i) => ({
    label: `${String(i + 1).padStart(2, '0')}号桌`,
    tags: [...(i < interpreter ? ['interpreter'] : []), ...(i >= n - vip ? ['vip'] : [])],
  }));

export const DEMO_EVENTS: DemoEvent[] = [
  {
    title: '贵州省“5G+工业互联网”产销对接活动',
    theme: '5G网络与工业互联网平台服务进园区、进工厂',
    sectors: ['BIG_DATA_ELECTRONICS', 'ADVANCED_EQUIPMENT', 'BASIC_MATERIALS', 'BUILDING_MATERIALS'],
    categoryCodes: ['3921', '6312', '6450', '6513', '6531'],
    venue: '贵阳国际生态会议中心',
    startsAt: '2020-07-16T09:00:00+08:00',
    endsAt: '2020-07-16T17:00:00+08:00',
    slotMinutes: 20,
    tables: tables(12, 1, 2),
  },
  {
    title: '白酒企业与包装企业供求配套对接活动',
    theme: '酱香白酒与玻璃瓶、瓶盖、纸盒、印刷包装本地配套',
    sectors: ['LIQUOR_TOBACCO', 'SUPPORTING'],
    categoryCodes: ['1512', '3055', '3074', '3333', '2231', '2319'],
    venue: '仁怀市 中国酒都会展中心',
    startsAt: '2020-08-20T09:00:00+08:00',
    endsAt: '2020-08-20T17:30:00+08:00',
    slotMinutes: 20,
    tables: tables(16, 0, 2),
  },
  {
    title: '贵州刺梨产业产销对接活动',
    theme: '刺梨鲜果、原汁与饮料、食品及饮料包装企业对接',
    sectors: ['ECO_FOOD', 'SUPPORTING'],
    categoryCodes: ['0159', '1523', '1373', '2926'],
    venue: '六盘水市 盘州市刺梨产业园',
    startsAt: '2020-09-10T09:00:00+08:00',
    endsAt: '2020-09-10T12:00:00+08:00',
    slotMinutes: 15,
    tables: tables(8),
  },
  {
    title: ZHENG_CHAN_XUE_JIN_EVENT,
    theme: '辣椒、茶叶、食用油、调味品进商超、进电商',
    sectors: ['ECO_FOOD', 'SUPPORTING'],
    categoryCodes: ['0141', '1371', '1469', '1530', '1331', '5127'],
    venue: '贵阳市 贵州饭店国际会议中心',
    startsAt: '2020-10-15T09:00:00+08:00',
    endsAt: '2020-10-15T17:00:00+08:00',
    slotMinutes: 20,
    tables: tables(12, 2),
  },
  {
    title: '贵州基础材料产业产销对接活动',
    theme: '铝、锰、钢材与下游加工、装备制造企业配套',
    sectors: ['BASIC_MATERIALS', 'ADVANCED_EQUIPMENT'],
    categoryCodes: ['3216', '3252', '3140', '3130', '3393', '3670'],
    venue: '遵义市 新蒲新区会展中心',
    startsAt: '2020-11-12T09:00:00+08:00',
    endsAt: '2020-11-12T17:00:00+08:00',
    slotMinutes: 30,
    tables: tables(10, 0, 1),
  },
];

/**
 * The event the demo is running now: registration open, held three weeks after the day the demo is
 * loaded (Asia/Shanghai). Some firms have registered (one awaits review), one has not yet, and
 * the requests to `pendingRequestsTo` await an answer, so every role has something to do.
 */
export interface DemoUpcomingEvent extends Omit<DemoEvent, 'startsAt' | 'endsAt'> {
  /** Days from the day of seeding to the event, and to the close of registration (18:00). */
  inDays: number;
  registrationClosesInDays: number;
  /** Local (Asia/Shanghai) start and end times of the event's day. */
  startTime: string;
  endTime: string;
  /** Firms (keys) whose registration awaits the organiser, and firms that have not registered yet. */
  pendingRegistrations: string[];
  unregistered: string[];
  /** Firms (keys) that have meeting requests still to answer. */
  pendingRequestsTo: string[];
}

export const DEMO_UPCOMING_EVENT: DemoUpcomingEvent = {
  title: '酱香白酒包装配套产销对接会',
  theme: '酒企与玻璃瓶、瓶盖、礼盒、陶坛企业一对一洽谈，本地配套，现场签约',
  sectors: ['LIQUOR_TOBACCO', 'SUPPORTING'],
  categoryCodes: ['1512', '3055', '3074', '3333', '2231', '2319'],
  venue: '遵义市 仁怀市 中国酒都会展中心 2 号馆',
  inDays: 21,
  registrationClosesInDays: 14,
  startTime: '09:00',
  endTime: '17:30',
  slotMinutes: 20,
  tables: tables(16, 1, 2),
  pendingRegistrations: ['ceramic1'],
  unregistered: ['glass2'],
  pendingRequestsTo: ['glass1'],
};

/** A calendar date `days` after `today` (both YYYY-MM-DD). */
export function addDays(today: string, days: number): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) + days * 86400_000).toISOString().slice(0, 10);
}

/** The upcoming event with its dates fixed relative to `today` (Asia/Shanghai). */
export function upcomingEventOn(today: string): DemoEvent & { registrationClosesAt: string } {
  const e = DEMO_UPCOMING_EVENT;
  const day = addDays(today, e.inDays);
  return {
    title: e.title,
    theme: e.theme,
    sectors: e.sectors,
    categoryCodes: e.categoryCodes,
    venue: e.venue,
    startsAt: `${day}T${e.startTime}:00+08:00`,
    endsAt: `${day}T${e.endTime}:00+08:00`,
    registrationClosesAt: `${addDays(today, e.registrationClosesInDays)}T18:00:00+08:00`,
    slotMinutes: e.slotMinutes,
    tables: e.tables,
  };
}

export const DEMO_ENTERPRISES: DemoEnterprise[] = [
  // 政产学金: a bank, a university and the province's food-industry office, at the 生态特色食品 event
  {
    key: 'qianyin-bank',
    name: '黔银农商银行股份有限公司',
    participantType: 'FINANCIAL_INSTITUTION',
    events: [ZHENG_CHAN_XUE_JIN_EVENT],
    regionCode: '520102',
    sector: 'ECO_FOOD',
    categoryCodes: [],
    description: '服务贵州特色农产品加工企业的地方农商银行：订单融资、知识产权质押贷、供应链金融',
    listings: [],
  },
  {
    key: 'gz-agri-univ',
    name: '贵州农业科技大学',
    participantType: 'RESEARCH_INSTITUTE',
    events: [ZHENG_CHAN_XUE_JIN_EVENT],
    regionCode: '520115',
    sector: 'ECO_FOOD',
    categoryCodes: [],
    description: '食品科学与工程学院、茶学院：刺梨、辣椒、茶叶深加工技术研发与成果转化',
    listings: [],
  },
  {
    key: 'gz-food-office',
    name: '贵州省生态特色食品产业发展办公室',
    participantType: 'GOVERNMENT',
    events: [ZHENG_CHAN_XUE_JIN_EVENT],
    regionCode: '520102',
    sector: 'ECO_FOOD',
    categoryCodes: [],
    description: '省生态特色食品产业专班：产业政策、招商引资、产业链补链强链',
    listings: [],
  },
  // 白酒 × 包装
  {
    key: 'jiang1',
    name: '仁怀市酱源酒业有限公司',
    regionCode: '520382',
    sector: 'LIQUOR_TOBACCO',
    categoryCodes: ['1512'],
    description: '酱香型白酒生产，年产基酒 3000 吨',
    listings: [
      {
        kind: 'DEMAND',
        title: '求购 500ml 酱香型白酒玻璃瓶',
        description: '晶白料，瓶重 550g±10g，需提供检测报告，2020 年四季度交货',
        categoryCode: '3055',
        quantity: 2_000_000,
        unit: '只',
        priceMin: 0.9,
        priceMax: 1.4,
        certifications: ['ISO9001'],
      },
      {
        kind: 'DEMAND',
        title: '求购 白酒礼盒 精品包装盒',
        description: '双支装礼盒，烫金印刷，价格面议，欢迎来电洽谈',
        categoryCode: '2319',
        quantity: 300_000,
        unit: '套',
      },
      {
        kind: 'DEMAND',
        title: '采购 红缨子糯高粱',
        description: '茅台镇周边订单种植，有机认证优先',
        categoryCode: '0119',
        quantity: 1500,
        unit: '吨',
        priceMin: 8,
        priceMax: 9.5,
        certifications: ['ORGANIC'],
      },
    ],
  },
  {
    key: 'jiang2',
    name: '贵州茅台镇古窖酒业股份有限公司',
    regionCode: '520382',
    sector: 'LIQUOR_TOBACCO',
    categoryCodes: ['1512'],
    description: '大曲坤沙酱香酒',
    listings: [
      {
        kind: 'DEMAND',
        title: '求购 防伪铝塑瓶盖',
        description: '配 53 度酱香酒瓶口，需防伪溯源二维码',
        categoryCode: '3333',
        quantity: 1_500_000,
        unit: '只',
        priceMin: 0.3,
        priceMax: 0.6,
        confidential: true,
      },
      {
        kind: 'SUPPLY',
        title: '供应 酱香型基酒（坤沙）',
        description: '2015 年基酒，可供贴牌，需 SC 资质',
        categoryCode: '1512',
        quantity: 200,
        unit: '吨',
        certifications: ['SC'],
      },
    ],
  },
  {
    key: 'glass1',
    name: '赤水市晶瓷玻璃制品有限公司',
    regionCode: '520381',
    sector: 'SUPPORTING',
    categoryCodes: ['3055'],
    description: '白酒玻璃瓶、异型瓶生产，两条窑炉',
    listings: [
      {
        kind: 'SUPPLY',
        title: '供应 500ml 晶白料白酒玻璃瓶',
        description: '年产能 3000 万只，可按酒企瓶型开模，质量保证',
        categoryCode: '3055',
        quantity: 30_000_000,
        unit: '只',
        priceMin: 0.8,
        priceMax: 1.3,
        certifications: ['ISO9001', 'ISO14001'],
      },
    ],
  },
  {
    key: 'glass2',
    name: '遵义黔北玻璃包装有限公司',
    regionCode: '520302',
    sector: 'SUPPORTING',
    categoryCodes: ['3055'],
    description: '乳白玻璃瓶、药用玻璃瓶',
    listings: [
      {
        kind: 'SUPPLY',
        title: '供应 乳白玻璃酒瓶 高档异型瓶',
        description: '乳白料、蒙砂、烤花，小批量定制',
        categoryCode: '3055',
        quantity: 5_000_000,
        unit: '只',
        priceMin: 1.5,
        priceMax: 4,
        certifications: ['ISO9001'],
      },
      {
        kind: 'SUPPLY',
        title: '供应 药用玻璃瓶（西林瓶）',
        description: '中性硼硅药用玻璃管制瓶，注射剂用',
        categoryCode: '2780',
        quantity: 10_000_000,
        unit: '只',
        priceMin: 0.2,
        priceMax: 0.5,
        certifications: ['GMP'],
      },
    ],
  },
  {
    key: 'cap1',
    name: '贵州黔盖包装科技有限公司',
    regionCode: '520382',
    sector: 'SUPPORTING',
    categoryCodes: ['3333'],
    description: '铝塑组合盖、防伪盖',
    listings: [
      {
        kind: 'SUPPLY',
        title: '供应 铝塑防伪酒瓶盖',
        description: '一物一码溯源，月产 500 万只',
        categoryCode: '3333',
        quantity: 6_000_000,
        unit: '只',
        priceMin: 0.35,
        priceMax: 0.8,
        certifications: ['ISO9001'],
      },
    ],
  },
  {
    key: 'box1',
    name: '贵阳彩印包装有限公司',
    regionCode: '520113',
    sector: 'SUPPORTING',
    categoryCodes: ['2319', '2231'],
    description: '酒盒、礼盒、纸箱印刷',
    listings: [
      {
        kind: 'SUPPLY',
        title: '供应 白酒礼盒 烫金印刷包装盒',
        description: '精品礼盒、天地盖、纸箱一站式',
        categoryCode: '2319',
        quantity: 1_000_000,
        unit: '套',
        priceMin: 6,
        priceMax: 25,
        certifications: ['ISO9001'],
      },
      {
        kind: 'SUPPLY',
        title: '供应 五层瓦楞纸箱',
        description: '酒类运输外箱，可印刷',
        categoryCode: '2231',
        quantity: 2_000_000,
        unit: '个',
        priceMin: 2,
        priceMax: 5,
      },
    ],
  },
  {
    key: 'ceramic1',
    name: '仁怀陶坛酒具有限公司',
    regionCode: '520382',
    sector: 'SUPPORTING',
    categoryCodes: ['3074'],
    description: '陶瓷酒瓶、储酒陶坛',
    listings: [
      {
        kind: 'SUPPLY',
        title: '供应 陶瓷酒瓶 储酒陶坛',
        description: '1 斤装陶瓶、500 公斤储酒坛',
        categoryCode: '3074',
        quantity: 800_000,
        unit: '只',
        priceMin: 3,
        priceMax: 12,
      },
    ],
  },
  // 5G + 工业互联网
  {
    key: 'tel1',
    name: '贵州云联通信技术服务有限公司',
    regionCode: '520115',
    sector: 'BIG_DATA_ELECTRONICS',
    categoryCodes: ['6312', '3921'],
    description: '5G 专网建设与运维',
    listings: [
      {
        kind: 'SUPPLY',
        title: '供应 5G 工业专网建设 园区覆盖',
        description: '5G 切片专网、MEC 边缘计算，已服务 20 个园区',
        categoryCode: '6312',
        quantity: 30,
        unit: '项',
        priceMin: 200_000,
        priceMax: 2_000_000,
      },
    ],
  },
  {
    key: 'iiot1',
    name: '贵阳智造工业互联网平台有限公司',
    regionCode: '520115',
    sector: 'BIG_DATA_ELECTRONICS',
    categoryCodes: ['6531', '6513'],
    description: '工业互联网平台、设备上云',
    listings: [
      {
        kind: 'SUPPLY',
        title: '供应 工业互联网平台 设备上云 数字化车间',
        description: '设备联网、能耗监测、MES，白酒、建材行业案例',
        categoryCode: '6531',
        quantity: 50,
        unit: '项',
        priceMin: 100_000,
        priceMax: 1_500_000,
        certifications: ['ISO9001'],
      },
    ],
  },
  {
    key: 'soft1',
    name: '贵州数智软件开发有限公司',
    regionCode: '520102',
    sector: 'BIG_DATA_ELECTRONICS',
    categoryCodes: ['6513'],
    description: '工业 APP 与溯源软件',
    listings: [
      {
        kind: 'SUPPLY',
        title: '供应 白酒生产溯源系统 工业 APP',
        description: '一瓶一码、窖池数字化、酿造过程追溯',
        categoryCode: '6513',
        quantity: 20,
        unit: '项',
        priceMin: 80_000,
        priceMax: 600_000,
      },
    ],
  },
  {
    key: 'factory1',
    name: '遵义航天精密锻造有限公司',
    regionCode: '520302',
    sector: 'ADVANCED_EQUIPMENT',
    categoryCodes: ['3393', '3744'],
    description: '航空锻件、精密环件',
    listings: [
      {
        kind: 'DEMAND',
        title: '需求 5G 工厂专网 设备联网改造',
        description: '锻造车间 120 台设备联网、质量数据采集',
        categoryCode: '6531',
        quantity: 1,
        unit: '项',
        priceMin: 500_000,
        priceMax: 1_200_000,
      },
      {
        kind: 'DEMAND',
        title: '采购 航空级铝合金棒材',
        description: '7075、2A14 棒材，需提供材质证明',
        categoryCode: '3252',
        quantity: 300,
        unit: '吨',
        priceMin: 28_000,
        priceMax: 36_000,
        certifications: ['ISO9001'],
      },
    ],
  },
  {
    key: 'cement1',
    name: '安顺黔西南水泥有限公司',
    regionCode: '520402',
    sector: 'BUILDING_MATERIALS',
    categoryCodes: ['3011'],
    description: '新型干法水泥',
    listings: [
      {
        kind: 'DEMAND',
        title: '需求 水泥窑智能控制 工业互联网改造',
        description: '窑况监测、能耗优化，欢迎来电洽谈',
        categoryCode: '6531',
        quantity: 1,
        unit: '项',
      },
      {
        kind: 'SUPPLY',
        title: '供应 P.O 42.5 普通硅酸盐水泥',
        description: '袋装、散装，可送货至贵阳、安顺',
        categoryCode: '3011',
        quantity: 500_000,
        unit: '吨',
        priceMin: 380,
        priceMax: 460,
        certifications: ['XK'],
      },
    ],
  },
  // 刺梨
  {
    key: 'cili1',
    name: '盘州市刺梨种植专业合作社',
    regionCode: '520281',
    sector: 'SUPPORTING',
    categoryCodes: ['0159'],
    description: '刺梨种植基地 2 万亩',
    listings: [
      {
        kind: 'SUPPLY',
        title: '供应 新鲜刺梨鲜果',
        description: '贵农 5 号，8–9 月采摘，冷链配送',
        categoryCode: '0159',
        quantity: 8000,
        unit: '吨',
        priceMin: 3,
        priceMax: 4.5,
        certifications: ['GREEN_FOOD'],
      },
    ],
  },
  {
    key: 'cili2',
    name: '贵州刺梨原汁饮品有限公司',
    regionCode: '520281',
    sector: 'ECO_FOOD',
    categoryCodes: ['1523'],
    description: '刺梨原汁、刺梨饮料',
    listings: [
      {
        kind: 'DEMAND',
        title: '收购 刺梨鲜果 订单收购',
        description: '签订单收购，保护价 3 元/公斤',
        categoryCode: '0159',
        quantity: 20_000_000,
        unit: '千克',
        priceMin: 3,
        priceMax: 4,
      },
      {
        kind: 'SUPPLY',
        title: '供应 刺梨原汁 100%',
        description: 'NFC 刺梨原汁，维生素 C 高，可 OEM',
        categoryCode: '1523',
        quantity: 3000,
        unit: '吨',
        priceMin: 12_000,
        priceMax: 18_000,
        certifications: ['SC', 'HACCP'],
      },
      {
        kind: 'DEMAND',
        title: '采购 PET 饮料瓶 250ml',
        description: '耐热 PET 瓶，带瓶盖',
        categoryCode: '2926',
        quantity: 10_000_000,
        unit: '只',
        priceMin: 0.15,
        priceMax: 0.3,
      },
    ],
  },
  {
    key: 'cili3',
    name: '龙里刺梨果脯食品有限公司',
    regionCode: '522730',
    sector: 'ECO_FOOD',
    categoryCodes: ['1373'],
    description: '刺梨果脯、刺梨干',
    listings: [
      {
        kind: 'DEMAND',
        title: '求购 刺梨鲜果 果脯加工用',
        description: '果径 3cm 以上，无霉变',
        categoryCode: '0159',
        quantity: 1500,
        unit: '吨',
        priceMin: 2.8,
        priceMax: 3.8,
      },
      {
        kind: 'SUPPLY',
        title: '供应 刺梨果脯 刺梨干',
        description: '独立小包装，进商超',
        categoryCode: '1373',
        quantity: 300,
        unit: '吨',
        priceMin: 40_000,
        priceMax: 60_000,
        certifications: ['SC'],
      },
    ],
  },
  {
    key: 'pet1',
    name: '贵阳塑料容器制品有限公司',
    regionCode: '520111',
    sector: 'SUPPORTING',
    categoryCodes: ['2926'],
    description: 'PET 瓶坯、饮料瓶',
    listings: [
      {
        kind: 'SUPPLY',
        title: '供应 PET 饮料瓶 耐热瓶',
        description: '250ml–1.5L 全规格，食品级',
        categoryCode: '2926',
        quantity: 50_000_000,
        unit: '只',
        priceMin: 0.12,
        priceMax: 0.4,
        certifications: ['ISO22000'],
      },
    ],
  },
  // 生态特色食品
  {
    key: 'chili1',
    name: '遵义虾子辣椒种植有限公司',
    regionCode: '520304',
    sector: 'SUPPORTING',
    categoryCodes: ['0141'],
    description: '朝天椒、子弹头辣椒基地',
    listings: [
      {
        kind: 'SUPPLY',
        title: '供应 鲜辣椒 朝天椒',
        description: '虾子镇鲜椒，7–10 月供货',
        categoryCode: '0141',
        quantity: 5000,
        unit: '吨',
        priceMin: 4,
        priceMax: 7,
        certifications: ['GI'],
      },
      {
        kind: 'SUPPLY',
        title: '供应 干辣椒 子弹头',
        description: '晒干、无硫，统货',
        categoryCode: '0141',
        quantity: 1200,
        unit: '吨',
        priceMin: 18_000,
        priceMax: 26_000,
        certifications: ['GI'],
      },
    ],
  },
  {
    key: 'sauce1',
    name: '贵州黔味辣椒酱食品有限公司',
    regionCode: '520103',
    sector: 'ECO_FOOD',
    categoryCodes: ['1469'],
    description: '油辣椒、辣椒酱',
    listings: [
      {
        kind: 'DEMAND',
        title: '采购 鲜辣椒 辣椒酱原料',
        description: '朝天椒、二荆条，农残检测合格',
        categoryCode: '0141',
        quantity: 3000,
        unit: '吨',
        priceMin: 4,
        priceMax: 6.5,
      },
      {
        kind: 'SUPPLY',
        title: '供应 油辣椒 风味辣椒酱',
        description: '210g 玻璃瓶装，进商超、电商',
        categoryCode: '1469',
        quantity: 5_000_000,
        unit: '瓶',
        priceMin: 6,
        priceMax: 11,
        certifications: ['SC'],
      },
      {
        kind: 'DEMAND',
        title: '采购 210g 玻璃酱料瓶',
        description: '螺口玻璃瓶配马口铁盖',
        categoryCode: '3055',
        quantity: 6_000_000,
        unit: '只',
        priceMin: 0.4,
        priceMax: 0.7,
      },
    ],
  },
  {
    key: 'tea1',
    name: '湄潭翠芽茶业有限公司',
    regionCode: '520328',
    sector: 'ECO_FOOD',
    categoryCodes: ['1530', '0164'],
    description: '湄潭翠芽、遵义红',
    listings: [
      {
        kind: 'SUPPLY',
        title: '供应 湄潭翠芽 绿茶',
        description: '明前茶，有机认证',
        categoryCode: '1530',
        quantity: 80,
        unit: '吨',
        priceMin: 200_000,
        priceMax: 600_000,
        certifications: ['ORGANIC', 'GI', 'SC'],
      },
      {
        kind: 'DEMAND',
        title: '求购 茶叶礼盒 铁罐',
        description: '250g 铁罐 + 礼盒',
        categoryCode: '3333',
        quantity: 200_000,
        unit: '套',
        priceMin: 8,
        priceMax: 20,
      },
    ],
  },
  {
    key: 'oil1',
    name: '贵州菜籽油粮油有限公司',
    regionCode: '522301',
    sector: 'ECO_FOOD',
    categoryCodes: ['1331'],
    description: '压榨菜籽油',
    listings: [
      {
        kind: 'SUPPLY',
        title: '供应 压榨菜籽油 5L 装',
        description: '物理压榨，非转基因',
        categoryCode: '1331',
        quantity: 2000,
        unit: '吨',
        priceMin: 13_000,
        priceMax: 16_000,
        certifications: ['SC', 'GREEN_FOOD'],
      },
    ],
  },
  {
    key: 'market1',
    name: '贵阳合力超市商贸有限公司',
    regionCode: '520102',
    sector: 'SUPPORTING',
    categoryCodes: ['5127'],
    description: '连锁超市，黔货出山专柜',
    listings: [
      {
        kind: 'DEMAND',
        title: '采购 贵州特色食品 辣椒酱 刺梨饮料 入驻超市',
        description: '黔货出山专柜，需 SC 证',
        categoryCode: '1469',
        quantity: 500_000,
        unit: '瓶',
        certifications: ['SC'],
      },
    ],
  },
  // 基础材料
  {
    key: 'al1',
    name: '贵州清镇铝业有限公司',
    regionCode: '520181',
    sector: 'BASIC_MATERIALS',
    categoryCodes: ['3216'],
    description: '电解铝 40 万吨',
    listings: [
      {
        kind: 'SUPPLY',
        title: '供应 A00 铝锭',
        description: '99.70% 铝锭，长单优先',
        categoryCode: '3216',
        quantity: 100_000,
        unit: '吨',
        priceMin: 13_500,
        priceMax: 15_500,
        certifications: ['ISO9001'],
      },
      {
        kind: 'DEMAND',
        title: '采购 预焙阳极 炭块',
        description: '电解铝用预焙阳极',
        categoryCode: '3091',
        quantity: 60_000,
        unit: '吨',
        priceMin: 3000,
        priceMax: 4200,
      },
    ],
  },
  {
    key: 'al2',
    name: '遵义铝材精深加工有限公司',
    regionCode: '520302',
    sector: 'BASIC_MATERIALS',
    categoryCodes: ['3252'],
    description: '铝板带箔、工业铝型材',
    listings: [
      {
        kind: 'DEMAND',
        title: '采购 铝锭 铝合金锭',
        description: '本地采购，月需 3000 吨',
        categoryCode: '3216',
        quantity: 36_000,
        unit: '吨',
        priceMin: 13_000,
        priceMax: 15_800,
      },
      {
        kind: 'SUPPLY',
        title: '供应 航空铝合金棒材 7075',
        description: '可供 2A14、7075 棒材，附材质证明',
        categoryCode: '3252',
        quantity: 2000,
        unit: '吨',
        priceMin: 30_000,
        priceMax: 38_000,
        certifications: ['ISO9001'],
      },
      {
        kind: 'SUPPLY',
        title: '供应 铝箔 瓶盖料',
        description: '8011 铝箔，用于防盗瓶盖',
        categoryCode: '3252',
        quantity: 1500,
        unit: '吨',
        priceMin: 19_000,
        priceMax: 23_000,
      },
    ],
  },
  {
    key: 'carbon1',
    name: '贵州碳素制品有限公司',
    regionCode: '520181',
    sector: 'BASIC_MATERIALS',
    categoryCodes: ['3091'],
    description: '预焙阳极、石墨电极',
    listings: [
      {
        kind: 'SUPPLY',
        title: '供应 预焙阳极炭块',
        description: '铝电解用，年产 20 万吨',
        categoryCode: '3091',
        quantity: 200_000,
        unit: '吨',
        priceMin: 3200,
        priceMax: 4000,
        certifications: ['ISO9001'],
      },
    ],
  },
  {
    key: 'mn1',
    name: '铜仁锰业有限公司',
    regionCode: '520602',
    sector: 'BASIC_MATERIALS',
    categoryCodes: ['3140', '0820'],
    description: '电解锰、硅锰合金',
    listings: [
      {
        kind: 'SUPPLY',
        title: '供应 硅锰合金 6517',
        description: '炼钢脱氧剂',
        categoryCode: '3140',
        quantity: 50_000,
        unit: '吨',
        priceMin: 6500,
        priceMax: 7500,
      },
    ],
  },
  {
    key: 'steel1',
    name: '水城钢铁建材有限公司',
    regionCode: '520204',
    sector: 'BASIC_MATERIALS',
    categoryCodes: ['3120', '3130'],
    description: '螺纹钢、线材',
    listings: [
      {
        kind: 'DEMAND',
        title: '采购 硅锰合金 炼钢用',
        description: 'FeMn65Si17，长期采购',
        categoryCode: '3140',
        quantity: 20_000,
        unit: '吨',
        priceMin: 6000,
        priceMax: 7300,
      },
      {
        kind: 'SUPPLY',
        title: '供应 HRB400E 螺纹钢',
        description: '直供贵州省内工程项目',
        categoryCode: '3130',
        quantity: 300_000,
        unit: '吨',
        priceMin: 3800,
        priceMax: 4400,
        certifications: ['XK'],
      },
    ],
  },
  {
    key: 'auto1',
    name: '贵阳新能源汽车零部件有限公司',
    regionCode: '520115',
    sector: 'ADVANCED_EQUIPMENT',
    categoryCodes: ['3670'],
    description: '铝合金轮毂、车身结构件',
    listings: [
      {
        kind: 'DEMAND',
        title: '采购 铝合金板材 车身用',
        description: '6 系铝板，需 IATF 体系',
        categoryCode: '3252',
        quantity: 5000,
        unit: '吨',
        priceMin: 20_000,
        priceMax: 26_000,
        certifications: ['ISO9001'],
      },
    ],
  },
  // 医药 (a look-alike for the vials)
  {
    key: 'pharma1',
    name: '贵州百灵中成药有限公司',
    regionCode: '520402',
    sector: 'HEALTH_MEDICINE',
    categoryCodes: ['2740'],
    description: '苗药中成药',
    listings: [
      {
        kind: 'DEMAND',
        title: '采购 药用玻璃瓶 口服液瓶',
        description: '10ml 管制口服液瓶，需药包材登记',
        categoryCode: '2780',
        quantity: 20_000_000,
        unit: '只',
        priceMin: 0.1,
        priceMax: 0.25,
        certifications: ['GMP'],
      },
      {
        kind: 'DEMAND',
        title: '收购 中药材 天麻 杜仲',
        description: '道地药材，GAP 基地优先',
        categoryCode: '0171',
        quantity: 500,
        unit: '吨',
      },
    ],
  },
  {
    key: 'herb1',
    name: '大方天麻种植专业合作社',
    regionCode: '520521',
    sector: 'SUPPORTING',
    categoryCodes: ['0171'],
    description: '乌天麻种植',
    listings: [
      {
        kind: 'SUPPLY',
        title: '供应 乌天麻 鲜天麻 干天麻',
        description: '大方天麻，地理标志产品',
        categoryCode: '0171',
        quantity: 800,
        unit: '吨',
        priceMin: 60_000,
        priceMax: 200_000,
        certifications: ['GI'],
      },
    ],
  },
];
