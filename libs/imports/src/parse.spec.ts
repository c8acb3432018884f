import iconv from 'iconv-lite';

import { usccCheckChar } from '@duijie/enterprises';
import { CERTIFICATION_CODES, UNIT_CODES } from '@duijie/reference';

import { decodeText, FileProblem, parseCsv, parseSpreadsheet } from './parse';
import { planRow } from './row-rules';

describe('CSV reading', () => {
  it('handles quotes, doubled quotes, commas and line breaks inside fields, CRLF and a missing last newline', () => {
    expect(parseCsv('a,"b,c","d ""e""",\r\n"multi\nline",x')).toEqual([
      ['a', 'b,c', 'd "e"', ''],
      ['multi\nline', 'x'],
    ]);
  });

  it('decodes UTF-8 with or without BOM, and GB18030 when the bytes are not UTF-8', () => {
    expect(decodeText(Buffer.from('\uFEFF企业名称', 'utf8'))).toBe('企业名称');
    expect(decodeText(Buffer.from('企业名称', 'utf8'))).toBe('企业名称');
    expect(decodeText(iconv.encode('统一社会信用代码，贵阳市', 'gb18030'))).toBe('统一社会信用代码，贵阳市');
  });

  it('names the missing required columns and accepts header variants', async () => {
    await expect(parseSpreadsheet(Buffer.from('企业名称,产品名称\nx,y\n'))).rejects.toThrow(
      /统一社会信用代码.*类型\(供应\/需求\).*产品类别代码/,
    );
    const sheet = await parseSpreadsheet(
      Buffer.from('企业名称,统一社会信用代码,类型（供应/需求）,产品名称,产品类别代码\n甲公司,X,供应,瓶,3055\n,,,,\n'),
    );
    expect(sheet.rows).toEqual([
      { row: 2, cells: { enterpriseName: '甲公司', creditCode: 'X', kind: '供应', title: '瓶', categoryCode: '3055' } },
    ]);
    await expect(parseSpreadsheet(Buffer.alloc(0))).rejects.toBeInstanceOf(FileProblem);
  });
});

describe('row rules', () => {
  const ref = {
    hasCategory: (c: string) => ['3055', '1512'].includes(c),
    hasRegion: (c: string) => ['520102', '520382'].includes(c),
    units: UNIT_CODES,
    certifications: CERTIFICATION_CODES,
  };
  const good = {
    enterpriseName: '贵州测试企业',
    creditCode: `91520382MA6DKQ1X8${usccCheckChar('91520382MA6DKQ1X8')}`,
    regionCode: '520382',
    kind: '需求',
    title: '求购 酒瓶',
    categoryCode: '3055',
    quantity: '1,000',
    unit: '只',
    validUntil: '2030/1/5',
  };

  it('turns a good row into an enterprise and a listing draft', () => {
    const planned = planRow(good, ref, '2026-11-28', null);
    expect('plan' in planned && planned.plan.listing).toMatchObject({
      kind: 'DEMAND',
      quantity: 1000,
      validUntil: '2030-01-05',
      regionCode: '520382',
    });
  });

  it('uses an existing enterprise’s region when the row gives none, and requires one for a new firm', () => {
    const { regionCode: _, ...noRegion } = good;
    void _;
    expect('plan' in planRow(noRegion, ref, '2026-11-28', '520102')).toBe(true);
    const planned = planRow(noRegion, ref, '2026-11-28', null);
    expect('errors' in planned && planned.errors.map((e) => e.column)).toEqual(['所在地区代码']);
  });

  it('reports every bad cell by its column', () => {
    const planned = planRow(
      { ...good, kind: '出售', quantity: '很多', categoryCode: '9999', validUntil: '明年' },
      ref,
      '2026-11-28',
      null,
    );
    expect('errors' in planned && planned.errors.map((e) => e.column).sort()).toEqual(
      ['产品类别代码', '数量', '有效期至', '类型(供应/需求)'].sort(),
    );
  });
});
