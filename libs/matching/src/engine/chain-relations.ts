import type { MatchListing, ScoringContext } from './types';

/**
 * What a chain edge carries, from the supplying category (GB/T 4754-2017 classes):
 * - MATERIAL: materials, components, energy and packaging that flow into the buyer's product;
 * - EQUIPMENT: production equipment (divisions 34 general and 35 special equipment, 392/393
 *   communication and broadcast equipment): it serves every industry, and counts for a demand
 *   only when the demand asks for equipment;
 * - SERVICE: construction, trade, transport, information and business services (divisions 47 and
 *   up): they serve every industry, and count only when the demand asks for a service.
 */
export type ChainEdgeKind = 'MATERIAL' | 'EQUIPMENT' | 'SERVICE';

const EQUIPMENT_PREFIXES = ['34', '35', '392', '393'];

export function edgeKind(fromCode: string): ChainEdgeKind {
  if (EQUIPMENT_PREFIXES.some((p) => fromCode.startsWith(p))) return 'EQUIPMENT';
  const division = Number(fromCode.slice(0, 2));
  return division >= 47 ? 'SERVICE' : 'MATERIAL';
}

/**
 * Categories whose products stand in for each other (a buyer of one is served by the other): gift
 * boxes are made under 纸和纸板容器制造 and printed under 包装装潢及其他印刷; closures come in
 * aluminium and in plastic; liquor is bottled in glass and in ceramics; cans are metal and
 * plastic; steel structures and concrete components both build a plant.
 */
const SUBSTITUTES: readonly [string, string][] = [
  ['2231', '2319'],
  ['3333', '2926'],
  ['3055', '3074'],
  ['3311', '3022'],
  ['3024', '3031'],
  ['1523', '1529'],
  ['1371', '1469'],
  ['2730', '0171'],
  ['2621', '2622'],
  ['2622', '2624'],
  // A power station sells its power to industry directly (市场化直接交易) as the grid does.
  ['4411', '4420'],
  ['4413', '4420'],
];
const SUBSTITUTE_KEYS = new Set(SUBSTITUTES.flatMap(([a, b]) => [`${a}:${b}`, `${b}:${a}`]));
const SUBSTITUTES_OF = new Map<string, string[]>();
for (const [a, b] of SUBSTITUTES) {
  SUBSTITUTES_OF.set(a, [...(SUBSTITUTES_OF.get(a) ?? []), b]);
  SUBSTITUTES_OF.set(b, [...(SUBSTITUTES_OF.get(b) ?? []), a]);
}

export function areSubstitutes(a: string, b: string): boolean {
  return SUBSTITUTE_KEYS.has(`${a}:${b}`);
}

/**
 * Whether `from` feeds `to` on the chain, directly or as a stand-in for a category that does: a
 * printer's gift boxes go where a box maker's go, a hydro station's power where the grid's goes.
 */
export function feeds(from: string, to: string, chain: Pick<ScoringContext, 'isUpstream'>): boolean {
  if (chain.isUpstream(from, to)) return true;
  for (const other of SUBSTITUTES_OF.get(from) ?? []) if (chain.isUpstream(other, to)) return true;
  return false;
}

/** Contract manufacturing: a service that goods makers offer, filed under their goods. */
const CONTRACT_MANUFACTURING = /代工厂?|贴牌|代加工|oem|odm/i;
/**
 * What a lab, a surveyor or a metrology office does: testing by its other names (化学分析 and 岩矿鉴定
 * are tests, 仪表校准 and 计量检定 calibration, 环境监测, 安全评价, 地质勘察, 工程测绘). Not 分析 alone:
 * 气相色谱仪 白酒分析 and X荧光光谱仪 快速分析 say what an instrument is for.
 */
const TESTING_WORDS =
  '检测|化验|检验|认证|测试|检定|校准|鉴定|监测|评价|评估|勘察|勘探|测绘|化学分析|成分分析|元素分析|岩矿分析|水质分析';
