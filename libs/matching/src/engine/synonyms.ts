/**
 * Names of one product that share no word, and often no character: 螺纹钢 and 三级钢 are 钢筋,
 * 洋芋 is 马铃薯, 铲车 is 装载机, 片碱 is 烧碱. Firms write the name their trade or their county
 * uses, and a buyer's word and a seller's word then never meet in the terms or in the characters.
 * Each group's first name is the one the others are read as: a listing that says 螺纹钢 also has the
 * term 钢筋, so it meets 钢筋, 三级钢 and 带肋钢筋 alike, and the reason names the common word.
 *
 * A group holds only names a buyer would take for the same product (or the same product in another
 * form: 片碱 and 液碱 are both 烧碱), never a product and its parts or its kind (电机 is not 发电机,
 * 水泥 is not 水泥制品); and never a name that is also a common word of another trade (风机 is a
 * wind turbine and a fan, API a drug and an interface, GIS a map system and gas-insulated switchgear), nor one that the segmenter finds inside
 * another product's name (电机 in 发电机, 苏打 in 苏打水, 砂糖 in 砂糖橘): those are left out.
 */
const HAN_ONLY = /^\p{Script=Han}+$/u;

export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  // steel and building materials
  ['钢筋', '螺纹钢', '带肋钢筋', '三级钢', '抗震钢筋', '建筑钢筋'],
  ['盘条', '线材', '高线', '盘圆'],
  ['商品混凝土', '商砼', '预拌混凝土', '商混'],
  ['加气块', '加气砖', '加气混凝土砌块', '蒸压加气混凝土砌块', '加气混凝土砖'],
  ['骨料', '砂石骨料', '砂石料'],
  ['机制砂', '人工砂', '机砂'],
  ['碎石', '石子', '瓜米石'],
  ['瓷砖', '陶瓷砖', '釉面砖', '抛光砖'],
  ['防水卷材', 'sbs卷材', '改性沥青卷材'],
  ['石膏板', '纸面石膏板'],
  ['钢结构', '钢构'],
  // Q345 was renamed Q355 (GB/T 1591-2018): mills sell the new name, buyers still write the old one.
  ['q355', 'q345'],
  ['q355b', 'q345b'],
  ['q355c', 'q345c'],
  ['q355d', 'q345d'],
  ['q355e', 'q345e'],
  ['pvc管', '聚氯乙烯管'],
  ['pe管', '聚乙烯管'],
  ['胶合板', '多层板', '夹板'],
  ['刨花板', '颗粒板'],
  ['密度板', '纤维板', '中密度板', '中纤板'],
  // power
  ['电缆', '线缆', '电线电缆'],
  ['电力电缆', '动力电缆'],
  ['光伏组件', '太阳能电池板', '光伏板', '太阳能板', '光伏电池板', '光伏面板'],
  ['箱式变电站', '箱变', '箱式变压器', '预装式变电站'],
  ['开关柜', '配电柜', '高低压开关柜', '成套开关设备'],
  ['组合电器', '气体绝缘金属封闭开关设备', '气体绝缘开关设备'],
  ['风电机组', '风力发电机组', '风力发电机'],
  ['塔筒', '风机塔筒', '风电塔筒'],
  ['柴油发电机组', '柴油发电机', '柴发'],
  ['锂电池', '锂离子电池', '电芯'],
  // equipment
  ['挖掘机', '挖机', '勾机'],
  ['装载机', '铲车'],
  // the hand-held rock drill of every small quarry, by its trade name (YT28 风钻)
  ['气腿式凿岩机', '风钻', '手持式凿岩机', '手风钻'],
  ['起重机', '吊车', '汽车吊', '汽车起重机'],
  ['电动机', '马达'],
  ['减速机', '减速器'],
  ['空压机', '空气压缩机'],
  ['液压缸', '油缸'],
  ['输送带', '传送带', '输送皮带'],
  ['铸件', '铸造件'],
  // a crusher by the trade's short name (颚破, 圆锥破) and the common miswriting 鄂 for 颚
  ['颚式破碎机', '颚破', '鄂破', '鄂式破碎机'],
  // rubber mills: the open mill and the internal mixer, by their trades' names
  ['开炼机', '开放式炼胶机', '炼胶开炼机'],
  ['密炼机', '密闭式炼胶机', '密炼炼胶机'],
  ['圆锥破碎机', '圆锥破'],
  ['反击式破碎机', '反击破'],
  ['锤式破碎机', '锤破'],
  // a mine's auxiliary fan: 局扇 to the miners who run it
  ['局部通风机', '局扇', '局部扇风机'],
  ['罗茨鼓风机', '罗茨风机'],
  // a tube diffuser, as a sewage plant's buyer and its maker each name it
  ['管式曝气器', '曝气管', '管式微孔曝气器', '微孔曝气管'],
  ['锻件', '锻造件'],
  // a dust collector, by the cement and lime trades' word for it
  ['除尘器', '收尘器'],
  // chemicals and basic materials
  ['烧碱', '氢氧化钠', '片碱', '液碱', '火碱', 'naoh'],
  ['纯碱', '碳酸钠', 'na2co3'],
  ['小苏打', '碳酸氢钠', 'nahco3'],
  ['磷酸一铵', '一铵', 'map'],
  ['磷酸二铵', '二铵', 'dap'],
  ['黄磷', '白磷'],
  ['复合肥', '复混肥', '复合肥料', '三元复合肥'],
  ['钛白粉', '二氧化钛', 'tio2'],
  ['双氧水', '过氧化氢', 'h2o2'],
  // flocculants by their Latin abbreviations, the ionic kind a name of its own
  ['聚合氯化铝', '聚氯化铝', '碱式氯化铝', 'pac'],
  ['聚合氯化铝铁', 'pafc'],
  ['聚丙烯酰胺', 'pam'],
  ['阳离子聚丙烯酰胺', 'cpam'],
  ['阴离子聚丙烯酰胺', 'apam'],
  ['非离子聚丙烯酰胺', 'npam'],
  ['电石', '碳化钙', 'cac2'],
  // a chemical written as its formula, as a plant's buyer often does (Li2CO3 电池级, 调pH用 H3PO4)
  ['磷酸', 'h3po4'],
  ['硫酸', 'h2so4'],
  ['盐酸', 'hcl'],
  ['硝酸', 'hno3'],
  ['碳酸锂', 'li2co3'],
  ['氢氧化锂', 'lioh'],
  ['磷酸铁', 'fepo4'],
  ['硫酸亚铁', 'feso4', '绿矾'],
  ['硫酸锰', 'mnso4'],
  ['硫酸镍', 'niso4'],
  ['硫酸钴', 'coso4'],
  ['四氧化三锰', 'mn3o4'],
  ['氢氧化钾', 'koh'],
  ['氯化铵', 'nh4cl'],
  ['氧化锆', 'zro2'],
  ['氧化铝', 'al2o3'],
  ['二氧化硅', 'sio2'],
  ['氧化铁', 'fe2o3'],
  ['硫磺', '硫黄'],
  ['聚氯乙烯', 'pvc'],
  ['聚乙烯', 'pe'],
  ['聚丙烯', 'pp'],
  ['氢氟酸', '氟化氢'],
  ['工业硅', '金属硅', '硅金属', '结晶硅'],
  ['硅锰合金', '锰硅合金', '硅锰'],
  ['电解锰', '电解金属锰', '金属锰'],
  ['铝锭', '电解铝锭', '原铝', '重熔用铝锭'],
  ['铝土矿', '铝矾土'],
  ['焦炭', '冶金焦'],
  ['动力煤', '电煤', '燃料煤', '发电用煤'],
  ['无烟煤', '白煤'],
  ['精煤', '洗精煤', '炼焦精煤'],
  ['生物质颗粒', '生物质燃料', '颗粒燃料'],
  // food and farm produce
  ['辣椒', '海椒', '辣子'],
  ['马铃薯', '土豆', '洋芋'],
  ['红薯', '番薯', '地瓜', '红苕'],
  ['玉米', '苞谷', '包谷'],
  ['高粱', '红粮'],
  ['猕猴桃', '奇异果'],
  ['食用菌', '菌菇', '蘑菇'],
  ['香菇', '冬菇', '花菇'],
  // a mushroom grower's log is a 菌棒 in one county and a 菌包 in the next
  ['菌棒', '菌包'],
  ['揉捻机', '揉茶机'],
  ['生猪', '毛猪', '活猪'],
  ['茶青', '鲜叶', '茶鲜叶'],
  ['菜籽油', '菜油'],
  ['大米', '稻米'],
  ['面粉', '小麦粉'],
  ['白砂糖', '白糖'],
  // spices by their kitchen and northern names
  ['八角', '大料', '八角茴香', '大茴香'],
  ['青花椒', '麻椒', '青麻椒'],
  // local names of farm produce (黔 and elsewhere)
  ['番茄', '西红柿', '毛辣果', '毛辣角', '小番茄'],
  ['干辣椒', '干海椒', '干辣子', '干椒'],
  ['鱼腥草', '折耳根'],
  ['稻田鱼', '田鱼', '稻花鱼', '禾花鱼', '禾花鲤'],
  ['魔芋', '磨芋', '蒟蒻'],
  ['薏仁米', '薏米', '薏苡仁', '苡仁', '薏仁'],
  ['茶油', '茶籽油', '山茶油', '油茶籽油'],
  ['竹笋', '笋子', '鲜笋'],
  ['醪糟', '酒酿', '甜酒酿'],
  ['土鸡', '跑山鸡', '散养鸡', '走地鸡'],
  ['土鸡蛋', '草鸡蛋', '柴鸡蛋'],
  ['蚕豆', '胡豆'],
  ['豆腐干', '豆干', '香干'],
  // services
  ['维修', '检修', '修理', '大修'],
  // liquor
  ['基酒', '原酒', '原浆酒'],
  ['酒糟', '丢糟', '酒渣'],
  ['酒曲', '曲药'],
  // packaging
  ['纸箱', '瓦楞纸箱', '外箱', '瓦楞箱'],
  ['编织袋', '蛇皮袋'],
  ['托盘', '栈板', '卡板'],
  ['缠绕膜', '拉伸膜'],
  ['泡沫箱', '泡沫保温箱', 'eps箱'],
  ['礼盒', '礼品盒', '礼品包装盒'],
  ['不干胶', '不干胶标签'],
  // medicine
  ['中药材', '药材'],
  ['中药饮片', '饮片'],
  ['注射器', '针筒'],
  ['空心胶囊', '胶囊壳', '硬胶囊', '硬胶囊壳', '硬空心胶囊'],
  // herbs under the other names a prescription or a herb market uses (处方别名)
  ['杜仲', '丝棉皮', '丝绵皮'],
  ['淫羊藿', '仙灵脾'],
  ['续断', '川断'],
  ['补骨脂', '破故纸', '故子'],
  ['太子参', '孩儿参'],
  ['金银花', '二花', '忍冬花'],
  ['厚朴', '川朴'],
  ['黄柏', '川柏', '川黄柏'],
  ['吴茱萸', '吴萸'],
  ['白及', '白芨'],
  ['山药', '淮山', '怀山药', '淮山药'],
  ['三七', '田七', '参三七'],
  ['何首乌', '首乌'],
  ['茯苓', '云苓'],
  ['黄芪', '黄耆', '北芪'],
  ['陈皮', '橘皮'],
  ['枸杞子', '枸杞'],
  ['蜂蜜', '土蜂蜜', '土蜜', '原蜜', '百花蜜', '中蜂蜜'],
  // electronics and information services
  ['笔记本电脑', '笔记本'],
  ['台式机', '台式电脑'],
  ['摄像头', '摄像机'],
  ['视频监控', '安防监控'],
  ['数据中心', 'idc'],
  ['云服务器', '云主机'],
  ['芯片', '集成电路'],
  ['电路板', '线路板', 'pcb', '印制电路板'],
  ['mes', '制造执行系统'],
  ['erp', '企业资源计划'],
  ['物联网', 'iot'],
  ['3c', 'ccc'],
  // electronic components and their assembly, under the names the trade uses
  ['连接器', '接插件', '插接件'],
  ['航空插头', '航插', '航空连接器'],
  ['晶振', '晶体振荡器', '石英晶体振荡器', '晶体谐振器', '石英晶体', '音叉晶体'],
  ['锡膏', '焊锡膏', '焊膏', '锡浆'],
  ['柔性电路板', '柔性线路板', '挠性电路板', 'fpc'],
  ['导热垫', '导热片', '导热硅胶片', '导热硅胶垫'],
  ['场效应管', 'mosfet'],
  ['瞬态抑制二极管', 'tvs'],
  ['回流焊', '回流焊炉', '再流焊', '回流炉'],
  ['贴片机', '贴装机'],
  ['三防漆', '三防涂料', '敷形涂料', '披覆漆'],
  ['屏蔽罩', '屏蔽盖', '屏蔽框'],
  ['钽电容', '钽电解电容'],
  // machining and inspection (aero-engine parts and the like)
  ['硬质合金', '钨钢'],
  ['无损检测', '无损探伤', '探伤', 'ndt'],
  ['三坐标测量机', '三坐标', '三坐标测量仪', 'cmm'],
  ['高温合金', '耐热合金', '镍基高温合金'],
  // one alloy by its Chinese (GB), American (UNS, trade) and Japanese grades
  ['gh4169', 'in718'],
  ['gh2132', 'a286'],
  ['gh3625', 'in625'],
  ['tc4', 'ti6al4v'],
  ['h13', '4cr5mosiv1', 'skd61'],
  ['gcr15', 'suj2'],
  ['42crmo', 'scm440'],
  ['cr12mov', 'skd11'],
  ['加工中心', '数控加工中心'],
  ['线切割', '线切割机床', '慢走丝', '中走丝', '快走丝'],
  ['真空炉', '真空热处理炉'],
  // cigarette materials and curing
  ['接装纸', '水松纸', '卷烟接装纸'],
  ['卷烟纸', '盘纸', '卷烟盘纸'],
  ['滤棒', '滤嘴棒', '过滤嘴棒'],
  ['丝束', '醋酸纤维丝束', '醋纤丝束', '二醋酸纤维素丝束'],
  ['烤房', '烤烟房', '密集烤房', '烟叶烤房'],
  // precast concrete plants
  ['减水剂', '聚羧酸减水剂', '高性能减水剂', '高效减水剂'],
  ['灌浆料', '套筒灌浆料', '灌浆材料'],
  ['龙门吊', '门式起重机', '门吊', '龙门起重机'],
  ['桥式起重机', '天车', '行吊'],
  ['脱模剂', '隔离剂'],
  ['矿渣粉', '矿粉', '粒化高炉矿渣粉'],
  ['钢筋桁架', '桁架筋', '桁架钢筋'],
  ['钢筋网片', '焊接网片'],
  ['挤塑板', '挤塑聚苯板', 'xps'],
  ['聚苯板', '苯板', 'eps板'],
  // names and their Latin abbreviations, as the trade writes both
  ['微晶纤维素', 'mcc'],
  ['羟丙甲纤维素', '羟丙基甲基纤维素', 'hpmc'],
  ['羧甲基纤维素', '羧甲基纤维素钠', 'cmc'],
  ['液化天然气', 'lng'],
  ['压缩天然气', 'cng'],
  ['可编程控制器', '可编程逻辑控制器', 'plc'],
  ['集散控制系统', 'dcs'],
  ['数据采集与监控系统', 'scada'],
  ['实验室信息管理系统', 'lims'],
  ['仓储管理系统', '仓库管理系统', 'wms'],
  ['电子批记录', 'ebr'],
  ['客户关系管理', 'crm'],
  ['不间断电源', 'ups'],
  ['自动导引车', 'agv'],
  ['静止无功发生器', 'svg'],
  ['工程总承包', 'epc'],
  ['建筑信息模型', 'bim'],
  ['射频识别', 'rfid'],
  ['多层陶瓷电容', '片式多层陶瓷电容器', '贴片电容', 'mlcc'],
  ['蒸压轻质加气混凝土板', 'alc'],
  ['高密度聚乙烯', 'hdpe'],
  ['低密度聚乙烯', 'ldpe'],
  ['玻璃钢', '玻璃纤维增强塑料', 'frp'],
  ['无水氟化氢', 'ahf'],
  ['重过磷酸钙', '重钙', 'tsp'],
  ['过磷酸钙', '普钙', 'ssp'],
  ['电解二氧化锰', 'emd'],
  ['磷酸铁锂', 'lfp'],
  // information systems, written by their Latin names or their Chinese ones (大数据电子信息)
  ['医院信息系统', 'his'],
  ['影像归档和通信系统', '医学影像存档与通信系统', 'pacs'],
  ['放射信息系统', 'ris'],
  ['检验信息系统', 'lis'],
  ['电子病历', 'emr'],
  ['办公自动化', 'oa'],
  ['企业资源计划', 'erp'],
  ['制造执行系统', '生产执行系统', 'mes'],
  ['内容分发网络', '内容分发', 'cdn'],
  ['数据中心基础设施管理', 'dcim'],
  ['网络附属存储', 'nas'],
  ['应用防火墙', 'waf'],
  ['安全运营中心', 'soc'],
  ['终端检测与响应', 'edr'],
  ['虚拟专用网', 'vpn'],
  ['人工智能', 'ai'],
  ['图形处理器', 'gpu'],
  ['网络摄像机', '网络摄像头', 'ipc'],
  ['网络硬盘录像机', 'nvr'],
  ['云服务器', '云主机'],
  ['服务器托管', '主机托管'],
  ['机柜租用', '机柜出租', '机柜租赁'],
  ['等级保护测评', '等保测评', '等级测评'],
  ['综合布线', '结构化布线'],
  ['精密空调', '机房空调', '恒温恒湿空调'],
  ['交互式智能平板', '智能交互平板', '交互智能平板'],
  ['溯源', '追溯'],
  ['专网', '行业专网', '定制网', '虚拟专网'],
  ['直播带货', '带货直播', '直播电商'],
  // logistics, wood, textiles
  // carrying goods for someone, by the words a sender uses (物资寄运, 样品托运) and a carrier's (运输)
  ['运输', '寄运', '托运', '发运', '运送'],
  ['冷链运输', '冷藏运输', '冷链物流'],
  ['冷藏车', '冷链车', '冷藏运输车'],
  ['冷库', '冷藏库', '冷冻库'],
  ['面料', '布料'],
  ['杉木', '杉树'],
  ['木屑', '锯末', '锯木屑'],
  ['稻壳', '谷壳', '砻糠'],
  ['水泥砖', '免烧砖', '水泥标砖'],
  ['空心砖', '空心砌块'],
  ['服装', '服饰'],
  // a cement mill's grinding media: the cylpeb is written 钢段 and 钢锻 alike
  ['钢段', '钢锻'],
  // bulk bags: the ton bag by its trade, its shape and its English names
  ['吨袋', '集装袋', '太空袋', '吨包', 'fibc'],
  // dairy: raw milk and milk powder by the names farms, plants and traders use
  ['生鲜乳', '生牛乳', '生乳', '原料奶', '原料乳', '原奶'],
  ['奶粉', '乳粉'],
  ['酸奶', '酸牛奶', '发酵乳'],
];

