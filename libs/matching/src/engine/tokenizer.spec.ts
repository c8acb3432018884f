import { splitTitle, Tokenizer } from './tokenizer';

const tokenizer = new Tokenizer();
/** The words of each product a title names (segments without their head marks). */
const segmentWords = (title: string) =>
  tokenizer.productSegments(title).map((s) => [...s.keys()].filter((t) => !t.startsWith('~')));
/** The title names these products, one segment each, in this order. */
const expectProducts = (title: string, ...products: string[]) =>
  expect(segmentWords(title)).toEqual(products.map((p) => expect.arrayContaining([p])));

describe('Tokenizer', () => {
  it('keeps trade terms whole and also yields their parts', () => {
    const t = tokenizer.terms('求购酱香型白酒玻璃瓶');
    expect(t).toEqual(expect.arrayContaining(['酱香型', '白酒', '玻璃瓶', '玻璃']));
  });

  it('reads what a text negates as negated terms, not as the words themselves', () => {
    // 非 and 不 standing alone negate the word after them; inside a word (不锈钢, 非标, 无缝) they do not.
    expect(tokenizer.terms('非食用工业牛脂')).toEqual(expect.arrayContaining(['¬食用', '牛脂']));
    expect(tokenizer.terms('非食用工业牛脂')).not.toContain('食用');
    expect(tokenizer.terms('尼龙真空袋，不耐高温杀菌')).toEqual(expect.arrayContaining(['¬耐高温', '杀菌']));
    expect(tokenizer.terms('不锈钢储罐 非标定制 无缝钢管')).toEqual(expect.arrayContaining(['不锈钢', '非标', '无缝']));
    expect(tokenizer.terms('不锈钢储罐 非标定制 无缝钢管').some((t) => t.startsWith('¬'))).toBe(false);
    // A negating verb negates its object, up to the clause's end or 的: what the buyer will not take.
    expect(tokenizer.terms('不要PVC的，要尼龙的')).toEqual(expect.arrayContaining(['¬聚氯乙烯', '尼龙']));
    expect(tokenizer.terms('不含防腐剂，不适合户外')).toEqual(expect.arrayContaining(['¬防腐剂', '¬户外']));
    expect(tokenizer.terms('不含防腐剂，不适合户外')).not.toEqual(expect.arrayContaining(['防腐剂']));
    // A word said both ways stays a word as well: 要红花椒，不要青花椒 asks for 花椒.
    const chilli = tokenizer.listingTerms('刀口辣椒用花椒', '麻味要足，要红花椒，不要青花椒');
    expect(chilli.has('花椒')).toBe(true);
    expect(chilli.has('¬青花椒')).toBe(true);
    expect([...chilli.keys()].some((t) => t.startsWith('不要'))).toBe(false);
  });

  it('drops intent words, boilerplate and its fragments, numbers and punctuation', () => {
    const t = tokenizer.terms('求购瓶盖，年需求200万只，价格面议，欢迎来电洽谈，质量保证！');
    expect(t).toEqual(['瓶盖']);
  });

  it('drops a listing’s own telephone number with its label, and keeps a telephone as a product', () => {
    for (const text of ['纸箱 联系电话：0851-8888 8888，手机13812345678', '纸箱 电话 0851-88888888'])
      expect(new Set(tokenizer.terms(text))).toEqual(new Set(['纸箱']));
    expect(tokenizer.terms('矿用扩音电话')).toContain('电话');
    expect(tokenizer.terms('井下打不了电话')).toContain('电话');
  });

  it('takes no term from the labels of a fuel’s analysis, which every coal listing states', () => {
    const terms = [...tokenizer.listingTerms('1/3焦煤洗精煤', 'Ad≤10%，St,d≤0.8%，Vdaf 30-34%，Qnet,ar 6500').keys()];
    expect(terms).toEqual(expect.arrayContaining(['焦煤', '精煤']));
    for (const label of ['ad', 'st', 'vdaf', 'qnet']) expect(terms).not.toContain(label);
  });

  it('reads the product at the end of a word the dictionary does not know: 醋纤滤棒 is a 滤棒', () => {
    expect(tokenizer.cut('醋纤滤棒')).not.toContain('滤棒'); // what the dictionary alone gives
    expect([...tokenizer.listingTerms('醋纤滤棒', null).keys()]).toContain('滤棒');
    // Known words keep their own parts only: 卷烟纸 gives no 烟纸.
    expect(tokenizer.nameTerms('卷烟纸')).not.toContain('烟纸');
  });

  it('reads characters the dictionary knows only one by one as one word: 液氪 is a product, not 液 and 氪', () => {
    expect(tokenizer.cut('求购 液氪')).toEqual(expect.arrayContaining(['液', '氪'])); // what the dictionary alone gives
    expect([...tokenizer.listingTerms('求购 液氪', null).keys()]).toContain('液氪');
    // Characters that only join or count never make such a word: 铝锭 和 锌锭 gives no 和.
    expect(tokenizer.nameTerms('铝锭 和 锌锭').filter((t) => t.includes('和'))).toEqual([]);
    // Sold outside the firm is how, not what: 液氪外销 shares no 外销 with another firm's 外销.
    expect([...tokenizer.listingTerms('液氪外销', null).keys()].some((t) => t.includes('销'))).toBe(false);
  });

  it('takes the products of a demand naming a need from the lists of its description', () => {
    const words = (title: string, description: string) =>
      tokenizer.productSegments(title, description).map((s) => [...s.keys()].filter((t) => !t.startsWith('~')));
    const segments = words('采购烟用材料', '烟标（条盒、小盒）、卷烟纸、接装纸、滤棒，年度供应商入围');
    expect(segments).toEqual(
      expect.arrayContaining([
        expect.arrayContaining(['卷烟纸']),
        expect.arrayContaining(['接装纸']),
        expect.arrayContaining(['滤棒']),
      ]),
    );
    // A title naming a product keeps its description's lists as specifications.
    expect(words('求购 白酒玻璃瓶', '高白料、晶白料均可')).toHaveLength(1);
    // So does one whose product has no Chinese head to read (UPS): 服务器间用 says where it goes.
    expect(words('在线式UPS 3K 6K', '车间控制室、服务器间用，在线式双变换')).toHaveLength(1);
    // A title with no product of its own leaves them to the description.
    expect(words('求购', '烟标、卷烟纸、接装纸').length).toBeGreaterThanOrEqual(3);
    // A system's, a project's or a modification's description lists what it must do, not products.
    expect(
      words('放射科影像归档和通信系统 PACS+RIS', '对接DR 2台、64排CT、1.5T核磁、数字胃肠，含登记、报告'),
    ).toHaveLength(3);
    expect(words('地磅无人值守改造（出煤计量防作弊）', '要求车牌识别、防遥控作弊、计量数据自动上传')).toHaveLength(1);
    // Equipment is a kind of goods: its list names the machines.
    expect(words('采购酿酒设备', '蒸馏甑、冷凝器、晾堂摊晾机').length).toBeGreaterThanOrEqual(3);
    // So is packaging, bought in one lot: 一揽子 says how, 包材 what kind.
    expect(
      words(
        '新品包材一揽子采购 (瓶+盖+彩盒+外箱)',
        '500ml高白玻璃瓶5万只、铝防盗盖5万只、单支彩盒5万个、6支装纸箱8500个',
      ),
    ).toHaveLength(5);
    // A list joined with +, not a sum of counts (3+1芯).
    expect(words('MSD防潮包装材料一套', '真空防潮包装：铝箔袋+干燥剂+湿度卡，一起报价').length).toBeGreaterThanOrEqual(
      3,
    );
    expect(words('包装材料', '电缆3+1芯')).toHaveLength(1);
  });

  it('reads a companion named by its role as the product’s: 轧制油及添加剂 asks for 轧制油添加剂, not any 添加剂', () => {
    const segments = tokenizer
      .productSegments('采购 箔轧机轧制油及添加剂')
      .map((s) => [...s.keys()].filter((t) => !t.startsWith('~')));
    expect(segments).toHaveLength(2);
    expect(segments[1]).toEqual(expect.arrayContaining(['轧制', '添加剂']));
    // Two products are still two: 果汁和纸箱.
    expect(tokenizer.productSegments('求购 果汁和纸箱').map((s) => s.has('果汁'))).toEqual([true, false]);
  });

  it('takes what else a buyer wants from its description (另要理条机一台), whatever the title names', () => {
    const words = (title: string, description: string) =>
      tokenizer.productSegments(title, description).map((s) => [...s.keys()].filter((t) => !t.startsWith('~')));
    const named = (title: string, description: string) =>
      words(title, description).map((w) => w.reduce((a, b) => (b.length > a.length ? b : a)));
    expect(named('求购 6CR-45 两台', '新建初制厂，另要理条机一台，本省厂家优先')).toEqual(['6cr-45', '理条机']);
    expect(named('求购 压滤机', '同时采购滤布、滤板')).toEqual(['压滤机', '滤布', '滤板']);
    // Not a condition (还要求) nor a service asked of the seller (另需开票, 还要上门调试).
    expect(named('求购 压滤机', '还要求本省厂家，另需开票，还要上门调试')).toEqual(['压滤机']);
  });

  it('reads codes written apart as one family (P·O 42.5 and PO42.5R), and drops lone letters', () => {
    const cement = tokenizer.terms('P·O 42.5 普通硅酸盐水泥');
    expect(cement).toContain('po');
    expect(cement).not.toContain('p');
    expect(tokenizer.terms('散装 PO42.5R')).toEqual(expect.arrayContaining(['po42.5', 'po']));
    expect(tokenizer.terms('SGZ764/400刮板输送机')).toContain('sgz');
    // A model before a hyphen names the family too: SGZ-630 is an SGZ, KYN28A-12 a KYN28A.
    expect(tokenizer.terms('SGZ-630 刮板机')).toEqual(expect.arrayContaining(['sgz-630', 'sgz']));
    expect(tokenizer.terms('KYN28A-12 开关柜')).toEqual(expect.arrayContaining(['kyn28a-12', 'kyn28a', 'kyn']));
  });

  it('reads a code joined to a decimal rating as the code and the rating: YJV22-8.7/15kV is YJV22 8.7/15kV', () => {
    const joined = tokenizer.listingTerms('YJV22-8.7/15kV 高压电缆', null);
    const apart = tokenizer.listingTerms('YJV22 8.7/15kV 高压电缆', null);
    expect([...joined.keys()].sort()).toEqual([...apart.keys()].sort());
    expect(tokenizer.terms('ZR-YJV22-0.6/1kV')).toEqual(expect.arrayContaining(['yjv22', '1kv']));
    expect(tokenizer.terms('ZR-YJV22-0.6/1kV')).not.toContain('yjv22-0');
  });

  it('keeps a size written as numbers times numbers as one term, however the times sign is written', () => {
    expect(tokenizer.terms('YJV22 3×300 电缆')).toContain('3x300');
    expect(tokenizer.terms('加气块 600*200*240')).toContain('600x200x240');
    expect(tokenizer.terms('瓷砖 600 x 600mm')).toContain('600x600');
    expect(tokenizer.terms('瓷砖 600×600')).toContain('600x600');
    // A thread and length after a letter is the code's: M8×30 reads as m8.
    expect(tokenizer.terms('M8×30 螺栓')).toContain('m8');
    expect(tokenizer.terms('M8×30 螺栓')).not.toContain('8x30');
  });

  it('passes over when and how often a demand buys, and counts the act of a service half', () => {
    expect(tokenizer.titleHeads('商砼站原材料年度采购')).toEqual(['原材料']);
    const terms = tokenizer.listingTerms('配电设备运维', null);
    expect(terms.get('运维')).toBe(1);
    expect(terms.get('配电')).toBe(2);
  });

  it('counts where the goods are (贵阳周边, 汇川区) a quarter: the region part weighs the place, not the words', () => {
    const terms = tokenizer.listingTerms('租赁冷库 -18℃ 500吨 贵阳周边', '遵义市汇川区也可');
    expect(terms.get('冷库')).toBe(2);
    expect(terms.get('贵阳')).toBe(0.5);
    expect(terms.get('周边')).toBe(0.5);
    expect(terms.get('汇川区')).toBe(0.25);
  });

  it('reads full-width letters, digits and brackets as their ASCII forms, as spreadsheets write them', () => {
    const full = 'ＰＥＴ瓶坯　２８牙（食品级）';
    const half = 'PET瓶坯 28牙(食品级)';
    expect([...tokenizer.listingTerms(full, '１８ｇ／２２ｇ')]).toEqual([...tokenizer.listingTerms(half, '18g/22g')]);
    expect(tokenizer.titleWords(full)).toEqual(tokenizer.titleWords(half));
    expect(tokenizer.titleHeads(full)).toEqual(['瓶坯']);
    expect(tokenizer.productSegments('ＰＥＴ瓶坯、ＰＥ瓶盖')).toEqual(tokenizer.productSegments('PET瓶坯、PE瓶盖'));
  });

  it('reads the use a name writes before its product with 用, less the product’s own words', () => {
    expect(tokenizer.useWords('采购钢丝绳芯输送带用钢丝绳')).toEqual(expect.arrayContaining(['输送带', '钢丝绳芯']));
    expect(tokenizer.useWords('采购钢丝绳芯输送带用钢丝绳')).not.toContain('钢丝绳');
    expect(tokenizer.useWords('机加车间钛合金加工用的冷却液')).toEqual(expect.arrayContaining(['钛合金', '加工']));
    expect(tokenizer.useWords('污水站用的絮凝剂')).toContain('污水站');
    // A grade (食用, 药用) or a word ending in 用 that says no use (通用, 专用) is no use; nor is a use written apart.
    for (const title of ['优质食用油', '药用辅料 淀粉', '通用的轴承', '钛合金专用切削液', '卡纸 做茶叶盒', '花生油'])
      expect(tokenizer.useWords(title)).toEqual([]);
  });

  it('weighs what a story says the buyer wants above the rest of its description', () => {
    const terms = tokenizer.listingTerms(
      '压出来的液老是浑 还跑料',
      '高纯硫酸锰净化工段，滤布一般两个月就穿孔，滤液浊度高，想换耐用一点的滤布，料液约60℃',
    );
    expect(terms.get('滤布')).toBe(1.5);
    expect(terms.get('硫酸锰')).toBe(1);
    expect(tokenizer.listingTerms('求购 滤布', '两个月就穿孔').get('穿孔')).toBe(1);
    // …and what a clause asks for by opening with it: 找人修泵, 求推荐.
    const pump = tokenizer.listingTerms('挖机无力 动作慢', 'SY365用了1.2万小时，一热就没劲，找人修液压泵或者换泵');
    expect(pump.get('液压泵')).toBe(1.5);
    expect(pump.get('sy365')).toBe(1);
  });

  it('reads what a title says its product is to replace, and nothing where it names none', () => {
    expect(tokenizer.replacedWords('找TMTD的替代品，不产生亚硝胺')).toEqual(['tmtd']);
    expect(tokenizer.replacedWords('碳包覆原料 想找替代现有葡萄糖的碳源')).toContain('葡萄糖');
    expect(tokenizer.replacedWords('采购无铬碱性砖（替代镁铬砖）')).toContain('铬砖');
    for (const title of ['N990 热裂法炭黑 (进口替代)', '促进剂 TMTD (TT)', '葡萄糖浆 DE42'])
      expect(tokenizer.replacedWords(title)).toEqual([]);
  });

  it('passes over what a buyer would settle for: 价格优先, 可接受, 也可', () => {
    const terms = tokenizer.listingTerms('采购FePO4 储能型，价格优先，铁磷比0.955-0.965可接受 二手也可', null);
    for (const word of ['优先', '接受', '可接受', '也可']) expect(terms.has(word)).toBe(false);
    expect(terms.has('铁磷比')).toBe(true);
  });

  it('keeps product words the general dictionary lacks: 刺梨, 铝锭, 5G', () => {
    expect(tokenizer.terms('供应刺梨原汁')).toContain('刺梨');
    expect(tokenizer.terms('电解铝锭 A00')).toEqual(expect.arrayContaining(['铝锭', 'a00']));
    expect(tokenizer.terms('5G专网 工业互联网平台')).toEqual(expect.arrayContaining(['5g', '工业互联网']));
    // Two elements an analyser measures, each a lone character to the dictionary.
    expect(tokenizer.terms('高频红外碳硫分析仪')).toContain('碳硫');
  });

  it('weighs title terms above description terms', () => {
    const terms = tokenizer.listingTerms('铝防盗瓶盖', '适用于白酒瓶盖');
    expect(terms.get('瓶盖')).toBe(2);
    expect(terms.get('白酒')).toBe(1);
  });

  it('tells look-alikes apart: fresh chillies and chilli sauce share only 辣椒', () => {
    const fresh = new Set(tokenizer.listingTerms('新鲜朝天椒', '遵义鲜辣椒').keys());
    const sauce = new Set(tokenizer.listingTerms('油辣椒 辣椒酱', null).keys());
    expect([...fresh].filter((t) => sauce.has(t) && !t.startsWith('~'))).toEqual(['辣椒']);
  });

  it('gives title words their head noun, so that products named differently still meet', () => {
    const heads = (title: string) => [...tokenizer.listingTerms(title, null).keys()].filter((t) => t.startsWith('~'));
    expect(heads('刺梨原汁')).toContain('~汁');
    expect(heads('刺梨浓缩汁')).toContain('~汁');
    expect(heads('果汁')).toContain('~汁');
    expect(heads('钢结构厂房')).toContain('~房');
    // Too generic to name a product: 材料, 产品.
    expect(heads('正极材料')).not.toContain('~料');
    // A system or a platform is software, a kind of product of its own: 影像归档和通信系统 is no 铁塔配套.
    expect(heads('电子病历系统')).toContain('~统');
    expect(heads('政务云平台')).toContain('~台');
  });

  it('gives a word ending in a noun’s suffix (头, 子) the head before it: 钻头 is a 钻, 种子 a 种', () => {
    expect(tokenizer.heads('内冷钨钢钻头')).toEqual(tokenizer.heads('硬质合金钻'));
    expect(tokenizer.heads('玉米种子')).toEqual(tokenizer.heads('贵单8号 玉米杂交种'));
    expect(tokenizer.heads('玉米种子')).not.toEqual(tokenizer.heads('玉米种苗'));
  });

  it('gives a synonym its group’s head: 吊车 and 汽车吊 are both 起重机, a 机, not a 车 as 泵车', () => {
    const heads = (title: string) => [...tokenizer.listingTerms(title, null).keys()].filter((t) => t.startsWith('~'));
    expect(heads('需要25吨吊车')).toEqual(['~机']);
    expect(heads('需要25吨吊车')).toEqual(heads('汽车起重机'));
    expect(heads('56米混凝土泵车')).not.toContain('~机');
    expect(heads('螺纹钢')).toEqual(heads('钢筋'));
  });

  it('gives a machine named for its work that work as a word: 理条机 meets 理条做形的机器', () => {
    const machine = tokenizer.listingTerms('多功能理条机 11槽', null);
    const asked = tokenizer.listingTerms('茶叶理条做形的机器', null);
    expect(machine.has('理条')).toBe(true);
    expect(asked.has('理条')).toBe(true);
    // Not a lone character, nor a Latin model's letters.
    expect(tokenizer.listingTerms('ZL50装载机', null).has('装载')).toBe(true);
    expect([...tokenizer.listingTerms('空压机', null).keys()].filter((t) => t.length === 1)).toEqual([]);
  });

  it('reads a count in Chinese numerals (两台, 一批) as how many, neither a product nor its head', () => {
    const terms = [...tokenizer.listingTerms('求购 6CR-45 两台', '另要理条机一台，一批配件').keys()];
    expect(terms).toContain('6cr-45');
    expect(terms.filter((t) => /两台|一台|一批|~台/.test(t))).toEqual([]);
    // Not a numeral's other words: 三通 is a pipe fitting.
    expect(tokenizer.listingTerms('PE 三通', null).has('三通')).toBe(true);
    // Nor how much at a time: 每批5吨.
    expect([...tokenizer.listingTerms('需要 鲜椒脱水设备 每批5吨', null).keys()].filter((t) => /批/.test(t))).toEqual(
      [],
    );
  });

  it('reads renting as how a thing changes hands, not as a product: 吊篮 租赁 and 支架 租赁 share no word', () => {
    const words = (title: string) => [...tokenizer.listingTerms(title, null).keys()].filter((t) => !t.startsWith('~'));
    const basket = words('ZLP630 高处作业吊篮 租赁');
    expect(words('高支模支架 租赁').filter((t) => basket.includes(t))).toEqual([]);
    expect(words('中联 56米混凝土泵车 出租')).not.toContain('出租');
    // Nor in the characters: two rentals are not alike for the word they share.
    expect(tokenizer.textGrams('装载机 租赁', '按台班计')).toEqual(tokenizer.textGrams('装载机 出售', '按台班计'));
  });

  it('reads no likeness in characters from a size a description states: every board is 1220×2440', () => {
    expect(tokenizer.textGrams('多层板 18mm', '杨木芯 E1级 1220×2440 现货')).toEqual(
      tokenizer.textGrams('多层板 18mm', '杨木芯 E1级 现货'),
    );
    // A size the title names is the product's (槽型托辊 108×380, PE-600×900颚式破碎机) and stays.
    expect(tokenizer.textGrams('槽型托辊 108×380')).not.toEqual(tokenizer.textGrams('槽型托辊'));
  });

  it('reads a phrase of one character naming goods as a product: 姜、蒜长期采购 asks for ginger and garlic', () => {
    expect(tokenizer.titleHeads('姜、蒜长期采购')).toEqual(['姜', '蒜']);
    expect(tokenizer.titleHeads('辣椒酱玻璃瓶+盖')).toEqual(['玻璃瓶', '盖']);
    expect(tokenizer.titleHeads('VIM炉配料：镍、铬、钴')).toEqual(['配料', '镍', '铬', '钴']);
    const terms = tokenizer.listingTerms('姜、蒜长期采购', null);
    expect([...terms.keys()]).toEqual(['~姜', '~蒜']);
    // 小黄姜 and 紫皮大蒜 end in them.
    expect(tokenizer.listingTerms('小黄姜', null).has('~姜')).toBe(true);
    expect(tokenizer.listingTerms('紫皮大蒜', null).has('~蒜')).toBe(true);
    // A character qualifying the product before it is no product: 青椒 鲜, 生石灰 块/粉.
    expect(tokenizer.titleHeads('青椒 鲜')).toEqual(['青椒']);
    expect(tokenizer.titleHeads('生石灰 块/粉')).toEqual(['生石灰']);
    expect(tokenizer.titleHeads('大方皱椒 干')).toEqual(['皱椒']);
  });

  it('takes the head from the product, not from intent words after it: 包装桶采购 is a 桶', () => {
    expect(tokenizer.headWords('包装桶采购')).toEqual(['包装桶']);
    expect(tokenizer.headWords('钢材 长期供应')).toEqual(['钢材']);
    expect(tokenizer.titleHeads('原辅料采购（油辣椒用）')).toEqual(['原辅料']);
    expect(tokenizer.listingTerms('包装桶采购', null).has('~桶')).toBe(true);
    // Nor from sending the work out: SMT外协 is SMT, 线束外协 a 线束, and they share no head.
    expect(tokenizer.headWords('线束外协')).toEqual(['线束']);
    expect(tokenizer.listingTerms('SMT外协', null).has('~协')).toBe(false);
  });

  it('gives a title’s whole words, without the parts of longer words and without what brackets add', () => {
    const words = tokenizer.titleWords('卷烟外包装箱（五层瓦楞，5万支装）');
    expect(words).toContain('卷烟');
    expect(words).not.toContain('外包');
    expect(words).not.toContain('瓦楞');
    expect(tokenizer.titleWords('求购 第三方检测服务')).not.toContain('求购');
  });

  it('splits a title naming several products into one segment per product, not at spaces', () => {
    expectProducts('求购 果汁、易拉罐和纸箱', '果汁', '易拉罐', '纸箱');
    expect(segmentWords('求购 塔筒/法兰/基础环')).toHaveLength(3);
    expect(segmentWords('光伏 EPC 总承包')).toHaveLength(1);
    // A rating's slash and a cable's plus join numbers of one product.
    expect(segmentWords('YJV22-8.7/15kV 3×300 高压电力电缆')).toHaveLength(1);
    expect(segmentWords('SCB13-1250/10 干式变压器')).toHaveLength(1);
    expect(segmentWords('YJV 4×240+1×120 低压电缆')).toHaveLength(1);
    expect(segmentWords('钢丝/钢绞线')).toHaveLength(2);
  });

  it('splits a list of products typed with their counts (香禾糯5吨 菜籽油3吨), not a grade or a size before a product', () => {
    expectProducts('香禾糯5吨 菜籽油3吨 红酸汤2吨 干辣椒1吨', '香禾糯', '菜籽油', '红酸汤', '干辣椒');
    expect(segmentWords('要土鸡200只 活鸭200只 鲜鱼500斤')).toHaveLength(3);
    expect(segmentWords('500ml 酱香型白酒玻璃瓶')).toHaveLength(1);
    expect(segmentWords('P.O42.5 普通硅酸盐水泥')).toHaveLength(1);
    expect(segmentWords('茶叶罐 2000套 要苗族元素')).toHaveLength(1);
  });

  it('takes the products after a heading and its colon, the heading only where nothing follows', () => {
    expectProducts('危废处置：废脱硝催化剂、废油', '催化剂', '废油');
    expect(segmentWords('机关食堂统采：大米10吨 食用油2吨').flat()).not.toContain('食堂');
    expectProducts('年度招标：', '招标');
  });

  it('reads what a title says in brackets as description, and takes no head noun from it', () => {
    const terms = tokenizer.listingTerms('茶多酚 98%（保健食品原料）', null);
    expect(terms.get('茶多酚')).toBe(2);
    expect(terms.get('保健食品')).toBe(1);
    expect([...terms.keys()].filter((t) => t.startsWith('~'))).toEqual(['~酚']);
    // Half-width brackets and square ones too; a title all in brackets keeps its words as title.
    expect(tokenizer.listingTerms('维生素C (食品级)', null).get('食品级')).toBe(1);
    expect(tokenizer.listingTerms('【魔芋粉】', null).get('魔芋')).toBe(2);
  });

  it('keeps a compound the dictionary splits into a word and one character, with its head', () => {
    // 辣椒碱 is cut 辣椒 + 碱: without the compound, it would share with 辣椒段 all it has.
    const alkaloid = tokenizer.listingTerms('辣椒碱（纯度≥95%）', null);
    expect(alkaloid.get('辣椒碱')).toBe(2);
    expect(alkaloid.has('~碱')).toBe(true);
    expect(alkaloid.has('~度')).toBe(false);
    expect(tokenizer.listingTerms('菜籽粕', null).has('菜籽粕')).toBe(true);
    // A trailing character that names no product makes no compound.
    expect([...tokenizer.listingTerms('白酒瓶用', null).keys()]).not.toContain('白酒瓶用');
  });

  it('counts packing forms half: 散装 and 小包装 say how, not what', () => {
    const terms = tokenizer.listingTerms('干香菇 散装及小包装', null);
    expect(terms.get('香菇')).toBe(2);
    expect(terms.get('散装')).toBe(1);
    expect(terms.get('小包装')).toBe(1);
    // 小包装 alone is no product of the title.
    expect(tokenizer.productSegments('干香菇 散装及小包装')).toHaveLength(1);
  });

  it('counts the state a metal is delivered in half: 调质 and 退火 say how it was treated, not what it is', () => {
    const terms = tokenizer.listingTerms('40CrNiMoA 调质圆钢 φ20-φ300', null);
    expect(terms.get('圆钢')).toBe(2);
    expect(terms.get('调质')).toBe(1);
    expect(tokenizer.listingTerms('H13模具钢 退火', null).get('退火')).toBe(1);
  });

  it('reads another name of a product as the name its group is read as: 螺纹钢 and 三级钢 are 钢筋', () => {
    for (const title of ['螺纹钢 HRB400E', '三级钢', '带肋钢筋 Φ12-25', '建筑钢筋']) {
      expect(tokenizer.listingTerms(title, null).has('钢筋')).toBe(true);
    }
    // Carrying goods for someone, by the sender's words and the carrier's: 样品托运 and 展品运输 share 运输.
    for (const title of ['样品托运 贵阳→广州', '展品运输 门到门', '物资寄运']) {
      expect(tokenizer.listingTerms(title, null).has('运输')).toBe(true);
    }
    // However the segmenter cuts it (商 + 砼), in titles and descriptions, and Latin abbreviations too.
    expect(tokenizer.listingTerms('C30商砼 泵送', null).has('商品混凝土')).toBe(true);
    expect(tokenizer.listingTerms('求购 土豆', '鲜洋芋也可').has('马铃薯')).toBe(true);
    expect(tokenizer.listingTerms('MCC 102型 直压级', null).has('微晶纤维素')).toBe(true);
    // A grower's log and a tea roller under their other names.
    expect(tokenizer.listingTerms('香菇菌包5万个', null).has('菌棒')).toBe(true);
    expect(tokenizer.listingTerms('55型揉茶机4台', null).has('揉捻机')).toBe(true);
    // Herbs under their prescription names, honey under its grower's names, the CCC mark as 3C.
    expect(tokenizer.listingTerms('丝棉皮 原药 10吨', null).has('杜仲')).toBe(true);
    for (const herb of ['淫羊藿', '续断', '补骨脂'])
      expect(tokenizer.listingTerms('询价：仙灵脾、川断、故子', null).has(herb)).toBe(true);
    expect(tokenizer.listingTerms('淮山 切片', null).has('山药')).toBe(true);
    expect(tokenizer.listingTerms('中华蜂土蜜 原蜜 桶装', null).has('蜂蜜')).toBe(true);
    expect(tokenizer.listingTerms('服务器 CCC证书 代理', null).has('3c')).toBe(true);
    // A chemical written as its formula.
    expect(tokenizer.listingTerms('Li2CO3 电池级 99.5%', null).has('碳酸锂')).toBe(true);
    expect(tokenizer.listingTerms('Mn3O4 粉', null).has('四氧化三锰')).toBe(true);
    expect(tokenizer.listingTerms('H3PO4 85% 槽车', null).has('磷酸')).toBe(true);
    expect(tokenizer.listingTerms('七水绿矾', null).has('硫酸亚铁')).toBe(true);
    // Local names of paddy-field fish, and the words for a repair.
    expect(tokenizer.listingTerms('车江坝 禾花鲤 鲜活', null).has('稻田鱼')).toBe(true);
    expect(tokenizer.listingTerms('田鱼500斤', null).has('稻田鱼')).toBe(true);
    expect(tokenizer.listingTerms('液压支架立柱大修', null).has('维修')).toBe(true);
    // Capsule shells by the trade's names, dried chillies by a county's.
    expect(tokenizer.listingTerms('硬胶囊壳 1号', null).has('空心胶囊')).toBe(true);
    expect(tokenizer.listingTerms('求购干海椒 去把', null).has('干辣椒')).toBe(true);
    expect(tokenizer.listingTerms('5G定制网 智慧酒厂', null).has('专网')).toBe(true);
    // Information systems by their Latin names or their Chinese ones.
    expect(tokenizer.listingTerms('医院信息系统（HIS）更换', null).has('医院信息系统')).toBe(true);
    expect(tokenizer.listingTerms('影联PACS 医学影像', null).has('影像归档和通信系统')).toBe(true);
    expect(tokenizer.listingTerms('视频点播 内容分发', null).has('内容分发网络')).toBe(true);
    expect(tokenizer.listingTerms('CDN 按流量计费', null).has('内容分发网络')).toBe(true);
    // Components, machining, cigarette materials and precast plants by their trades' names.
    expect(tokenizer.listingTerms('航插 4芯 防水', null).has('航空插头')).toBe(true);
    expect(tokenizer.listingTerms('水松纸 64mm', null).has('接装纸')).toBe(true);
    expect(tokenizer.listingTerms('32.768KHz 音叉晶体 贴片', null).has('晶振')).toBe(true);
    expect(tokenizer.listingTerms('18650电芯 2600mAh', null).has('锂电池')).toBe(true);
    expect(tokenizer.listingTerms('钨钢铣刀 4刃', null).has('硬质合金')).toBe(true);
    // A crusher and a mine fan by the trade's short names, spices by their kitchen names, flocculants by their abbreviations.
    expect(tokenizer.listingTerms('二手颚破600*900 九成新', null).has('颚式破碎机')).toBe(true);
    expect(tokenizer.listingTerms('鄂破 PE750*1060 大型粗碎', null).has('颚式破碎机')).toBe(true);
    expect(tokenizer.listingTerms('求购多缸液压圆锥破 HP300', null).has('圆锥破碎机')).toBe(true);
    expect(tokenizer.listingTerms('FBDNo5.6/2×11 局扇', null).has('局部通风机')).toBe(true);
    expect(tokenizer.listingTerms('XK-450 开放式炼胶机 硬齿面', null).has('开炼机')).toBe(true);
    expect(tokenizer.listingTerms('GK255 密闭式炼胶机', null).has('密炼机')).toBe(true);
    // One alloy by its GB, trade and UNS grades, however the trade name is written.
    expect(tokenizer.listingTerms('Inconel 718 棒 AMS5662', null).has('gh4169')).toBe(true);
    expect(tokenizer.listingTerms('A-286 冷拉棒', null).has('gh2132')).toBe(true);
    expect(tokenizer.listingTerms('Ti-6Al-4V 板', null).has('tc4')).toBe(true);
    expect(tokenizer.listingTerms('模具钢 4Cr5MoSiV1', null).has('h13')).toBe(true);
    expect([...tokenizer.listingTerms('a 100 pcs', null).keys()]).not.toContain('a100');
    expect(tokenizer.listingTerms('国产全脂乳粉 26%脂肪 25kg/袋', null).has('奶粉')).toBe(true);
    expect(tokenizer.listingTerms('收购原料奶 日收20吨', null).has('生鲜乳')).toBe(true);
    expect(tokenizer.listingTerms('集装袋/太空袋 导电型C型', null).has('吨袋')).toBe(true);
    expect(tokenizer.listingTerms('FIBC 1000kg 四吊', null).has('吨袋')).toBe(true);
    expect(tokenizer.listingTerms('高铬钢锻 φ14×16 Cr12', null).has('钢段')).toBe(true);
    expect(tokenizer.listingTerms('大料 2吨', null).has('八角')).toBe(true);
    expect(tokenizer.listingTerms('寻找麻椒货源', null).has('青花椒')).toBe(true);
    expect(tokenizer.listingTerms('PAM 阳离子 1000万', null).has('聚丙烯酰胺')).toBe(true);
    expect(tokenizer.listingTerms('阳离子聚丙烯酰胺', null).has('聚丙烯酰胺')).toBe(true);
    expect(tokenizer.listingTerms('污水厂除磷药剂 PAC 工业级', null).has('聚合氯化铝')).toBe(true);
    expect(tokenizer.listingTerms('找碱式氯化铝 净水用', null).has('聚合氯化铝')).toBe(true);
    // PAFC is another flocculant, though its name holds 聚合氯化铝.
    expect(tokenizer.listingTerms('聚合氯化铝铁 PAFC', null).has('聚合氯化铝')).toBe(false);
    expect(tokenizer.listingTerms('罗茨风机2台', null).has('罗茨鼓风机')).toBe(true);
    expect(tokenizer.listingTerms('求购鼓风机和曝气管', null).has('管式曝气器')).toBe(true);
    expect(tokenizer.listingTerms('管式微孔曝气器 EPDM膜片', null).has('管式曝气器')).toBe(true);
    // How soon a buyer needs it is no product: 急需 leaves 大料 alone.
    expect([...tokenizer.listingTerms('大料 2吨 急需', null).keys()].filter((t) => !t.startsWith('~'))).toEqual([
      '八角',
    ]);
    expect(tokenizer.listingTerms('10吨天车 维保', null).has('桥式起重机')).toBe(true);
    expect(tokenizer.listingTerms('S95矿粉', null).has('矿渣粉')).toBe(true);
    expect(tokenizer.listingTerms('Q345B钢板 10mm', null).has('q355b')).toBe(true);
    expect(tokenizer.listingTerms('磷矿粉 28%', null).has('矿渣粉')).toBe(false);
    // A name inside another product's name is no name of it: 电线材料 is no 线材, 发电机 no 电动机.
    expect(tokenizer.listingTerms('电线材料', null).has('盘条')).toBe(false);
    expect(tokenizer.listingTerms('柴油发电机', null).has('电动机')).toBe(false);
    // Read as the group's name, not beside it: 薏仁 in both listings is one shared word, not two.
    const coix = tokenizer.listingTerms('兴仁薏仁 500g真空装', null);
    expect(coix.has('薏仁米')).toBe(true);
    expect(coix.has('薏仁')).toBe(false);
    // The group's own name gives nothing more.
    expect([...tokenizer.listingTerms('钢筋', null).keys()].filter((t) => !t.startsWith('~'))).toEqual(['钢筋']);
  });

  it('reads a shorthand for several products (阻容, 二三极管) as each of them', () => {
    const terms = tokenizer.listingTerms('阻容元件 0603', null);
    expect(terms.has('电阻') && terms.has('电容')).toBe(true);
    const both = tokenizer.listingTerms('采购 二三极管 贴片', null);
    expect(both.has('二极管') && both.has('三极管')).toBe(true);
    expect(tokenizer.listingTerms('电容器 薄膜', null).has('电阻')).toBe(false);
  });

  it('reads a metal before the form it is sold in as the metal’s alloys: 钛棒 and 钛焊丝 meet 钛合金', () => {
    for (const title of ['钛棒 TA2', '钛焊丝 ERTi-5', 'TC4钛合金棒'])
      expect(tokenizer.listingTerms(title, null).has('钛合金')).toBe(true);
    expect(tokenizer.listingTerms('镍板 N6', null).has('镍合金')).toBe(true);
    // A metal inside a word (氧化铝, 铜仁) or a metal the form words do not follow is no such term.
    expect(tokenizer.listingTerms('氧化铝 99%', null).has('铝合金')).toBe(false);
    expect(tokenizer.listingTerms('铜仁 绿茶', null).has('铜合金')).toBe(false);
  });

  it('keeps the product a code names with one character (PE膜, PVC管, A4纸): PVC管 is no PVC板', () => {
    const terms = (title: string) => [...tokenizer.listingTerms(title, null).keys()];
    expect(terms('PVC管')).toEqual(expect.arrayContaining(['~管', 'pvc管']));
    expect(terms('PVC板')).not.toContain('pvc管');
    expect(terms('PE膜')).toEqual(expect.arrayContaining(['~膜', '聚乙烯']));
    expect(terms('PE保护膜')).toEqual(expect.arrayContaining(['~膜', '聚乙烯']));
    expect(terms('A4纸')).toEqual(expect.arrayContaining(['~纸', 'a4']));
    // A Chinese character before it still makes the compound: U型槽 is a 槽.
    expect(terms('U型槽')).toContain('~槽');
  });

  it('counts delivering and repairing as acts, not products: 桶装水配送 and 蔬菜配送 share no product', () => {
    expect(tokenizer.listingTerms('桶装水 18.9L 配送', null).get('配送')).toBe(1);
    expect(tokenizer.listingTerms('偶合器 检修', null).get('维修')).toBe(1);
    expect(tokenizer.listingTerms('蔬菜 配送', null).get('蔬菜')).toBe(2);
  });

  it('drops units of measure with their magnitude: 年约10亿千瓦时 and 200立方米 say how much, not what', () => {
    const terms = [...tokenizer.listingTerms('绿电采购 年约10亿千瓦时', '月需200立方米，500千克/袋，80万只')];
    const words = terms.map(([t]) => t);
    for (const unit of ['千瓦时', '亿千瓦时', '千瓦', '立方米', '立方', '千克', '万只'])
      expect(words).not.toContain(unit);
    expect(words).toContain('绿电');
    // Nor do they leave a head noun behind (时 of 千瓦时, 约 of 年约).
    expect(words.filter((t) => t.startsWith('~'))).toEqual(['~电']);
  });

  it('writes a specification’s unit in Latin, however it was written: 500毫升 is 500ml, 25公斤 is 25kg', () => {
    expect(tokenizer.listingTerms('酸汤瓶 500毫升 玻璃', null).has('500ml')).toBe(true);
    expect(tokenizer.listingTerms('玻璃酱菜瓶 500ml', null).has('500ml')).toBe(true);
    expect(tokenizer.terms('25公斤/袋，50千克/袋')).toEqual(expect.arrayContaining(['25kg', '50kg']));
    expect(tokenizer.terms('55千瓦电机 10千伏')).toEqual(expect.arrayContaining(['55kw', '10kv']));
    // An energy amount stays a quantity, not a power rating.
    expect(tokenizer.terms('年约100千瓦时')).not.toContain('100kw');
  });

  it('reads ratings written together as the ratings written apart: 48V100Ah is 48V 100Ah', () => {
    const apart = tokenizer.listingTerms('通信备电 48V 100Ah 磷酸铁锂电池', null);
    const together = tokenizer.listingTerms('通信备电 48V100Ah 磷酸铁锂电池', null);
    expect([...together.keys()].sort()).toEqual([...apart.keys()].sort());
    expect(tokenizer.terms('470uF35V 电解电容')).toEqual(expect.arrayContaining(['470uf', '35v']));
    expect(tokenizer.terms('保险丝 10A250V')).toEqual(expect.arrayContaining(['10a', '250v']));
    // A code whose digits follow a letter stays one code.
    expect(tokenizer.terms('A1V2 控制器')).toContain('a1v2');
    // A bare number after the letter makes a grade: 2A12 and 5A06 are aluminium alloys, not 2A and 12.
    expect(tokenizer.terms('2A12-T4铝棒')).toContain('2a12');
    expect(tokenizer.terms('5A06铝板')).toContain('5a06');
  });

  it('reads a small firm’s words for who, when and how as no product: 每天送, 帮我们, 一个', () => {
    const words = (title: string) => [...tokenizer.listingTerms(title, null).keys()];
    expect(words('找团队帮我们开网店、做推广')).toEqual(expect.arrayContaining(['网店', '推广']));
    expect(words('找团队帮我们开网店、做推广')).not.toEqual(expect.arrayContaining(['团队帮']));
    expect(words('营养餐食材：豆腐、豆干 每天送')).not.toEqual(expect.arrayContaining(['每天送']));
    expect(words('营养餐食材：豆腐、豆干 每天送')).not.toContain('每天');
    expect(words('合作社要建一个冷库')).not.toContain('一个');
  });

  it('reads local names of produce as the product: 毛辣果 is 番茄, 折耳根 is 鱼腥草, 豆干 is 豆腐干', () => {
    expect(tokenizer.listingTerms('毛辣果', null).has('番茄')).toBe(true);
    expect(tokenizer.listingTerms('收小番茄 做红酸汤用', null).has('番茄')).toBe(true);
    expect(tokenizer.listingTerms('折耳根 鲜货', null).has('鱼腥草')).toBe(true);
    expect(tokenizer.listingTerms('豆干 每天送', null).has('豆腐干')).toBe(true);
  });

  it('keeps coal as the trade sells it whole (末煤, 洗混煤), and reads 或 between two products', () => {
    const words = [...tokenizer.listingTerms('砖厂烧窑用末煤或煤矸石', null).keys()];
    expect(words).toEqual(expect.arrayContaining(['末煤', '煤矸石']));
    expect(words).not.toContain('用末煤');
    expect(tokenizer.productSegments('砖厂烧窑用末煤或煤矸石')).toHaveLength(2);
    expect(tokenizer.listingTerms('洗混煤', null).has('洗混煤')).toBe(true);
    // A size's unit alone is no word (0-13mm).
    expect(tokenizer.terms('无烟末煤 0-13mm')).not.toContain('mm');
  });

  it('reads a bracket listing examples as products of the title, and any other bracket as a qualifier', () => {
    expect(splitTitle('采购 食用菌干货（香菇、竹荪等） 礼品装').qualifiers).toBe('');
    expect(tokenizer.titleHeads('采购 食用菌干货（香菇、竹荪等） 礼品装')).toEqual(['干货', '香菇', '竹荪', '礼品装']);
    expectProducts('包装材料（如：纸箱、瓶盖）', '包装材料', '纸箱', '瓶盖');
    const terms = tokenizer.listingTerms('调味干货（花椒、八角等）', null);
    expect(terms.get('花椒')).toBe(terms.get('干货'));
    // Grades, uses, varieties and numbers stay qualifiers.
    expect(splitTitle('天麻粉（80目、120目等）')).toEqual({ name: '天麻粉', qualifiers: '80目、120目等' });
    expect(splitTitle('茶多酚 98%（保健食品原料）').qualifiers).toBe('保健食品原料');
    expect(splitTitle('鲜菇（花菇/厚菇）').qualifiers).toBe('花菇/厚菇');
  });

  it('reads a bracket listing the members of a kind named before it as products of the title', () => {
    // The kind, then what the buyer says of the buying, then its members: each is a product asked for.
    expectProducts('饲料原料长期采购（玉米/豆粕/鱼粉）', '饲料原料', '玉米', '豆粕', '鱼粉');
    expect(tokenizer.productSegments('包材采购（玻璃瓶、瓶盖、纸箱）', null)).toHaveLength(4);
    const terms = tokenizer.listingTerms('车间耗材（手套和口罩）', null);
    expect(terms.get('手套')).toBe(terms.get('耗材'));
    // After a product the bracket is its varieties; one member, or members with numbers, qualify.
    expect(splitTitle('鲜菇（花菇/厚菇）').qualifiers).toBe('花菇/厚菇');
    expect(splitTitle('包装材料（80目/120目）').qualifiers).toBe('80目/120目');
    expect(splitTitle('辅料采购（大米）').qualifiers).toBe('大米');
  });

  it('reads what a title says comes with the product (含验证) as description, and a content as the name', () => {
    expect(splitTitle('制药用水系统 RO+EDI 含验证')).toEqual({ name: '制药用水系统 RO+EDI', qualifiers: '含验证' });
    expect(splitTitle('茶叶包装机，包含安装')).toEqual({ name: '茶叶包装机，', qualifiers: '包含安装' });
    expect(splitTitle('茶多酚 含量98%').qualifiers).toBe('');
    expect(splitTitle('含锌底漆').qualifiers).toBe('');
  });

  it('reads what a title asks of the product after naming it (要对接用友U8) as description, not a need naming the product', () => {
    expect(splitTitle('质量追溯系统，要对接用友U8')).toEqual({ name: '质量追溯系统，', qualifiers: '要对接用友U8' });
    expect(splitTitle('切削液 要不含氯的').qualifiers).toBe('要不含氯的');
    expect(splitTitle('STM32F103C8T6 5K片 要原装').qualifiers).toBe('要原装');
    for (const title of ['湿敏元件存储 需要干燥柜2台', '酸性土改良 要生石灰粉', '主轴异响 需维修'])
      expect(splitTitle(title).qualifiers).toBe('');
  });

  it('reads what a title says its product is mated with (配拖拉机, 配50-70马力) as description, not a part or a formula', () => {
    expect(splitTitle('马铃薯杀秧机 配拖拉机')).toEqual({ name: '马铃薯杀秧机', qualifiers: '配拖拉机' });
    expect(splitTitle('1GQN-200 旋耕机 配50-70马力').qualifiers).toBe('配50-70马力');
    for (const title of ['挖掘机 配件', '高低压 配电柜', '复合肥 配方肥', '蔬菜 配送'])
      expect(splitTitle(title).qualifiers).toBe('');
  });

  it("drops a machine's rate and a buyer's hedging words (一小时2000瓶, 比较稠)", () => {
    const terms = tokenizer.listingTerms('辣酱自动装瓶拧盖一条线', '酱里有颗粒、比较稠，一小时2000瓶左右');
    for (const word of ['小时', '一小时', '比较']) expect(terms.has(word)).toBe(false);
    expect(tokenizer.listingTerms('辣椒去把机', '每小时300-500kg').has('小时')).toBe(false);
  });

  it('reads a phrase saying what the goods are for (蜜炙用, 装配线用) as description, not a grade or a verb in 用', () => {
    expect(splitTitle('蜜炙用 蜂蜜 药用 大桶')).toEqual({ name: '蜂蜜 药用 大桶', qualifiers: '蜜炙用' });
    expect(splitTitle('CPU导热膏 装配线用').qualifiers).toBe('装配线用');
    expect(splitTitle('泡罩包装用，铝箔').qualifiers).toBe('泡罩包装用');
    expect(splitTitle('350g白底白面卡纸 做茶叶盒 每月30吨').qualifiers).toBe('做茶叶盒');
    expect(splitTitle('PE膜 用于包装').qualifiers).toBe('用于包装');
    for (const title of ['IDC 机柜租用', '茶叶 食用', '智能工厂 应用', '服务器 专用'])
      expect(splitTitle(title).qualifiers).toBe('');
  });

  it('drops the standard the goods meet (药典标准, 国标): no product a 茯苓 shares with a 蜂蜜', () => {
    const standard = tokenizer.listingTerms('茯苓 统货 药典标准', '执行国标，水分达到药典标准');
    for (const word of ['药典', '标准', '国标']) expect(standard.has(word)).toBe(false);
    expect(standard.has('茯苓')).toBe(true);
  });

  it('reads the parts a bracket joins with + after a line or a set as products of the title', () => {
    const line = '中药水提醇沉整线 (3吨罐+浓缩+乙醇回收)';
    expect(splitTitle(line).qualifiers).toBe('');
    for (const part of ['浓缩', '乙醇', '回收']) expect(tokenizer.listingTerms(line, null).get(part)).toBe(2);
    expect(splitTitle('灌装生产线（洗瓶＋灌装＋压盖）').qualifiers).toBe('');
    expect(splitTitle('辣酱装瓶一条线（灌装+旋盖）').qualifiers).toBe('');
    // After anything else, or a list that names no part in Chinese, the bracket qualifies.
    expect(splitTitle('复合饮料（胶原蛋白+维C）').qualifiers).toBe('胶原蛋白+维C');
    expect(splitTitle('包装生产线（PET+AL+PE）').qualifiers).toBe('PET+AL+PE');
  });

  it('takes the head of a product named after a code (5G专网), past what is done to it (建设, 招标)', () => {
    expect(tokenizer.titleHeads('酿造园区5G专网建设')).toEqual(['5g专网']);
    expect(tokenizer.heads('酿造园区5G专网建设')).toEqual(['~网']);
    expect(tokenizer.titleHeads('园区道路建设')).toEqual(['道路']);
    expect(tokenizer.titleHeads('礼盒包装招标')).toEqual(['包装']);
    // 瓶 and 箱 count bottles (6瓶装) but also end a container's name: 油辣椒瓶 is a bottle, not 油辣椒.
    expect(tokenizer.titleHeads('油辣椒瓶 280ml 八角瓶 高白料')).toEqual(['油辣椒瓶', '八角瓶', '高白料']);
    expect(tokenizer.heads('油辣椒瓶')).toEqual(['~瓶']);
  });
  it('gives a demand telling a symptom the words of its fixes, the names in full and their kinds at half', () => {
    const tokenizer = new Tokenizer();
    expect(tokenizer.remedyTerms('循环水结垢', '换热器一年清洗两次').get('软水器')).toEqual({
      symptom: '结垢',
      head: true,
    });
    const { terms, remedies } = tokenizer.demandTerms('循环水结垢', '换热器一年清洗两次');
    expect(terms.get('软水器')).toBe(1);
    expect([...remedies.keys()]).not.toContain('设备');
    const kind = [...remedies].find(([, r]) => !r.head)![0];
    expect(terms.get(kind)).toBe(0.5);
    // its own words keep their weight and are no fix's words (清洗 is said, and a fix's word too)
    const own = tokenizer.listingTerms('循环水结垢', '换热器一年清洗两次');
    expect(terms.get('循环水')).toBe(own.get('循环水'));
    expect(terms.get('清洗')).toBe(own.get('清洗'));
    expect(remedies.has('清洗')).toBe(false);
    expect(own.has('软水器')).toBe(false);
    expect(tokenizer.demandTerms('求购 500ml 酱香型白酒玻璃瓶', null).remedies.size).toBe(0);
  });
});