/** Words that say a demand asks for a service (its title or its category). */
/** Haulage by the trade's words: by road (汽运), by the shift between two yards (短倒), by the carrier (承运), carrying out a plant's waste (外运, 运力, 清运). */
const HAULAGE_WORDS = '汽运|陆运|水运|货运|短倒|倒运|转运|拉运|承运|外运|运力|清运|寄运|托运|发运|快运|运送|寄送';
/**
 * Care of a site by people sent to it: cleaning (保洁), guarding (保安, 安保), pest control (消杀), grounds
 * (绿化养护), housekeeping and labour. No seller of goods does it; the place it is done (候车厅、站台保洁)
 * is no product. Not 清洁 alone: 清洁剂 and 清洁设备 are goods.
 */
const SITE_CARE_WORDS = '保洁|保安|安保|消杀|绿化养护|家政|劳务派遣|劳务外包|物业管理';
const SERVICE_WORDS = new RegExp(
  `服务|${SITE_CARE_WORDS}|系统|平台|软件|建设|集成|施工|安装|运维|维保|托管|咨询|辅导|设计|${TESTING_WORDS}|物流|运输|${HAULAGE_WORDS}|仓储|代理|经销|分销|外包|培训|改造|专网|云|数据|EPC|总包|工程|监理|租赁|营销|策划|信息化|数字化|溯源|追溯|推广|运营|直播|拍摄|开发|sass|saas|${CONTRACT_MANUFACTURING.source}`,
  'i',
);
/** Words that say a demand asks for production equipment. */
const EQUIPMENT_WORDS =
  /设备|机械|机器|机具|模具|装置|生产线|整线|流水线|一条线|(?:屠宰|灌装|罐装|包装|装配|组装|加工|输送|分拣|分割|涂装|喷涂|清洗|烘干|挤出|制曲)线|机组|器械|仪器|仪表|基站|机床|机器人|甑|储酒罐|发酵罐|秤|地磅/;
/** The same words, matched at the end of a whole title word: 运维服务, 制曲设备, 第三方检测. */
const ENDS_IN_SERVICE = new RegExp(`(?:${SERVICE_WORDS.source})$`, 'i');
const ENDS_IN_EQUIPMENT = new RegExp(`(?:${EQUIPMENT_WORDS.source})$`);
/** A title's head that names software, a product rather than a service (see offersService). */
const ENDS_IN_SOFTWARE = /(?:系统|平台|软件)$/;

/**
 * Whether the title asks for what `words` name: a whole title word that is, or ends in, one of
 * them (检测, 运维服务), so that a longer word merely containing one (外包装箱 holds 外包, 云雾茶
 * holds 云) does not. Without the title's words (a listing built elsewhere), the title's text.
 */
function titleAsks(l: MatchListing, whole: RegExp, anywhere: RegExp): boolean {
  return l.titleWords ? l.titleWords.some((w) => whole.test(w)) : anywhere.test(l.title);
}

/**
 * A head that names a device (检测报警仪, 在线监测系统, 流量计): a service word before it says what the
 * device does, and the title offers or asks for the device.
 */
const ENDS_IN_DEVICE =
  /(?:仪|器|机|仪表|水表|电表|气表|流量计|压力表|温度计|设备|装置|泵|阀|系统|平台|软件|试验台|测试台|检测台|实验台)$/;
/** A vehicle: a device when it is all a title names (危化品运输车), the means of a transport service beside one (运输 槽罐车). */
const ENDS_IN_VEHICLE = /车$/;

/**
 * Whether the title asks for a service of `whole`'s words (see titleAsks), unless every product it
 * names is a device, or it names a device first and no service last: JCB4便携式甲烷检测报警仪 is an
 * instrument, not testing, 危化品运输车 a truck, and 电机出厂试验台 空载/堵转/耐压 一体化测试系统 a test bench.
 */
function titleAsksService(l: MatchListing, whole: RegExp, anywhere: RegExp): boolean {
  if (!titleAsks(l, whole, anywhere)) return false;
  const heads = l.titleHeads;
  if (!heads?.length) return true;
  const device = (h: string) => ENDS_IN_DEVICE.test(h) && !whole.test(h);
  // a device named first, with no service named last, is the product (水泵性能试验台 流量/扬程 … 测试系统)
  if (device(heads[0]) && !whole.test(heads[heads.length - 1])) return false;
  return !heads.every((h) => device(h) || (ENDS_IN_VEHICLE.test(h) && !whole.test(h)));
}

