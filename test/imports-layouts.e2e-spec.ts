import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import iconv from 'iconv-lite';

import { usccCheckChar } from '@duijie/enterprises';

import { CSV_FIXTURES, GENERATED_INLINE, RENHUAI_BUREAU } from './fixtures/county-lists';
import { graphql } from './generated';
import { createEvent, organiser } from './support/events';
import type { GraphQLClient } from './support/graphql';
import { uploadListingFile } from './support/listing-files';
import { useStack } from './support/stack';
import type { Cell, SheetSpec } from './support/xlsx-writer';
import { workbook } from './support/xlsx-writer';

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name));
const PREVIEW = graphql(
  `query ImportsLayoutsPreviewListingImport($id: ID!, $corrections: [ImportCorrectionInput!]) { previewListingImport(id: $id, corrections: $corrections) { id total accepted rejected rows { row outcome kind title categoryCode regionCode quantity unit priceMin priceMax validUntil description inferredCategory { code name confidence } errors { column message } warnings { column message } } } }`,
);
const COMMIT = graphql(
  `mutation ImportsLayoutsCommitListingImport($id: ID!, $corrections: [ImportCorrectionInput!]) { commitListingImport(id: $id, corrections: $corrections) { status total created failed rows { row outcome listingId errors { column message } } } }`,
);

