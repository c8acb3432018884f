import {
  areSubstitutes,
  asksForEquipment,
  asksForMachineItself,
  asksForService,
  asksOnlyForService,
  edgeCounts,
  edgeKind,
  offersEquipment,
  offersService,
  partAgainstMachine,
  titleOffersService,
  titleOffersServiceOnly,
  toldAsProblem,
} from './chain-relations';
import { categoryPart, keywordPart, scorePair } from './score';
import { listing, testContext } from './test-context';
import { Tokenizer } from './tokenizer';
import type { MatchListing } from './types';

const ctx = testContext();
const tokenizer = new Tokenizer();
const terms = (...t: string[]) => new Map(t.map((x) => [x, 2]));
/** A listing read from its title as the tokenizer reads one (terms, products, title words and heads). */
const titled = (kind: 'SUPPLY' | 'DEMAND', categoryCode: string, title: string, enterpriseCategories: string[] = []) =>
  listing({
    kind,
    categoryCode,
    title,
    enterpriseCategories,
    terms: tokenizer.listingTerms(title, null),
    segments: tokenizer.productSegments(title),
    titleWords: tokenizer.titleWords(title),
    titleHeads: tokenizer.titleHeads(title),
    useWords: tokenizer.useWords(title),
    replacedWords: tokenizer.replacedWords(title),
  });