/** Whether the demand asks for a service: posted under a service category, or says so. */
export function asksForService(d: MatchListing): boolean {
  return edgeKind(d.categoryCode) === 'SERVICE' || titleSaysService(d) || asksForProcess(d);
}

/** Work on the buyer's own parts put out: 外协, 外发. */
const PUT_OUT = /外协|外发|代加工|来料加工|加工厂/;

/**
 * Whether a demand's title asks for a process done to its own parts (找喷涂外协厂, 型材氟碳喷涂加工): the
 * process named as work (see PROCESSING) or put out (外协).
 */
function asksForProcess(d: MatchListing): boolean {
  return PROCESSING.test(d.title) || (PROCESS_WORDS.test(d.title) && PUT_OUT.test(d.title));
}

/**
 * Whether the demand's title asks for a service, whatever its category (a wholesaler's demands are
 * filed under its trade, a service category, and may ask for goods: 采购 香菇 干货).
 */
export function titleSaysService(d: MatchListing): boolean {
  return titleAsks(d, ENDS_IN_SERVICE, SERVICE_WORDS);
}

/**
 * Services that goods do not come with: a seller of 薏仁 runs no shop, a coal mine tests no coal.
 * Not 配送: 蔬菜配送 asks for vegetables brought to the door, which their seller does.
 */
const SERVICE_ONLY_WORDS = new RegExp(
  `推广|直播|运营|拍摄|物流|运输|${HAULAGE_WORDS}|${SITE_CARE_WORDS}|仓储|快递|培训|咨询|${TESTING_WORDS}|代理|营销|策划|外包|托管|租赁|监理|${CONTRACT_MANUFACTURING.source}`,
  'i',
);
const ENDS_IN_SERVICE_ONLY = new RegExp(`(?:${SERVICE_ONLY_WORDS.source})$`, 'i');

/**
 * Whether a demand's title asks for a service that no seller of goods delivers with them
 * (开网店、做直播卖薏仁, 磷矿石运输, 出口茶叶农残检测): the goods it names are what the service is for.
 * Not installation, design or a system: a maker of steel structures builds the plant.
 */
export function asksOnlyForService(d: MatchListing): boolean {
  return titleAsksService(d, ENDS_IN_SERVICE_ONLY, SERVICE_ONLY_WORDS);
}

/**
 * Whether a supply's title offers a service that goods never come with (see asksOnlyForService),
 * whatever its category: a consultancy or a testing lab files its listing under the industry it
 * serves (GMP认证咨询 under 化学药品制剂制造), a sauce factory filed under its goods that takes 贴牌代工
 * orders (油辣椒/辣椒酱 OEM贴牌代工) offers what a brand owner asks for (寻 油辣椒 OEM代工厂). Such a
 * listing is a service, not the goods its category names; a seller of the sauce alone is not.
 */
export function titleOffersService(s: MatchListing): boolean {
  return titleAsksService(s, ENDS_IN_SERVICE_ONLY, SERVICE_ONLY_WORDS) || PROCESSING.test(s.title);
}

/**
 * A process done to the client's own parts (喷漆, 热镀锌, 门板雕刻): contracted out, it makes no goods
 * of the processor's, unlike an OEM maker's liquor or sauce.
 */
const PROCESS_WORDS =
  /喷漆|喷涂|喷塑|电镀|镀锌|镀铬|热处理|焊接|雕刻|雕花|切割|折弯|冲压|抛光|打磨|钝化|阳极氧化|开料|封边|排孔|压花|覆膜/;
/** A process offered as work on the client's parts: 氟碳喷涂加工, 热处理服务, 镀锌处理. */
const PROCESSING = new RegExp(`(?:${PROCESS_WORDS.source})(?:加工|处理|服务)`);

/**
 * Whether a supply's title offers a service done to goods that are not its own, whatever its category:
 * a tanker firm's 硫酸/磷酸/液碱 槽车运输 filed under 无机酸制造 carries acid, it sells none. Not
 * contract manufacturing, where an OEM maker makes the goods, unless what is contracted is a process
 * (喷漆 代工, 门板雕刻 代加工): a paint shop sells no paint.
 */