describe('importing the 供需清单 county bureaus send (e2e)', () => {
  const { api } = useStack({ isolated: true });
  let org: GraphQLClient;
  let eventId: string;

  const upload = (data: Buffer, filename: string, query = '') => uploadListingFile(org, eventId, data, filename, query);
  const byRow = (rows: any[]) => Object.fromEntries(rows.map((r) => [r.row, r]));
  const listingCount = async () =>
    (await org.ok(graphql(`query ImportsLayoutsListings { listings(first: 1) { totalCount } }`))).listings.totalCount;

  beforeAll(async () => {
    org = await organiser(api);
    eventId = await createEvent(org);
  });

  it('previews a bureau’s list (merged title, 序号, merged firm cells, place names, no category codes) without writing, then commits it with corrections', async () => {
    const before = await listingCount();
    const preview = await upload(workbook(RENHUAI_BUREAU), '仁怀市供需清单.xlsx', '?dryRun=true');
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ total: 6, accepted: 4, rejected: 2 });
    const rows = byRow(preview.body.rows);
    expect(rows[5]).toMatchObject({
      outcome: 'ACCEPT',
      kind: 'DEMAND',
      title: '酱香型白酒玻璃瓶',
      categoryCode: '3055',
      regionCode: '520382',
      quantity: 2_000_000,
      unit: '只',
      priceMin: 0.9,
      priceMax: 1.4,
      validUntil: '2027-12-31',
      description: '规格型号：500ml 晶白料 瓶重550g；备注：年底前分批交货',
      inferredCategory: { code: '3055', name: '玻璃包装容器制造' },
    });
    expect(rows[5].warnings[0].message).toContain('推断为 3055 玻璃包装容器制造');
    expect(rows[6]).toMatchObject({
      outcome: 'ACCEPT',
      regionCode: '520382',
      quantity: 500_000,
      unit: '个',
      priceMin: null,
      categoryCode: '2231',
    });
    expect(rows[7]).toMatchObject({
      outcome: 'ACCEPT',
      regionCode: '520302',
      quantity: 5000,
      unit: '套',
      priceMin: 3.5,
      priceMax: 6.8,
    });
    expect(rows[8]).toMatchObject({
      outcome: 'ACCEPT',
      kind: 'SUPPLY',
      regionCode: '520102',
      quantity: 30_000_000,
      categoryCode: '3333',
    });
    expect(rows[9]).toMatchObject({ outcome: 'REJECT' });
    expect(rows[9].errors.map((e: any) => e.column)).toEqual(['统一社会信用代码']);
    expect(rows[10]).toMatchObject({ outcome: 'REJECT' });
    expect(rows[10].errors[0]).toMatchObject({ column: '所在地区代码' });
    expect(rows[10].errors[0].message).toMatch(/地名“朝阳区”有 \d+ 处/);
    expect(await listingCount()).toBe(before); // nothing written

    // The organiser corrects the place and a category in the preview, sees the effect, then commits.
    const corrections = [
      { row: 10, regionCode: '520382' },
      { row: 7, categoryCode: '2319' },
    ];
    const again = (await org.ok(PREVIEW, { id: preview.body.id, corrections })).previewListingImport;
    expect(again).toMatchObject({ accepted: 5, rejected: 1 });
    expect(byRow(again.rows)[7]).toMatchObject({ categoryCode: '2319', inferredCategory: null });
    expect(byRow(again.rows)[10]).toMatchObject({
      outcome: 'ACCEPT',
      regionCode: '520382',
      quantity: 5000,
      unit: '吨',
    });

    const done = (await org.ok(COMMIT, { id: preview.body.id, corrections })).commitListingImport;
    expect(done).toMatchObject({ status: 'DONE', total: 6, created: 5, failed: 1 });
    const listing = done.rows.find((r) => r.row === 7)!.listingId!;
    const saved = (
      await org.ok(
        graphql(
          `query ImportsLayoutsListing($id: ID!) { listing(id: $id) { category { code } enterprise { name region { code } contactName contactPhone } } }`,
        ),
        { id: listing },
      )
    ).listing;
    expect(saved).toEqual({
      category: { code: '2319' },
      enterprise: {
        name: '遵义黔北彩印包装有限公司',
        region: { code: '520302' },
        contactName: '李敏',
        contactPhone: '13800001111',
      },
    });
    // A committed preview cannot be committed twice.
    const twice = await org.fails(COMMIT, { id: preview.body.id });
    expect(twice.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('refuses corrections for rows that are not in the file, or codes that do not exist, naming the field', async () => {
    const preview = await upload(workbook(RENHUAI_BUREAU), 'again.xlsx', '?dryRun=true');
    const res = await org.fails(PREVIEW, {
      id: preview.body.id,
      corrections: [{ row: 99 }, { row: 5, categoryCode: '0000' }],
    });
    expect(res.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: ['corrections.0.row', 'corrections.1.categoryCode'],
    });
  });

  it('imports a generated workbook with inline strings, no cell references and a 说明 sheet first', async () => {
    const res = await upload(
      workbook(GENERATED_INLINE.sheet, { strings: 'inline', omitReferences: true, before: GENERATED_INLINE.before }),
      'gen.xlsx',
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ total: 4, created: 2, failed: 2 });
    const rows = byRow(res.body.rows);
    expect(rows[4].errors.map((e: any) => e.column)).toEqual(['类型(供应/需求)']);
    expect(rows[5].errors.map((e: any) => e.column)).toEqual(['数量']);
    const tea = (
      await org.ok(
        graphql(
          `query ImportsLayoutsListing2($id: ID!) { listing(id: $id) { kind category { code } quantity unit priceMin priceMax validUntil region { code } } }`,
        ),
        { id: rows[2].listingId },
      )
    ).listing;
    expect(tea).toEqual({
      kind: 'DEMAND',
      category: { code: '2231' },
      quantity: 12000,
      unit: '个',
      priceMin: 8,
      priceMax: 12,
      validUntil: '2027-06-30',
      region: { code: '520181' },
    });
    const dap = (
      await org.ok(
        graphql(
          `query ImportsLayoutsListing3($id: ID!) { listing(id: $id) { category { code } validUntil region { code } } }`,
        ),
        {
          id: rows[3].listingId,
        },
      )
    ).listing;
    expect(dap).toEqual({ category: { code: '2622' }, validUntil: '2027-12-31', region: { code: '520402' } });
  });

  it('reads a GB18030 CSV with CRLF, a title and a blank line above the header', async () => {
    const res = await upload(fixture(CSV_FIXTURES.qiandongnan), '黔东南.csv', '?dryRun=true');
    expect(res.status).toBe(200);
    expect(res.body.rows.filter((r: any) => r.outcome === 'REJECT')).toEqual([]);
    expect(res.body).toMatchObject({ total: 3, accepted: 3, rejected: 0 });
    const rows = byRow(res.body.rows);
    expect(rows[4]).toMatchObject({
      kind: 'DEMAND',
      title: '刺梨原汁',
      categoryCode: '1523',
      regionCode: '522601',
      quantity: 200,
      unit: '吨',
      priceMin: 12000,
      priceMax: 16000,
      validUntil: '2027-06-30',
      description: '规格型号：NFC 原汁，可溶性固形物≥10%；备注：需冷链运输',
    });
    expect(rows[5]).toMatchObject({
      kind: 'SUPPLY',
      regionCode: '520111',
      quantity: 50,
      unit: '吨',
      description: '规格型号：5kg/桶；数量按年计；价格面议',
    });
    expect(rows[6]).toMatchObject({
      quantity: 2000,
      unit: '千克',
      priceMin: 600,
      priceMax: 900,
      validUntil: '2027-12-31',
      categoryCode: '1530',
    });
  });

  it('previews and commits an Excel 97–2003 .xls (saved by LibreOffice): merged firm cells, date cells, place names', async () => {
    const xls = readFileSync(join(__dirname, 'fixtures/xls/county-list.xls'));
    const preview = await upload(xls, '黔东南州供需汇总.xls', '?dryRun=true');
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ total: 5, accepted: 4, rejected: 1, skipped: 2 });
    expect(preview.body.skippedRows.map((r: any) => r.row)).toEqual([11, 12]);
    const rows = byRow(preview.body.rows);
    // B5:D7 merged: the firm, its code and its place named once for three products
    for (const row of [5, 6, 7])
      expect(rows[row]).toMatchObject({ enterpriseName: '凯里市苗岭酸汤食品有限公司', regionCode: '522601' });
    expect(rows[5]).toMatchObject({
      kind: 'SUPPLY',
      quantity: 20000,
      unit: '箱',
      priceMin: 96,
      validUntil: '2027-06-30',
    });
    expect(rows[6]).toMatchObject({
      kind: 'DEMAND',
      title: '玻璃瓶',
      quantity: 2_000_000,
      unit: '只',
      priceMin: 0.9,
      priceMax: 1.4,
      validUntil: '2027-12-31',
      description: '规格型号：500ml 晶白料',
    });
    expect(rows[7]).toMatchObject({ quantity: 35_000, unit: '个', priceMin: 1.25, validUntil: '2027-03-31' });
    // a date serial under a Chinese custom format, a place written prefecture + county
    expect(rows[8]).toMatchObject({
      regionCode: '522631',
      quantity: 5000,
      unit: '千克',
      priceMin: null,
      validUntil: '2027-12-31',
    });
    expect(rows[9]).toMatchObject({
      outcome: 'REJECT',
      errors: [{ column: '数量', message: expect.stringContaining('-0.5') }],
    });

    const committed = await org.ok(COMMIT, { id: preview.body.id });
    expect(committed.commitListingImport).toMatchObject({ status: 'DONE', created: 4, failed: 1 });
  });

  it('reads a UTF-8 TSV with BOM and full-width digits', async () => {
    const res = await upload(fixture(CSV_FIXTURES.renhuaiTsv), '仁怀.tsv', '?dryRun=true');
    expect(res.body).toMatchObject({ total: 2, accepted: 2 });
    const rows = byRow(res.body.rows);
    expect(rows[2]).toMatchObject({
      regionCode: '520382',
      quantity: 200_000,
      unit: '个',
      priceMin: 2.5,
      priceMax: 3.8,
      categoryCode: '2231',
    });
    expect(rows[3]).toMatchObject({ regionCode: '520102', priceMin: null, categoryCode: '6531' });
  });

  it('imports a workbook with one sheet per kind (own headers, no kind column), short place names, notes below the table and titles kept as written', async () => {
    const code = (first17: string) => first17 + usccCheckChar(first17);
    const [a, b, c] = [code('91522700MA6H2K3L1'), code('91522600MA6H2K3L2'), code('91520600MA6H2K3L3')];
    const supply: SheetSpec = {
      name: '供给',
      rows: [
        ['黔南州企业产品供给清单'],
        ['序号', '企业名称', '统一社会信用代码', '所在地', '供应产品', '产品类别代码', '数量', '单位'],
        [1, '都匀市毛尖茶业有限公司', a, '黔南州都匀市', '都匀毛尖（明前）特级', '1530', 500, '千克'],
        [2, '麻江县纸品包装有限公司', b, '黔东南州麻江县', '瓦楞纸箱（五层）', '2231', '3万', '件'],
        ['合计', null, null, null, null, null, '30500', null],
        ['填报说明：1、类别代码见模板第二页；2、数量填阿拉伯数字', null, null, null, null, null, null, null],
        [null, '审核人：王五', null, '填报日期：2026年11月25日', null, null, null, null],
      ],
      merges: ['A1:H1', 'A6:H6'],
    };
    const demand: SheetSpec = {
      name: '需求清单',
      rows: [
        ['单位名称', '信用代码', '所在地区', '需求产品', '类别代码', '需求量', '单位'],
        ['都匀市毛尖茶业有限公司', a, '都匀市', '茶叶礼盒（竹制）', '2231', 2000, '件'],
        ['印江县生态农业有限公司', c, '印江县', '配合饲料', '1329', 50, '吨'],
        ['都匀市毛尖茶业有限公司', a, '都匀市', '苦荞茶', null, 800, '千克'],
      ],
    };
    const before = await listingCount();
    const res = await upload(workbook(demand, { before: [supply] }), '黔南州供需清单.xlsx', '?dryRun=true');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ total: 5, accepted: 5, rejected: 0, skipped: 3 });
    expect(res.body.skippedRows.map((r: any) => [r.sheet, r.row])).toEqual([
      ['供给', 5],
      ['供给', 6],
      ['供给', 7],
    ]);
    const rows = res.body.rows.map((r: any) => [r.sheet, r.row, r.kind, r.title, r.regionCode]);
    expect(rows).toEqual([
      ['供给', 3, 'SUPPLY', '都匀毛尖（明前）特级', '522701'],
      ['供给', 4, 'SUPPLY', '瓦楞纸箱（五层）', '522635'],
      ['需求清单', 2, 'DEMAND', '茶叶礼盒（竹制）', '522701'],
      ['需求清单', 3, 'DEMAND', '配合饲料', '520625'],
      ['需求清单', 4, 'DEMAND', '苦荞茶', '522701'],
    ]);
    // no category code and no category names 苦荞茶: accepted with the best guess, to check in the preview
    const guessed = res.body.rows[4];
    expect(guessed).toMatchObject({ categoryCode: '1530', inferredCategory: { code: '1530' } });
    expect(guessed.warnings.map((w: any) => w.message).join()).toMatch(/推断为 1530/);
    expect(await listingCount()).toBe(before);

    // row 3 is on both sheets: a correction must say which
    const ambiguous = await org.fails(COMMIT, { id: res.body.id, corrections: [{ row: 3, categoryCode: '1329' }] });
    expect(ambiguous.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['corrections.0.sheet'] });
    const { commitListingImport } = await org.ok(
      graphql(
        `mutation ImportsLayoutsCommitListingImport2($id: ID!, $corrections: [ImportCorrectionInput!]) { commitListingImport(id: $id, corrections: $corrections) { status created rows { sheet row outcome } } }`,
      ),
      { id: res.body.id, corrections: [{ sheet: '需求清单', row: 3, categoryCode: '1329' }] },
    );
    expect(commitListingImport.status).toBe('DONE');
    expect(commitListingImport.created).toBe(5);
    expect(commitListingImport.rows.map((r) => [r.sheet, r.row, r.outcome])).toEqual([
      ['供给', 3, 'CREATED'],
      ['供给', 4, 'CREATED'],
      ['需求清单', 2, 'CREATED'],
      ['需求清单', 3, 'CREATED'],
      ['需求清单', 4, 'CREATED'],
    ]);
    expect(await listingCount()).toBe(before + 5);
  });

  it('imports a statistics sheet with an offer and a demand side by side in each row, each corrected by its block', async () => {
    const code = (first17: string) => first17 + usccCheckChar(first17);
    const [a, b] = [code('93520424MA6H3B4C1'), code('91520425MA6H3B4C2')];
    const sheet: SheetSpec = {
      name: '统计',
      rows: [
        ['镇宁自治县企业供需情况统计表'],
        [
          '序号',
          '企业名称',
          '信用代码',
          '县别',
          '供应产品',
          '供应产品',
          '供应产品',
          '采购需求',
          '采购需求',
          '采购需求',
        ],
        ['序号', '企业名称', '信用代码', '县别', '产品名称', '年供应量', '单价', '产品名称', '需求量', '单价'],
        [1, '镇宁蜂糖李专业合作社', a, '镇宁县', '蜂糖李', '800吨', '8-12元/公斤', '果品礼盒', '5万个', '6元/个'],
        [2, '紫云红芯红薯有限公司', b, '紫云县', '红芯红薯', '3000吨', '面议', '/', '/', '/'],
      ],
      merges: ['A1:J1', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:G2', 'H2:J2'],
    };
    const preview = await upload(workbook(sheet), '镇宁供需统计.xls.xlsx', '?dryRun=true');
    expect(preview.status).toBe(200);
    expect(
      preview.body.rows.map((r: any) => [r.sheet, r.row, r.kind, r.title, r.regionCode, r.quantity, r.priceMin]),
    ).toEqual([
      ['统计·供应', 4, 'SUPPLY', '蜂糖李', '520423', 800, 8000],
      ['统计·需求', 4, 'DEMAND', '果品礼盒', '520423', 50_000, 6],
      ['统计·供应', 5, 'SUPPLY', '红芯红薯', '520425', 3000, null],
    ]);
    const { commitListingImport } = await org.ok(COMMIT, {
      id: preview.body.id,
      corrections: [{ sheet: '统计·需求', row: 4, categoryCode: '2231' }],
    });
    expect(commitListingImport).toMatchObject({ status: 'DONE', created: 3, failed: 0 });
  });

  it('reads a list grouped under township headings with no place, amounts in units the table lacks, capacities and dates in words', async () => {
    const code = (first17: string) => first17 + usccCheckChar(first17);
    const pigs = code('93520326MA6EXP001');
    const bricks = code('91520326MA6EXB101');
    const alumina = code('91520326MA6EXA201');
    const sheet: SheetSpec = {
      name: '供需清单',
      rows: [
        ['务川县2026年冬季产销对接企业供需清单'],
        [
          '序号',
          '企业名称',
          '统一社会信用代码',
          '所在地',
          '供需',
          '产品名称',
          '数量',
          '单位',
          '价格（元）',
          '有效期至',
        ],
        ['一、大坪街道'],
        [
          1,
          '务川县仡乡生猪养殖专业合作社',
          `${pigs.toLowerCase()} `,
          null,
          '供应',
          '商品肥猪',
          '年出栏5000头',
          null,
          '1.6万元/头',
          '长期供应',
        ],
        [2, '务川县宏基新型建材有限公司', bricks, null, '供应', '蒸压砖', '50万', '块', '0.35', '至2027年6月'],
        ['二、产业新城'],
        [
          3,
          '务川县仡佬铝业有限公司',
          alumina,
          '产业新城',
          '供应',
          '氧化铝',
          '年产能30万吨',
          null,
          '面议',
          '2027年12月31日',
        ],
        [4, '务川县仡佬铝业有限公司', alumina, '务川县', '需求', '待定', '1万', '吨', null, null],
        ['合计', null, null, null, null, '4条'],
      ],
      merges: ['A1:J1', 'A3:J3', 'A6:J6'],
    };
    const before = await listingCount();
    const preview = await upload(workbook(sheet), '务川县供需清单.xlsx', '?dryRun=true');
    expect(preview.status).toBe(200);
    expect(await listingCount()).toBe(before);
    expect(preview.body).toMatchObject({ total: 4, accepted: 3, rejected: 1 });
    const rows = byRow(preview.body.rows);
    const warned = (row: number) => rows[row].warnings.map((w: any) => w.message).join('\n');
    // no place on the row: the county that registered the firm; 5000头 and a price per 头 kept as written
    expect(rows[4]).toMatchObject({
      outcome: 'ACCEPT',
      creditCode: pigs,
      regionCode: '520326',
      quantity: null,
      unit: null,
      priceMin: null,
      validUntil: null,
    });
    expect(rows[4].description).toContain('数量：年出栏5000头');
    expect(rows[4].description).toContain('价格：1.6万元/头');
    expect(warned(4)).toMatch(/未填写所在地，按统一社会信用代码的登记机关所在地取 .*务川仡佬族苗族自治县（520326）/);
    expect(warned(4)).toMatch(/单位“头”不在单位表中/);
    // 50万 | 块: the amount and its bare price kept together as text
    expect(rows[5]).toMatchObject({ outcome: 'ACCEPT', quantity: null, priceMin: null, validUntil: '2027-06-30' });
    expect(rows[5].description).toMatch(/数量：50万块.*价格：0\.35/);
    // a local name no division carries, a capacity before the amount
    expect(rows[7]).toMatchObject({ outcome: 'ACCEPT', regionCode: '520326', quantity: 300_000, unit: '吨' });
    expect(warned(7)).toContain('“产业新城”不是行政区划名称');
    expect(rows[8].outcome).toBe('REJECT');
    expect(rows[8].errors).toEqual([expect.objectContaining({ column: '产品名称' })]);
  });

  it('reads a city’s two-sheet list by its townships (one the data lacks), a code left blank on the 需求 sheet, 同上, periods and an example row', async () => {
    const code = (first17: string) => first17 + usccCheckChar(first17);
    // registered under the old 盘县 code (520222) and by the prefecture (520200): neither names today's county
    const mine = code('91520222MA6PHM001');
    const coke = code('91520200MA6PHJ002');
    const cement = code('91520281MA6PHK003');
    const header = [
      '序号',
      '企业名称',
      '统一社会信用代码',
      '所在镇（街道）',
      '产品名称',
      '数量',
      '参考价格',
      '需求时间',
    ];
    const supply: SheetSpec = {
      name: '供应',
      rows: [
        ['盘州市2027年产销对接供需清单（供应）'],
        header,
        ['例', '盘州市××煤业有限公司', '91520281××××××××××', '××镇', '原煤', '10万吨', '600元/吨', '2027年12月'],
        [
          1,
          '盘州市盘关煤业有限公司',
          mine,
          '盘关镇',
          '洗精煤',
          '年产能约60万吨',
          '出厂价1450-1600元/吨',
          '2027年3月-12月',
        ],
        [
          2,
          '盘州市柏果焦化有限公司',
          coke,
          '柏果镇（盘南产业园区）',
          '冶金焦',
          '折干基约30万吨',
          '8万元左右',
          '2027年底',
        ],
        [3, '盘州市两河水泥有限公司', cement, '乐民镇', '水泥', '50万吨', '320-380元/吨', '同上'],
      ],
    };
    const demand: SheetSpec = {
      name: '需求',
      rows: [
        header,
        // the mine's demand leaves its code blank: the 供应 sheet gives it
        [1, '盘州市盘关煤业有限公司', null, '盘关镇', '液压支架', '20套', '预算约1500万元', '2027年二季度'],
        [2, '盘州市两河水泥有限公司', '同上', '两河街道', '电煤', '30万吨', '执行省电煤指导价', '2027.1-2027.12'],
        // the same demand copied again, its amount changed: one listing, the later row's
        [3, '盘州市两河水泥有限公司', cement, '两河街道', '电煤', '36万吨', '执行省电煤指导价', '2027.1-2027.12'],
      ],
    };
    const preview = await upload(
      workbook(demand, { before: [supply] }),
      '盘州市2027年产销对接供需清单.xlsx',
      '?dryRun=true',
    );
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ total: 6, accepted: 6, rejected: 0, skipped: 1 });
    expect(preview.body.skippedRows).toEqual([expect.objectContaining({ sheet: '供应', row: 3 })]);
    const row = (sheet: string, n: number) => preview.body.rows.find((r: any) => r.sheet === sheet && r.row === n);
    const warned = (r: any) => r.warnings.map((w: any) => w.message).join('\n');
    // a township the division data knows, whatever registered the firm; its period's end; words before amounts
    expect(row('供应', 4)).toMatchObject({
      creditCode: mine,
      regionCode: '520281',
      quantity: 600_000,
      unit: '吨',
      priceMin: 1450,
      priceMax: 1600,
      validUntil: '2027-12-31',
    });
    expect(warned(row('供应', 4))).toContain('按乡镇（街道）“盘关镇”确定地区为 贵州省 六盘水市 盘州市（520281）');
    expect(row('供应', 5)).toMatchObject({ regionCode: '520281', quantity: 300_000, priceMin: 80_000 });
    expect(row('供应', 5).description).toContain('数量：折干基约30万吨');
    // 乐民镇, which the data lacks: the county the file's other places are in; 同上 the date above
    expect(row('供应', 6)).toMatchObject({ regionCode: '520281', validUntil: '2027-12-31' });
    expect(row('需求', 2)).toMatchObject({
      creditCode: mine,
      regionCode: '520281',
      quantity: 20,
      unit: '套',
      priceMin: 15_000_000,
      validUntil: '2027-06-30',
    });
    expect(warned(row('需求', 2))).toContain(`统一社会信用代码未填，按本表中同名企业的代码 ${mine} 导入`);
    expect(row('需求', 3)).toMatchObject({ creditCode: cement, priceMin: null, validUntil: '2027-12-31' });
    expect(warned(row('需求', 4))).toContain('与第 3 行是同一企业的同一产品，导入时合并为一条，以后一行为准');

    // committed, the blank-coded demand is the mine's, in 盘州市
    const { commitListingImport } = await org.ok(
      graphql(
        `mutation ImportsLayoutsCommitPanzhou($id: ID!) { commitListingImport(id: $id) { status created failed rows { sheet row outcome listingId } } }`,
      ),
      { id: preview.body.id },
    );
    expect(commitListingImport).toMatchObject({ status: 'DONE', created: 5, failed: 0 });
    expect(commitListingImport.rows.find((r) => r.sheet === '需求' && r.row === 4)?.outcome).toBe('UPDATED');
    const firmOf = async (sheet: string, n: number) =>
      (
        await org.ok(
          graphql(
            `query ImportsLayoutsPanzhouListing($id: ID!) { listing(id: $id) { enterprise { id creditCode region { code } } } }`,
          ),
          { id: commitListingImport.rows.find((r) => r.sheet === sheet && r.row === n)!.listingId! },
        )
      ).listing!.enterprise;
    const [offer, need] = [await firmOf('供应', 4), await firmOf('需求', 2)];
    expect(need).toEqual(offer);
    expect(need).toMatchObject({ creditCode: mine, region: { code: '520281' } });
  });

  it('reads a prefecture’s list by its 县区 and 乡镇 columns together, sections named with their contents and a year alone', async () => {
    const code = (first17: string) => first17 + usccCheckChar(first17);
    // registered by the prefecture (520400): the code names no county
    const parts = code('91520400MA6ANJ001');
    const crafts = code('93520423MA6ANJ002');
    const cement = code('91520422MA6ANJ003');
    const list: SheetSpec = {
      name: '汇总表',
      rows: [
        ['安顺市2027年产销对接供需清单汇总'],
        [
          '序号',
          '县区',
          '乡镇/园区',
          '企业名称',
          '统一社会信用代码',
          '所属产业链',
          '产品名称',
          '数量',
          '价格',
          '有效期',
          '联系人',
        ],
        ['一、供给类（企业可供产品、服务）'],
        [
          1,
          '经开区',
          '幺铺镇',
          '安顺云翼航空零部件有限公司',
          parts,
          '航空装备',
          '飞机零件',
          '500套',
          '面议',
          '2027年',
          '赵明',
        ],
        [
          2,
          '黄果树旅游区',
          '黄果树镇石头寨村',
          '镇宁县石头寨蜡染农民专业合作社',
          crafts,
          '特色轻工',
          '蜡染围巾',
          '2万件',
          '30-80',
          '2027年',
          '伍小燕',
        ],
        [
          3,
          '普定县',
          '',
          '普定县永盛水泥有限公司',
          cement,
          '新型建材',
          '袋装水泥',
          '2万吨',
          '按运距面议',
          '2027年度',
          '宋建军',
        ],
        ['二、需求类（企业采购需求）'],
        [
          1,
          '经开区',
          '幺铺镇',
          '安顺云翼航空零部件有限公司',
          parts,
          '航空装备',
          '铝合金板材',
          '60吨',
          '面议',
          '2027年6月',
          '赵明',
        ],
        // no firm named, a contact of its own: not the aircraft maker's
        [2, '', '', '', '', '', '土鸡', '1万羽', '面议', '2027年', '黄国平'],
        ['经开区经发局 2026.11.30'],
      ],
      merges: ['A1:K1', 'A3:K3', 'A7:K7'],
    };
    const preview = await upload(workbook(list), '安顺市2027年产销对接供需清单汇总.xlsx', '?dryRun=true');
    expect(preview.status).toBe(200);
    const rows = byRow(preview.body.rows);
    // the section's kind, the township in the 乡镇 column (西秀区's), though the 县区 column says only 经开区
    expect(rows[4].errors).toEqual([]);
    expect(rows[4]).toMatchObject({
      outcome: 'ACCEPT',
      kind: 'SUPPLY',
      regionCode: '520402',
      validUntil: '2027-12-31',
    });
    // the township before the village, in 镇宁县
    expect(rows[5]).toMatchObject({ outcome: 'ACCEPT', regionCode: '520423', priceMin: 30, priceMax: 80 });
    // the county alone; 按运距面议 is a price to negotiate; 2027年度 the year's end
    expect(rows[6]).toMatchObject({
      outcome: 'ACCEPT',
      regionCode: '520422',
      priceMin: null,
      validUntil: '2027-12-31',
    });
    expect(rows[8]).toMatchObject({ outcome: 'ACCEPT', kind: 'DEMAND', regionCode: '520402', quantity: 60 });
    expect(rows[9]).toMatchObject({ outcome: 'REJECT' });
    expect(rows[9].errors.map((e: any) => e.column)).toContain('企业名称');
    expect(preview.body.skippedRows.map((r: any) => r.text)).toContain('经开区经发局 2026.11.30');
  });

  it('reads a township survey whose offer and demand labels are written once over their columns, and certificates by their names', async () => {
    const code = (first17: string) => first17 + usccCheckChar(first17);
    const csv =
      '威宁自治县合作社产销供需摸底汇总表,,,,,,,,,,,\r\n' +
      ',,,,供应（可卖的）,,,,需求（要买的）,,,\r\n' +
      '序号,乡镇,主体名称,统一社会信用代码,可供产品,可供数量,供应价格,认证,需采购物资,需求数量,需求价格,联系人\r\n' +
      `1,草海镇,威宁县草海镇阳光马铃薯种植专业合作社,${code('93520526MA6WNC001')},商品薯,600吨,1.2元/斤,绿色食品、地理标志产品,复合肥,50吨,3000元/吨,安**\r\n` +
      `2,小海镇,威宁县小海镇众诚种养殖专业合作社,${code('93520526MA6WNC002')},,,,,肉牛精料补充料,300吨,3400元/吨,罗**\r\n`;
    const res = await upload(Buffer.from(csv), '威宁.csv', '?dryRun=true');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ accepted: 3, rejected: 0 });
    const listings = res.body.rows.map((r: any) => [r.row, r.kind, r.title, r.quantity, r.unit, r.priceMin]);
    expect(listings).toEqual([
      [4, 'SUPPLY', '商品薯', 600, '吨', 2400],
      [4, 'DEMAND', '复合肥', 50, '吨', 3000],
      [5, 'DEMAND', '肉牛精料补充料', 300, '吨', 3400],
    ]);
    expect(res.body.rows.every((r: any) => r.regionCode === '520526')).toBe(true);
  });

  it('dates a list’s undated rows by its subtitle’s validity, and takes a head count’s weight in brackets, in the preview and the commit', async () => {
    const code = (first17: string) => first17 + usccCheckChar(first17);
    const csv =
      '关岭自治县肉牛产业供需清单\r\n（本清单所列供需信息有效期至2027年6月30日）\r\n' +
      '序号,经营主体,统一社会信用代码,供/需,产品,数量,价格,有效期\r\n' +
      `1,关岭县顶云街道牛旺养殖专业合作社,${code('93520424MA6GLN001')},供,育肥牛,约300头（约120吨）,面议,\r\n` +
      `2,关岭县上关镇青草地种植专业合作社,${code('93520424MA6GLN002')},供,青贮玉米,2000吨,420元/吨,2027年3月31日\r\n`;
    const preview = await upload(iconv.encode(csv, 'gb18030'), '关岭.csv', '?dryRun=true');
    expect(preview.status).toBe(200);
    const listings = preview.body.rows.map((r: any) => [r.row, r.outcome, r.quantity, r.unit, r.validUntil]);
    expect(listings).toEqual([
      [4, 'ACCEPT', 120, '吨', '2027-06-30'],
      [5, 'ACCEPT', 2000, '吨', '2027-03-31'],
    ]);
    expect(preview.body.rows[0].description).toContain('约300头（约120吨）');
    expect(preview.body.rows[0].warnings.map((w: any) => w.message)).toContain('有效期取自表中的说明“2027年6月30日”');
    const done = await upload(iconv.encode(csv, 'gb18030'), '关岭.csv');
    expect(done.status).toBe(200);
    const id = done.body.rows.find((r: any) => r.row === 4).listingId;
    const { listing } = await org.ok(
      graphql(`query ImportsLayoutsListValidity($id: ID!) { listing(id: $id) { quantity unit validUntil } }`),
      { id },
    );
    expect(listing).toMatchObject({ quantity: 120, unit: '吨' });
    expect(String(listing?.validUntil)).toMatch(/^2027-06-30/);
  });

  it('reads a workbook of registration forms, one per firm, and a system export named in pinyin initials, through the real API', async () => {
    const code = (first17: string) => first17 + usccCheckChar(first17);
    const [a, b] = [code('91522730MA6FRM001'), code('91522730MA6FRM002')];
    const form = (name: string, credit: string, products: Cell[][]): Cell[][] => [
      [
        '企业产销对接登记表',
        '企业产销对接登记表',
        '企业产销对接登记表',
        '企业产销对接登记表',
        '企业产销对接登记表',
        '企业产销对接登记表',
      ],
      ['企业名称', name, null, '统一社会信用代码', credit, null],
      ['所在镇（园区）', '谷脚镇', null, '联系人', '吴晓丽', null],
      ['主营业务', '刺梨饮料灌装', null, '信息有效期至', '2027年底', null],
      ['供/需', '产品名称', '规格/说明', '数量', '单位', '价格（元）'],
      ...products,
    ];
    const forms = workbook({
      name: '食品工业园',
      rows: [
        ['龙里县产销对接活动企业登记表（食品工业园）', null, null, null, null, null],
        ...form('龙里县刺之韵饮品有限公司', a, [
          ['供', '刺梨饮料', '310ml易拉罐', 30, '万箱', '48-56元/箱'],
          [null, '刺梨汁饮料', '350ml PET瓶', 10, '万箱', '面议'],
          ['需', '易拉罐（空罐）', '310ml铝制二片罐', 720, '万个', '0.42元/个'],
        ]),
        ...form('贵州谷脚刺梨果业有限公司', b, [['供应', '刺梨果脯', '250g/袋', 80, '吨', '面议']]),
      ],
      merges: ['A2:F2', 'A7:F7'],
    });
    const formsPreview = await upload(forms, '龙里县产销对接企业登记表.xlsx', '?dryRun=true');
    expect(formsPreview.status).toBe(200);
    expect(
      formsPreview.body.rows.map((r: any) => [
        r.row,
        r.outcome,
        r.kind,
        r.title,
        r.creditCode,
        r.regionCode,
        r.validUntil,
      ]),
    ).toEqual([
      [7, 'ACCEPT', 'SUPPLY', '刺梨饮料', a, '522730', '2027-12-31'],
      [8, 'ACCEPT', 'SUPPLY', '刺梨汁饮料', a, '522730', '2027-12-31'],
      [9, 'ACCEPT', 'DEMAND', '易拉罐（空罐）', a, '522730', '2027-12-31'],
      [15, 'ACCEPT', 'SUPPLY', '刺梨果脯', b, '522730', '2027-12-31'],
    ]);
    const exported =
      'XH,QYMC,TYSHXYDM,GXLX_DM,GXLX_MC,CPMC,SL,JLDW,JG_XX,JG_SX,JGDW,XZQH_DM,YXQZ,ZT\r\n' +
      `1,龙里县刺之韵饮品有限公司,${a},2,需求,白砂糖,200.00,吨,6200.00,6500.00,元/吨,522730,20270630,审核通过\r\n`;
    const exportPreview = await upload(iconv.encode(exported, 'gb18030'), 'qyfw_gxxx_export.csv', '?dryRun=true');
    expect(exportPreview.status).toBe(200);
    expect(exportPreview.body.rows[0]).toMatchObject({
      outcome: 'ACCEPT',
      kind: 'DEMAND',
      title: '白砂糖',
      quantity: 200,
      unit: '吨',
      priceMin: 6200,
      priceMax: 6500,
      regionCode: '522730',
      validUntil: '2027-06-30',
    });
  });

  it('reads a park ledger of numbered products, and a list that names its firms short with their codes on a directory sheet', async () => {
    const code = (first17: string) => first17 + usccCheckChar(first17);
    const [alum, brick, farm] = [code('91520581MA6J8F2W4'), code('91520627MA6DM4E9U'), code('93520627MA6E0L9D4')];
    const ledger = await upload(
      workbook({
        name: '在园企业',
        rows: [
          ['某开发区在园企业产品及原料需求表'],
          [
            '企业名称',
            '统一社会信用代码',
            '主要产品1',
            '年产能1',
            '单位1',
            '主要产品2',
            '年产能2',
            '单位2',
            '原料需求1',
            '年需求量1',
            '单位1',
          ],
          [
            '黔西某铝业有限公司',
            alum,
            '建筑铝型材',
            3.5,
            '万吨',
            '工业铝型材',
            1.5,
            '万吨',
            '铝棒（6063）',
            5.2,
            '万吨',
          ],
        ],
        merges: ['A1:K1'],
      }),
      '园区台账.xlsx',
      '?dryRun=true',
    );
    expect(ledger.status).toBe(200);
    expect(ledger.body.rows.map((r: any) => [r.row, r.sheet, r.outcome, r.kind, r.title, r.quantity, r.unit])).toEqual([
      [3, '在园企业·主要产品1', 'ACCEPT', 'SUPPLY', '建筑铝型材', 35_000, '吨'],
      [3, '在园企业·主要产品2', 'ACCEPT', 'SUPPLY', '工业铝型材', 15_000, '吨'],
      [3, '在园企业·原料需求1', 'ACCEPT', 'DEMAND', '铝棒（6063）', 52_000, '吨'],
    ]);

    const listed = await upload(
      workbook(
        {
          name: '供需汇总',
          rows: [
            ['序号', '企业名称', '供/需', '产品名称', '数量', '单位', '价格'],
            [1, '夹石砖厂', '供', '页岩烧结多孔砖', 3000, '万块', '0.5元/块'],
            [2, '同上', '需', '燃煤', 6000, '吨', '700-800元/吨'],
            [3, '白山羊合作社', '供', '白山羊（活羊）', 1200, '只', '面议'],
          ],
        },
        {
          before: [
            {
              name: '企业名录',
              rows: [
                ['企业名称', '统一社会信用代码', '所在乡镇'],
                ['沿河土家族自治县夹石新型建材有限公司', brick, '夹石镇'],
                ['沿河土家族自治县土地坳白山羊养殖专业合作社', farm, '土地坳镇'],
              ],
            },
          ],
        },
      ),
      '沿河供需汇总.xlsx',
      '?dryRun=true',
    );
    expect(listed.status).toBe(200);
    const rows = byRow(listed.body.rows);
    expect(rows[2]).toMatchObject({ outcome: 'ACCEPT', creditCode: brick, regionCode: '520627', kind: 'SUPPLY' });
    expect(rows[2].warnings.map((w: any) => w.message).join()).toContain(
      '“夹石砖厂”未写统一社会信用代码，按工作表“企业名录”取为 沿河土家族自治县夹石新型建材有限公司',
    );
    expect(rows[3]).toMatchObject({ outcome: 'ACCEPT', creditCode: brick, kind: 'DEMAND', title: '燃煤' });
    expect(rows[4]).toMatchObject({
      outcome: 'ACCEPT',
      creditCode: farm,
      enterpriseName: '沿河土家族自治县土地坳白山羊养殖专业合作社',
    });
    const committed = await org.ok(COMMIT, { id: listed.body.id });
    expect(committed.commitListingImport).toMatchObject({ total: 3, created: 3, failed: 0 });
  });

  it('leaves out rows struck through in an .xls, and reads products one to a line of a cell pasted from Word, their place from a notes sheet', async () => {
    // xlwt's file: the 需求 row struck through (删除线), as offices mark a listing taken back
    const struck = await upload(
      readFileSync(join(__dirname, 'fixtures/xls/struck.xls')),
      '习水县供需清单.xls',
      '?dryRun=true',
    );
    expect(struck.status).toBe(200);
    expect(struck.body.rows.map((r: any) => [r.outcome, r.title])).toEqual([
      ['ACCEPT', '红粮'],
      ['ACCEPT', '甜茶'],
    ]);
    expect(struck.body.skippedRows.map((r: any) => r.text)).toContain('已划去（删除线）：纸箱');

    const member = `91520303MA6E${'2WQ7L'}`;
    const code = member + usccCheckChar(member);
    const park = `91520300MA6H${'3KD8Q'}`;
    const parkCode = park + usccCheckChar(park);
    const pasted = await upload(
      workbook(
        {
          name: '会员供需',
          rows: [
            ['某协会会员单位供需汇总表'],
            ['序号', '会员单位名称', '统一社会信用代码', '主要供应产品', null, '需求产品', null, '信息有效期', '备注'],
            [null, null, null, '品名、规格及数量', '价格', '品名、规格及数量', '意向价格', null, null],
            [
              1,
              '遵义某某药业有限公司',
              code,
              '天麻（鲜）50吨\n天麻（干）8吨\n太子参2吨（已售完）',
              '鲜：40元/公斤\n干：260元/公斤\n—',
              '纸箱 2万个',
              '3.5元/个',
              '2027.6.30',
              '企业位于红花岗区',
            ],
            [2, '贵州某某精锻有限公司', parkCode, '钛合金环形锻件 200件', '面议', '/', '/', '2027年3季度', null],
          ],
          merges: ['A1:I1', 'D2:E2', 'F2:G2'],
        },
        { before: [{ name: '说明', rows: [['一、除备注注明的外，会员单位均位于遵义经开区（汇川区）。']] }] },
      ),
      '会员供需汇总.xlsx',
      '?dryRun=true',
    );
    expect(pasted.status).toBe(200);
    expect(
      pasted.body.rows.map((r: any) => [
        r.outcome,
        r.kind,
        r.title,
        r.regionCode,
        r.quantity,
        r.unit,
        r.priceMin,
        r.validUntil,
      ]),
    ).toEqual([
      ['ACCEPT', 'SUPPLY', '天麻（鲜）', '520302', 50, '吨', 40000, '2027-06-30'],
      ['ACCEPT', 'SUPPLY', '天麻（干）', '520302', 8, '吨', 260000, '2027-06-30'],
      ['ACCEPT', 'DEMAND', '纸箱', '520302', 20000, '个', 3.5, '2027-06-30'],
      ['ACCEPT', 'SUPPLY', '钛合金环形锻件', '520303', 200, '件', null, '2027-09-30'],
    ]);
    expect(pasted.body.rows[3].warnings.map((w: any) => w.message).join()).toContain('按表中说明“企业均位于汇川区”取');
  });

  it('reads a WeChat group’s posts typed into a content column, and a matrix of firms by products with reference prices, through the real API', async () => {
    const code = (body: string) => body + usccCheckChar(body);
    const [chili, pepper, goat] = [code('93520502MA6DAB2QX'), code('91520502MA6H06TD0'), code('93520527MA67LF3JR')];
    const posts = await upload(
      workbook({
        rows: [
          ['某区农产品供需信息汇总表'],
          ['序号', '企业名称及信用代码', '类别', '供需内容', '乡镇', '截止时间'],
          [1, `某区惠农辣椒合作社\n${chili}`, '卖', '干辣椒约80吨，18-22元/公斤，现货', '杨家湾镇', '2027.10.31'],
          [
            2,
            `某区黔椒红食品有限公司 代码：${pepper}`,
            '买',
            '收购鲜红辣椒约1000吨（2027年产季），2.0-2.5元/斤',
            '长春堡镇',
            '长期',
          ],
          [
            3,
            `某区黔椒红食品有限公司 代码：${pepper}`,
            '卖',
            '糍粑辣椒约50吨（价格面议）、油辣椒2万瓶（280克装，12-15元/瓶）',
            '长春堡镇',
            '长期',
          ],
        ],
        merges: ['A1:F1'],
      }),
      '某区供需信息.xlsx',
      '?dryRun=true',
    );
    expect(posts.status).toBe(200);
    expect(
      posts.body.rows.map((r: any) => [
        r.outcome,
        r.kind,
        r.title,
        r.regionCode,
        r.quantity,
        r.unit,
        r.priceMin,
        r.priceMax,
      ]),
    ).toEqual([
      ['ACCEPT', 'SUPPLY', '干辣椒', '520502', 80, '吨', 18000, 22000],
      ['ACCEPT', 'DEMAND', '鲜红辣椒', '520502', 1000, '吨', 4000, 5000],
      ['ACCEPT', 'SUPPLY', '糍粑辣椒', '520502', 50, '吨', null, null],
      ['ACCEPT', 'SUPPLY', '油辣椒', '520502', 20000, '瓶', 12, 15],
    ]);

    const matrix = await upload(
      workbook({
        name: '供应',
        rows: [
          ['某县可供产品统计表'],
          ['序号', '名称', '统一社会信用代码', '乡镇', '核桃（吨）', '樱桃（吨）', '黑山羊（只）', '备注'],
          ['参考价', null, null, null, '28元/公斤', '12-20元/斤', '1200-1800元/只', null],
          [1, '某县野马川樱桃合作社', goat, '野马川镇', 20, 80, null, null],
          ['合计', null, null, null, 20, 80, null, null],
          ['审核人：', null, null, null, '填表人：某某', null, null, null],
        ],
        merges: ['A1:H1', 'A3:D3'],
      }),
      '某县可供产品统计表.xlsx',
      '?dryRun=true',
    );
    expect(matrix.status).toBe(200);
    expect(
      matrix.body.rows
        .filter((r: any) => r.outcome === 'ACCEPT')
        .map((r: any) => [r.kind, r.title, r.regionCode, r.quantity, r.unit, r.priceMin, r.priceMax]),
    ).toEqual([
      ['SUPPLY', '核桃', '520527', 20, '吨', 28000, 28000],
      ['SUPPLY', '樱桃', '520527', 80, '吨', 24000, 40000],
    ]);
  });

  it('reads a park’s shared sheet: several products to a row with their amounts and prices named, counts the table lacks kept as written, prices after their unit, a row marked as a repeat', async () => {
    const code = (first17: string) => first17 + usccCheckChar(first17);
    const [bonded, cables, film, sand] = [
      code('91520102MA6PARK01'),
      code('91522730MA6PARK02'),
      code('91522730MA6PARK03'),
      code('92520524MA6PARK04'),
    ];
    const csv =
      '序号,企业名称（全称）,统一社会信用代码,注册地（区县）,供需类型,产品/服务名称,规格型号/服务内容,数量,单位,价格（元）,有效期至,备注,,审核意见\r\n' +
      `1,贵州空港保税仓储有限公司,${bonded},南明区,供应,保税仓储、报关报检代理,综保区内标准保税仓,仓库5000㎡；报关每月可接500票,,仓储35~45元/㎡·月；报关150元/票,2027年6月30日,两项一起填了,,\r\n` +
      `2,龙里县佳讯电子科技有限公司,${cables},龙里县,供应,电子线束,定制端子线,30万,条,12-40元/条,2027.6.30,,,\r\n` +
      `3,贵州航鑫包装材料有限公司,${film},龙里县,供应,缠绕膜、封箱胶带,23μ×50cm,缠绕膜200吨，胶带5000卷,,缠绕膜1.05-1.2万/吨；胶带面议,2027.12.31,,,\r\n` +
      `4,织金县顺发砂石厂,${sand},织金县,供应,机制砂,0-4.75mm,年产约15万方,,每方70-80元,2027年6月底,个体户,,\r\n` +
      `5,织金县顺发砂石厂,${sand},织金县,供应,机制砂（中砂）,,15万,立方米,70-80元/立方米,2027年6月底,,,与第5行重复，以第5行为准\r\n`;
    const before = await listingCount();
    const res = await upload(Buffer.from(csv), '双龙经济区供需信息填报表（汇总）.csv', '?dryRun=true');
    expect(res.status).toBe(200);
    expect(res.body.rows.filter((r: any) => r.outcome === 'REJECT')).toEqual([]);
    expect(await listingCount()).toBe(before);
    const read = res.body.rows.map((r: any) => [r.title, r.quantity, r.unit, r.priceMin, r.priceMax]);
    expect(read).toEqual([
      ['保税仓储', 5000, '平方米', 35, 45],
      ['报关报检代理', null, null, null, null],
      ['电子线束', null, null, null, null],
      ['缠绕膜', 200, '吨', 10500, 12000],
      ['封箱胶带', null, null, null, null],
      ['机制砂', 150000, '立方米', 70, 80],
    ]);
    // what the table cannot hold stays in the description, and the preview says so
    const cable = res.body.rows[2];
    expect(cable.description).toContain('数量：30万条');
    expect(cable.warnings.map((w: any) => w.message).join()).toContain('单位“条”不在单位表中');
    expect(res.body.rows[1].description).toContain('数量：每月可接500票');
    // the repeat is no listing
    expect(res.body.total).toBe(6);
    const { commitListingImport } = await org.ok(COMMIT, { id: res.body.id });
    expect(commitListingImport).toMatchObject({ status: 'DONE', created: 6, failed: 0 });
    expect(await listingCount()).toBe(before + 6);
  });

  it('reads a 政务 system export whose national industry codes the chain lacks by inferring the category, naming the code', async () => {
    const code = (first17: string) => first17 + usccCheckChar(first17);
    const coop = code('93520403MA6PBC001');
    const csv =
      '序号,主体名称,统一社会信用代码,所属区划代码,所属区划,供需类型,产品名称,行业分类代码,数量,计量单位,价格下限,价格上限,价格单位,有效期至\r\n' +
      `1,平坝区齐伯镇红樱桃种植农民专业合作社,${coop},520403,贵州省安顺市平坝区,供应,樱桃,0151,20,吨,30,40,元/公斤,2027-06-30\r\n` +
      `2,平坝区齐伯镇红樱桃种植农民专业合作社,${coop},520403,贵州省安顺市平坝区,需求,某某,5432,,,,,,2027-06-30\r\n`;
    const res = await upload(iconv.encode(csv, 'gb18030'), '产销对接供需信息导出_520403.csv', '?dryRun=true');
    expect(res.status).toBe(200);
    const [cherries, unknown] = res.body.rows;
    expect(cherries).toMatchObject({ outcome: 'ACCEPT', title: '樱桃', categoryCode: '0159', regionCode: '520403' });
    expect(cherries.warnings.map((w: any) => w.message).join()).toMatch(
      /行业分类代码“0151”不在产业链环节中，按.*推断为 0159/,
    );
    expect(unknown.outcome).toBe('REJECT');
    expect(unknown.errors.map((e: any) => e.message).join()).toContain('行业分类代码“5432”不在产业链环节中');
  });

  it('reads an association’s late sheet: a pack’s price by its count, 8毛一斤, a buyer’s unknown product under its trade, a list note’s passed date', async () => {
    const code = (first17: string) => first17 + usccCheckChar(first17);
    const drinks = code('91522701MA6F5XQ04');
    const coop = code('93522731MA6JQ7D2C');
    const cured = code('91522731MA6DUA5N9');
    const csv =
      '惠水县会员企业供需补充表（本表有效期至2027年12月31日）\r\n' +
      '序号,企业名称,信用代码,所在地,供/需,产品,规格,数量,价格,有效期\r\n' +
      `1,贵州匀茗饮品有限公司,${drinks},都匀市,供,毛尖茶饮料,500ml×24瓶/箱,5000箱,3.5元/瓶,2027-10-31\r\n` +
      `2,惠水县羡塘镇佛手瓜种植农民专业合作社,${coop},惠水县,供,佛手瓜,鲜瓜,500吨,8毛一斤,\r\n` +
      `3,惠水县百鸟河腊味食品有限公司,${cured},惠水县,供,腊肠,烟熏,20吨,70元/斤,\r\n` +
      `4,惠水县百鸟河腊味食品有限公司,${cured},惠水县,需,肠衣,猪小肠衣，盐渍,,面议,\r\n`;
    const res = await upload(iconv.encode(csv, 'gb18030'), '惠水县供需补充表.csv', '?dryRun=true');
    expect(res.status).toBe(200);
    const [drink, gourd, sausage, casing] = res.body.rows;
    expect(drink).toMatchObject({ outcome: 'ACCEPT', quantity: 5000, unit: '箱', priceMin: 84, priceMax: 84 });
    expect(gourd).toMatchObject({ outcome: 'ACCEPT', quantity: 500, unit: '吨', priceMin: 1600, priceMax: 1600 });
    expect(gourd.validUntil).toMatch(/^2027-12-31/);
    expect(sausage.outcome).toBe('ACCEPT');
    expect(casing.outcome).toBe('ACCEPT');
    expect(casing.categoryCode).toBeTruthy();
    expect(casing.warnings.map((w: any) => w.message).join()).toMatch(/按需求方企业名称及其其他产品.*把握不大/);
    // the same list a year on: its note's date has passed, and so have the rows it dates
    const stale = csv.replace('2027年12月31日', '2025年12月31日');
    const later = await upload(iconv.encode(stale, 'gb18030'), '惠水县供需补充表（去年）.csv', '?dryRun=true');
    expect(later.body.rows.map((r: any) => r.outcome)).toEqual(['ACCEPT', 'REJECT', 'REJECT', 'REJECT']);
    expect(later.body.rows[1].errors.map((e: any) => e.message).join()).toContain('不能早于今天');
  });

  it('reads a firm’s row of offers and purchases written in two cells, and a list of this time’s amounts beside the year’s, priced on terms', async () => {
    const code = (first17: string) => first17 + usccCheckChar(first17);
    const [titanium, chilli] = [code('91520304MA6BQT001'), code('91520304MA6BQT002')];
    const csv =
      '序号,企业名称,统一社会信用代码,所在地,主营产品,可供应产品及数量,需采购产品及数量,联系人,\r\n' +
      `1,遵义某钛业有限公司,${titanium},播州区,海绵钛,"海绵钛（0级）6000吨/年，4.6～5.0万元/吨\n四氯化钛2000吨",高钛渣4万吨（价格面议）,王某,四氯化钛已签长协，本次取消\r\n` +
      `2,遵义某椒食品有限公司,${chilli},播州区,辣椒制品,干辣椒500吨，12-15元/斤,"鲜辣椒50万斤（2.2～2.6元/斤）\n玻璃瓶100万只，0.9-1.2元/只",罗某,\r\n`;
    const res = await upload(iconv.encode(csv, 'gb18030'), '播州区企业供需清单.csv', '?dryRun=true');
    expect(res.status).toBe(200);
    expect(
      res.body.rows.map((r: any) => [r.outcome, r.kind, r.title, r.quantity, r.unit, r.priceMin, r.priceMax]),
    ).toEqual([
      ['ACCEPT', 'SUPPLY', '海绵钛(0级)', 6000, '吨', 46000, 50000],
      ['ACCEPT', 'DEMAND', '高钛渣', 40000, '吨', null, null],
      ['ACCEPT', 'SUPPLY', '干辣椒', 500, '吨', 24000, 30000],
      ['ACCEPT', 'DEMAND', '鲜辣椒', 250000, '千克', 4.4, 5.2],
      ['ACCEPT', 'DEMAND', '玻璃瓶', 1000000, '只', 0.9, 1.2],
    ]);

    const [phosphate, cement] = [code('91522702MA6FUQ001'), code('91522702MA6FUQ002')];
    const park =
      '序号,企业名称,统一社会信用代码,所在地,类型,产品名称,年需求量/年产能,本次采购量/可供量,单位,参考价格\r\n' +
      `1,福泉某磷化有限公司,${phosphate},福泉市,需求,磷矿石,24,8,万吨,含税到厂900/不含税796元/吨\r\n` +
      `2,福泉某磷化有限公司,${phosphate},福泉市,供应,湿法磷酸,20,1.5,万吨,含税5600/不含税4956元/吨\r\n` +
      `3,福泉某水泥有限公司,${cement},福泉市,供应,水泥,120,5,万吨,袋装19-21元/袋（50kg）\r\n`;
    const read = await upload(iconv.encode(park, 'gb18030'), '福泉市供需清单.csv', '?dryRun=true');
    expect(read.status).toBe(200);
    expect(read.body.rows.map((r: any) => [r.outcome, r.title, r.quantity, r.priceMin, r.priceMax])).toEqual([
      ['ACCEPT', '磷矿石', 80000, 900, 900],
      ['ACCEPT', '湿法磷酸', 15000, 5600, 5600],
      ['ACCEPT', '水泥', 50000, 380, 420],
    ]);
    expect(read.body.rows[0].description).toContain('含税到厂900/不含税796元/吨');
  });

  it('reads a form tool’s export with its fill-in hints, a code typed with O for 0, swapped boxes and a 配套 survey of products one after another, through the real API', async () => {
    const code = (first17: string) => first17 + usccCheckChar(first17);
    const tea = code('91522727MA6DQ7001');
    const cement = code('91522727059604712');
    const typed = cement.replace('0', 'O'); // 91522727O… as a firm typed it
    const juice = code('91522727MA7C2H001');
    const form =
      '序号,单位名称（请填写全称）,统一社会信用代码（18位）,信息类型,产品（服务）名称,供应量/需求量（只填数字）,计量单位,价格（元/计量单位，可填区间，也可填“面议”）,信息有效期至,审核意见\r\n' +
      `1,平塘县某茶业有限公司,${tea},供应,平塘甲茶,3,吨,300-800元/斤,2027-12-31,\r\n` +
      `2,平塘县某商品混凝土有限公司,${typed},需求,P.O42.5水泥,2.5万,吨,0.38-0.42万元/吨,2027-12-31,信用代码里的字母O应为数字0\r\n` +
      `3,平塘县某果业有限公司,${juice},供应,百香果原浆,20元/公斤,吨,60吨,2027-12-31,数量和价格两栏填反了\r\n` +
      `4,平塘县某果业有限公司,${juice},供应,百香果,1000,吨,面议,2027-06-30,企业后来说卖完了，不报\r\n`;
    const res = await upload(iconv.encode(form, 'gb18030'), '平塘县金数据导出.csv', '?dryRun=true');
    expect(res.status).toBe(200);
    expect(
      res.body.rows.map((r: any) => [r.outcome, r.creditCode, r.title, r.quantity, r.unit, r.priceMin, r.priceMax]),
    ).toEqual([
      ['ACCEPT', tea, '平塘甲茶', 3, '吨', 600000, 1600000],
      ['ACCEPT', cement, 'P.O42.5水泥', 25000, '吨', 3800, 4200],
      ['ACCEPT', juice, '百香果原浆', 60, '吨', 20000, 20000],
    ]);
    expect(res.body.rows[1].warnings.map((w: any) => w.message).join()).toContain(`按校验位读取为 ${cement}`);

    const [motor, tank] = [code('91520303MA6E3K001'), code('91520303MA6E3K002')];
    const survey =
      '序号,企业名称,统一社会信用代码,主要产品/可配套产品,主要产品/可配套产品,配套需求/外购件,配套需求/外购件,配套需求/外购件,备注\r\n' +
      '序号,企业名称,统一社会信用代码,产品名称及规格,年产能（可供量）,需求产品名称及规格,年需求量,预估单价,备注\r\n' +
      `1,遵义某微电机有限公司,${motor},微特电机,30万台,钕铁硼磁钢、漆包线,200万只、80吨,0.8-2.5元/只、7.2万元/吨,\r\n` +
      `2,遵义某装备有限公司,${tank},储酒罐,120台,"不锈钢板\n减速电机（已撤回）","1500吨\n400台","1.45-1.6万元/吨\n1800-4500元/台",\r\n`;
    const read = await upload(iconv.encode(survey, 'gb18030'), '汇川区配套供需清单.csv', '?dryRun=true');
    expect(read.status).toBe(200);
    expect(read.body.rows.map((r: any) => [r.outcome, r.kind, r.title, r.quantity, r.unit, r.priceMin])).toEqual([
      ['ACCEPT', 'SUPPLY', '微特电机', 300000, '台', null],
      ['ACCEPT', 'DEMAND', '钕铁硼磁钢', 2000000, '只', 0.8],
      ['ACCEPT', 'DEMAND', '漆包线', 80, '吨', 72000],
      ['ACCEPT', 'SUPPLY', '储酒罐', 120, '台', null],
      ['ACCEPT', 'DEMAND', '不锈钢板', 1500, '吨', 14500],
    ]);
  });

  it('suggests categories for a product text, for forms', async () => {
    const { suggestCategories } = await org.ok(
      graphql(
        `query ImportsLayoutsSuggestCategories { suggestCategories(text: "铝防盗瓶盖 28mm", first: 3) { category { code name } confidence matchedTerms } }`,
      ),
    );
    expect(suggestCategories[0]).toMatchObject({ category: { code: '3333', name: '金属包装容器及材料制造' } });
    expect(suggestCategories[0].confidence).toBeGreaterThan(0.5);
    const long = await org.fails(
      graphql(`query ImportsLayoutsSuggestCategories2($t: String!) { suggestCategories(text: $t) { confidence } }`),
      {
        t: '瓶'.repeat(501),
      },
    );
    expect(long.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['text'] });
  });
});