describe('chain edge kinds', () => {
  it('tells materials from equipment and services by the supplying category', () => {
    expect(edgeKind('3055')).toBe('MATERIAL');
    expect(edgeKind('0119')).toBe('MATERIAL');
    expect(edgeKind('4420')).toBe('MATERIAL'); // electricity flows into a smelter's product
    expect(edgeKind('3531')).toBe('EQUIPMENT');
    expect(edgeKind('3511')).toBe('EQUIPMENT');
    expect(edgeKind('3921')).toBe('EQUIPMENT');
    expect(edgeKind('6312')).toBe('SERVICE');
    expect(edgeKind('6531')).toBe('SERVICE');
    expect(edgeKind('5127')).toBe('SERVICE');
  });

  it('reads whether a demand asks for a service or equipment from its category or its title', () => {
    expect(asksForService(listing({ kind: 'DEMAND', categoryCode: '6513', title: '求购 MES' }))).toBe(true);
    expect(asksForService(listing({ kind: 'DEMAND', categoryCode: '1512', title: '求购 一物一码溯源系统' }))).toBe(
      true,
    );
    expect(asksForService(listing({ kind: 'DEMAND', categoryCode: '1512', title: '求购 酿酒高粱' }))).toBe(false);
    // A process done to the buyer's own parts, named as work or put out, is a service asked for.
    expect(asksForService(titled('DEMAND', '3252', '找喷涂外协厂'))).toBe(true);
    expect(asksForService(titled('DEMAND', '3252', '型材氟碳喷涂加工'))).toBe(true);
    expect(asksForService(titled('DEMAND', '3252', '超耐候粉末涂料'))).toBe(false);
    expect(asksForEquipment(listing({ kind: 'DEMAND', categoryCode: '1512', title: '求购 制曲设备' }))).toBe(true);
    expect(asksForEquipment(listing({ kind: 'DEMAND', categoryCode: '1512', title: '求购 包装配套' }))).toBe(false);
    // A whole line asked for by its own word (整线, 流水线), as 生产线.
    expect(asksForEquipment(titled('DEMAND', '2740', '中药水提醇沉整线'))).toBe(true);
    expect(asksForEquipment(titled('DEMAND', '1530', '茶叶包装流水线'))).toBe(true);
    expect(asksForEquipment(titled('DEMAND', '3531', '辣酱自动装瓶拧盖一条线'))).toBe(true);
    // A scale is equipment: a fertilizer plant's 自动包装秤 is no answer from a seller of fertilizer.
    expect(asksForEquipment(titled('DEMAND', '2624', '自动包装秤 50kg'))).toBe(true);
    expect(asksForEquipment(titled('DEMAND', '2624', '100吨汽车地磅'))).toBe(true);
    // A line named by its process is a machine; a wire is not (漆包线, 电缆线).
    expect(asksForEquipment(titled('DEMAND', '1469', '生猪屠宰线 半自动 日屠宰1000头 新建项目'))).toBe(true);
    expect(asksForEquipment(titled('DEMAND', '1523', '刺梨汁灌装线 一条'))).toBe(true);
    expect(asksForEquipment(titled('DEMAND', '3985', '漆包线 QZY-2/180 1.0mm'))).toBe(false);
    // A mould is tooling, asked for and offered as equipment: the bottles it makes are no answer to it.
    expect(asksForMachineItself(titled('DEMAND', '3055', '定制500ml酒瓶模具 8组双滴 成套'))).toBe(true);
    expect(offersEquipment(titled('SUPPLY', '3393', '玻璃酒瓶模具 初模 成模 口模 成套'))).toBe(true);
    expect(asksForEquipment(titled('DEMAND', '3130', '模具钢 H13 圆钢 φ200'))).toBe(false);
    // A machine asked for by what it does: the distillery's grain is no answer to it.
    const machine = titled('DEMAND', '1512', '晾堂酒醅降温打散的机器');
    expect(asksForEquipment(machine)).toBe(true);
    expect(edgeCounts('0119', machine)).toBe(false);
    expect(edgeCounts('0119', titled('DEMAND', '1512', '求购 酿酒高粱'))).toBe(true);
    // An assay is a service no seller of the ore delivers with it (化验, 检验 as 检测).
    const assay = titled('DEMAND', '3140', '需要 锰矿化验服务');
    expect(asksOnlyForService(assay)).toBe(true);
    expect(edgeCounts('0820', assay)).toBe(false);
    // Cleaning, guarding, pest control of a site: the places named are no products (a 候车大厅 lamp is no answer).
    expect(asksOnlyForService(titled('DEMAND', '4420', '高铁站候车厅、站台保洁服务招标'))).toBe(true);
    expect(asksForService(titled('DEMAND', '4420', '车辆段 保安 24小时 2年'))).toBe(true);
    expect(titleOffersService(titled('SUPPLY', '5127', '城市轨道交通车站保洁 日常保洁 石材养护'))).toBe(true);
    expect(asksOnlyForService(titled('DEMAND', '2682', '求购 地面清洁剂 中性'))).toBe(false);
  });

  it('reads a service naming goods as a service: its words count half for a demand for the goods', () => {
    const haulage = titled('SUPPLY', '5127', '磷矿石、化肥大宗散货运输');
    const ore = titled('SUPPLY', '1020', '磷矿石 原矿');
    expect(offersService(haulage)).toBe(true);
    expect(offersService(ore)).toBe(false);
    // An equipment maker's 含安装 does not make it a service.
    expect(offersService(titled('SUPPLY', '3531', '不锈钢储酒罐 含安装'))).toBe(false);
    // Software is the product, whatever its category: its words count in full for a buyer's MES.
    const ebr = titled('SUPPLY', '6513', '制药MES/电子批记录EBR系统');
    expect(offersService(ebr)).toBe(false);
    expect(offersService(titled('SUPPLY', '6531', '中心机房 运维服务'))).toBe(true);
    // A service naming what it runs on after the service (冷链运输 … 冷藏车) is still the service:
    // a buyer of 冷藏车 gets the truck's maker first, not a haulier.
    const reefer = titled('SUPPLY', '5127', '冷链运输 4.2米/6.8米/9.6米冷藏车');
    expect(offersService(reefer)).toBe(true);
    const buyTruck = titled('DEMAND', '0159', '求购 冷藏车 4.2米 2台');
    const truck = titled('SUPPLY', '3670', '冷藏车 4.2米 福田/江铃 国六');
    expect(keywordPart(reefer, buyTruck, ctx).fit).toBeLessThan(0.8 * keywordPart(truck, buyTruck, ctx).fit);
    const buyMes = titled('DEMAND', '2740', 'GMP车间电子批记录/MES');
    const plainEbr = titled('SUPPLY', '2740', '制药MES/电子批记录EBR系统');
    expect(keywordPart(ebr, buyMes, ctx).fit).toBeCloseTo(keywordPart(plainEbr, buyMes, ctx).fit, 6);
    const buyOre = titled('DEMAND', '2622', '求购 磷矿石');
    expect(keywordPart(haulage, buyOre, ctx).fit).toBeLessThan(0.8 * keywordPart(ore, buyOre, ctx).fit);
    // So does one whose title offers the service under a goods category (a tanker firm under 无机酸制造),
    // but not contract manufacturing: an OEM maker makes the goods.
    const buyAcid = titled('DEMAND', '2624', '采购98%硫酸');
    const tanker = titled('SUPPLY', '2611', '硫酸/磷酸/液碱 槽车运输 危化品');
    const acid = titled('SUPPLY', '2611', '工业硫酸 98% 槽车');
    expect(keywordPart(tanker, buyAcid, ctx).fit).toBeLessThan(0.8 * keywordPart(acid, buyAcid, ctx).fit);
    expect(titleOffersServiceOnly(tanker)).toBe(true);
    expect(titleOffersServiceOnly(titled('SUPPLY', '1512', '酱香白酒 OEM贴牌代工'))).toBe(false);
    // A device named first is the product, whatever tests it lists after it: a test bench is no testing.
    const bench = titled('SUPPLY', '6531', '水泵性能试验台 流量/扬程/效率/汽蚀 自动测试系统');
    expect(titleOffersService(bench)).toBe(false);
    expect(titleOffersService(titled('SUPPLY', '6531', '水泵 流量/扬程 第三方检测'))).toBe(true);
    // A process contracted out is a service all the same: a paint shop sells no paint.
    expect(titleOffersServiceOnly(titled('SUPPLY', '3024', '喷漆 代工 木门 家具'))).toBe(true);
    expect(titleOffersServiceOnly(titled('SUPPLY', '3024', '门板雕刻 代加工'))).toBe(true);
    const buyPaint = titled('DEMAND', '3024', 'PU漆 白色亚光 底漆面漆固化剂 木门');
    const paintShop = keywordPart(titled('SUPPLY', '3024', '喷漆 代工 木门 家具'), buyPaint, ctx).fit;
    expect(paintShop).toBeLessThan(
      0.5 * keywordPart(titled('SUPPLY', '2651', 'PU漆 家具漆 底漆 面漆 固化剂'), buyPaint, ctx).fit,
    );
    // Coaching is asked for like consulting: 迎检辅导 answered by a consultancy counts in full.
    expect(asksForService(titled('DEMAND', '2740', '新建中药提取车间 GMP迎检辅导'))).toBe(true);
    // Testing by its other names is a service a lab sells, under whatever category it files…
    for (const title of ['铝土矿化学分析 Al2O3 SiO2', '岩矿鉴定 多元素', '压力表校准 计量检定', '厂界噪声监测'])
      expect(titleOffersServiceOnly(titled('SUPPLY', '0916', title))).toBe(true);
    const buyAssay = titled('DEMAND', '3216', '铝土矿化学分析 委外检测');
    const assayLab = titled('SUPPLY', '0916', '铝土矿化学分析 Al2O3 SiO2 铝硅比 灼减');
    expect(keywordPart(assayLab, buyAssay, ctx).fit).toBeGreaterThan(0.85);
    // …but an instrument that names what it measures is the instrument, and a truck named for its work a truck.
    const detector = titled('SUPPLY', '3511', 'JCB4便携式甲烷检测报警仪');
    expect(titleOffersServiceOnly(detector)).toBe(false);
    expect(titleOffersServiceOnly(titled('SUPPLY', '3531', '气相色谱仪 FID 白酒分析'))).toBe(false);
    expect(titleOffersServiceOnly(titled('SUPPLY', '3670', '危化品运输车 8吨'))).toBe(false);
    expect(titleOffersServiceOnly(titled('SUPPLY', '2611', '危化品运输 硫酸 槽罐车'))).toBe(true);
    const buyDetector = titled('DEMAND', '0610', '便携式甲烷检测仪50台');
    expect(asksOnlyForService(buyDetector)).toBe(false);
    expect(keywordPart(detector, buyDetector, ctx).fit).toBeGreaterThan(
      1.5 * keywordPart(titled('SUPPLY', '3511', '甲烷检测 CMA 第三方'), buyDetector, ctx).fit,
    );
    // Haulage by the trade's words (汽运, 短倒, 承运; carrying waste out: 外运, 运力, 清运) is asked for as the
    // service, and the coal it moves answers in part.
    for (const title of [
      '进厂煤汽运 盘州保田→水城厂区 日运1500吨',
      '熟料短倒 每天800吨',
      '危化品承运',
      '炉渣、石膏外运运力',
      '工地渣土清运',
    ])
      expect(asksOnlyForService(titled('DEMAND', '3011', title))).toBe(true);
    const buyCoalHaulage = titled('DEMAND', '0610', '进厂煤汽运 盘州→水城');
    expect(keywordPart(titled('SUPPLY', '0610', '进厂煤 盘州 5500大卡'), buyCoalHaulage, ctx).fit).toBeLessThan(
      0.6 * keywordPart(titled('SUPPLY', '5430', '进厂煤 盘州 5500大卡'), buyCoalHaulage, ctx).fit,
    );
    const buyHaulage = titled('DEMAND', '2622', '磷矿石运输');
    // Asked for, counted in full (not halved).
    expect(keywordPart(haulage, buyHaulage, ctx).fit).toBeGreaterThan(0.85);
    // And the other way: the ore answers a demand for its haulage only in part.
    expect(asksOnlyForService(buyHaulage)).toBe(true);
    expect(keywordPart(ore, buyHaulage, ctx).fit).toBeLessThan(0.6 * keywordPart(ore, buyOre, ctx).fit);
    // A service firm's offer is its service, whatever its title ends in (直播带货 对接主播), and so is
    // one whose title offers it under a goods category (a consultancy files under its clients' industry).
    const shop = titled('DEMAND', '1371', '找团队开网店、做直播推广');
    const streamer = keywordPart(titled('SUPPLY', '6513', '直播带货 对接主播'), shop, ctx).fit;
    expect(keywordPart(titled('SUPPLY', '2926', '直播带货 对接主播'), shop, ctx).fit).toBeCloseTo(streamer, 5);
    // And the goods a machine is for, to a demand for the machine: a bottle is no still.
    const still = titled('DEMAND', '3531', '求购 酱香白酒不锈钢蒸馏甑');
    const bottle = keywordPart(titled('SUPPLY', '3055', '500ml 酱香型白酒玻璃瓶'), still, ctx).fit;
    expect(bottle).toBeCloseTo(keywordPart(titled('SUPPLY', '3531', '500ml 酱香型白酒玻璃瓶'), still, ctx).fit / 2, 5);
    // Not a machine its maker files under a material category (a chiller maker under 金属结构制造): its title names the machine.
    const chillers = titled('DEMAND', '6450', '磁悬浮冷水机组 1000RT 3台');
    const chiller = keywordPart(titled('SUPPLY', '3311', '磁悬浮离心式冷水机组 1000RT'), chillers, ctx).fit;
    expect(chiller).toBeCloseTo(
      keywordPart(titled('SUPPLY', '3511', '磁悬浮离心式冷水机组 1000RT'), chillers, ctx).fit,
      5,
    );
    // And the goods a product is for, to a demand for the product: a belt is no wire rope for belts,
    // titanium bars no coolant for machining them; the product itself, or one that says what it is for, counts in full.
    // (The share a reading of the demand leaves a supply: its fit, against its fit without that reading.)
    const share = (supply: MatchListing, demand: MatchListing, without: Partial<MatchListing>) =>
      keywordPart(supply, demand, ctx).fit / keywordPart(supply, { ...demand, ...without }, ctx).fit;
    const noUse = { useWords: [] };
    const wireForBelts = titled('DEMAND', '3511', '采购钢丝绳芯输送带用钢丝绳');
    expect(share(titled('SUPPLY', '3511', '钢丝绳芯阻燃输送带 ST1250-ST2500'), wireForBelts, noUse)).toBeCloseTo(
      0.5,
      5,
    );
    expect(share(titled('SUPPLY', '3130', '输送带用钢丝绳 镀锌'), wireForBelts, noUse)).toBeCloseTo(1, 5);
    const coolant = titled('DEMAND', '3670', '机加车间钛合金加工用的冷却液');
    expect(share(titled('SUPPLY', '3393', 'TC11钛合金棒 φ60-250'), coolant, noUse)).toBeCloseTo(0.5, 5);
    // A supply naming its own use after its product (聚合氯化铝 … 污水处理) is still the product.
    const flocculant = titled('DEMAND', '2613', '污水站用的絮凝剂');
    expect(share(titled('SUPPLY', '2613', '聚合氯化铝 PAC 28% 污水处理'), flocculant, noUse)).toBeCloseTo(1, 5);
    // And the product a demand wants replaced: the glucose a buyer of another carbon source is to be rid of,
    // not a syrup made from it, and the TMTD a buyer of its substitute is.
    const notReplaced = { replacedWords: [] };
    const carbon = titled('DEMAND', '3985', '碳包覆原料 想找替代现有葡萄糖的碳源');
    expect(share(titled('SUPPLY', '1495', '工业葡萄糖 一水 吨袋装'), carbon, notReplaced)).toBeCloseTo(0.5, 5);
    expect(share(titled('SUPPLY', '1495', '葡萄糖浆 DE42 液体'), carbon, notReplaced)).toBeCloseTo(1, 5);
    const notTmtd = titled('DEMAND', '3670', '找TMTD的替代品，不产生亚硝胺');
    expect(share(titled('SUPPLY', '2619', '促进剂 TMTD (TT)'), notTmtd, notReplaced)).toBeCloseTo(0.5, 5);
    // And the material a story says is in use and to go (还在用PP塑料盒): a PP box is no answer, a
    // degradable one is; a word the story says again of what it wants (轴套) is not retired.
    const story = '学校外送的教师餐还在用PP塑料盒，要换成可降解的，能装热菜热汤';
    const boxes = {
      ...titled('DEMAND', '1469', '禁塑了，学校的一次性餐具要换'),
      retiredWords: tokenizer.retiredWords('禁塑了，学校的一次性餐具要换', story),
    };
    const notRetired = { retiredWords: [] };
    expect(share(titled('SUPPLY', '2926', '一次性PP餐盒 注塑750ml'), boxes, notRetired)).toBeCloseTo(0.5, 5);
    expect(share(titled('SUPPLY', '2926', '一次性 PLA全降解餐盒 刀叉勺'), boxes, notRetired)).toBeCloseTo(1, 5);
    expect(tokenizer.retiredWords('导叶漏水大', '原来是尼龙轴套加油润滑，加油麻烦。想换成免维护的自润滑轴套')).toEqual([
      '尼龙',
    ]);
    expect(tokenizer.retiredWords('现有6台电蒸饭柜不够', '打算再增加蒸饭产能')).toEqual([]);
    // And a machine for the goods, to a demand for the goods: a mushroom dryer is no mushroom…
    const mushrooms = titled('DEMAND', '5127', '采购 香菇 干货 礼品装');
    const dryer = titled('SUPPLY', '3531', '香菇烘干机 热泵');
    expect(offersEquipment(dryer)).toBe(true);
    expect(keywordPart(dryer, mushrooms, ctx).fit).toBeCloseTo(
      keywordPart(titled('SUPPLY', '1371', '香菇烘干机 热泵'), mushrooms, ctx).fit / 2,
      5,
    );
    // …but counts in full where the demand asks for a machine, or names that kind of machine.
    const dryers = titled('DEMAND', '1371', '求购 香菇烘干设备');
    expect(keywordPart(dryer, dryers, ctx).fit).toBeCloseTo(
      keywordPart(titled('SUPPLY', '5127', '香菇烘干机 热泵'), dryers, ctx).fit,
      5,
    );
    // A buyer names an instrument by what it measures (新增色谱2套): the 气相色谱仪 is what it asks for.
    const gc = titled('SUPPLY', '3531', '气相色谱仪 白酒专用型');
    const lab = titled('DEMAND', '1512', '质检中心新增色谱2套', ['1512']);
    expect(offersEquipment(gc)).toBe(true);
    expect(keywordPart(gc, lab, ctx).fit).toBeCloseTo(
      keywordPart({ ...gc, categoryCode: '1512', titleHeads: ['色谱'] }, lab, ctx).fit,
      5,
    );
    const excavator = titled('SUPPLY', '3511', '挖掘机 SY75');
    const buyExcavator = titled('DEMAND', '5127', '采购 挖掘机 2台');
    expect(keywordPart(excavator, buyExcavator, ctx).fit).toBeCloseTo(
      keywordPart(titled('SUPPLY', '5127', '挖掘机 SY75'), buyExcavator, ctx).fit,
      5,
    );
  });

  it('reads an equipment maker’s demand under its own industry as one for what its machines are made of', () => {
    // A conveyor maker buying sprockets under its own industry asks for no machine; under the machine's
    // category by a buyer of another trade, or with a title naming a machine, it does.
    const sprockets = titled('DEMAND', '3511', '采购 刮板输送机链轮组件 40T', ['3511']);
    expect(asksForEquipment(sprockets)).toBe(true);
    expect(asksForMachineItself(sprockets)).toBe(false);
    expect(asksForMachineItself(titled('DEMAND', '3511', '采购 刮板输送机链轮组件 40T', ['0610']))).toBe(true);
    expect(asksForMachineItself(titled('DEMAND', '1512', '求购 制曲设备', ['1512']))).toBe(true);
    // So the forged part, filed under its materials category, counts in full…
    const part = titled('SUPPLY', '3393', '刮板机链轮组件 40T 整体锻造');
    expect(keywordPart(part, sprockets, ctx).fit).toBeCloseTo(
      keywordPart(titled('SUPPLY', '3511', '刮板机链轮组件 40T 整体锻造'), sprockets, ctx).fit,
      5,
    );
    // …while the goods a still is for stay half for a distillery equipment maker asking for a still.
    const still = titled('DEMAND', '3531', '求购 酱香白酒不锈钢蒸馏甑', ['3531']);
    const bottle = keywordPart(titled('SUPPLY', '3055', '500ml 酱香型白酒玻璃瓶'), still, ctx).fit;
    expect(bottle).toBeCloseTo(keywordPart(titled('SUPPLY', '3531', '500ml 酱香型白酒玻璃瓶'), still, ctx).fit / 2, 5);
  });

  it('reads the product a title names, not the machine or site it names as the product’s use', () => {
    // Parts of machines, a battery for a base station: the machine and the site qualify the product.
    const bearing = titled('DEMAND', '4413', '求购 水电机组导轴承', ['4413']);
    const spindle = titled('DEMAND', '3393', '数控机床主轴 BT40');
    const battery = titled('DEMAND', '6312', '基站备用电源 48V 200Ah 磷酸铁锂电池组', ['6312']);
    for (const d of [bearing, spindle, battery]) {
      expect(asksForEquipment(d)).toBe(false);
      expect(asksForMachineItself(d)).toBe(false);
    }
    expect(offersEquipment(titled('SUPPLY', '3393', '水电机组导轴承 巴氏合金瓦'))).toBe(false);
    // A machine maker's parts and consumables, filed under its equipment category, are not machines.
    expect(offersEquipment(titled('SUPPLY', '3511', '丙纶滤布 750A、PP滤板 定做'))).toBe(false);
    expect(offersEquipment(titled('SUPPLY', '3511', '采煤机截齿'))).toBe(false);
    expect(offersEquipment(titled('SUPPLY', '3511', '隔膜厢式压滤机 自动拉板'))).toBe(true);
    expect(offersEquipment(titled('SUPPLY', '3511', '矿用防爆电机'))).toBe(true);
    // The machine named as the product is still asked for, whatever words come before it.
    expect(asksForMachineItself(titled('DEMAND', '1512', '求购 基站配套设备'))).toBe(true);
    expect(asksForMachineItself(titled('DEMAND', '4413', '水电机组导轴承 检测设备', ['4413']))).toBe(true);
    // So the battery maker's battery pack counts in full for the battery, as the same offer filed
    // under the buyer's category does.
    const pack = '通信备电 48V200Ah 磷酸铁锂电池组';
    expect(keywordPart(titled('SUPPLY', '3841', pack), battery, ctx).fit).toBeCloseTo(
      keywordPart(titled('SUPPLY', '6312', pack), battery, ctx).fit,
      5,
    );
  });

  it('counts in full an offer that names the model the demand names, whatever it calls the product', () => {
    const cabinets = titled('DEMAND', '4420', 'GGD2 低压配电柜 6面');
    const set = titled('SUPPLY', '3921', 'GGD2型交流低压配电柜成套设备');
    expect(offersEquipment(set)).toBe(true);
    expect(keywordPart(set, cabinets, ctx).fit).toBeCloseTo(
      keywordPart(titled('SUPPLY', '4420', 'GGD2型交流低压配电柜成套设备'), cabinets, ctx).fit,
      5,
    );
    // A number with its unit (25V, 47uF) is no model: the machine for the goods stays half.
    const mushrooms = titled('DEMAND', '5127', '采购 香菇 干货 5kg装');
    const dryer = titled('SUPPLY', '3531', '香菇烘干机 5kg装 热泵');
    expect(keywordPart(dryer, mushrooms, ctx).fit).toBeCloseTo(
      keywordPart(titled('SUPPLY', '1371', '香菇烘干机 5kg装 热泵'), mushrooms, ctx).fit / 2,
      5,
    );
  });

  it('counts half the machine itself for a demand of its part, even of the model the demand names', () => {
    const hammers = titled('DEMAND', '3011', 'PCF2022锤破锤头一套', ['3011']);
    const crusher = titled('SUPPLY', '3511', 'PCF2022 单段锤式破碎机');
    const parts = titled('SUPPLY', '3511', '锤式破碎机锤头（双液复合铸造）');
    expect(partAgainstMachine(hammers, crusher)).toBe(true);
    expect(partAgainstMachine(hammers, parts)).toBe(false);
    // The demand for the machine is not one for a part: the crusher of its model counts in full.
    expect(partAgainstMachine(titled('DEMAND', '3011', 'PCF2022 锤式破碎机一台'), crusher)).toBe(false);
    expect(keywordPart(crusher, hammers, ctx).fit).toBeLessThan(keywordPart(parts, hammers, ctx).fit);
  });

  it('reads contract manufacturing (OEM, 贴牌, 代工) as a service: a maker that takes such orders offers it, a seller of the goods does not', () => {
    const make = (kind: 'SUPPLY' | 'DEMAND', title: string) => titled(kind, kind === 'DEMAND' ? '5127' : '1469', title);
    const oem = make('DEMAND', '寻 油辣椒/辣椒酱 OEM贴牌代工厂');
    expect(asksForService(oem)).toBe(true);
    expect(asksOnlyForService(oem)).toBe(true);
    const maker = make('SUPPLY', '油辣椒/辣椒酱 OEM贴牌代工 起订500箱');
    const goods = make('SUPPLY', '油辣椒 辣椒酱 批发');
    expect(titleOffersService(maker)).toBe(true);
    expect(titleOffersService(goods)).toBe(false);
    expect(keywordPart(maker, oem, ctx).fit).toBeGreaterThan(2 * keywordPart(goods, oem, ctx).fit);
    expect(asksOnlyForService(make('DEMAND', '求购 油辣椒 280g'))).toBe(false);
  });

  it('tells services that goods never come with from those a maker delivers (安装, 设计, 系统)', () => {
    const demand = (title: string) =>
      listing({ kind: 'DEMAND', categoryCode: '0119', title, titleWords: tokenizer.titleWords(title) });
    expect(asksOnlyForService(demand('找人帮开网店、做直播卖薏仁'))).toBe(true);
    expect(asksOnlyForService(demand('出口茶叶农残检测'))).toBe(true);
    expect(asksOnlyForService(demand('钢结构厂房 设计·制作·安装'))).toBe(false);
    expect(asksOnlyForService(demand('求购 一物一码溯源系统'))).toBe(false);
    expect(asksOnlyForService(demand('求购 薏仁米'))).toBe(false);
    // Goods brought to the door are goods: their seller delivers them.
    expect(asksOnlyForService(demand('民宿厨房 每周蔬菜+豆腐+菜籽油配送'))).toBe(false);
  });

  it('reads a service offered in a title as a service, whatever category its firm filed it under', () => {
    const supply = (title: string, categoryCode = '2720') =>
      listing({ kind: 'SUPPLY', categoryCode, title, titleWords: tokenizer.titleWords(title) });
    expect(titleOffersService(supply('新版GMP认证咨询 文件体系编写'))).toBe(true);
    expect(titleOffersService(supply('原料药 第三方检测 CMA'))).toBe(true);
    expect(titleOffersService(supply('酱香白酒 OEM贴牌代工', '1512'))).toBe(true);
    expect(titleOffersService(supply('注射用水 大输液原料'))).toBe(false);
    expect(titleOffersService(supply('盐酸二甲双胍片 0.5g'))).toBe(false);
    // A process named as work done (氟碳喷涂加工, 热处理服务) is a service; the paint is goods.
    expect(titleOffersService(supply('PVDF 氟碳喷涂加工（二涂/三涂）', '3252'))).toBe(true);
    expect(titleOffersService(supply('真空热处理服务', '3252'))).toBe(true);
    expect(titleOffersService(supply('超耐候建筑铝型材粉末涂料', '2651'))).toBe(false);
    // Its words count in full for a demand for that service; the goods of its category's would count half.
    const demand = listing({
      kind: 'DEMAND',
      categoryCode: '2720',
      enterpriseCategories: ['2720'],
      title: '新车间 GMP认证咨询',
      titleWords: tokenizer.titleWords('新车间 GMP认证咨询'),
      terms: terms('车间', 'gmp', '认证', '咨询'),
    });
    const consultancy = supply('GMP认证咨询 迎检辅导');
    const goods = supply('GMP车间 洁净板材');
    const fit = (s: typeof consultancy, t: Map<string, number>) => keywordPart({ ...s, terms: t }, demand, ctx).fit;
    expect(fit(consultancy, terms('gmp', '认证', '咨询'))).toBeCloseTo(2 * fit(goods, terms('gmp', '认证', '咨询')), 5);
  });

  it('counts a materials edge only for a demand that does not ask for equipment or a service', () => {
    const demand = (title: string) =>
      listing({ kind: 'DEMAND', categoryCode: '1512', title, titleWords: tokenizer.titleWords(title) });
    expect(edgeCounts('3055', demand('求购 酱香型白酒玻璃瓶'))).toBe(true);
    expect(edgeCounts('3055', demand('采购酿酒设备'))).toBe(false); // bottles answer no equipment demand
    expect(edgeCounts('3531', demand('采购酿酒设备'))).toBe(true);
    expect(edgeCounts('0119', demand('酿酒 原料采购'))).toBe(true);
    expect(edgeCounts('0119', demand('白酒溯源系统'))).toBe(false);
    // Nor for a demand told as a problem: its answer is a fix, not what flows into the buyer's industry.
    expect(toldAsProblem(demand('蒸馏冷却水不够，夏天出酒温度太高'))).toBe(true);
    expect(edgeCounts('0119', demand('蒸馏冷却水不够，夏天出酒温度太高'))).toBe(false);
    expect(edgeCounts('3531', demand('蒸馏冷却水不够，夏天出酒温度太高'))).toBe(true);
    expect(toldAsProblem(demand('求购 酱香型白酒玻璃瓶'))).toBe(false);
    expect(toldAsProblem(demand('窖池老是渗漏，酒损偏高'))).toBe(true);
    // A product's guard against a symptom is no problem told: 防结块剂, 耐磨损衬板, 抗老化母粒.
    for (const title of ['求购 复合肥防结块剂', '耐磨损衬板', '抗老化母粒', '防腐蚀涂料'])
      expect(toldAsProblem(demand(title))).toBe(false);
  });

  it('reads the ask from whole title words: 外包装箱 holds 外包 and 云雾茶 holds 云, neither asks for a service', () => {
    const demand = (title: string) =>
      listing({
        kind: 'DEMAND',
        categoryCode: '1620',
        title,
        titleWords: tokenizer.titleWords(title),
        titleHeads: tokenizer.titleHeads(title),
      });
    expect(asksForService(demand('卷烟外包装箱（五层瓦楞，5万支装）'))).toBe(false);
    expect(asksForService(demand('都匀毛尖云雾茶'))).toBe(false);
    expect(asksForService(demand('出口茶叶农残检测'))).toBe(true);
    expect(asksForService(demand('污水处理站托管运营'))).toBe(true);
    expect(asksForService(demand('设备运维服务'))).toBe(true);
    // As a small firm asks for traceability, a shop run for it, a promotion, a live stream.
    expect(asksForService(demand('茶叶防伪追溯 扫码查产地'))).toBe(true);
    expect(asksForService(demand('找团队帮我们开网店、做推广'))).toBe(true);
    expect(asksForService(demand('农产品直播'))).toBe(true);
    expect(asksForEquipment(demand('求购 制曲设备'))).toBe(true);
    expect(asksForEquipment(demand('都匀毛尖云雾茶'))).toBe(false);
  });

  it('links near-substitute categories both ways (gift boxes made by a box maker or a printer)', () => {
    expect(areSubstitutes('2231', '2319')).toBe(true);
    expect(areSubstitutes('2319', '2231')).toBe(true);
    expect(areSubstitutes('2231', '3216')).toBe(false);
  });
});

