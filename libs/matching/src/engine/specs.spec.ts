import { parseSpecs, specConflict } from './specs';

const one = (text: string) => parseSpecs(text)[0];

describe('stated grades', () => {
  it('reads coal’s heat and sulphur with their bounds, before or after the number', () => {
    expect(parseSpecs('酒厂锅炉烧煤 要5000大卡以上，硫不超2')).toEqual([
      { key: 'kcal', min: 5000, max: Infinity, text: '5000大卡以上' },
      { key: 'sulfur', min: -Infinity, max: 2, text: '硫不超2' },
    ]);
    expect(one('洗混煤（动力煤）Qnet 4800-5200')).toMatchObject({ key: 'kcal', min: 4800, max: 5200 });
    expect(one('混煤 Q≥4500大卡')).toMatchObject({ key: 'kcal', min: 4500, max: Infinity });
    // A single value is about that much.
    expect(one('末煤 5500大卡')).toMatchObject({ min: 5225, max: 5775 });
    expect(one('煤泥 3000大卡左右')).toMatchObject({ min: 2700, max: 3300 });
  });

  it('reads labelled shares, cement’s strength class and a powder’s fineness', () => {
    expect(one('钩藤 含钩率要70%以上')).toMatchObject({ key: '含钩率', min: 70, max: Infinity });
    expect(one('石灰石 CaO 52%-54%')).toMatchObject({ key: 'cao', min: 52, max: 54 });
    expect(one('P·O 52.5 高标号普通水泥')).toMatchObject({ key: 'cement', min: 52.5, max: 52.5 });
    expect(one('P.O42.5普通硅酸盐水泥（散装）')).toMatchObject({ key: 'cement', min: 42.5, max: 42.5 });
    expect(one('天麻粉 细度≥200目更佳')).toMatchObject({ key: 'mesh', min: 200, max: Infinity });
  });

  it('reads a fineness stated alone as the least that serves: a finer powder meets it, a coarser one does not', () => {
    const demand = parseSpecs('脱硫石灰石粉 250目');
    expect(demand[0]).toMatchObject({ key: 'mesh', max: Infinity });
    expect(specConflict(parseSpecs('石灰石粉325目 脱硫剂'), demand)).toBeNull();
    expect(specConflict(parseSpecs('石灰石粉 250目'), demand)).toBeNull();
    expect(specConflict(parseSpecs('重钙粉 200目'), demand)?.supply.text).toBe('200目');
    expect(specConflict(parseSpecs('石灰石粉 200-250目'), parseSpecs('石灰石粉 325目'))?.supply.text).toBe('200-250目');
  });

  it('takes no other number for a grade: steel grades, bag weights, page counts', () => {
    expect(parseSpecs('Q235B 钢板 50kg/袋')).toEqual([]);
    expect(parseSpecs('目录 200页')).toEqual([]);
  });

  it('finds the grade a supply states outside the demand’s bound, and nothing where they agree', () => {
    const demand = parseSpecs('锅炉烧煤 要5000大卡以上，硫不超2');
    expect(specConflict(parseSpecs('混煤（电煤）Q≥4500大卡'), demand)?.supply.text).toBe('Q≥4500大卡');
    expect(specConflict(parseSpecs('末煤 5500大卡 硫1.5'), demand)).toBeNull();
    expect(specConflict(parseSpecs('无烟块煤 6000大卡 硫3'), demand)?.demand.text).toBe('硫不超2');
    // Only grades both state are compared.
    expect(specConflict(parseSpecs('无烟末煤 0-13mm'), demand)).toBeNull();
    expect(specConflict(parseSpecs('P·O 42.5'), parseSpecs('求购 P·O 52.5 水泥'))).not.toBeNull();
    expect(specConflict(parseSpecs('钩藤 含钩率60%左右'), parseSpecs('钩藤 含钩率70%以上'))).not.toBeNull();
    expect(specConflict(parseSpecs('钩藤 含钩率85%以上'), parseSpecs('钩藤 含钩率70%以上'))).toBeNull();
  });

  it('reads produce sold dried or fresh from the title, and nothing from words that only hold 干 or 鲜', () => {
    const state = (title: string, description?: string) =>
      parseSpecs(title, description).find((s) => s.key === 'state')?.text ?? null;
    expect(state('求购干海椒 遵义朝天椒 去把')).toBe('干品');
    expect(state('采购 食用菌干货 礼品装')).toBe('干品');
    expect(state('收购 核桃（干） 带壳')).toBe('干品');
    expect(state('鲜红辣椒 线椒/朝天椒 8月上市')).toBe('鲜品');
    expect(state('大方冬荪 鲜品/干品')).toBe('鲜品/干品');
    for (const title of [
      '干燥剂 药用',
      '保鲜膜 食品级',
      '干式变压器 SCB13',
      '干混砂浆 M10',
      '牛肉干 麻辣',
      '海鲜 冻品',
      // A machine or a room for the goods is in no state of its own.
      '空气能热泵烘干房 5-10吨/批',
      '需要 鲜椒脱水设备 每批5吨',
      '香菇烘干机（燃气）',
    ])
      expect(state(title)).toBeNull();
    // A description of dried goods tells how the fresh ones were dried: only the title says what is sold.
    expect(state('香菇 菇脚剪净', '鲜香菇热风烘干')).toBeNull();
    const dried = parseSpecs('求购 干花椒');
    expect(specConflict(parseSpecs('鲜青花椒 7月上市'), dried)?.supply.text).toBe('鲜品');
    expect(specConflict(parseSpecs('顶坛花椒 晒干 统货'), dried)).toBeNull();
    expect(specConflict(parseSpecs('冬荪 鲜品/干品'), dried)).toBeNull();
  });

  it('reads a grade written as a code in the title: HRB500E is not the HRB400E asked for, HRB400E/HRB500E offers it', () => {
    const rebar = parseSpecs('采购钢筋 HRB400E', '三级钢，合计约1200吨');
    expect(specConflict(parseSpecs('HRB500E 螺纹钢 高强'), rebar)).toMatchObject({
      demand: { text: 'HRB400E' },
      supply: { text: 'HRB500E' },
    });
    expect(specConflict(parseSpecs('水钢 HRB400E 螺纹钢 Φ12-Φ32'), rebar)).toBeNull();
    expect(specConflict(parseSpecs('螺纹钢 HRB400E/HRB500E 现货'), rebar)).toBeNull();
    // Further models written by their numbers alone: QTZ63/80/125 offers a QTZ80.
    expect(one('塔吊租赁 QTZ63/80/125 含安拆')).toMatchObject({ key: 'code:qtz', min: 63, max: 125 });
    expect(specConflict(parseSpecs('塔吊租赁 QTZ63/80/125'), parseSpecs('租塔吊 QTZ80 一台'))).toBeNull();
    expect(specConflict(parseSpecs('塔吊 QTZ63'), parseSpecs('租塔吊 QTZ80 一台'))).not.toBeNull();
    // Codes named apart are each offered, not what lies between them: no QTZ100, no HW17 among HW02…HW49.
    expect(specConflict(parseSpecs('塔吊租赁 QTZ63/80/125'), parseSpecs('租塔吊 QTZ100'))).not.toBeNull();
    const incineration = parseSpecs('危险废物焚烧处置（HW02医药废物/HW04/HW06废有机溶剂/HW11精馏残渣/HW49）');
    expect(specConflict(incineration, parseSpecs('电镀污泥（HW17）委托处置 年约30吨'))).toMatchObject({
      demand: { text: 'HW17' },
    });
    expect(specConflict(incineration, parseSpecs('废活性炭（HW49）委托处置'))).toBeNull();
    // Only codes both titles state are compared; a description's are what a product fits.
    expect(specConflict(parseSpecs('盘螺', 'HRB500E 也有'), rebar)).toBeNull();
    // A series before its rating is no grade of its own (SCB13-1250), nor a single letter's code (Q235).
    expect(parseSpecs('干式变压器 SCB13-1250').some((x) => x.key.startsWith('code:'))).toBe(false);
    expect(parseSpecs('Q235B 热轧卷板').some((x) => x.key.startsWith('code:'))).toBe(false);
  });

  it('reads an alloy steel’s grade, its carbon then its elements: 35CrMnSiA is not the 30CrMnSiA asked for', () => {
    const bolts = parseSpecs('采购30CrMnSiA 冷拉丝/圆钢 φ6.5-φ16 航空螺栓用');
    expect(specConflict(parseSpecs('35CrMnSiA 合金结构钢 连铸坯/圆钢'), bolts)).toMatchObject({
      demand: { text: '30CrMnSiA' },
      supply: { text: '35CrMnSiA' },
    });
    expect(specConflict(parseSpecs('30CrMnSiA 冷拉圆钢 φ6-φ60 航空用'), bolts)).toBeNull();
    // A die steel and a structural steel of the same elements differ in carbon; a list offers each of its grades.
    const dies = parseSpecs('需要5CrNiMo锻模模块 600×500×400');
    expect(specConflict(parseSpecs('40CrNiMoA（4340）调质圆钢'), dies)).not.toBeNull();
    expect(specConflict(parseSpecs('模具钢模块 H13/5CrNiMo/5CrMnMo 锻模用'), dies)).toBeNull();
    expect(one('65Mn弹簧钢')).toMatchObject({ key: 'code:mn', min: 65 });
    // A rating is no steel (220V, 5W), and other families are not compared (42CrMo for a 30CrMnSiA).
    for (const title of ['220V 电机', '5W LED灯'])
      expect(parseSpecs(title).some((x) => x.key.startsWith('code:'))).toBe(false);
    expect(specConflict(parseSpecs('42CrMo 圆钢'), bolts)).toBeNull();
  });

  it('reads an aluminium alloy’s or a stainless steel’s grade in digits: 6082 is not the 6063 asked for, 6063-T5 is', () => {
    const bars = parseSpecs('求购6063铝棒', '月用量800吨左右，φ120、φ152为主');
    expect(specConflict(parseSpecs('6061 / 6082 铝棒'), bars)).toMatchObject({
      demand: { text: '6063' },
      supply: { text: '6061/6082' },
    });
    expect(specConflict(parseSpecs('6005A铝棒'), bars)).not.toBeNull(); // 6005A is a grade of its own
    expect(specConflict(parseSpecs('再生6063铝棒（回炉棒）'), bars)).toBeNull();
    expect(specConflict(parseSpecs('6063-T5 铝棒 3000吨'), bars)).toBeNull();
    expect(specConflict(parseSpecs('铝棒 现货'), bars)).toBeNull(); // a supply naming no grade is not compared
    const sheet = parseSpecs('采购316L不锈钢板 2mm');
    expect(specConflict(parseSpecs('201/304不锈钢板'), sheet)).not.toBeNull();
    expect(specConflict(parseSpecs('304/316L 不锈钢板 现货'), sheet)).toBeNull();
    // Amounts, years and sizes are no grade, nor digits where the title names neither metal.
    for (const title of ['铝锭 3000吨', '2025年铝锭', 'Φ1200铝板', '40CrNiMoA（4340）调质圆钢', '6063 型材模具'])
      expect(parseSpecs(title).some((x) => x.key.startsWith('alloy:'))).toBe(false);
  });

  it('reads how many of a feature a machine, part or cable has, in digits or Chinese numerals, with bounds', () => {
    const count = (text: string) => parseSpecs(text).find((s) => s.key.startsWith('count:'));
    expect(count('无铅回流焊 8温区以上')).toMatchObject({
      key: 'count:温区',
      min: 8,
      max: Infinity,
      text: '8温区以上',
    });
    expect(count('五轴联动加工中心')).toMatchObject({ key: 'count:轴', min: 5, max: 5 });
    expect(count('立铣刀 四刃不等齿')).toMatchObject({ key: 'count:刃', min: 4, max: 4 });
    expect(count('炉温测试仪 6/12通道')).toMatchObject({ key: 'count:通道', min: 6, max: 12 });
    // A herd's heads, a sum's part, a bearing's number and a fixed price are no features.
    for (const text of ['生猪 500头', 'YJV 3+1芯', '6205轴承', '一口价 清仓']) expect(count(text)).toBeUndefined();
    const demand = parseSpecs('回流焊 8温区以上');
    expect(specConflict(parseSpecs('二手回流焊 6温区'), demand)?.supply.text).toBe('6温区');
    expect(specConflict(parseSpecs('氮气回流焊 10温区 双轨'), demand)).toBeNull();
    expect(specConflict(parseSpecs('4芯航插'), parseSpecs('航空插头 2芯'))).not.toBeNull();
  });

  it('reads the metal a title names, grades as their family, and no metal of a compound, a coating, a paper or a place', () => {
    const metal = (title: string, description?: string) =>
      parseSpecs(title, description).find((s) => s.key === 'metal')?.text ?? null;
    expect(metal('钛合金焊丝 TC4')).toBe('钛');
    expect(metal('钛焊丝 ERTi-5 (TC4) / ERTi-2 (TA2)')).toBe('钛');
    expect(metal('Ti-6Al-4V Gr5 棒')).toBe('钛');
    expect(metal('GH4169焊丝 ERNiFeCr-2')).toBe('镍基');
    expect(metal('Inconel 718 棒 UNS N07718')).toBe('镍基');
    expect(metal('2A12-T4 棒 φ30-φ120')).toBe('铝');
    expect(metal('7075-T6511 挤压棒')).toBe('铝');
    expect(metal('0Cr18Ni9 精密无缝管')).toBe('不锈钢');
    expect(metal('316L 焊管')).toBe('不锈钢');
    expect(metal('T2紫铜排')).toBe('铜');
    expect(metal('铜铝过渡线夹')).toBe('铝/铜');
    // Compounds, coatings, laminates, papers, colours and places.
    for (const title of [
      '钛白粉 金红石型',
      '二氧化钛',
      '氧化铝 99.5%',
      '聚合氯化铝 PAC',
      '硫酸镍 电池级',
      '镀镍加工',
      '铝塑复合膜',
      '铜版纸 157g',
      '古铜色 烤漆',
      '铜仁绿茶 翠芽',
      '镍氢电池组',
    ])
      expect(metal(title)).toBeNull();
    // Read from the title only: a description's metals are often what the goods are used on.
    expect(metal('立铣刀 4刃', '钛合金、不锈钢通用')).toBeNull();
  });

  it('finds titles naming no common metal in conflict, and any shared family agreeing', () => {
    const demand = parseSpecs('钛合金焊丝 TC4');
    expect(specConflict(parseSpecs('GH4169焊丝 ERNiFeCr-2'), demand)).toMatchObject({
      demand: { text: '钛' },
      supply: { text: '镍基' },
    });
    expect(specConflict(parseSpecs('钛焊丝 ERTi-5'), demand)).toBeNull();
    expect(specConflict(parseSpecs('铝排 1060'), parseSpecs('求购 T2紫铜排'))).not.toBeNull();
    expect(specConflict(parseSpecs('铜铝过渡线夹'), parseSpecs('求购 铝设备线夹'))).toBeNull();
    // A title naming no metal conflicts with none.
    expect(specConflict(parseSpecs('焊丝 氩弧焊'), demand)).toBeNull();
  });

  it('reads the form a metal is sold in where the title names the metal, and finds forms that differ', () => {
    const form = (title: string) => parseSpecs(title).find((s) => s.key === 'metalForm')?.text ?? null;
    expect(form('2A12-T4铝棒 φ30-φ120')).toBe('棒');
    expect(form('2A12-T4 / 2024-T351 硬铝板')).toBe('板');
    expect(form('TC4钛合金环形锻件 辗环')).toBe('锻件');
    expect(form('T2紫铜管 空调制冷管')).toBe('管');
    // Only where a metal is named: 面板, 线路板 and a belt (输送带) are no metal's forms.
    expect(form('钢化玻璃面板')).toBeNull();
    expect(form('铝合金 面板')).toBeNull();
    const bar = parseSpecs('2A12-T4铝棒 φ30-φ120');
    expect(specConflict(parseSpecs('2A12-T4 / 2024-T351 硬铝板'), bar)).toMatchObject({ supply: { text: '板' } });
    expect(specConflict(parseSpecs('2A12 (LY12) 铝棒 φ10-φ250'), bar)).toBeNull();
    expect(specConflict(parseSpecs('铝合金型材'), bar)).not.toBeNull();
  });

  it('reads the strength a title sells its goods at, and finds strengths that differ', () => {
    const strength = (title: string) => parseSpecs(title).find((s) => s.key === 'strength') ?? null;
    expect(strength('求购98%硫酸')).toMatchObject({ min: 97.5, max: 98.5, text: '98%' });
    expect(strength('工业级聚合氯化铝 26%-28% 污水处理用')).toMatchObject({ min: 26, max: 28 });
    expect(strength('PAC 28%')?.text).toBe('28%');
    // Not a rate, a degree, a labelled share, nor what brackets say.
    for (const title of ['遵义朝天椒 含水≤14%', '开口率95%', '离子度20-60%', '电池级硫酸锰 Mn≥32%', '原煤 Ad≤11%'])
      expect(strength(title)).toBeNull();
    expect(strength('105%发烟硫酸（游离SO3 20%）')?.text).toBe('105%');
    const acid = parseSpecs('求购98%硫酸');
    expect(specConflict(parseSpecs('稀硫酸70% / 废硫酸 低价处理'), acid)).toMatchObject({ supply: { text: '70%' } });
    expect(specConflict(parseSpecs('93%硫酸 冬季不结晶'), acid)).not.toBeNull();
    expect(specConflict(parseSpecs('工业硫酸 98% 槽车'), acid)).toBeNull();
    expect(specConflict(parseSpecs('硫酸'), acid)).toBeNull();
    // Levels named apart are each offered; one point of slack at most (31.8% is 32%, 28% is not 30%).
    expect(specConflict(parseSpecs('浓硝酸98% / 稀硝酸68%'), parseSpecs('采购 68%硝酸'))).toBeNull();
    expect(specConflict(parseSpecs('饲料级硫酸锰31.8%'), parseSpecs('硫酸锰 32%'))).toBeNull();
    expect(specConflict(parseSpecs('聚合氯化铝 PAC 28%'), parseSpecs('饮用水级聚合氯化铝 PAC 30%'))).not.toBeNull();
  });

  it('reads the ionic kind a title names, and finds kinds that differ', () => {
    const cationic = parseSpecs('阳离子聚丙烯酰胺 污泥脱水用 5吨');
    expect(specConflict(parseSpecs('非离子聚丙烯酰胺 NPAM'), cationic)).toMatchObject({ supply: { text: '非离子' } });
    expect(specConflict(parseSpecs('选煤专用聚丙烯酰胺 阴离子'), cationic)).not.toBeNull();
    expect(specConflict(parseSpecs('PAM CPAM 离子度20-60%'), cationic)).toBeNull();
    // A title naming two offers each; one naming none conflicts with none.
    expect(specConflict(parseSpecs('阴阳离子交换树脂'), parseSpecs('求购 阳离子交换树脂'))).toBeNull();
    expect(specConflict(parseSpecs('聚丙烯酰胺 各型号'), cationic)).toBeNull();
  });

  it('reads a purity grade: a purer one serves, a lesser one does not, and the purest a demand names is what it asks', () => {
    const purity = (text: string) => parseSpecs(text).find((x) => x.key === 'purity') ?? null;
    expect(purity('碳酸锂 电池级 99.5%')).toMatchObject({ min: 6, max: 6, text: '电池级' });
    expect(purity('磷酸 85% 工业级/食品级')).toMatchObject({ min: 1, max: 3, text: '工业级/食品级' });
    expect(purity('工业硫酸 98%')).toBeNull();
    const conflict = (supply: string, demand: string) => specConflict(parseSpecs(supply), parseSpecs(demand));
    // A lesser grade than asked.
    expect(conflict('碳酸锂 工业级 99%', '求购 电池级碳酸锂 磷酸铁锂正极用')?.supply.text).toBe('工业级');
    expect(conflict('无水葡萄糖 食品级', '求购 葡萄糖 注射用 大输液原料')?.demand.text).toBe('注射用');
    expect(conflict('DL-蛋氨酸 饲料级', '蛋氨酸 食品级')).not.toBeNull();
    // A demand naming a general grade and a precise one asks for the precise one (药用 注射级).
    expect(conflict('乳糖 药用辅料级 口服', '药用乳糖 注射级')).not.toBeNull();
    // A purer grade, or a supply offering the asked one among others, serves.
    expect(conflict('磷酸 85% 食品级', '求购 工业级磷酸 金属表面处理')).toBeNull();
    expect(conflict('磷酸 85% 工业级/食品级', '磷酸 食品级')).toBeNull();
    expect(conflict('葡萄糖 注射级', '葡萄糖 药用')).toBeNull();
    // Either side stating no grade compares nothing.
    expect(conflict('碳酸锂 99.5%', '求购 电池级碳酸锂')).toBeNull();
  });

  it('reads electrical ratings in one unit per kind, every value a listing names, ranges and bounds', () => {
    const rating = (text: string, key: string) => parseSpecs(text).find((x) => x.key === key) ?? null;
    /** The kind's range, to rounding. */
    const range = (text: string, key: string) => {
      const r = rating(text, key);
      return r && [Math.round(r.min * 100) / 100, Math.round(r.max * 100) / 100];
    };
    expect(range('通信基站备电 48V 100Ah 磷酸铁锂电池', 'voltage')).toEqual([45.6, 50.4]);
    expect(rating('通信基站备电 48V 100Ah 磷酸铁锂电池', 'voltage')?.text).toBe('48V');
    expect(range('18650 2600mAh 3C', 'capacity')).toEqual([2.47, 2.73]);
    // Two values of one kind: the kind covers both (a cable's 8.7/15kV, a transformer's 10/0.4kV).
    expect(range('YJV22-8.7/15kV 3×300', 'voltage')).toEqual([8265, 15750]);
    expect(range('户用逆变器 5kW/8kW/10kW', 'power')).toEqual([4750, 10500]);
    expect(range('户用光伏 交钥匙安装 10~30kW', 'power')).toEqual([9500, 31500]);
    // A transformer's model states its capacity and voltage class.
    expect(range('SCB18-2500/10 干式变压器', 'apparent')).toEqual([2375, 2625]);
    expect(range('S11-M-500/10 油浸变压器', 'voltage')).toEqual([9500, 10500]);
    expect(range('UPS 3KVA 在线式', 'apparent')).toEqual([2.85, 3.15]);
    // A bound: the value itself, open on one side.
    expect(range('N型双面组件 580W以上', 'power')).toEqual([580, Infinity]);
    expect(rating('N型双面组件 580W以上', 'power')?.text).toBe('580W以上');
    expect(range('电缆 额定电压≤1kV', 'voltage')).toEqual([0, 1000]);
    expect(rating('电缆 额定电压≤1kV', 'voltage')?.text).toBe('≤1kV');
    // What a firm can do at most: every rating up to it.
    expect(range('高低压电机维修 最大可修2500kW', 'power')).toEqual([0, 2500000]);
    // A wire gauge is exact.
    expect(range('硅胶线 10AWG 红黑', 'gauge')).toEqual([10, 10]);
  });

  it('reads switchgear rated at its system’s highest voltage as serving that system: 126kV for 110kV, 12kV for 10kV', () => {
    expect(specConflict(parseSpecs('126kV HGIS 混合式组合电器'), parseSpecs('110kV GIS 组合电器'))).toBeNull();
    expect(specConflict(parseSpecs('KYN28A-12 中置柜 12kV'), parseSpecs('10kV 开关柜'))).toBeNull();
    expect(specConflict(parseSpecs('40.5kV 开关柜'), parseSpecs('10kV 开关柜'))).not.toBeNull();
    // Voltages named apart are levels: a 10/0.54kV box offers no 35kV, a 35/0.8kV one does.
    const box = parseSpecs('35kV 光伏升压箱变 1000kVA', '35/0.8kV，适配组串逆变器');
    expect(specConflict(parseSpecs('预装式变电站 10kV 1000kVA 光伏升压 0.54kV'), box)?.demand.key).toBe('voltage');
    expect(specConflict(parseSpecs('光伏升压美式箱变 1000kVA', '35/0.8kV 组合式变压器'), box)).toBeNull();
    // A system's voltage is no equipment's rating of another: 110kV offered is no 126kV asked.
    expect(specConflict(parseSpecs('10kV 高压验电器'), parseSpecs('110kV GIS'))).not.toBeNull();
  });

  it('takes no code, grade letter or firm’s record for a rating', () => {
    // An alloy's grade (2A12, 5A06) is no current of 2A or 5A.
    expect(parseSpecs('2A12-T4铝棒').some((x) => x.key === 'current')).toBe(false);
    expect(parseSpecs('保险丝 10A250V').find((x) => x.key === 'current')).toMatchObject({ min: 9.5, max: 10.5 });
    expect(parseSpecs('KYN28A-12 中置柜')).toEqual([]);
    // (YJV22 is a cable's type, read as a code: a YJV32 is another cable.)
    expect(parseSpecs('YJV22 铠装电缆 A品').map((x) => x.key)).toEqual(['code:yjv']);
    expect(parseSpecs('光伏EPC 已在园区落地30MW')).toEqual([]);
    expect(parseSpecs('组件 月产能300MW')).toEqual([]);
    expect(parseSpecs('光伏电站运维 现管理电站420MW')).toEqual([]);
  });

  it('finds a rating outside every value the demand names, and none within reach of it', () => {
    const conflict = (supply: string, demand: string) => specConflict(parseSpecs(supply), parseSpecs(demand));
    expect(conflict('12V200Ah 铅酸蓄电池 基站备电', '基站备电 48V 200Ah 磷酸铁锂电池组')?.supply.text).toBe('12V');
    // A 48V pack is sold as 51.2V; a 200Ah one is no 100Ah one.
    expect(conflict('51.2V 200Ah 磷酸铁锂电池包', '48V 200Ah 磷酸铁锂电池组')).toBeNull();
    expect(conflict('48V 100Ah 铁锂电池组', '48V 200Ah 磷酸铁锂电池组')?.demand.text).toBe('200Ah');
    expect(conflict('YJV22-0.6/1kV 4×240 低压电缆', 'YJV22-8.7/15kV 3×300 高压电缆')).not.toBeNull();
    expect(conflict('10/0.4kV 干式变压器 SCB13-1250/10', '10kV配电房 干式变压器 1250kVA')).toBeNull();
    expect(conflict('单晶PERC 550W', 'N型组件 580W以上')?.demand.text).toBe('580W以上');
    expect(conflict('TOPCon 585W', 'N型组件 580W以上')).toBeNull();
    expect(conflict('12AWG 硅胶线', '硅胶线 10AWG')).not.toBeNull();
    expect(conflict('电动车充电器 54.6V 5A', '锂电充电器 54.6V 3A')?.supply.text).toBe('5A');
    expect(conflict('电机维修 承接380V~10kV电机，最大可修2500kW', '高压电机维修 YKK 560kW')).toBeNull();
  });

  it('reads a part’s heat rating, a hotter one serving, and no temperature of a cold store, a liquor or an angle', () => {
    const heat = (text: string) => parseSpecs(text).find((x) => x.key === 'heat') ?? null;
    expect(heat('铝电解电容 470uF/35V 105℃ 10*20')).toMatchObject({ min: 105, max: 105 });
    expect(heat('硅胶线 10AWG 耐温200度')).toMatchObject({ min: 200, max: 200 });
    expect(heat('冷库 -18℃ 速冻')).toBeNull();
    expect(heat('烘干 45℃')).toBeNull();
    expect(heat('53度 酱香型白酒')).toBeNull();
    expect(heat('90度弯头 DN100')).toBeNull();
    const conflict = (supply: string, demand: string) => specConflict(parseSpecs(supply), parseSpecs(demand));
    expect(conflict('470uF35V 电解电容 85℃ 8×16', '铝电解电容 470uF/35V 105℃')?.supply.key).toBe('heat');
    expect(conflict('470uF 35V 125℃ 电解电容', '铝电解电容 470uF/35V 105℃')).toBeNull();
  });

  it('reads the diameters a listing names, Φ and DN apart, and finds sizes that all fall outside the demand’s', () => {
    const spec = (text: string, key: string) => parseSpecs(text).find((x) => x.key === key) ?? null;
    expect(spec('HRB400E螺纹钢 Φ12-Φ28', 'diameter')).toMatchObject({ min: 12, max: 28 });
    expect(spec('HRB400E 盘螺 Φ8/Φ10', 'diameter')).toMatchObject({ min: 8, max: 10 });
    expect(spec('钢绞线 φ15.2', 'diameter')).toMatchObject({ min: 15.2, max: 15.2 });
    expect(spec('球墨铸铁管 K9 DN100-DN600', 'dn')).toMatchObject({ min: 100, max: 600 });
    expect(spec('PVC-U排水管 dn110×3.2 / dn160×4.0', 'dn')).toMatchObject({ min: 110, max: 160 });
    const conflict = (supply: string, demand: string) => specConflict(parseSpecs(supply), parseSpecs(demand));
    expect(conflict('HRB400E 盘螺 Φ8/Φ10', 'HRB400E螺纹钢 Φ12-Φ28')?.supply.key).toBe('diameter');
    expect(conflict('螺纹钢 HRB400E Φ16-Φ32', 'HRB400E螺纹钢 Φ12-Φ28')).toBeNull();
    expect(conflict('球墨铸铁管 DN100-DN600', 'PE100给水管 dn110-dn250')).toBeNull();
  });

  it('reads a pressure class, a higher one serving, and no strength stated in MPa', () => {
    const pressure = (text: string) => parseSpecs(text).find((x) => x.key === 'pressure') ?? null;
    expect(pressure('PE100给水管 SDR11 1.6MPa dn110')).toMatchObject({ min: 1.6, max: 1.6 });
    expect(pressure('PE给水管 SDR11 1.6MPa / SDR17 1.0MPa')).toMatchObject({ min: 1, max: 1.6 });
    expect(pressure('闸阀 公称压力2.5兆帕')).toMatchObject({ max: 2.5 });
    // Strengths: cement's flexural 6.5MPa after its age, steel's 400MPa, a hydraulic 31.5MPa.
    expect(pressure('P.O42.5 3d抗折≥3.5MPa，28d抗折≥6.5MPa')).toBeNull();
    expect(pressure('屈服强度 400MPa')).toBeNull();
    expect(pressure('液压油缸 31.5MPa')).toBeNull();
    const conflict = (supply: string, demand: string) => specConflict(parseSpecs(supply), parseSpecs(demand));
    expect(conflict('PVC-U给水管 1.0MPa dn110', 'PE100给水管 1.6MPa 农村饮水')?.supply.key).toBe('pressure');
    expect(conflict('PE给水管 1.6MPa / 1.0MPa 全规格', 'PE100给水管 1.6MPa 农村饮水')).toBeNull();
    expect(conflict('钢丝网骨架管 2.5MPa', 'PE100给水管 1.6MPa 农村饮水')).toBeNull();
  });
});