/** Each name of a group (lower-cased) → the group's first name; the first name maps to nothing. */
const SYNONYM_OF: ReadonlyMap<string, string> = new Map(
  SYNONYM_GROUPS.flatMap(([first, ...rest]) => rest.map((name) => [name, first] as [string, string])),
);
/** Which characters begin a name of SYNONYM_OF: most words begin with none, and need no look-up. */
const BEGINS_SYNONYM = new Uint8Array(0x10000);
for (const name of SYNONYM_OF.keys()) BEGINS_SYNONYM[name.charCodeAt(0)] = 1;

/** The group's first name for another of its names (a segmenter's word or a Latin code), else the word. */
export function groupName(word: string): string {
  return BEGINS_SYNONYM[word.charCodeAt(0)] ? (SYNONYM_OF.get(word) ?? word) : word;
}

/**
 * Chinese names found only as words the segmenter cuts: 线材 is no name inside 电线材料. Every other
 * Chinese name is found anywhere in a text (see LONG_NAMES).
 */
// Names found inside other products' names (磷酸 in 磷酸铁, 氧化铝 in 氢氧化铝): only as the segmenter's words.
const ONLY_AS_WORDS: ReadonlySet<string> = new Set([
  '线材',
  '高线',
  '磷酸',
  '硫酸',
  '盐酸',
  '硝酸',
  '磷酸铁',
  '氧化铝',
  '氧化铁',
  '二氧化硅',
  '盘纸',
  '矿粉',
]);