export function titleOffersServiceOnly(s: MatchListing): boolean {
  return titleOffersService(s) && (!CONTRACT_MANUFACTURING.test(s.title) || PROCESS_WORDS.test(s.title));
}

/**
 * Whether the product a title names is equipment: one of its head words (the product each phrase
 * names, see Tokenizer.headWords) ends in equipment's words. A machine named only to say what a part
 * is for or where it is used names no machine asked for: 风电机组变桨轴承 is a bearing, 数控机床主轴 a
 * spindle, 基站备用电源…磷酸铁锂电池组 a battery. Without head words, any whole title word.
 */
function titleNamesEquipment(l: MatchListing): boolean {
  if (l.titleHeads?.length) return l.titleHeads.some((h) => ENDS_IN_EQUIPMENT.test(h));
  return titleAsks(l, ENDS_IN_EQUIPMENT, EQUIPMENT_WORDS);
}

/** A machine's part or consumable, which its maker sells under its equipment category (丙纶滤布, 衬板, 截齿). */
const ENDS_IN_PART =
  /(?:滤布|滤板|滤袋|滤芯|配件|备件|易损件|耗材|刀片|筛网|衬板|锤头|钢球|研磨珠|密封件|轴承|皮带|输送带|截齿|齿板)$/;

/** A head that names a machine or a vessel (压滤机, 干燥器, 反应釜, 回转窑): with a part beside it, the offer is the machine. */
const ENDS_IN_MACHINE = /(?:机|器|设备|机组|装置|线|炉|窑|泵|阀|罐|塔|釜|柜)$/;

/**
 * Whether a supply offers equipment: filed under an equipment category (unless its title names parts
 * or consumables and no machine: a filter-press maker's 丙纶滤布 定做 is cloth), or its title names a machine as its
 * product (香菇烘干机 is a machine for mushrooms, not mushrooms).
 */
export function offersEquipment(s: MatchListing): boolean {
  if (titleNamesEquipment(s)) return true;
  if (edgeKind(s.categoryCode) !== 'EQUIPMENT') return false;
  const heads = s.titleHeads ?? [];
  return !(heads.some((h) => ENDS_IN_PART.test(h)) && !heads.some((h) => ENDS_IN_MACHINE.test(h)));
}

/**
 * Whether a part is the product a title names, and a machine the product the other's names: the title
 * heads of the first end in a part (锤头 of PCF2022锤破锤头一套) and none in a machine, those of the second
 * in a machine (破碎机 of PCF2022 单段锤式破碎机) and none in a part.
 */
export function partAgainstMachine(part: MatchListing, machine: MatchListing): boolean {
  const p = part.titleHeads ?? [];
  const m = machine.titleHeads ?? [];
  return (
    p.some((h) => ENDS_IN_PART.test(h)) &&
    !p.some((h) => ENDS_IN_MACHINE.test(h)) &&
    m.some((h) => ENDS_IN_MACHINE.test(h)) &&
    !m.some((h) => ENDS_IN_PART.test(h))
  );
}

/** Whether the demand asks for equipment: posted under an equipment category, or its title names a machine. */
export function asksForEquipment(d: MatchListing): boolean {
  return edgeKind(d.categoryCode) === 'EQUIPMENT' || titleNamesEquipment(d);
}

/**
 * Whether the demand asks for a machine itself, as the goods-for-a-machine share reads it (score.ts):
 * its title says so, or it is filed under an equipment category that is not the buyer's own industry.
 * An equipment maker posting under its own industry (通信系统设备制造, 矿山机械制造) buys what its
 * machines are made of: 0402 贴片电容 for a control board, a 回转支承 for a crane. Its category says
 * who buys, not that a machine is asked for.
 */
export function asksForMachineItself(d: MatchListing): boolean {
  if (titleNamesEquipment(d)) return true;
  return edgeKind(d.categoryCode) === 'EQUIPMENT' && !postedUnderOwnIndustry(d);
}

/** Whether a demand is filed under its buyer's own industry (包装配套 under 白酒制造), not a product's category. */
export function postedUnderOwnIndustry(d: MatchListing): boolean {
  return d.enterpriseCategories.includes(d.categoryCode);
}

