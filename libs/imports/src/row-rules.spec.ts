import { usccCheckChar } from '@duijie/enterprises';
import { CategoryInference, CERTIFICATION_CODES, CHAIN_DATA, RegionTable, UNIT_CODES } from '@duijie/reference';

import { COLUMNS, LIST_PLACE_KEY, LIST_VALID_UNTIL_KEY } from './columns';
import type { ImportReference } from './row-rules';
import {
  countiesOfPlaces,
  countyOfPlaces,
  packCount,
  packMeasure,
  planRow,
  provinceOfPlaces,
  titlesByFirm,
} from './row-rules';

const regions = new RegionTable();
const inference = new CategoryInference(CHAIN_DATA.categories.map((c) => ({ ...c, examples: c.examples ?? null })));
const codes = new Set(CHAIN_DATA.categories.map((c) => c.code));
const ref: ImportReference = {
  hasCategory: (c) => codes.has(c),
  hasRegion: (c) => regions.has(c),
  units: UNIT_CODES,
  certifications: CERTIFICATION_CODES,
  resolvePlace: (t) => regions.resolvePlace(t).map((r) => ({ code: r.code, fullName: regions.fullName(r.code) })),
  currentCode: (c) => regions.currentCode(c),
  countiesOfTownship: (t) =>
    regions.countiesOfTownship(t).map((r) => ({ code: r.code, fullName: regions.fullName(r.code) })),
  inferCategories: (e) => inference.suggest(e, 3),
  categoryCodeOfName: (n) => CHAIN_DATA.categories.find((c) => c.name === n)?.code ?? null,
};
const TODAY = '2026-11-28';
const code = (first17: string) => first17 + usccCheckChar(first17);
const good = {
  enterpriseName: '贵州测试企业',
  creditCode: code('91520382MA6DKQ1X8'),
  regionCode: '520382',
  kind: '需求',
  title: '求购 酒瓶',
  categoryCode: '3055',
  quantity: '1,000',
  unit: '只',
  validUntil: '2030/1/5',
};
const columnsOf = (p: ReturnType<typeof planRow>) => ('errors' in p ? p.errors.map((e) => e.column).sort() : []);

