import {
  chineseOfBilingual,
  cleanText,
  excelSerialToDate,
  halfWidth,
  parseAmount,
  parseDate,
  parseKind,
  parsePhone,
  parsePrice,
  parseQuantity,
  readCertifications,
  unitCode,
} from './normalise';

const UNITS = ['吨', '千克', '升', '千升', '立方米', '只', '个', '套', '件', '箱', '台', '平方米', '万千瓦时'];

describe('cell normalisers of a 供需清单', () => {
  it('keeps free text as written, only trimming and collapsing spaces', () => {
    expect(cleanText('\u3000刺梨原汁（无糖）\u00A0\u00A0500ｍｌ ')).toBe('刺梨原汁（无糖） 500ｍｌ');
  });

  it('folds full-width digits and punctuation', () => {
    expect(halfWidth('　５０００．５ ')).toBe('5000.5');
    expect(parseAmount('２,０００')).toBe(2000);
  });

  it.each([
    ['2000000', 2_000_000, null, null],
    ['200万', 2_000_000, null, null],
    ['200万只', 2_000_000, '只', null],
    ['1.5亿只', 150_000_000, '只', null],
    ['5000吨/年', 5000, '吨', '年'],
    ['５０００ 吨', 5000, '吨', null],
    ['3,000 公斤', 3000, '千克', null],
    ['3000斤', 3000, '斤', null],
    ['2万斤', 20000, '斤', null],
    ['约300吨', 300, '吨', null],
    ['2千套', 2000, '套', null],
    ['2千克', 2, '千克', null],
    ['3万千克', 30000, '千克', null],
    ['100万千瓦时', 100, '万千瓦时', null],
    ['1千升', 1, '千升', null],
    ['3000万Nm³', 30_000_000, '立方米', null],
    ['600万m³', 6_000_000, '立方米', null],
  ])('reads the quantity %s', (text, quantity, unit, period) => {
    expect(parseQuantity(text, UNITS)).toEqual({ value: { quantity, unit, period } });
  });

  it.each([
    ['壹佰伍拾吨', 150, '吨'],
    ['八百吨', 800, '吨'],
    ['三千件', 3000, '件'],
    ['贰仟', 2000, null],
    ['两万只', 20000, '只'],
    ['三千克', 3000, '克'],
    ['十万千瓦时', 100000, '千瓦时'],
    ['一千二百套', 1200, '套'],
  ])('reads the amount in Chinese numerals %s', (text, quantity, unit) => {
    expect(parseQuantity(text, UNITS)).toMatchObject({ value: { quantity, unit } });
  });

  it('keeps the amount where a reader left a query after it in a shared sheet: 8.5-12请写单位, 3200待确认, 45？', () => {
    expect(parsePrice('6-9请写单位')).toEqual({
      value: { priceMin: 6, priceMax: 9, per: null },
      note: '价格待核：请写单位',
    });
    expect(parsePrice('2800元/吨待确认')).toMatchObject({ value: { priceMin: 2800, priceMax: 2800, per: '吨' } });
    expect(parsePrice('45？')).toMatchObject({ value: { priceMin: 45, priceMax: 45 } });
    expect(parsePrice('请写单位')).toHaveProperty('error');
  });

  it('reads 元 and its tenths as people say them: 8毛一斤, 1块2, 2块5毛, 5角', () => {
    expect(parsePrice('8毛一斤')).toEqual({ value: { priceMin: 0.8, priceMax: 0.8, per: '斤' } });
    expect(parsePrice('1块2一斤')).toEqual({ value: { priceMin: 1.2, priceMax: 1.2, per: '斤' } });
    expect(parsePrice('2块5毛/斤')).toEqual({ value: { priceMin: 2.5, priceMax: 2.5, per: '斤' } });
    expect(parsePrice('8毛-1块')).toEqual({ value: { priceMin: 0.8, priceMax: 1, per: null } });
    expect(parsePrice('5角/个')).toEqual({ value: { priceMin: 0.5, priceMax: 0.5, per: '个' } });
    expect(parsePrice('4块钱一只左右')).toEqual({ value: { priceMin: 4, priceMax: 4, per: '只' } });
    // 45一斤: 元 left unsaid before 一 and its unit
    expect(parsePrice('45一斤')).toEqual({ value: { priceMin: 45, priceMax: 45, per: '斤' } });
    // …and about that much, said before the unit: 2300左右一条, 80上下一只
    expect(parsePrice('2300左右一条')).toEqual({ value: { priceMin: 2300, priceMax: 2300, per: '条' } });
    expect(parsePrice('80上下一只')).toEqual({ value: { priceMin: 80, priceMax: 80, per: '只' } });
    // 块 as a unit stays one
    expect(parsePrice('3元/块')).toEqual({ value: { priceMin: 3, priceMax: 3, per: '块' } });
  });

  it('reads a price written after the unit it is per (每方70-80元) as that unit’s price, never as 面议', () => {
    expect(parsePrice('每方70-80元')).toEqual({ value: { priceMin: 70, priceMax: 80, per: '方' } });
    expect(parsePrice('每平方米32-38元')).toEqual({ value: { priceMin: 32, priceMax: 38, per: '平方米' } });
    expect(parsePrice('每吨500左右')).toEqual({ value: { priceMin: 500, priceMax: 500, per: '吨' } });
    expect(parsePrice('每斤约8元')).toEqual({ value: { priceMin: 8, priceMax: 8, per: '斤' } });
    expect(parsePrice('每吨0.3万元')).toEqual({ value: { priceMin: 3000, priceMax: 3000, per: '吨' } });
    // about a price, under a header in 元 that adds its 元 after the words
    expect(parsePrice('1800左右元')).toEqual({ value: { priceMin: 1800, priceMax: 1800, per: null } });
    // about that much, said before the unit it is per
    expect(parsePrice('1300元左右/只')).toEqual({ value: { priceMin: 1300, priceMax: 1300, per: '只' } });
    expect(parsePrice('0.6万左右/吨')).toEqual({ value: { priceMin: 6000, priceMax: 6000, per: '吨' } });
  });

  it('reads a range of amounts by its lower end, the range kept, and a price after words or before its terms', () => {
    // 3000来斤, 200多吨: about so much
    expect(parseQuantity('3000来斤', UNITS)).toMatchObject({ value: { quantity: 3000, unit: '斤' } });
    expect(parseQuantity('200多吨', UNITS)).toMatchObject({ value: { quantity: 200, unit: '吨' } });
    expect(parseQuantity('约500余吨', UNITS)).toMatchObject({ value: { quantity: 500, unit: '吨' } });
    // so much a month over a season: the season's whole (6 to 10 is five months; 12 to the next year's 4, five)
    expect(parseQuantity('6-10月上市，每月约50吨', UNITS)).toMatchObject({ value: { quantity: 250, unit: '吨' } });
    expect(parseQuantity('每月20吨（12月-次年4月）', UNITS)).toMatchObject({ value: { quantity: 100, unit: '吨' } });
    expect(parseQuantity('12月至次年2月，每月约1万斤', UNITS)).toMatchObject({
      value: { quantity: 30_000, unit: '斤' },
    });
    expect(parseQuantity('30余万方', UNITS)).toMatchObject({ value: { quantity: 300_000 } });
    expect(parseQuantity('500-800吨', UNITS)).toEqual({
      value: { quantity: 500, unit: '吨', period: null, said: '500-800吨' },
    });
    expect(parseQuantity('1-1.5万只/年', UNITS)).toMatchObject({
      value: { quantity: 10000, unit: '只', period: '年' },
    });
    expect(parsePrice('干货26元/公斤')).toEqual({
      value: { priceMin: 26, priceMax: 26, per: '公斤' },
      note: '价格：干货26元/公斤',
    });
    expect(parsePrice('85元/套 含税')).toMatchObject({ value: { priceMin: 85, priceMax: 85, per: '套' } });
    expect(parsePrice('180元/间/晚')).toMatchObject({ value: { priceMin: 180, per: '间' } });
    for (const formula of ['长江现货A00均价', '长江A00+合金加工费'])
      expect(parsePrice(formula)).toMatchObject({ value: { priceMin: null, priceMax: null } });
  });

  it('reads a price an offer starts from, a subscription’s price by the year, and a price not yet known', () => {
    expect(parsePrice('12万元/套起')).toEqual({ value: { priceMin: 120000, priceMax: null, per: '套' }, note: '起价' });
    expect(parsePrice('起价3万元')).toMatchObject({ value: { priceMin: 30000, priceMax: null } });
    expect(parsePrice('6000元/年/用户')).toEqual({
      value: { priceMin: null, priceMax: null, per: null },
      note: '价格按期计：6000元/年/用户',
    });
    // a price tied to a market's (按铜价联动, 随铝价浮动): no figure of its own, said as written
    for (const linked of ['按铜价联动', '随铝价浮动', '与电解铜价格挂钩'])
      expect(parsePrice(linked)).toMatchObject({ value: { priceMin: null, priceMax: null } });
    for (const unknown of ['不确定', '未定', '暂定'])
      expect(parsePrice(unknown)).toMatchObject({ value: { priceMin: null, priceMax: null } });
  });

  it('reads a long or repeated cell at once, never splitting it every way (an outside tester hung the api with one)', () => {
    // 2027-2027-…-x had been split at every dash, each side read again as a period: 2^600 readings
    expect(parseDate('2027-'.repeat(600) + 'x')).toMatchObject({ error: expect.stringContaining('过长') });
    expect(parseDate('2027-'.repeat(8) + 'x')).toMatchObject({ error: expect.any(String) });
    expect(parseDate('2027-03-01至2027-06-30')).toEqual({
      value: '2027-06-30',
      note: '有效期取“2027-03-01至2027-06-30”的结束日期 2027-06-30',
    });
    expect(parseQuantity('1-'.repeat(1500) + '吨', UNITS)).toMatchObject({ error: expect.stringContaining('过长') });
    expect(parseQuantity('1-'.repeat(20) + '吨', UNITS)).toMatchObject({ error: expect.any(String) });
  });

  it('reads a quantity that points elsewhere (见附件) as none stated', () => {
    expect(parseQuantity('见附件', UNITS)).toMatchObject({ value: null });
    expect(parsePrice('详见附件')).toMatchObject({ value: { priceMin: null, priceMax: null } });
  });

  it('takes the weight in brackets after a count the unit table lacks (约2万头（约2400吨）)', () => {
    expect(parseQuantity('约2万头（约2400吨）', UNITS)).toEqual({
      value: { quantity: 2400, unit: '吨', period: null, said: '约2万头（约2400吨）' },
    });
    expect(parseQuantity('300头(120吨)', UNITS)).toMatchObject({ value: { quantity: 120, unit: '吨' } });
    // a count the table has keeps its amount; a bracket with no amount in the table's units changes nothing
    expect(parseQuantity('200个（约3吨）', UNITS)).toEqual({ value: { quantity: 200, unit: '个', period: null } });
    expect(parseQuantity('300头（育肥牛）', UNITS)).toMatchObject({ unknownUnit: '头' });
  });

  it('names the accepted units when a quantity carries an unknown one, and refuses words', () => {
    const bad = parseQuantity('30车', UNITS);
    expect('error' in bad && bad.error).toMatch(/单位“车”不在单位表中，可选：吨、千克/);
    expect(bad).toMatchObject({ unknownUnit: '车' });
    expect('error' in parseQuantity('-5吨', UNITS)).toBe(true);
    expect(unitCode('KG', UNITS)).toBe('千克');
  });

  it.each([
    ['1.2', 1.2, 1.2, null],
    ['0.9-1.4', 0.9, 1.4, null],
    ['0.9～1.4', 0.9, 1.4, null],
    ['0.9至1.4元', 0.9, 1.4, null],
    ['1.4~0.9', 0.9, 1.4, null],
    ['¥3.5元/只', 3.5, 3.5, '只'],
    ['1.2万-1.6万', 12000, 16000, null],
    ['３万元/吨', 30000, 30000, '吨'],
    // a magnitude written once after a range is both ends'
    ['2.4-2.8万元/吨', 24000, 28000, '吨'],
    ['6～8 万元 / 吨', 60000, 80000, '吨'],
    ['12元每公斤', 12, 12, '公斤'],
    ['0.35元/kg', 0.35, 0.35, 'kg'],
    ['1.8-2.5万元/台', 18000, 25000, '台'],
  ])('reads the price %s', (text, priceMin, priceMax, per) => {
    expect(parsePrice(text)).toEqual({ value: { priceMin, priceMax, per } });
  });

  it('reads what an amount is before it, a note in brackets after it, and a cell that states none', () => {
    expect(parseQuantity('年产1.5万吨', UNITS)).toEqual({ value: { quantity: 15000, unit: '吨', period: '年' } });
    expect(parseQuantity('月需求量约800吨', UNITS)).toEqual({ value: { quantity: 800, unit: '吨', period: '月' } });
    expect(parseQuantity('60套（含安装）', UNITS)).toEqual({ value: { quantity: 60, unit: '套', period: null } });
    // a capacity written before the amount, with or without the period (年产能30万吨, 产能300吨)
    expect(parseQuantity('年产能30万吨', UNITS)).toEqual({ value: { quantity: 300000, unit: '吨', period: '年' } });
    expect(parseQuantity('年产能力5000吨', UNITS)).toEqual({ value: { quantity: 5000, unit: '吨', period: '年' } });
    expect(parseQuantity('年发电量3200万千瓦时', UNITS)).toEqual({
      value: { quantity: 3200, unit: '万千瓦时', period: '年' },
    });
    expect(parseQuantity('产能300吨', UNITS)).toEqual({ value: { quantity: 300, unit: '吨', period: null } });
    expect(parseQuantity('供应能力：50吨', UNITS)).toEqual({ value: { quantity: 50, unit: '吨', period: null } });
    expect(parseQuantity('10万立方', ['立方米'])).toEqual({
      value: { quantity: 100_000, unit: '立方米', period: null },
    });
    // words with no amount in them (很多, 全年供应，量大从优) state none either
    for (const t of [
      '不限',
      '若干',
      '按需供应',
      '可承接，不限',
      '按订单',
      '根据订单',
      '一批',
      '—',
      '-',
      '很多',
      '全年供应，量大从优',
    ])
      expect(parseQuantity(t, UNITS)).toMatchObject({ value: null, note: expect.stringContaining('未写明') });
  });

  it('reads a price bound as one end, and a price after a word or before a note', () => {
    expect(parsePrice('不超过0.55元/千瓦时')).toMatchObject({
      value: { priceMin: null, priceMax: 0.55, per: '千瓦时' },
    });
    expect(parsePrice('不低于2600元/吨')).toMatchObject({ value: { priceMin: 2600, priceMax: null, per: '吨' } });
    expect(parsePrice('3000元/吨以下')).toMatchObject({ value: { priceMin: null, priceMax: 3000, per: '吨' } });
    expect(parsePrice('预算350万元')).toEqual({ value: { priceMin: 3_500_000, priceMax: 3_500_000, per: null } });
    expect(parsePrice('45元/吨（含运费）')).toEqual({ value: { priceMin: 45, priceMax: 45, per: '吨' } });
  });

  it('takes 面议 as no price, and refuses a price it cannot read', () => {
    expect(parsePrice('面议')).toEqual({ value: { priceMin: null, priceMax: null, per: null }, note: '价格面议' });
    expect(parsePrice(' 价格面议 ')).toMatchObject({ value: { priceMin: null, priceMax: null } });
    expect(parsePrice('随行就市')).toMatchObject({ value: { priceMin: null, priceMax: null }, note: '价格面议' });
    // what the price depends on, before 面议: the terms kept with the note
    expect(parsePrice('按运距面议')).toEqual({
      value: { priceMin: null, priceMax: null, per: null },
      note: '价格面议（按运距面议）',
    });
    expect(parsePrice('视批量协商')).toMatchObject({ value: { priceMin: null, priceMax: null } });
    for (const t of ['时价', '随长江现货价', '按目录电价执行', '长江现货价', '铝锭价+加工费850元/吨'])
      expect(parsePrice(t)).toMatchObject({ value: { priceMin: null, priceMax: null } });
    // how the price will be set, written instead of one
    expect(parsePrice('按长江现货均价')).toMatchObject({
      value: { priceMin: null },
      note: '价格面议（按长江现货均价）',
    });
    // a price in another currency: the 元 written beside it, or refused
    expect(parsePrice('US$6.80–7.50/件（折¥48.28–53.25）')).toEqual({
      value: { priceMin: 48.28, priceMax: 53.25, per: '件' },
    });
    expect(parsePrice('USD 45-55（约¥319.5-390.5）')).toEqual({
      value: { priceMin: 319.5, priceMax: 390.5, per: null },
    });
    expect(parsePrice('USD 40')).toEqual({ error: expect.stringContaining('不是人民币价格') });
    // the terms in brackets are kept with it
    expect(parsePrice('面议（按锌金属量计价）')).toEqual({
      value: { priceMin: null, priceMax: null, per: null },
      note: '价格面议（按锌金属量计价）',
    });
    expect('error' in parsePrice('便宜')).toBe(true);
    expect('error' in parsePrice('1-2-3')).toBe(true);
    // a negative price is refused, not read as a range with its sign lost (-5--1 was 1–5)
    for (const t of ['-5--1', '-3', '3--1', '－2元', '1~-2'])
      expect(parsePrice(t)).toEqual({ error: expect.stringContaining('不能为负数') });
    expect(parsePrice('0.9-1.4')).toMatchObject({ value: { priceMin: 0.9, priceMax: 1.4 } });
  });

  it.each([
    ['2027-12-31', '2027-12-31'],
    ['2027/12/31', '2027-12-31'],
    ['2027.12.31', '2027-12-31'],
    ['2027年12月31日', '2027-12-31'],
    ['２０２７年１月５日', '2027-01-05'],
    ['20271231', '2027-12-31'],
    ['46752', '2027-12-31'],
    ['2027年6月', '2027-06-30'],
    // approximate dates a clerk writes: the period's last day
    ['2027年2月底', '2027-02-28'],
    ['2028年2月末', '2028-02-29'],
    ['2027年4月中旬', '2027-04-20'],
    ['2027年4月上旬前', '2027-04-10'],
    ['2027年底', '2027-12-31'],
    ['2027年上半年', '2027-06-30'],
    ['2027年第三季度', '2027-09-30'],
    ['2027年二季度', '2027-06-30'],
    ['2027年3季度', '2027-09-30'],
    ['2027年第1季度', '2027-03-31'],
    ['2027Q4', '2027-12-31'],
    ['2027年内', '2027-12-31'],
    ['2027年', '2027-12-31'],
    ['2027年度', '2027-12-31'],
    // the words that lead to a date
    ['至2027年2月', '2027-02-28'],
    ['截止2027.6.30', '2027-06-30'],
    ['有效期至2027年12月31日', '2027-12-31'],
    ['收购至2026年12月底', '2026-12-31'],
    // a year typed with its last two digits
    ['27年12月底', '2027-12-31'],
    ['到27年9月底', '2027-09-30'],
    ['采挖期至2027年3月底', '2027-03-31'],
    ['2027年4月15日前要', '2027-04-15'],
    ['2027年3月底前要', '2027-03-31'],
    ['27.6.30', '2027-06-30'],
    ['27/12/31', '2027-12-31'],
  ])('reads the date %s', (text, iso) => {
    expect(parseDate(text)).toEqual({ value: iso });
  });

  it.each([
    ['2027年3月-5月', '2027-05-31'],
    ['2027年8-10月', '2027-10-31'],
    ['2027.3-2027.5', '2027-05-31'],
    ['2027年10月-2028年3月', '2028-03-31'],
    ['2027年3月1日至6月30日', '2027-06-30'],
    ['2027-03-01~2027-06-15', '2027-06-15'],
  ])('reads the period %s as its end', (text, iso) => {
    expect(parseDate(text)).toMatchObject({ value: iso, note: expect.stringContaining(iso) });
  });

  it("reads a period of months without its year as its end's next month to come", () => {
    expect(parseDate('7-9月', '2026-12-05')).toEqual({ value: '2027-09-30' });
    expect(parseDate('3月-5月', '2026-12-05')).toEqual({ value: '2027-05-31' });
    expect(parseDate('11-12月', '2026-12-05')).toEqual({ value: '2026-12-31' });
  });

  it('reads a price as a farmer says it (8元一斤) and a park export’s Neg.', () => {
    expect(parsePrice('80元一斤')).toEqual({ value: { priceMin: 80, priceMax: 80, per: '斤' } });
    expect(parsePrice('Neg.')).toMatchObject({ value: { priceMin: null, priceMax: null } });
  });

  it('reads birds counted in 羽 as 只 and pieces in PCS as 个', () => {
    const units = ['吨', '千克', '只', '个', '件'];
    expect(parseQuantity('10万羽', units)).toEqual({ value: { quantity: 100_000, unit: '只', period: null } });
    expect(parseQuantity('5000PCS', units)).toEqual({ value: { quantity: 5000, unit: '个', period: null } });
  });

  it('reads a day-first or month-first date only where the day tells which it is', () => {
    expect(parseDate('30/06/2027')).toEqual({ value: '2027-06-30' });
    expect(parseDate('31.12.2027')).toEqual({ value: '2027-12-31' });
    expect(parseDate('12/31/2027')).toEqual({ value: '2027-12-31' });
    expect(parseDate('05/06/2027')).toMatchObject({ error: expect.stringContaining('无法分辨') });
    expect(parseDate('31/31/2027')).toMatchObject({ error: expect.any(String) });
    expect(parseDate('31/02/2027')).toMatchObject({ error: expect.stringContaining('不是有效的日期') });
  });

  it('reads a date with a note or 前 after it, and a season or a festival as no date', () => {
    expect(parseDate('2027年2月（春节前）')).toEqual({ value: '2027-02-28' });
    expect(parseDate('2027-2028年')).toMatchObject({ value: '2028-12-31' });
    expect(parseDate('2027年3月10日前')).toEqual({ value: '2027-03-10' });
    for (const t of ['当季', '2027年春节后', '春节期间', '2027年春茶前', '春季', '2027年秋冬季'])
      expect(parseDate(t)).toMatchObject({ value: null, note: expect.stringContaining('不是日期，按未填写处理') });
  });

  it('reads a by-product given away (免费（运费自理）, 无偿提供) as a price of nothing, its terms kept', () => {
    expect(parsePrice('免费（运费自理）')).toEqual({
      value: { priceMin: 0, priceMax: 0, per: null },
      note: '价格：免费（运费自理）',
    });
    expect(parsePrice('无偿提供')).toMatchObject({ value: { priceMin: 0, priceMax: 0 } });
    expect(parsePrice('免费自提')).toMatchObject({ value: { priceMin: 0, priceMax: 0 } });
    // Not a price with a free service beside it.
    expect(parsePrice('免费送货')).toMatchObject({ error: expect.any(String) });
    expect(parsePrice('380元/吨（免费送货）')).toMatchObject({ value: { priceMin: 380, priceMax: 380 } });
  });

  it('reads the day before a holiday of a known date, in the year written, as the end (2027年春节前 is 2027-02-05)', () => {
    expect(parseDate('2027年春节前')).toMatchObject({
      value: '2027-02-05',
      note: expect.stringContaining('节日前一天'),
    });
    expect(parseDate('2028年春节之前')).toMatchObject({ value: '2028-01-25' });
    expect(parseDate('明年国庆前', '2026-12-06')).toMatchObject({ value: '2027-09-30' });
    expect(parseDate('2027年元旦前')).toMatchObject({ value: '2026-12-31' });
    expect(parseDate('明年五一前供货', '2026-12-06')).toMatchObject({ value: '2027-04-30' });
    // No year written (a season, as clerks read it), or a year the table does not hold: no date.
    for (const t of ['春节前', '国庆前', '2045年春节前'])
      expect(parseDate(t, '2026-12-06')).toMatchObject({ value: null, note: expect.stringContaining('不是日期') });
  });

  it('reads a full date with words apart after it (a stamp read into the cell, 人民政府; 暂定) as the date, saying so', () => {
    expect(parseDate('2027.12.31 人民政府')).toMatchObject({
      value: '2027-12-31',
      note: expect.stringContaining('人民政府'),
    });
    expect(parseDate('2027-06-30 暂定')).toMatchObject({ value: '2027-06-30' });
    // Words that make it a start, or no full date before them, are not read so.
    expect(parseDate('2027年3月 以后')).not.toMatchObject({ value: '2027-03-31' });
    expect(parseDate('长期 有效')).not.toMatchObject({ value: expect.stringMatching(/^\d/) });
  });

  it('refuses a period that ends before it begins or whose end is no date', () => {
    expect('error' in parseDate('2027年5月-3月')).toBe(true);
    expect('error' in parseDate('2027年3月-明年')).toBe(true);
  });

  it('reads an amount after the words that say what it is, keeping the cell for the description', () => {
    expect(parseQuantity('罐容2万立方米', ['立方米'])).toEqual({
      value: { quantity: 20000, unit: '立方米', period: null, said: '罐容2万立方米' },
    });
    expect(parseQuantity('折P2O5约2.5万吨', UNITS)).toEqual({
      value: { quantity: 25000, unit: '吨', period: null, said: '折P2O5约2.5万吨' },
    });
    expect(parseQuantity('年用电量约3.2亿千瓦时', UNITS)).toMatchObject({
      value: { quantity: 320_000_000, unit: '千瓦时', period: '年' },
    });
    // in a unit the table lacks: the unknown unit, for the caller to keep the cell as text
    expect(parseQuantity('存栏500头', UNITS)).toMatchObject({ unknownUnit: '头' });
    expect(parseQuantity('日均3000单', UNITS)).toMatchObject({ unknownUnit: '单' });
  });

  it('reads a price after the words that name it, and terms that are no amount', () => {
    expect(parsePrice('收购价3.5元/kg')).toEqual({ value: { priceMin: 3.5, priceMax: 3.5, per: 'kg' } });
    expect(parsePrice('出厂价约2800元/吨')).toEqual({ value: { priceMin: 2800, priceMax: 2800, per: '吨' } });
    expect(parsePrice('预算约380万元')).toEqual({ value: { priceMin: 3_800_000, priceMax: 3_800_000, per: null } });
    expect(parsePrice('8万元左右')).toEqual({ value: { priceMin: 80_000, priceMax: 80_000, per: null } });
    expect(parsePrice('佣金15%-20%')).toEqual({
      value: { priceMin: null, priceMax: null, per: null },
      note: '价格：佣金15%-20%',
    });
    // a share in the terms' brackets is no share price
    expect(parsePrice('23500-24800元/吨(含13%增值税,出厂价)')).toEqual({
      value: { priceMin: 23500, priceMax: 24800, per: '吨' },
    });
    // the terms after the price, a formula on a market's price, each variant's price
    expect(parsePrice('5600-5900元/吨,含税')).toEqual({
      value: { priceMin: 5600, priceMax: 5900, per: '吨' },
      note: '价格条件：含税',
    });
    expect(parsePrice('1,200-1,500元/吨')).toMatchObject({ value: { priceMin: 1200, priceMax: 1500 } });
    expect(parsePrice('长江A00均价+加工费600元/吨')).toEqual({
      value: { priceMin: null, priceMax: null, per: null },
      note: '价格：长江A00均价+加工费600元/吨',
    });
    expect(parsePrice('散装380元/吨，袋装420元/吨')).toMatchObject({
      value: { priceMin: 380, priceMax: 420, per: '吨' },
    });
    expect('error' in parsePrice('散装380元/吨，袋装42元/只')).toBe(true);
    // typed on a phone: r for 元, w for 万, 块 with decimals; 10-11r/斤 is no price in two languages
    expect(parsePrice('10-11r/斤')).toEqual({ value: { priceMin: 10, priceMax: 11, per: '斤' } });
    expect(parsePrice('2.2w-2.6w/吨')).toEqual({ value: { priceMin: 22000, priceMax: 26000, per: '吨' } });
    expect(parsePrice('7.2-7.8块/斤')).toEqual({ value: { priceMin: 7.2, priceMax: 7.8, per: '斤' } });
    expect(chineseOfBilingual('10-11r/斤')).toBe('10-11r/斤');
    expect(chineseOfBilingual('2.2w-2.6w/吨')).toBe('2.2w-2.6w/吨');
    expect(parseQuantity('20w斤/年', UNITS)).toEqual({ value: { quantity: 200000, unit: '斤', period: '年' } });
    expect(parseQuantity('3k斤/月', UNITS)).toEqual({ value: { quantity: 3000, unit: '斤', period: '月' } });
    expect(parseQuantity('5kg', UNITS)).toEqual({ value: { quantity: 5, unit: '千克', period: null } });
    // grades one after another with no comma between them
    expect(parsePrice('特级480元/斤 一级320元/斤')).toMatchObject({
      value: { priceMin: 320, priceMax: 480, per: '斤' },
    });
    // a rent, per unit and per month
    expect(parsePrice('12元/㎡·月')).toEqual({
      value: { priceMin: 12, priceMax: 12, per: 'm2' },
      note: '价格按月计：12元/㎡·月',
    });
    expect(parsePrice('执行贵州省销售电价目录')).toMatchObject({ value: { priceMin: null, priceMax: null } });
  });

  it('refuses dates that do not exist, and reads 长期 as no end', () => {
    expect('error' in parseDate('2027-02-30')).toBe(true);
    expect('error' in parseDate('明年')).toBe(true);
    // said from today, and what leads to it
    for (const [t, iso] of [
      ['明年3月底前要到位', '2027-03-31'],
      ['到明年1月底', '2027-01-31'],
    ])
      expect(parseDate(t, '2026-12-06')).toEqual({ value: iso });
    expect(parseDate('长期有效')).toMatchObject({ value: null });
    for (const t of ['长期供应', '常年收购', '长期'])
      expect(parseDate(t)).toMatchObject({ value: null, note: '有效期为长期' });
    expect('error' in parseDate('长期以来')).toBe(true);
    expect(excelSerialToDate(45658)).toBe('2025-01-01');
    // a system's empty date: no day the firm gave
    for (const t of ['1900/1/1 0:00:00', '1899-12-31'])
      expect(parseDate(t)).toMatchObject({ value: null, note: expect.stringContaining('系统的空日期') });
  });

  it('reads the letters a scan leaves in numbers as the digits they stand for', () => {
    expect(parseQuantity('4OO', UNITS)).toMatchObject({ value: { quantity: 400 } });
    expect(parseQuantity('2OO屯', UNITS)).toMatchObject({ value: { quantity: 200, unit: '吨' } });
    expect(parsePrice('l200元/千克')).toEqual({ value: { priceMin: 1200, priceMax: 1200, per: '千克' } });
    expect(parsePrice('1.6-2.O万元/头')).toEqual({ value: { priceMin: 16000, priceMax: 20000, per: '头' } });
  });

  it('reads the kind words bureaus use', () => {
    for (const s of ['供应', '供', 'supply', '出售', '销售', '可供', '可提供', '卖', 'Sell', '我要卖', 'S'])
      expect(parseKind(s)).toBe('SUPPLY');
    for (const s of ['需求', '需', '采购', '求购', '收购', ' 需 ', '买', 'buy', '我要买', 'D'])
      expect(parseKind(s)).toBe('DEMAND');
    // a forest's or a field's: offered for transfer, management or rent; taken on lease
    for (const s of ['转让', '托管', '出租', '流转出']) expect(parseKind(s)).toBe('SUPPLY');
    for (const s of ['求租', '承包', '流转入']) expect(parseKind(s)).toBe('DEMAND');
    expect(parseKind('租赁')).toBeNull();
    expect(parseKind('采购需求')).toBe('DEMAND');
    expect(parseKind('可供产品')).toBe('SUPPLY');
    expect(parseKind('供需')).toBeNull();
    expect(parseKind('供需对接')).toBeNull();
  });

  it('keeps phone numbers as written and refuses text', () => {
    expect(parsePhone('0851-2222 3333')).toBe('0851-2222 3333');
    expect(parsePhone('１３８００００１１１１')).toBe('13800001111');
    expect(parsePhone('找王经理')).toBeNull();
  });
});