/**
 * Whether a supply offers a service rather than goods: filed under a service category, with a
 * title ending in a service (磷矿石、化肥大宗散货运输; 中药材/中药饮片检测). The goods it names are
 * what it carries or tests, not what it sells. A system, a platform or software is the product
 * itself, whatever its category: 制药MES/电子批记录EBR系统 is what a drug maker asking for
 * 电子批记录/MES under its own industry buys, not a service done to its goods.
 */
export function offersService(s: MatchListing): boolean {
  if (edgeKind(s.categoryCode) !== 'SERVICE') return false;
  const heads = s.titleHeads;
  if (!heads?.length) return SERVICE_WORDS.test(s.title);
  return heads.some((h) => ENDS_IN_SERVICE.test(h)) && !heads.some((h) => ENDS_IN_SOFTWARE.test(h));
}

/**
 * What a title says is wrong (漏油, 太慢, 辣度不一样, 冒灰, 电费太高, 胀盖发霉, 不想再烧煤): a demand told as a
 * problem, whose answer is a machine, a service or a fix, not what flows into the buyer's industry.
 */
const PROBLEM = new RegExp(
  [
    '太(?:高|慢|快|大|贵|多|差|低|小|重|费|短)',
    '不(?:稳定|一样|均匀|均|够|足|准|达标|合格|干净|出来|住)',
    '问题|求解决|怎么办|老是|总是|故障|投诉|退货|降成本|降本|跟不上|无力|冒灰|冒烟|烧坏|不想再|要停|跳闸|停电',
    '偏(?:高|低|大|小)|波动|损耗大|能耗高|效率低|良率低|不良率|次品|返工|噪音大|粉尘大|异响|发烫|缺货|断货',
    // a symptom, not a product's guard against it: 防结块剂, 耐磨损, 抗老化, 防腐蚀涂料, 防漏
    `(?<![防抗阻耐除免])(?:${[
      '漏(?:油|风|雨|水|气|液|料|电)',
      '堵',
      '卡料',
      '发霉',
      '霉变',
      '胀(?:盖|袋|罐|包)',
      '超标',
      '磨损',
      '开裂',
      '生锈',
      '锈蚀',
      '腐蚀',
      '老化',
      '变形',
      '脱落',
      '渗漏',
      '结垢',
      '异味',
      '哈喇',
      '过热',
      '结块',
      '掉色',
      '返潮',
    ].join('|')})`,
  ].join('|'),
  'u',
);

/** Whether a demand's title tells a problem (see PROBLEM) rather than naming a product or a need. */
export function toldAsProblem(d: MatchListing): boolean {
  return PROBLEM.test(d.title);
}

/**
 * Whether an edge from the supply's category counts for this demand. Materials count unless the
 * demand's title asks for equipment or a service (采购酿酒设备 is not answered by 酒瓶) or tells a problem
 * (油辣椒每批辣度不一样 is not answered by the chillies and oils every chilli-oil maker buys); equipment
 * and services count for a demand that asks for them or tells a problem, which machines and services fix.
 */
export function edgeCounts(fromCode: string, d: MatchListing): boolean {
  const kind = edgeKind(fromCode);
  if (kind === 'MATERIAL')
    return (
      !titleAsks(d, ENDS_IN_EQUIPMENT, EQUIPMENT_WORDS) &&
      !titleAsks(d, ENDS_IN_SERVICE, SERVICE_WORDS) &&
      !toldAsProblem(d)
    );
  if (toldAsProblem(d)) return true;
  return kind === 'SERVICE' ? asksForService(d) : asksForEquipment(d) || asksForService(d);
}

/**
 * Generic words of a demand that names a need rather than a product (求购 包装配套, 原辅料采购):
 * such a demand, posted under the buyer's own industry, is related to what that industry buys.
 */
export const NEED_WORDS: ReadonlySet<string> = new Set([
  '原料',
  '原辅料',
  '辅料',
  '原材料',
  '材料',
  '物料',
  '配套',
  '包装',
  '包材',
  '燃料',
  '能源',
  '耗材',
  '配件',
  '零部件',
]);