/**
 * Chinese names, each → its group's first name, found anywhere in a text: the segmenter cuts a name
 * it does not know (三级钢 → 三级 + 钢, 商砼 → 商 + 砼), and adding the names to its dictionary would
 * change how it cuts every text that holds them (纸面石膏板 would become one more term, and weigh its
 * listing down).
 */
const LONG_NAMES: ReadonlyMap<string, string> = new Map(
  SYNONYM_GROUPS.flatMap(([first, ...rest]) =>
    [first, ...rest]
      .filter((n) => HAN_ONLY.test(n) && !ONLY_AS_WORDS.has(n))
      .map((n) => [n, first] as [string, string]),
  ),
);
/** The names by their first character, longest first, and which characters begin one. */
const NAMES_BY_FIRST = new Map<number, string[]>();
const BEGINS_NAME = new Uint8Array(0x10000);
for (const name of [...LONG_NAMES.keys()].sort((a, b) => b.length - a.length)) {
  const first = name.charCodeAt(0);
  BEGINS_NAME[first] = 1;
  const list = NAMES_BY_FIRST.get(first);
  if (list) list.push(name);
  else NAMES_BY_FIRST.set(first, [name]);
}

/** The group names a text holds by its Chinese names (see LONG_NAMES), each once. */
export function longSynonyms(text: string): string[] {
  let found: string[] | undefined;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!BEGINS_NAME[code]) continue;
    for (const name of NAMES_BY_FIRST.get(code)!) {
      if (!text.startsWith(name, i)) continue;
      const group = LONG_NAMES.get(name)!;
      if (!found) found = [group];
      else if (!found.includes(group)) found.push(group);
      i += name.length - 1;
      break;
    }
  }
  return found ?? [];
}

/**
 * A trade's shorthand for several products at once: 阻容 are resistors and capacitors (阻容感 with
 * inductors), 二三极管 diodes and transistors. A buyer of 阻容 meets a seller of 贴片电阻 and one of
 * 电容 alike; a group cannot say it, as its names are one product.
 */
const SHORTHANDS: readonly (readonly [string, readonly string[]])[] = [
  ['阻容感', ['电阻', '电容', '电感']],
  ['阻容', ['电阻', '电容']],
  ['二三极管', ['二极管', '三极管']],
];

/** The products a text's shorthands stand for (see SHORTHANDS), each once. */
export function shorthandProducts(text: string): string[] {
  const found: string[] = [];
  for (const [shorthand, products] of SHORTHANDS) {
    if (!text.includes(shorthand)) continue;
    for (const p of products) if (!found.includes(p)) found.push(p);
    text = text.split(shorthand).join(' ');
  }
  return found;
}
