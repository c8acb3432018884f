import { getDataSourceToken } from '@nestjs/typeorm';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { DataSource } from 'typeorm';

import { graphql } from './generated';
import type { ImportsListingImportQuery } from './generated/graphql';
import { createEvent, organiser } from './support/events';
import { creditCode, enterpriseMember } from './support/factories';
import type { GraphQLClient } from './support/graphql';
import { type Cell, TEMPLATE_HEADERS, templateCsv, uploadListingFile } from './support/listing-files';
import { matched } from './support/matching';
import { useStack } from './support/stack';

const HEADERS = TEMPLATE_HEADERS;
const STATUS = graphql(
  `query ImportsListingImport($id: ID!) { listingImport(id: $id) { status total processed created updated unchanged failed rows { row outcome listingId errors { column message } } } }`,
);

async function xlsx(rows: (string | number | null)[][], headers = HEADERS): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('供需信息');
  sheet.addRow(headers);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const csv = (rows: Cell[][]) => templateCsv(rows);

describe('spreadsheet import of supply/demand lists (e2e)', () => {
  // Isolated: hundreds of imported listings would otherwise join every other file's matching (and re-match runs).
  const { api, stack } = useStack({ isolated: true });
  let org: GraphQLClient;
  let eventId: string;

  const upload = (data: Buffer, filename: string, client: GraphQLClient = org) =>
    uploadListingFile(client, eventId, data, filename);

  beforeAll(async () => {
    org = await organiser(api);
    eventId = await createEvent(org);
  });

  it('serves a template with the Chinese headers and a sheet of valid codes', async () => {
    const res = await fetch(`${api.baseUrl}/imports/listings-template.xlsx`);
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as any);
    expect((book.worksheets[0].getRow(1).values as string[]).slice(1)).toEqual(HEADERS);
    const codes = book.worksheets[1].getColumn(1).values.map(String);
    expect(codes).toEqual(expect.arrayContaining(['3055', '1512']));
    expect(book.worksheets[1].getColumn(4).values.map(String)).toContain('吨');
  });

  it('applies exactly the good rows, reports each bad one by row and column, and a second import changes nothing', async () => {
    const existing = await enterpriseMember(api, { regionCode: '520382' });
    const existingCode = existing.enterprise.creditCode;
    const newCode = creditCode('520302');
    const rows: (string | number | null)[][] = [
      [
        '遵义黔北玻璃包装有限公司',
        newCode,
        '520302',
        '供应',
        '供应 500ml 晶白料白酒玻璃瓶',
        '3055',
        '年产能 3000 万只',
        30000000,
        '只',
        0.8,
        1.3,
        'ISO9001、ISO14001',
        '2031-12-31',
      ],
      [
        '（已登记企业）',
        existingCode,
        null,
        '需求',
        '求购 白酒礼盒 精品包装盒',
        '2319',
        '双支装',
        300000,
        '套',
        null,
        null,
        null,
        null,
      ],
      [
        '坏代码企业',
        '91520382MA6DKQ1X8A',
        '520382',
        '供应',
        '供应 瓶盖',
        '3333',
        null,
        null,
        null,
        null,
        null,
        null,
        null,
      ],
      ['未知类别企业', creditCode(), '520102', '供应', '供应 某产品', '9999', null, null, null, null, null, null, null],
      ['价格颠倒企业', creditCode(), '520102', '需求', '求购 纸箱', '2231', null, 1000, '个', 5, 2, null, null],
      [
        '类型错误企业',
        creditCode(),
        '520102',
        '租赁',
        '租赁 酱香基酒',
        '1512',
        null,
        null,
        null,
        null,
        null,
        null,
        null,
      ],
      // registered by the province and given no place: in the county most of the file's firms registered in
      [
        '没有地区的新企业',
        creditCode('520000'),
        null,
        '供应',
        '供应 高粱',
        '0119',
        null,
        '-5',
        '吨',
        null,
        null,
        null,
        null,
      ],
    ];
    const first = await upload(await xlsx(rows), '白酒配套供需表.xlsx');
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      status: 'DONE',
      total: 7,
      created: 1,
      proposed: 1,
      updated: 0,
      unchanged: 0,
      failed: 5,
    });
    const byRow = new Map(first.body.rows.map((r: any) => [r.row, r]));
    expect((byRow.get(2) as any).outcome).toBe('CREATED');
    // The registered firm has a member: its row is a proposal it answers, not a listing written for it.
    expect(byRow.get(3) as any).toMatchObject({ outcome: 'PROPOSED', listingId: null });
    const columns = (row: number) => (byRow.get(row) as any).errors.map((e: any) => e.column);
    expect(columns(4)).toEqual(['统一社会信用代码']);
    expect(columns(5)).toEqual(['产品类别代码']);
    expect(columns(6)).toEqual(['最低价']);
    expect(columns(7)).toEqual(['类型(供应/需求)']);
    expect(columns(8)).toEqual(['数量']);
    expect((byRow.get(8) as any).errors[0].message).toContain('-5');
    expect((byRow.get(6) as any).errors[0].message).toContain('priceMin');

    // The new enterprise exists (unclaimed) with its listing, registered (approved) for the event; the listing gets matched.
    const created = (byRow.get(2) as any).listingId;
    const listing = await api.ok(
      graphql(
        `query ImportsListing($id: ID!) { listing(id: $id) { title unit certifications enterprise { name creditCode } } }`,
      ),
      { id: created },
    );
    expect(listing.listing).toEqual({
      title: '供应 500ml 晶白料白酒玻璃瓶',
      unit: '只',
      certifications: ['ISO9001', 'ISO14001'],
      enterprise: { name: '遵义黔北玻璃包装有限公司', creditCode: newCode },
    });
    await matched(org, [created]);
    const regs = await org.ok(
      graphql(
        `query ImportsDockingEvent($id: ID!) { dockingEvent(id: $id) { registrations { status enterprise { creditCode } listings { id } } } }`,
      ),
      { id: eventId },
    );
    const mine = regs.dockingEvent!.registrations.filter((r) =>
      [newCode, existingCode].includes(r.enterprise.creditCode),
    );
    expect(mine.map((r) => [r.enterprise.creditCode, r.status, r.listings.length])).toEqual([[newCode, 'APPROVED', 1]]);

    const again = await upload(await xlsx(rows), '白酒配套供需表.xlsx');
    expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: 2, failed: 5 });
    const changed = rows.map((r) => [...r]);
    changed[0][10] = 1.5; // 最高价
    const third = await upload(await xlsx(changed), '白酒配套供需表（修订）.xlsx');
    expect(third.body).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
  });

  it('takes the later of two rows of one listing, the earlier left out as a repeat', async () => {
    const code = creditCode('520102');
    const row = (max: number) => [
      '重复行测试企业有限公司',
      code,
      '520102',
      '供应',
      '供应 铝塑防伪瓶盖',
      '3333',
      null,
      1000,
      '只',
      0.3,
      max,
      null,
      null,
    ];
    const res = await upload(await xlsx([row(0.6), row(0.8)]), 'dup.xlsx');
    expect(res.body.rows.map((r: any) => [r.row, r.outcome])).toEqual([[3, 'CREATED']]);
    const l = await api.ok(graphql(`query ImportsListing2($id: ID!) { listing(id: $id) { priceMax } }`), {
      id: res.body.rows[0].listingId,
    });
    expect(l.listing!.priceMax).toBe(0.8);
  });

  it('reads a GB18030 CSV as saved by Excel in China', async () => {
    const code = creditCode('520102');
    const text = csv([
      [
        '贵阳彩印包装有限公司',
        code,
        '520113',
        '供应',
        '供应 五层瓦楞纸箱, 可印刷',
        '2231',
        '酒类运输外箱，"加厚"',
        2000000,
        '个',
        2,
        5,
        null,
        null,
      ],
    ]);
    const res = await upload(iconv.encode(text, 'gb18030'), '纸箱.csv');
    expect(res.body).toMatchObject({ status: 'DONE', created: 1, failed: 0 });
    const l = await api.ok(
      graphql(`query ImportsListing3($id: ID!) { listing(id: $id) { title description enterprise { name } } }`),
      {
        id: res.body.rows[0].listingId,
      },
    );
    expect(l.listing).toEqual({
      title: '供应 五层瓦楞纸箱, 可印刷',
      description: '酒类运输外箱，"加厚"',
      enterprise: { name: '贵阳彩印包装有限公司' },
    });
  });

  it('refuses a file without the columns, a file that is not a spreadsheet, and non-organisers, each with one clear error', async () => {
    const missing = await upload(await xlsx([['x', 'y']], ['企业名称', '产品名称']), 'bad.xlsx');
    expect(missing.status).toBe(400);
    expect(missing.body.error).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['file'] });
    expect(missing.body.error.message).toContain('统一社会信用代码');
    const binary = await upload(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), 'logo.png');
    expect(binary.status).toBe(400);
    expect(binary.body.error.message).toContain('不是 .xlsx、.xls 或 .csv');
    const huge = await upload(Buffer.alloc(10 * 1024 * 1024 + 1, 0x41), 'huge.csv');
    expect(huge.status).toBe(413);
    expect(huge.body.error).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['file'] });
    expect(huge.body.error.message).toContain('文件过大');
    const member = await enterpriseMember(api);
    expect((await upload(Buffer.from(csv([])), 'x.csv', member.client)).status).toBe(403);
  });

  it('imports nothing into an event that has ended, and commits no preview taken before it ended', async () => {
    const past = await createEvent(org);
    const row: Cell[] = ['贵州已结束活动测试有限公司', creditCode('520102'), '520102', '供应', '铝锭', '3216'];
    const preview = await uploadListingFile(org, past, Buffer.from(csv([row])), 'x.csv', '?dryRun=true');
    expect(preview.status).toBe(200);
    const db = stack().api.get<DataSource>(getDataSourceToken());
    await db.query(
      `UPDATE docking_event SET starts_at = '2020-09-15T09:00:00+08', ends_at = '2020-09-15T17:00:00+08' WHERE id = $1`,
      [past],
    );
    for (const query of ['', '?dryRun=true']) {
      const refused = await uploadListingFile(org, past, Buffer.from(csv([row])), 'x.csv', query);
      expect(refused.status).toBe(400);
      expect(refused.body.error).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['eventId'] });
      expect(refused.body.error.message).toContain('2020年9月15日 结束');
    }
    const commit = await fetch(`${api.baseUrl}/imports/${preview.body.id}/commit`, {
      method: 'POST',
      headers: { authorization: `Bearer ${org.token}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(commit.status).toBe(400);
    const [{ n }] = await db.query(
      `SELECT count(*)::int AS n FROM enterprise WHERE name = '贵州已结束活动测试有限公司'`,
    );
    expect(n).toBe(0);
  });

  it('runs a large file on the worker, with progress to query', async () => {
    const rows = Array.from({ length: 210 }, (_, i) => [
      `贵州批量导入测试企业${i}号有限公司`,
      creditCode('520102'),
      '520102',
      i % 2 ? '需求' : '供应',
      `${i % 2 ? '求购' : '供应'} 测试产品 ${i}`,
      '3055',
      null,
      1000 + i,
      '只',
      null,
      null,
      null,
      null,
    ]);
    const res = await upload(await xlsx(rows), 'big.xlsx');
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ status: 'QUEUED', total: 210 });
    const until = Date.now() + 60_000;
    let state: NonNullable<ImportsListingImportQuery['listingImport']>;
    for (;;) {
      state = (await org.ok(STATUS, { id: res.body.id })).listingImport!;
      if (state.status === 'DONE' || state.status === 'FAILED') break;
      if (Date.now() > until) throw new Error(`import still ${state.status} (${state.processed}/${state.total})`);
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(state).toMatchObject({ status: 'DONE', total: 210, processed: 210, created: 210, failed: 0 });
  }, 90_000);
});