describe('row rules', () => {
  it('imports the template’s own example row', () => {
    const example = Object.fromEntries(COLUMNS.map((c) => [c.field, c.example]));
    const planned = planRow(example, ref, TODAY, null);
    expect('errors' in planned ? planned.errors : []).toEqual([]);
  });

  it('refuses the characters createListing refuses, by their column (a reversed title, a bell, a zero-width space)', () => {
    for (const [field, text] of [
      ['title', 'ab\u202Egnp.exe 玻璃瓶'],
      ['enterpriseName', '测试\u0007控制有限公司'],
      ['enterpriseName', '黔银农商银行股份有限公司\u200B'],
      ['description', '说明\u001A'],
    ] as const) {
      const planned = planRow({ ...good, [field]: text }, ref, TODAY, null);
      expect('errors' in planned && planned.errors).toEqual(
        expect.arrayContaining([
          {
            column: COLUMNS.find((c) => c.field === field)!.header,
            message: expect.stringContaining('不允许的控制字符'),
          },
        ]),
      );
    }
  });

  it('turns a good row into an enterprise and a listing draft', () => {
    const planned = planRow(good, ref, TODAY, null);
    expect('plan' in planned && planned.plan.listing).toMatchObject({
      kind: 'DEMAND',
      quantity: 1000,
      validUntil: '2030-01-05',
      regionCode: '520382',
    });
  });

  it('reads a former county code (铜仁地区’s 522229) as the county today, said so, and refuses an unknown one', () => {
    const former = planRow({ ...good, regionCode: '522229' }, ref, TODAY, null);
    expect('plan' in former && former.plan.listing.regionCode).toBe('520628');
    expect(former.warnings.map((w) => w.message)).toContain(
      '“522229”是已停用的旧行政区划代码，按现行代码 520628（贵州省 铜仁市 松桃苗族自治县）导入',
    );
    expect(columnsOf(planRow({ ...good, regionCode: '529999' }, ref, TODAY, null))).toContain('所在地区代码');
  });

  it('takes the validity a note says for the list where the row has none, a date already past refusing the row', () => {
    const { validUntil: _own, ...undated } = good;
    const listed = (said: string) => planRow({ ...undated, [LIST_VALID_UNTIL_KEY]: said }, ref, TODAY, null);
    const taken = listed('2027年6月30日');
    expect('plan' in taken && taken.plan.listing.validUntil).toBe('2027-06-30');
    expect(taken.warnings.map((w) => w.message)).toContain('有效期取自表中的说明“2027年6月30日”');
    // a note that gives no date leaves the row without one
    const none = listed('长期');
    expect('plan' in none && none.plan.listing.validUntil).toBeNull();
    // a date passed is the row's too (本表有效期至2025年12月31日 in a list read a year later): refused, as its own would be
    const passed = listed('2026年6月30日');
    expect(columnsOf(passed)).toEqual(['有效期至']);
    expect(passed.warnings.map((w) => w.message)).toContain('有效期取自表中的说明“2026年6月30日”');
    // the row's own date comes first
    const own = planRow({ ...good, [LIST_VALID_UNTIL_KEY]: '2027年6月30日' }, ref, TODAY, null);
    expect('plan' in own && own.plan.listing.validUntil).toBe('2030-01-05');
  });

  it('takes the validity a row’s remark says in words where its date cell is blank (有效期到明年6月底)', () => {
    const { validUntil: _own, ...undated } = good;
    const remarked = planRow({ ...undated, remark: '发往重庆、成都\n有效期到明年3月底' }, ref, TODAY, null);
    expect('plan' in remarked && remarked.plan.listing.validUntil).toBe('2027-03-31');
    expect(remarked.warnings.map((w) => w.message)).toContain('有效期取自备注“明年3月底”');
    // a remark naming no date leaves the row without one; the row's own date comes first
    const vague = planRow({ ...undated, remark: '有效期另行通知' }, ref, TODAY, null);
    expect('plan' in vague && vague.plan.listing.validUntil).toBeNull();
    // …or a 补充说明 column's (read as the description)
    const described = planRow({ ...undated, description: '白菜、萝卜\n有效期至2027年5月31日' }, ref, TODAY, null);
    expect('plan' in described && described.plan.listing.validUntil).toBe('2027-05-31');
    const own = planRow({ ...good, remark: '有效期到明年3月底' }, ref, TODAY, null);
    expect('plan' in own && own.plan.listing.validUntil).toBe('2030-01-05');
  });

  it('prices a pack by what the specification says it holds: 3.5元/瓶 for an amount in 箱 of 24瓶/箱', () => {
    expect(packCount('500ml×24瓶/箱', '瓶', '箱')).toBe(24);
    expect(packCount('每箱12瓶，350ml', '瓶', '箱')).toBe(12);
    expect(packCount('箱装6瓶', '瓶', '箱')).toBe(6);
    expect(packCount('6瓶装', '瓶', '箱')).toBe(6);
    // none said, two counts, or a size rather than a count
    expect(packCount('500ml', '瓶', '箱')).toBeNull();
    expect(packCount('12瓶/箱或24瓶/箱', '瓶', '箱')).toBeNull();
    expect(packCount('1.5千克/袋', '千克', '袋')).toBeNull();
    const packed = (specification: string) =>
      planRow(
        {
          ...good,
          kind: '供应',
          title: '毛尖茶饮料',
          quantity: '5000箱',
          unit: undefined,
          price: '3.5元/瓶',
          specification,
        },
        ref,
        TODAY,
        null,
      );
    const read = packed('500ml×24瓶/箱');
    expect('plan' in read && [read.plan.listing.unit, read.plan.listing.priceMin]).toEqual(['箱', 84]);
    expect(read.warnings.map((w) => w.message)).toContain('价格“3.5元/瓶”按“瓶”计，已按规格每箱24瓶换算为每箱的价格');
    // no pack said: the price is left out as before, its text kept
    const unsaid = packed('500ml');
    expect('plan' in unsaid && unsaid.plan.listing.priceMin).toBeNull();
    // the other way: 360元/件 for an amount in 瓶, 每件12瓶 — a 瓶's price is the 件's over 12
    const perCase = planRow(
      {
        ...good,
        kind: '供应',
        title: '白酒',
        quantity: '5000瓶',
        unit: undefined,
        price: '360元/件',
        specification: '每件12瓶，每瓶500ml',
      },
      ref,
      TODAY,
      null,
    );
    expect(perCase).toMatchObject({ plan: { listing: { unit: '瓶', priceMin: 30, priceMax: 30 } } });
  });

  it('prices a bag by the weight it holds (19-21元/袋（50kg） for an amount in 吨), and one of two prices by its terms', () => {
    expect(packMeasure('袋装19-21元/袋（50kg）', '袋', UNIT_CODES)).toEqual(['千克', 50]);
    expect(packMeasure('5斤/件（约50-60个）', '件', UNIT_CODES)).toEqual(['千克', 2.5]);
    expect(packMeasure('每桶18.9L', '桶', UNIT_CODES)).toEqual(['升', 18.9]);
    // none said, or two
    expect(packMeasure('袋装', '袋', UNIT_CODES)).toBeNull();
    expect(packMeasure('25kg/袋或50kg/袋', '袋', UNIT_CODES)).toBeNull();
    const row = (kind: string, price: string, extra = {}) =>
      planRow({ ...good, kind, title: '水泥', quantity: '5万吨', unit: undefined, price, ...extra }, ref, TODAY, null);
    const bagged = row('供应', '袋装19-21元/袋（50kg）', { specification: 'P·O42.5' });
    expect('plan' in bagged && [bagged.plan.listing.priceMin, bagged.plan.listing.priceMax]).toEqual([380, 420]);
    // 含税 over 不含税; the seller's terms for an offer, the buyer's for a demand; the rest kept in the description
    const taxed = row('供应', '含税5600/不含税4956元/吨');
    expect('plan' in taxed && [taxed.plan.listing.priceMin, taxed.plan.listing.description]).toEqual([
      5600,
      '价格：含税5600/不含税4956元/吨',
    ]);
    const offered = row('供应', '出厂6800，到厂7000（贵阳周边）');
    expect('plan' in offered && offered.plan.listing.priceMax).toBe(6800);
    const wanted = row('需求', '出厂6800，到厂7000（贵阳周边）');
    expect('plan' in wanted && wanted.plan.listing.priceMin).toBe(7000);
    // two variants on no terms stay a range
    const variants = row('供应', '散装380元/吨，袋装420元/吨');
    expect('plan' in variants && [variants.plan.listing.priceMin, variants.plan.listing.priceMax]).toEqual([380, 420]);
  });

  it('prices a 件 by the 5斤 it holds, for an amount counted in 斤', () => {
    const planned = planRow(
      {
        ...good,
        kind: '供应',
        title: '蜂糖李',
        quantity: '8000',
        unit: '斤',
        price: '88元/件',
        specification: '5斤/件（约50-60个）',
      },
      ref,
      TODAY,
      null,
    );
    expect(
      'plan' in planned && [planned.plan.listing.quantity, planned.plan.listing.unit, planned.plan.listing.priceMin],
    ).toEqual([4000, '千克', 35.2]);
  });

  it('keeps no unit where neither an amount nor a price is given (项 beside a blank amount and 面议)', () => {
    const planned = planRow(
      { ...good, kind: '供应', title: '环境监测', quantity: undefined, unit: '项', price: '面议' },
      ref,
      TODAY,
      null,
    );
    expect('plan' in planned && [planned.plan.listing.quantity, planned.plan.listing.unit]).toEqual([null, null]);
  });

  it('places a demand whose product names nothing the chain knows under the buyer’s own industry, unsure, not refused', () => {
    const demand = planRow(
      {
        ...good,
        enterpriseName: '惠水县某某腊味食品有限公司',
        title: '肠衣',
        categoryCode: undefined,
        specification: undefined,
      },
      ref,
      TODAY,
      null,
      ['鲜猪后腿肉', '生猪'],
    );
    expect('plan' in demand && demand.plan.listing.categoryCode).toBeTruthy();
    const said = demand.warnings.find((w) => w.column === '产品类别代码')!.message;
    expect(said).toMatch(/按需求方企业名称及其其他产品.*把握不大/);
    // a product the chain knows is read from its own words, never from the buyer's trade
    const known = planRow(
      { ...good, enterpriseName: '某某腊味食品有限公司', title: '玻璃瓶', categoryCode: undefined },
      ref,
      TODAY,
      null,
    );
    expect('plan' in known && known.plan.listing.categoryCode).toBe('3055');
  });

  it('reads certificates by their names, and keeps one the table lacks in the description instead of refusing the row', () => {
    const known = planRow({ ...good, certifications: '绿色食品、地理标志产品' }, ref, TODAY, null);
    expect('plan' in known && known.plan.listing.certifications).toEqual(['GREEN_FOOD', 'GI']);
    const unknown = planRow({ ...good, certifications: '有机转换, SC' }, ref, TODAY, null);
    expect('plan' in unknown && unknown.plan.listing).toMatchObject({
      certifications: ['SC'],
      description: expect.stringContaining('认证：有机转换'),
    });
    expect(unknown.warnings.map((w) => w.message).join()).toContain('不在认证代码表中');
  });

  it('keeps the title and description as the clerk wrote them: full-width punctuation stays, spaces collapse', () => {
    const planned = planRow(
      {
        ...good,
        title: '　湄潭翠芽（雨前）　特级，ＡＡ级  ',
        description: '产地：凤冈县；  包装：礼盒（２５０克）',
        quantity: '１，０００',
      },
      ref,
      TODAY,
      null,
    );
    expect('plan' in planned && planned.plan.listing).toMatchObject({
      title: '湄潭翠芽（雨前） 特级，ＡＡ级',
      description: '产地：凤冈县； 包装：礼盒（２５０克）',
      quantity: 1000,
    });
  });

  it('places a township named alone in the county that registered the firm, or the county of the file', () => {
    const plan = (
      regionCode: string,
      creditCode: string,
      fileCounty: { code: string; fullName: string } | null = null,
    ) => planRow({ ...good, regionCode, creditCode }, ref, TODAY, null, [], '52', fileCounty);
    // 松河乡, which the township data lacks, of a firm registered in 仁怀市 (520382)
    const town = plan('松河乡', code('91520382MA6DKQ2X8'));
    expect('plan' in town && town.plan.listing.regionCode).toBe('520382');
    expect(town.warnings.map((w) => w.message).join()).toContain(
      '“松河乡”在县以下（乡镇、街道或园区），按统一社会信用代码的登记机关所在地取',
    );
    // a firm registered by the prefecture (520300): the county most of the file's firms were registered in
    const byFile = plan('松河乡', code('91520300MA6DKQ3X8'), { code: '520382', fullName: '贵州省遵义市仁怀市' });
    expect('plan' in byFile && byFile.plan.listing.regionCode).toBe('520382');
    // a firm registered elsewhere in a county's list: the file's county before the registration's
    const branch = plan('松河乡', code('91520115MA6DKQ3X8'), { code: '520382', fullName: '贵州省遵义市仁怀市' });
    expect('plan' in branch && branch.plan.listing.regionCode).toBe('520382');
    // neither: asked for the county, in Chinese
    const alone = plan('松河乡', code('91520300MA6DKQ3X8'));
    expect('errors' in alone && alone.errors[0].message).toContain('在县以下（乡镇、街道或园区）：请写上所在县');
    // a park named alone, as a township
    const park = plan('坛厂工业园区', code('91520382MA6DKQ5X8'));
    expect('plan' in park && park.plan.listing.regionCode).toBe('520382');
    // a township whose name begins like a county elsewhere is not that county (桃江乡 is no 桃江县 of
    // Hunan), nor the one 桃江乡 the township data has, in 江西
    const stem = plan('桃江乡', code('91522634MA6DKQ4X8'));
    expect('plan' in stem && stem.plan.listing.regionCode).toBe('522634');
  });

  it('places a township the division data knows in its county, the file’s where several carry its name', () => {
    const plan = (regionCode: string, creditCode: string, fileCounty: { code: string; fullName: string } | null) =>
      planRow({ ...good, regionCode, creditCode }, ref, TODAY, null, [], '52', fileCounty);
    const panzhou = { code: '520281', fullName: '贵州省 六盘水市 盘州市' };
    // 盘关镇 is in 盘州市 alone, whatever registered the firm (the old 盘县, 520222, or the prefecture)
    const town = plan('盘关镇', code('91520222MA6DKQ2X8'), null);
    expect('plan' in town && town.plan.listing.regionCode).toBe('520281');
    expect(town.warnings.map((w) => w.message).join()).toContain(
      '按乡镇（街道）“盘关镇”确定地区为 贵州省 六盘水市 盘州市（520281）',
    );
    // a firm with no place, registered in 松桃县 when it was 铜仁地区's (522229): 松桃县 as it is now
    const former = planRow({ ...good, regionCode: undefined, creditCode: code('91522229MA6DKQ2X8') }, ref, TODAY, null);
    expect('plan' in former && former.plan.listing.regionCode).toBe('520628');
    // 马场坪街道 of a firm registered in 瓮安县 (522725): 福泉市, where the street office is
    const branch = plan('马场坪街道', code('91522725MA6DKQ2X8'), null);
    expect('plan' in branch && branch.plan.listing.regionCode).toBe('522702');
    // 沙子镇 of a 沿河 firm in a 沿河 list: the data's only 沙子镇 is 晴隆县's, 沿河's is 沙子街道 now
    const yanhe = { code: '520627', fullName: '贵州省 铜仁市 沿河土家族自治县' };
    const renamed = plan('沙子镇', code('93520627MA6DN8Y12'), yanhe);
    expect('plan' in renamed && renamed.plan.listing.regionCode).toBe('520627');
    expect(renamed.warnings.map((w) => w.message).join()).toContain('沙子街道');
    // 子营街道 in a 绥阳 list, its firm registered in 绥阳: the data's only 子营街道 is 余庆县's, in the same prefecture;
    // the list and the code both say 绥阳. Either alone does not outweigh the township
    const suiyang = { code: '520323', fullName: '贵州省 遵义市 绥阳县' };
    const both = plan('子营街道', code('91520323MA6DKQ3X8'), suiyang);
    expect('plan' in both && both.plan.listing.regionCode).toBe('520323');
    expect(both.warnings.map((w) => w.message).join()).toContain('请核对');
    expect(plan('子营街道', code('91520323MA6DKQ3X8'), null)).toMatchObject({
      plan: { listing: { regionCode: '520329' } },
    });
    expect(plan('子营街道', code('91520300MA6DKQ3X8'), suiyang)).toMatchObject({
      plan: { listing: { regionCode: '520329' } },
    });
    // 永兴镇 is a township of 19 counties, one of them 湄潭县, the file's
    const many = plan('永兴镇', code('91520300MA6DKQ3X8'), { code: '520328', fullName: '贵州省 遵义市 湄潭县' });
    expect('plan' in many && many.plan.listing.regionCode).toBe('520328');
    // written without its nationalities: 塔石乡 for 塔石瑶族水族乡 (榕江县), the other 塔石乡 being in 浙江
    const short = plan('塔石乡', code('91522632MA6DKQ3X8'), panzhou);
    expect('plan' in short && short.plan.listing.regionCode).toBe('522632');
    // the township at the end of what is written (义龙新区龙广镇), the firm's county among its
    const tail = plan('义龙新区龙广镇', code('91522328MA6DKQ3X8'), {
      code: '522301',
      fullName: '贵州省 黔西南州 兴义市',
    });
    expect('plan' in tail && tail.plan.listing.regionCode).toBe('522328');
    // a park whose name begins with a county of another province (清水河县, 内蒙古): the file's county
    const park2 = plan('清水河工业园区', code('91522300MA6DKQ3X8'), {
      code: '522301',
      fullName: '贵州省 黔西南州 兴义市',
    });
    expect('plan' in park2 && park2.plan.listing.regionCode).toBe('522301');
    // …but an address from its province down is the place, whoever registered the firm (a 义乌 firm's shop in 黄平)
    const shop = planRow(
      {
        ...good,
        regionCode: '贵州省黔东南苗族侗族自治州黄平县新州镇府前路商贸城A区1-12号（义乌小商品黄平批发部）',
        creditCode: code('91330782MA2ECJB5W'),
      },
      ref,
      TODAY,
      null,
    );
    expect(shop).toMatchObject({ plan: { listing: { regionCode: '522622' } } });
    // a place in a park, named by the park first
    const plant = plan('开发区标准化厂房B区', code('91522600MA6DKQ3X8'), {
      code: '522601',
      fullName: '贵州省 黔东南州 凯里市',
    });
    expect('plan' in plant && plant.plan.listing.regionCode).toBe('522601');
    // 两河街道 and 柏果镇（盘南产业园区）: the bracketed park does not hide the township
    const park = plan('柏果镇（盘南产业园区）', code('91520200MA6DKQ3X8'), null);
    expect('plan' in park && park.plan.listing.regionCode).toBe('520281');
  });

  it('reads a township inside a longer place, a park by its township, and never moves a row on a name every county has', () => {
    const plan = (regionCode: string, creditCode: string, fileCounty: { code: string; fullName: string } | null) =>
      planRow({ ...good, regionCode, creditCode }, ref, TODAY, null, [], '52', fileCounty);
    // 县区 黄果树旅游区 | 乡镇 黄果树镇石头寨村, read together: the township before the village, in 镇宁县
    const village = plan('黄果树旅游区黄果树镇石头寨村', code('91520400MA6DKQ3X8'), null);
    expect('plan' in village && village.plan.listing.regionCode).toBe('520423');
    // 县区 经开区 | 乡镇 幺铺镇: 西秀区's township, though most of the file's firms are 普定县's
    const zone = plan('经开区幺铺镇', code('91520400MA6DKQ3X8'), { code: '520422', fullName: '贵州省 安顺市 普定县' });
    expect('plan' in zone && zone.plan.listing.regionCode).toBe('520402');
    // a scenic area named after its township, with no county from the file or the firm
    const scenic = plan('黄果树旅游区', code('91520400MA6DKQ3X8'), null);
    expect('plan' in scenic && scenic.plan.listing.regionCode).toBe('520423');
    expect(scenic.warnings.map((w) => w.message).join()).toContain('名称中的乡镇“黄果树镇”');
    // 城关镇 is a township of 88 counties: a 开阳县 firm's (its 城关镇 now a 街道 the data lists otherwise)
    // stays in 开阳县, not in 施秉县, the one county of the province the data still lists it in
    const seat = plan('城关镇', code('91520121MA6DKQ3X8'), null);
    expect('plan' in seat && seat.plan.listing.regionCode).toBe('520121');
    // a place in brackets beginning with the province's short name is no province: 长岭街道（贵州金融城）
    const quarter = plan('长岭街道（贵州金融城）', code('91520115MA6DKQ3X8'), null);
    expect('plan' in quarter && quarter.plan.listing.regionCode).toBe('520115');
    // 党武镇, become 党武街道 (花溪区): the same township by another ending, not 武镇 of 陕西
    const renamed = plan('党武镇', code('91520900MA6DKQ3X8'), null);
    expect('plan' in renamed && renamed.plan.listing.regionCode).toBe('520111');
    // 新蒲新区（虾子）: a township written without 镇
    const bare = plan('新蒲新区（虾子）', code('91520304MA6DKQ3X8'), null);
    expect('plan' in bare && bare.plan.listing.regionCode).toBe('520302');
    // 马场镇, a township of four counties of the province: the one the file's other places are in
    const four = planRow(
      { ...good, regionCode: '马场镇', creditCode: code('91520900MA6DKQ3X8') },
      ref,
      TODAY,
      null,
      [],
      '52',
      null,
      new Set(['520111', '520403']),
    );
    expect('plan' in four && four.plan.listing.regionCode).toBe('520403');
    // a county by its former name (盘县, 水城县), alone or before a township
    const former = plan('盘县', code('91520201MA6DKQ3X8'), null);
    expect('plan' in former && former.plan.listing.regionCode).toBe('520281');
    const formerTown = plan('水城县米箩镇俄戛村', code('91520201MA6DKQ3X8'), {
      code: '520201',
      fullName: '贵州省 六盘水市 钟山区',
    });
    expect('plan' in formerTown && formerTown.plan.listing.regionCode).toBe('520204');
    // a park named after a township of another county than the file's: 大龙经开区 in a 万山区 list
    const dalong = plan('大龙经开区', code('91520603MA6DKQ3X8'), { code: '520603', fullName: '贵州省 铜仁市 万山区' });
    expect('plan' in dalong && dalong.plan.listing.regionCode).toBe('520622');
    // …but never a township two prefectures away: 福泉's 双龙园区 in a 福泉 list is no park of 威宁's 双龙镇
    const shuanglong = plan('双龙园区', code('91522702MA6DKQ3X8'), {
      code: '522702',
      fullName: '贵州省 黔南布依族苗族自治州 福泉市',
    });
    expect('plan' in shuanglong && shuanglong.plan.listing.regionCode).toBe('522702');
    // 平寨镇 of a 六枝 firm in a 六枝 list: 六枝's 平寨街道, not 黎平县's 平寨镇
    const pingzhai = plan('平寨镇', code('91520203MA6DKQ3X8'), {
      code: '520203',
      fullName: '贵州省 六盘水市 六枝特区',
    });
    expect('plan' in pingzhai && pingzhai.plan.listing.regionCode).toBe('520203');
    // but a park named after a county is that county's, whatever township shares its name (白云镇 of 平坝区)
    const baiyun = plan('白云经开区', code('91520113MA6DKQ3X8'), { code: '520113', fullName: '贵州省 贵阳市 白云区' });
    expect('plan' in baiyun && baiyun.plan.listing.regionCode).toBe('520113');
    // 市直: the prefecture that registered the firm, never the county of most of the file's firms
    const city = plan('市直', code('91520400MA6DKQ3X8'), { code: '520422', fullName: '贵州省 安顺市 普定县' });
    expect('plan' in city && city.plan.listing.regionCode).toBe('520400');
    expect(city.warnings.map((w) => w.message).join()).toContain('“市直”按市（州）本级取 贵州省 安顺市（520400）');
    const nowhere = planRow({ ...good, regionCode: '市直', creditCode: '9.15204E+17' }, ref, TODAY, null);
    expect(columnsOf(nowhere)).toContain('所在地区代码');
    const unsettled = plan('马场镇', code('91520900MA6DKQ3X8'), null);
    expect('errors' in unsettled && unsettled.errors.map((e) => e.column)).toEqual(['所在地区代码']);
  });

  it('finds the county most of a file’s rows are placed in, for the places it cannot read', () => {
    // 盘关镇 and 两河街道 are 盘州市's, 红果街道 too: 乐民镇, which the data lacks, is then read there
    const places = ['盘关镇', '盘关镇', '两河街道', '乐民镇', '红果经济开发区', '贵州省六盘水市盘州市', undefined];
    expect(countyOfPlaces(countiesOfPlaces(places, ref, '52'), ref)).toMatchObject({ code: '520281' });
    const planned = planRow(
      { ...good, regionCode: '乐民镇', creditCode: code('91520222MA6DKQ2X8') },
      ref,
      TODAY,
      null,
      [],
      '52',
      countyOfPlaces(countiesOfPlaces(places, ref, '52'), ref),
    );
    expect('plan' in planned && planned.plan.listing.regionCode).toBe('520281');
    // no county for most of them: none
    expect(countyOfPlaces(countiesOfPlaces(['盘关镇', '都匀市', '湄潭县', '乐民镇'], ref, '52'), ref)).toBeNull();
  });

  it('takes a product no word names, sold or bought in energy, as electricity', () => {
    const { categoryCode: _, ...noCode } = good;
    void _;
    const planned = planRow(
      { ...noCode, title: '电', quantity: '0.5亿千瓦时', unit: undefined, price: '0.38-0.43元/度' },
      ref,
      TODAY,
      null,
    );
    expect('plan' in planned && planned.plan.listing.categoryCode).toBe('4420');
    const unknown = planRow({ ...noCode, title: '电', quantity: '30', unit: '吨' }, ref, TODAY, null);
    expect('errors' in unknown && unknown.errors[0].message).toContain('未填写产品类别代码');
  });

  it('reads a short autonomous-division name in an address down to the county, not the province', () => {
    const region = (regionCode: string) => {
      const p = planRow({ ...good, regionCode }, ref, TODAY, null);
      return 'plan' in p ? p.plan.listing.regionCode : p.errors;
    };
    expect(region('贵州省黔南州都匀市经济开发区环城路18号')).toBe('522701');
    expect(region('黔西南州贞丰县')).toBe('522325');
    expect(region('沿河县')).toBe('520627');
    expect(region('贵州省黔东南州某某工业园')).toBe('522600');
    // a place in brackets where the firm works, beside where it was registered
    expect(region('四川省成都市武侯区（在湄潭县设收购站）')).toBe('520328');
    expect(region('重庆市江北区（基地在石阡县）')).toBe('520623');
    expect(region('湄潭县（生产基地）')).toBe('520328');
    expect(region('贵安新区（贵阳市花溪区）')).toBe('520111');
  });

  it('accepts a product no category names literally with its best guess and a warning to check it', () => {
    const { categoryCode: _, ...noCode } = good;
    void _;
    const planned = planRow({ ...noCode, title: '苦荞茶' }, ref, TODAY, null);
    expect('plan' in planned && planned.plan.listing.categoryCode).toBe('1530');
    expect(planned.inferred).toMatchObject({ code: '1530' });
    expect(planned.warnings.map((w) => w.message).join()).toMatch(/推断为 1530.*预览中/);
    // nothing in an offer says what it is, but the firm's other offers do
    const vague = { ...noCode, kind: '供应', title: 'B款' };
    expect('errors' in planRow(vague, ref, TODAY, null)).toBe(true);
    const fromFirm = planRow(vague, ref, TODAY, null, ['铝锭', '铝棒', 'B款']);
    expect('plan' in fromFirm && fromFirm.plan.listing.categoryCode).toBe('3216');
  });

  it('reads what a firm buys from the demand alone: its name and its offers say what it makes', () => {
    const { categoryCode: _, ...noCode } = good;
    void _;
    const sauceMaker = { ...noCode, enterpriseName: '贵州某某酸汤食品有限公司', kind: '需求', title: '玻璃瓶' };
    const planned = planRow(sauceMaker, ref, TODAY, null, ['红酸汤', '火锅底料']);
    expect('plan' in planned && planned.plan.listing.categoryCode).toBe('3055');
    expect('errors' in planRow({ ...sauceMaker, title: 'B款' }, ref, TODAY, null, ['铝锭', '铝棒'])).toBe(true);
    expect(
      titlesByFirm([
        { creditCode: 'X', kind: '供应', title: '红酸汤' },
        { creditCode: 'X', kind: '采购', title: '玻璃瓶' },
      ]).get('X'),
    ).toEqual(['红酸汤']);
  });

  it('uses an existing enterprise’s region when the row gives none, else the county the firm registered in, said so', () => {
    const { regionCode: _, ...noRegion } = good;
    void _;
    expect('plan' in planRow(noRegion, ref, TODAY, '520102')).toBe(true);
    // a county's list grouped under its townships' headings names no place on the row
    const registered = planRow(noRegion, ref, TODAY, null);
    expect('plan' in registered && registered.plan.enterprise.regionCode).toBe('520382');
    expect(registered.warnings.map((w) => w.message).join()).toMatch(
      /未填写所在地，按统一社会信用代码的登记机关所在地取 .*仁怀市（520382），请核对/,
    );
    // a firm registered by the province names no county: the county most of the file's firms are in, or refused
    const byProvince = { ...noRegion, creditCode: code('91520000MA6DKQ1X8') };
    expect(columnsOf(planRow(byProvince, ref, TODAY, null))).toEqual(['所在地区代码']);
    const inFile = planRow(byProvince, ref, TODAY, null, [], null, {
      code: '520181',
      fullName: '贵州省 贵阳市 清镇市',
    });
    expect('plan' in inFile && inFile.plan.enterprise.regionCode).toBe('520181');
    expect(inFile.warnings.map((w) => w.message).join()).toContain(
      '按本表多数企业的登记地取 贵州省 贵阳市 清镇市（520181）',
    );
    // …or, before those, the county the list's notes say its firms are in (企业均位于遵义经开区（汇川区）)
    const noted = planRow({ ...byProvince, [LIST_PLACE_KEY]: '汇川区' }, ref, TODAY, null, [], null, {
      code: '520181',
      fullName: '贵州省 贵阳市 清镇市',
    });
    expect('plan' in noted && noted.plan.enterprise.regionCode).toBe('520303');
    expect(noted.warnings.map((w) => w.message).join()).toContain('按表中说明“企业均位于汇川区”取');
    // a firm whose code names its county keeps that county: the note's exceptions are its own
    const own = planRow({ ...noRegion, [LIST_PLACE_KEY]: '汇川区' }, ref, TODAY, null);
    expect('plan' in own && own.plan.enterprise.regionCode).toBe('520382');
  });

  it('reads the unit a form tool’s “other” choice holds: 其他〖斤〗', () => {
    const typed = planRow({ ...good, quantity: '2万', unit: '其他〖斤〗' }, ref, TODAY, null);
    expect('plan' in typed && [typed.plan.listing.quantity, typed.plan.listing.unit]).toEqual([10000, '千克']);
  });

  it('reads a local name no division carries as the county that registered the firm, and refuses a mistyped division', () => {
    const local = planRow({ ...good, regionCode: '职教城' }, ref, TODAY, null);
    expect('plan' in local && local.plan.enterprise.regionCode).toBe('520382');
    expect(local.warnings.map((w) => w.message).join()).toContain('“职教城”不是行政区划名称');
    expect(columnsOf(planRow({ ...good, regionCode: '仁环市' }, ref, TODAY, null))).toEqual(['所在地区代码']);
  });

  it('reads no category from a title the rules refuse for its length, and only the start of a long specification', () => {
    const title = '玻璃瓶'.repeat(11_000);
    const planned = planRow(
      { ...good, title, categoryCode: undefined, description: '瓶'.repeat(30_000) },
      ref,
      TODAY,
      null,
    );
    expect('errors' in planned && planned.errors.map((e) => e.message).join()).toContain('标题');
    expect(planned.warnings.map((w) => w.message).join()).not.toContain('推断');
  });

  it('reads bare prices in the magnitude and unit a 计价单位 column gives them', () => {
    const planned = planRow(
      { ...good, kind: '供应', quantity: '40', unit: '台', priceMin: '18', priceMax: '25', priceUnit: '万元/台' },
      ref,
      TODAY,
      null,
    );
    expect('plan' in planned && planned.plan.listing).toMatchObject({
      priceMin: 180_000,
      priceMax: 250_000,
      unit: '台',
    });
    // bare prices a 参考价格（元） group row has already put in 元, per the 计价单位 column's 千克
    const perKilo = planRow(
      { ...good, quantity: '5000', unit: '吨', priceMin: '5元', priceMax: '6元', priceUnit: '元/千克' },
      ref,
      TODAY,
      null,
    );
    expect('plan' in perKilo && perKilo.plan.listing).toMatchObject({ priceMin: 5000, priceMax: 6000, unit: '吨' });
    // a firm typed in below an export: its whole price in the lowest price's box, the highest blank, is its one price;
    // a bare number there stays the lowest alone
    const typed = (priceMin: string) =>
      planRow({ ...good, quantity: '1.5万', unit: '吨', priceMin, priceMax: undefined }, ref, TODAY, null);
    for (const [written, price] of [
      ['480左右', 480],
      ['0.07万元/吨', 700],
      ['3元/斤', 6000],
    ] as const)
      expect(typed(written)).toMatchObject({ plan: { listing: { priceMin: price, priceMax: price } } });
    expect(typed('60-90')).toMatchObject({ plan: { listing: { priceMin: 60, priceMax: 90 } } });
    expect(typed('480')).toMatchObject({ plan: { listing: { priceMin: 480, priceMax: null } } });
    // an export's 最低 | 最高 of 0 | 0 is no price; a single price of 0 is one (a by-product given away)
    const zeros = planRow({ ...good, quantity: '50', unit: '吨', priceMin: '0', priceMax: '0' }, ref, TODAY, null);
    expect('plan' in zeros && zeros.plan.listing).toMatchObject({ priceMin: null, priceMax: null });
    expect(zeros.warnings.map((w) => w.message).join()).toContain('价格为 0，按面议');
    // 0.0000 under a system's 数量, the unit left blank: a service with no amount, imported without one
    const none = planRow({ ...good, quantity: '0.0000', unit: undefined, price: '面议' }, ref, TODAY, null);
    expect('plan' in none && none.plan.listing).toMatchObject({ quantity: null, unit: null });
    expect(none.warnings.map((w) => w.message).join()).toContain('数量“0.0000”为 0，按未填写数量导入');
    const free = planRow({ ...good, quantity: '5000', unit: '吨', price: '0' }, ref, TODAY, null);
    expect('plan' in free && free.plan.listing).toMatchObject({ priceMin: 0, priceMax: 0 });
    // a price per a thousand pieces for an amount counted in PCS
    const perThousand = planRow({ ...good, quantity: '30KK', unit: undefined, price: '3.5元/千只' }, ref, TODAY, null);
    expect('plan' in perThousand && perThousand.plan.listing).toMatchObject({
      quantity: 30_000_000,
      unit: '个',
      priceMin: 0.0035,
      priceMax: 0.0035,
    });
    // a 价格说明 column: its unit first, its terms into the description; terms alone are no unit
    const noted = planRow(
      { ...good, quantity: '800', unit: '吨', price: '1.1-1.3', priceUnit: '元/斤，按等级定价' },
      ref,
      TODAY,
      null,
    );
    expect('plan' in noted && noted.plan.listing).toMatchObject({ priceMin: 2200, priceMax: 2600, unit: '吨' });
    expect('plan' in noted && noted.plan.listing.description).toContain('价格说明：按等级定价');
    const words = planRow(
      { ...good, quantity: '800', unit: '吨', price: '面议', priceUnit: '随行就市，保底收购' },
      ref,
      TODAY,
      null,
    );
    expect('plan' in words && words.plan.listing).toMatchObject({ unit: '吨', priceMin: null });
    expect('plan' in words && words.plan.listing.description).toContain('价格说明：随行就市，保底收购');
    // a unit alone there is the quantity's
    const unitOnly = planRow(
      { ...good, quantity: '500', unit: undefined, price: '3200', priceUnit: '吨' },
      ref,
      TODAY,
      null,
    );
    expect('plan' in unitOnly && unitOnly.plan.listing).toMatchObject({ quantity: 500, unit: '吨', priceMin: 3200 });
  });

  it('refuses a product cell that names none', () => {
    for (const title of ['待定', '暂无', '—', '详见附件'])
      expect(columnsOf(planRow({ ...good, title }, ref, TODAY, null))).toEqual(['产品名称']);
    expect(columnsOf(planRow({ ...good, title: '待定型号的轴承' }, ref, TODAY, null))).toEqual([]);
  });

  it('keeps an amount in a unit the table lacks in the description instead of refusing the row', () => {
    const inCell = planRow(
      { ...good, kind: '供应', title: '商品肥猪', categoryCode: '0313', quantity: '年出栏5000头', unit: undefined },
      ref,
      TODAY,
      null,
    );
    expect('plan' in inCell && inCell.plan.listing).toMatchObject({ quantity: null, unit: null });
    expect('plan' in inCell && inCell.plan.listing.description).toContain('数量：年出栏5000头');
    expect(inCell.warnings.map((w) => w.message).join()).toMatch(/单位“头”不在单位表中.*未导入数量/);
    const inColumn = planRow(
      { ...good, kind: '供应', title: '蒸压砖', categoryCode: '3031', quantity: '50万', unit: '块', price: '0.3元/块' },
      ref,
      TODAY,
      null,
    );
    expect('plan' in inColumn && inColumn.plan.listing).toMatchObject({ quantity: null, unit: null, priceMin: null });
    expect('plan' in inColumn && inColumn.plan.listing.description).toMatch(/数量：50万块.*价格：0\.3元\/块/);
    // so is any count word the table lacks (张, 条, 盒, 枚, 支): no 件 stands in for it, so that no price per 张
    // is compared with one per 件
    for (const [quantity, price, word] of [
      ['50万张', '0.02元/张', '张'],
      ['3000盒', '8-12元/盒', '盒'],
      ['30万枚', '1.5元/枚', '枚'],
      ['90万支', '2元/支', '支'],
      ['120万条', '0.9-1.1元/条', '条'],
    ]) {
      const sheets = planRow({ ...good, title: '不干胶标签', quantity, price, unit: undefined }, ref, TODAY, null);
      expect('plan' in sheets && sheets.plan.listing).toMatchObject({
        quantity: null,
        unit: null,
        priceMin: null,
        priceMax: null,
      });
      expect('plan' in sheets && sheets.plan.listing.description).toContain(`数量：${quantity}`);
      expect('plan' in sheets && sheets.plan.listing.description).toContain(price);
      expect(sheets.warnings.map((w) => w.message).join()).toContain(`单位“${word}”不在单位表中`);
    }
    // a unit in letters (算力 in PFlops), or a unit with no amount beside it
    const letters = planRow({ ...good, title: 'GPU算力租赁', quantity: '2000', unit: 'PFlops' }, ref, TODAY, null);
    expect('plan' in letters && letters.plan.listing).toMatchObject({ quantity: null, unit: null });
    expect('plan' in letters && letters.plan.listing.description).toContain('数量：2000PFlops');
    const alone = planRow({ ...good, quantity: undefined, unit: '核时' }, ref, TODAY, null);
    expect('plan' in alone && alone.plan.listing).toMatchObject({ quantity: null, unit: null });
    expect(alone.warnings.map((w) => w.message).join()).toContain('未填写数量，单位“核时”未导入');
    // …or an amount not known yet (生猪（头） | 待定): the row kept, its unit of nothing left out
    const pending = planRow({ ...good, kind: '供应', title: '生猪', quantity: '待定', unit: '头' }, ref, TODAY, null);
    expect('plan' in pending).toBe(true);
    expect('plan' in pending && pending.plan.listing).toMatchObject({ quantity: null, unit: null });
    expect(pending.warnings.map((w) => w.message).join()).toContain('未填写数量，单位“头”未导入');
    // a unit column that is no unit at all is still refused
    expect(columnsOf(planRow({ ...good, quantity: '200', unit: '2箱3件' }, ref, TODAY, null))).toEqual(['单位']);
  });

  it('reads a national industry code the chain does not hold as no code: the category inferred, the code said', () => {
    const cherries = planRow({ ...good, title: '樱桃', categoryCode: '0151' }, ref, TODAY, null);
    expect('plan' in cherries && cherries.plan.listing.categoryCode).toBe('0159');
    expect(cherries.warnings.map((w) => w.message).join()).toMatch(
      /行业分类代码“0151”不在产业链环节中，按.*推断为 0159/,
    );
    // nothing to infer from: refused, naming the code
    const none = planRow({ ...good, title: '某某', categoryCode: '5432' }, ref, TODAY, null);
    expect(columnsOf(none)).toEqual(['产品类别代码']);
    expect('errors' in none && none.errors.map((e) => e.message).join()).toContain(
      '行业分类代码“5432”不在产业链环节中',
    );
    // a number under no division of the standard is refused as the code it claims to be
    expect(columnsOf(planRow({ ...good, categoryCode: '9999' }, ref, TODAY, null))).toEqual(['产品类别代码']);
  });

  it('reads the letters O and I typed for 0 and 1 in a credit code that then checks, and says so', () => {
    const typed = planRow({ ...good, creditCode: '91522727O59604712U' }, ref, TODAY, null);
    expect('plan' in typed && typed.plan.enterprise.creditCode).toBe('91522727059604712U');
    expect(typed.warnings.map((w) => w.message).join()).toContain('按校验位读取为 91522727059604712U');
    // an l typed (or scanned) for a 1, and a B scanned for an 8, where one reading checks
    const scanned = planRow({ ...good, creditCode: '93522732MA6DKlJ916' }, ref, TODAY, null);
    expect('plan' in scanned && scanned.plan.enterprise.creditCode).toBe('93522732MA6DK1J916');
    // (an O in a code that checks no better with a 0 is refused as the character it is)
    const wrong = planRow({ ...good, creditCode: '91522727O59604712X' }, ref, TODAY, null);
    expect('errors' in wrong && wrong.errors.map((e) => e.message).join()).toContain('第 9 位“O”不是有效字符');
  });

  it('reports every bad cell by its column', () => {
    const planned = planRow(
      { ...good, kind: '租赁', quantity: '-5吨', categoryCode: '9999', validUntil: '2027-13-01' },
      ref,
      TODAY,
      null,
    );
    expect(columnsOf(planned)).toEqual(['产品类别代码', '数量', '类型(供应/需求)'].sort());
    // a date that cannot be read does not refuse the listing: it goes in without one, the words kept
    expect(planned.warnings.map((w) => w.column)).toContain('有效期至');
  });

  it('reads a fair’s list written in English and Chinese by its Chinese', () => {
    const planned = planRow(
      { ...good, kind: 'Supply/供应', quantity: '2', unit: '10MWh/万千瓦时', price: 'Negotiable/面议' },
      ref,
      TODAY,
      null,
    );
    expect('errors' in planned && planned.errors).toBe(false);
    expect('plan' in planned && planned.plan.listing).toMatchObject({
      kind: 'SUPPLY',
      quantity: 2,
      unit: '万千瓦时',
      priceMin: null,
    });
    const perKilo = planRow({ ...good, quantity: '2', unit: '吨', price: '12', priceUnit: '元/kg' }, ref, TODAY, null);
    expect('errors' in perKilo && perKilo.errors).toBe(false);
    expect('plan' in perKilo && perKilo.plan.listing).toMatchObject({ unit: '吨', priceMin: 12000 });
  });

  it('reads a date written without its year (明年3月, 1月底), and one that cannot be read into the description', () => {
    const date = (validUntil: string) => {
      const planned = planRow({ ...good, validUntil }, ref, '2026-12-05', null);
      return 'plan' in planned ? [planned.plan.listing.validUntil, planned.plan.listing.description] : planned.errors;
    };
    expect(date('明年3月')[0]).toBe('2027-03-31');
    expect(date('明年底')[0]).toBe('2027-12-31');
    expect(date('今年12月底')[0]).toBe('2026-12-31');
    expect(date('1月底')[0]).toBe('2027-01-31');
    expect(date('12月20日')[0]).toBe('2026-12-20');
    expect(date('—')[0]).toBeNull();
    const unread = date('出栏后再定');
    expect(unread[0]).toBeNull();
    expect(unread[1]).toContain('有效期：出栏后再定');
  });

  it.each([
    ['仁怀市', '520382'],
    ['遵义市仁怀市', '520382'],
    ['贵州省贵阳市南明区', '520102'],
    ['贵州遵义仁怀', '520382'],
    ['贵州省遵义市仁怀市茅台镇杨柳湾街', '520382'],
  ])('resolves the place name %s', (place, regionCode) => {
    const planned = planRow({ ...good, regionCode: place }, ref, TODAY, null);
    expect('plan' in planned && planned.plan.listing.regionCode).toBe(regionCode);
  });

  it('reports an ambiguous place name with the places it can mean', () => {
    const planned = planRow({ ...good, regionCode: '朝阳区' }, ref, TODAY, null);
    expect('errors' in planned && planned.errors[0]).toMatchObject({ column: '所在地区代码' });
    expect('errors' in planned && planned.errors[0].message).toMatch(/北京市 朝阳区（110105）.*吉林省 长春市 朝阳区/);
    expect(columnsOf(planRow({ ...good, regionCode: '火星市' }, ref, TODAY, null))).toEqual(['所在地区代码']);
  });

  it('infers the category from the product when no code is given, with a warning that names it', () => {
    const { categoryCode: _, ...noCode } = good;
    void _;
    const planned = planRow({ ...noCode, title: '酱香型白酒玻璃瓶', specification: '500ml 晶白料' }, ref, TODAY, null);
    expect('plan' in planned && planned.plan.listing.categoryCode).toBe('3055');
    expect(planned.inferred).toMatchObject({ code: '3055', name: '玻璃包装容器制造' });
    expect(planned.warnings[0]).toMatchObject({ column: '产品类别代码' });
    expect(planned.warnings[0].message).toContain('3055 玻璃包装容器制造');
    const named = planRow({ ...good, categoryCode: '纸和纸板容器制造' }, ref, TODAY, null);
    expect('plan' in named && named.plan.listing.categoryCode).toBe('2231');
    const none = planRow({ ...noCode, title: 'XYZ-100' }, ref, TODAY, null);
    expect(columnsOf(none)).toEqual(['产品类别代码']);
  });

  it('reads quantities with 万 and units in the cell, price ranges, 面议 and Chinese dates', () => {
    const planned = planRow(
      { ...good, quantity: '200万只', unit: undefined, price: '0.9～1.4元', validUntil: '2027年12月31日' },
      ref,
      TODAY,
      null,
    );
    expect('plan' in planned && planned.plan.listing).toMatchObject({
      quantity: 2_000_000,
      unit: '只',
      priceMin: 0.9,
      priceMax: 1.4,
      validUntil: '2027-12-31',
    });
    const perYear = planRow({ ...good, quantity: '5000吨/年', unit: undefined, price: '面议' }, ref, TODAY, null);
    expect('plan' in perYear && perYear.plan.listing).toMatchObject({ quantity: 5000, unit: '吨', priceMin: null });
    expect('plan' in perYear && perYear.plan.listing.description).toBe('数量按年计；价格面议');
    const wan = planRow({ ...good, quantity: '20', unit: '万只' }, ref, TODAY, null);
    expect('plan' in wan && wan.plan.listing).toMatchObject({ quantity: 200_000, unit: '只' });
    expect(columnsOf(planRow({ ...good, quantity: '20吨', unit: '只' }, ref, TODAY, null))).toEqual(['单位']);
  });

  it('stores a county form’s 斤 in 千克, the price per 斤 with it, however the cells split them', () => {
    for (const cells of [
      { quantity: '3000斤', unit: undefined, price: '4-5元/斤' },
      { quantity: '3000', unit: '斤', price: '4～5' },
      { quantity: '0.3万斤', unit: undefined, price: '4-5' },
    ]) {
      const planned = planRow({ ...good, ...cells }, ref, TODAY, null);
      expect('plan' in planned && planned.plan.listing).toMatchObject({
        quantity: 1500,
        unit: '千克',
        priceMin: 8,
        priceMax: 10,
      });
    }
  });

  it('turns a price per another unit into the quantity’s unit, and keeps one it cannot convert as text', () => {
    const plan = (cells: object) => {
      const planned = planRow({ ...good, ...cells }, ref, TODAY, null);
      if (!('plan' in planned)) throw new Error(JSON.stringify(planned.errors));
      return { listing: planned.plan.listing, warnings: planned.warnings.map((w) => w.message) };
    };
    // 元/公斤 against 吨, 元/斤 against 千克, 元/千克 against 万吨, 元/升 against 千升
    expect(plan({ quantity: '80吨', unit: undefined, price: '6.5-7元/公斤' }).listing).toMatchObject({
      unit: '吨',
      priceMin: 6500,
      priceMax: 7000,
    });
    expect(plan({ quantity: '2000', unit: '千克', price: '3元/斤' }).listing).toMatchObject({ priceMin: 6 });
    expect(plan({ quantity: '1.2万吨', unit: undefined, price: '0.45元/千克' }).listing).toMatchObject({
      quantity: 12_000,
      unit: '吨',
      priceMin: 450,
    });
    expect(plan({ quantity: '30', unit: '千升', price: '8元/升' }).listing).toMatchObject({ priceMin: 8000 });
    const converted = plan({ quantity: '80吨', unit: undefined, price: '6.5元/公斤' });
    expect(converted.warnings).toContain('价格“6.5元/公斤”按“公斤”计，已换算为每吨的价格');
    // the same unit written otherwise needs nothing: 元/t for 吨, 元/只 for 只
    expect(plan({ quantity: '500', unit: '吨', price: '2600元/t' }).listing).toMatchObject({ priceMin: 2600 });
    expect(plan({ quantity: '5万只', unit: undefined, price: '0.3元/只' }).listing).toMatchObject({ priceMin: 0.3 });
    // a head of cattle is no weight: the price is kept in the description, not stored per 吨
    const perHead = plan({ quantity: '120吨', unit: undefined, price: '9000元/头' });
    expect(perHead.listing).toMatchObject({ priceMin: null, priceMax: null, unit: '吨' });
    expect(perHead.listing.description).toContain('价格：9000元/头');
    expect(perHead.warnings.join()).toContain('无法换算');
    // a price per unit with no quantity gives the listing its unit
    expect(plan({ quantity: undefined, unit: undefined, price: '3.2万元/吨' }).listing).toMatchObject({
      quantity: null,
      unit: '吨',
      priceMin: 32_000,
    });
  });

  it('reads a place from a development zone’s name, an autonomous county written short and a county become a city', () => {
    const regionOf = (text: string) => {
      const planned = planRow({ ...good, regionCode: text }, ref, TODAY, null);
      return 'plan' in planned ? planned.plan.enterprise.regionCode : planned.errors.map((e) => e.message).join();
    };
    expect(regionOf('都匀经济开发区')).toBe('522701');
    expect(regionOf('仁怀名酒工业园区')).toBe('520382');
    expect(regionOf('道真自治县玉溪镇')).toBe('520325');
    expect(regionOf('贵州省遵义市仁怀县茅台镇')).toBe('520382'); // 仁怀县 became 仁怀市 in 1995
    expect(regionOf('毕节市黔西县')).toBe('520581');
    expect(regionOf('某某工业园区')).toBe('520382'); // a park named alone: the county that registered the firm
    // a place with another name in brackets: either may be the division
    expect(regionOf('双龙航空港经济区（南明区）')).toBe('520102');
    expect(regionOf('观山湖区（金阳新区）')).toBe('520115');
  });

  it('settles a place name two provinces share by the province of the file’s other places', () => {
    const planned = (province: string | null) =>
      planRow({ ...good, regionCode: '朝阳区' }, ref, TODAY, null, [], province);
    expect(columnsOf(planned(null))).toEqual(['所在地区代码']);
    const inBeijing = planned('11');
    expect('plan' in inBeijing && inBeijing.plan.enterprise.regionCode).toBe('110105');
    expect(inBeijing.warnings.map((w) => w.message).join()).toContain('按本表其他企业所在的省份');
    expect(provinceOfPlaces(['南明区', '520382', '遵义市汇川区', '朝阳区', undefined], ref)).toBe('52');
  });

  it('stores electricity written in 千瓦时 or 度 in 万千瓦时, its price per 万千瓦时', () => {
    for (const cells of [
      { quantity: '1.5亿千瓦时', unit: undefined, price: '0.4元/千瓦时' },
      { quantity: '15000', unit: '万度', price: '0.4元/度' },
      { quantity: '150000000', unit: 'kWh', price: '0.4' },
    ]) {
      const planned = planRow({ ...good, ...cells }, ref, TODAY, null);
      expect('plan' in planned && planned.plan.listing).toMatchObject({
        quantity: 15_000,
        unit: '万千瓦时',
        priceMin: 4000,
      });
    }
  });

  it('keeps specification, remarks and contacts where the model has a place for them', () => {
    const planned = planRow(
      { ...good, specification: '500ml', remark: '分批交货', contactName: '王建国', contactPhone: '0851-22223333' },
      ref,
      TODAY,
      null,
    );
    expect('plan' in planned && planned.plan.listing.description).toBe('规格型号：500ml；备注：分批交货');
    expect('plan' in planned && planned.plan.enterprise).toMatchObject({
      contactName: '王建国',
      contactPhone: '0851-22223333',
    });
  });

  it('checks a full file of the worst rows (unknown long addresses, no category) in bounded time', () => {
    const { categoryCode: _, ...noCode } = good;
    void _;
    const started = Date.now();
    for (let i = 0; i < 2_000; i++)
      planRow(
        { ...noCode, title: `第${i}号 精装酒盒`, regionCode: `某某省某某市某某县某某镇某某村第${i}组某某路` },
        ref,
        TODAY,
        null,
      );
    const ms = Date.now() - started;
    expect(ms).toBeLessThan(5_000);
  });
});