describe('category part with edge kinds', () => {
  const ownIndustry = (title: string) =>
    listing({ kind: 'DEMAND', categoryCode: '1512', enterpriseCategories: ['1512'], title });

  it('counts a service edge only when the demand asks for a service', () => {
    const traceability = listing({ kind: 'SUPPLY', categoryCode: '6531', title: '白酒生产溯源系统' });
    expect(categoryPart(traceability, ownIndustry('求购 包装配套'), ctx).fit).toBe(0);
    expect(categoryPart(traceability, ownIndustry('求购 一物一码溯源系统'), ctx).fit).toBeGreaterThan(0);
    // 采购 铝锭 under 铝冶炼 does not ask for a system, though the chain links 6531 to 3216.
    expect(
      categoryPart(traceability, listing({ kind: 'DEMAND', categoryCode: '3216', title: '采购 铝锭' }), ctx).fit,
    ).toBe(0);
  });

  it('counts an equipment edge only when the demand asks for equipment', () => {
    const stills = listing({ kind: 'SUPPLY', categoryCode: '3531', title: '酿酒甑桶' });
    expect(categoryPart(stills, ownIndustry('原辅料采购'), ctx).fit).toBe(0);
    expect(categoryPart(stills, ownIndustry('求购 酿酒设备'), ctx).fit).toBeGreaterThan(0);
  });

  it('links substitutes with a reason that says so', () => {
    const printer = listing({ kind: 'SUPPLY', categoryCode: '2319' });
    const part = categoryPart(printer, listing({ kind: 'DEMAND', categoryCode: '2231' }), ctx);
    expect(part.fit).toBe(0.7);
    expect(part.detail()).toBe('相近产品：包装装潢及其他印刷 可替代 纸和纸板容器制造');
    // Not for a problem told: another product of the buyer's kind is no fix for it.
    const told = listing({ kind: 'DEMAND', categoryCode: '2231', title: '礼盒压痕老是开裂' });
    expect(categoryPart(printer, told, ctx).fit).toBe(0);
  });
});