describe('what a clerk writes for no date or no price', () => {
  it('reads a farming season as no date and a price by the tonne-kilometre as negotiable', () => {
    expect(parseDate('春播前')).toEqual({ value: null, note: '有效期“春播前”不是日期，按未填写处理' });
    expect(parseDate('2027年出栏前')).toMatchObject({ value: null });
    expect(parsePrice('同片锰价格+800元/吨')).toMatchObject({ value: { priceMin: null, priceMax: null } });
    expect(parsePrice('650含税')).toEqual({
      value: { priceMin: 650, priceMax: 650, per: null },
      note: '价格条件：含税',
    });
    expect(parsePrice('年度预算约18万元')).toMatchObject({ value: { priceMin: 180000, priceMax: 180000 } });
    expect(parseDate('2027年一季度末')).toEqual({ value: '2027-03-31' });
    expect(parsePrice('按吨·公里议价')).toEqual({
      value: { priceMin: null, priceMax: null, per: null },
      note: '价格面议（按吨·公里议价）',
    });
  });
});

describe('readCertifications', () => {
  it('reads certificates as clerks write them into the table’s codes, and keeps the words it lacks', () => {
    expect(readCertifications('绿色食品')).toEqual({ codes: ['GREEN_FOOD'], unknown: [] });
    expect(readCertifications('地理标志产品、SC')).toEqual({ codes: ['GI', 'SC'], unknown: [] });
    expect(readCertifications('国家地理标志保护产品；有机认证，ISO 9001:2015')).toEqual({
      codes: ['GI', 'ORGANIC', 'ISO9001'],
      unknown: [],
    });
    expect(readCertifications('SC12352262600012 / GMP认证 / haccp')).toEqual({
      codes: ['SC', 'GMP', 'HACCP'],
      unknown: [],
    });
    expect(readCertifications('ISO9001等')).toEqual({ codes: ['ISO9001'], unknown: [] });
    expect(readCertifications('无')).toEqual({ codes: [], unknown: [] });
    expect(readCertifications('—')).toEqual({ codes: [], unknown: [] });
    expect(readCertifications('有机转换、正在申请绿色食品')).toEqual({
      codes: [],
      unknown: ['有机转换', '正在申请绿色食品'],
    });
  });
});