describe('product evidence', () => {
  it('never suggests a pair with no product relation, whatever its chain link and practical fit', () => {
    // 铝塑防伪酒瓶盖 → 求购 茶叶礼盒 铁罐: same packaging chain, same county, no shared product.
    const caps = listing({
      kind: 'SUPPLY',
      categoryCode: '3333',
      regionCode: '520382',
      terms: terms('铝塑', '防伪', '瓶盖'),
    });
    const tins = listing({
      kind: 'DEMAND',
      categoryCode: '3333',
      regionCode: '520382',
      terms: terms('茶叶', '礼盒', '铁罐'),
    });
    expect(scorePair(caps, tins, ctx)).toBeNull();
    // 白酒生产溯源系统 → 采购 铝锭: a chain link from a service, no product relation.
    const trace = listing({
      kind: 'SUPPLY',
      categoryCode: '6531',
      title: '白酒生产溯源系统',
      terms: terms('溯源', '系统'),
    });
    const ingot = listing({ kind: 'DEMAND', categoryCode: '3216', title: '采购 铝锭', terms: terms('铝锭') });
    expect(scorePair(trace, ingot, ctx)).toBeNull();
  });

  it('suggests a same-product offer from a category the chain does not link', () => {
    const flange = listing({ kind: 'SUPPLY', categoryCode: '3252', terms: terms('法兰', '塔筒', '锻件') });
    const wind = listing({ kind: 'DEMAND', categoryCode: '2780', terms: terms('塔筒', '法兰', '基础环') });
    const pair = scorePair(flange, wind, ctx);
    expect(pair).not.toBeNull();
    expect(pair!.reasons[0].code).toBe('KEYWORDS');
  });

  it('lets a demand naming a need meet the categories its industry buys', () => {
    const bottles = listing({ kind: 'SUPPLY', categoryCode: '3055', terms: terms('玻璃瓶', '酒瓶') });
    const need = listing({
      kind: 'DEMAND',
      categoryCode: '1512',
      enterpriseCategories: ['1512'],
      title: '求购 包装配套',
      terms: terms('包装', '配套'),
    });
    expect(scorePair(bottles, need, ctx)).not.toBeNull();
  });

  it('matches a listing naming several products on each of them', () => {
    // Each product with its head noun, as the tokenizer gives it (~罐 of 易拉罐).
    const cans = listing({
      kind: 'SUPPLY',
      terms: terms('易拉罐', '铝制'),
      segments: [terms('~罐', '易拉罐', '铝制')],
    });
    const single = listing({ kind: 'DEMAND', terms: terms('易拉罐'), segments: [terms('~罐', '易拉罐')] });
    const several = listing({
      kind: 'DEMAND',
      terms: terms('果汁', '易拉罐', '纸箱'),
      segments: [terms('~汁', '果汁'), terms('~罐', '易拉罐'), terms('~箱', '纸箱')],
    });
    const one = keywordPart(cans, single, ctx).fit;
    expect(keywordPart(cans, several, ctx).fit).toBeGreaterThanOrEqual(0.9 * one);
    // Without the products told apart, the other two dilute it.
    expect(keywordPart(cans, { ...several, segments: undefined }, ctx).fit).toBeLessThan(0.9 * one);
  });
});
