import { deflateRawSync } from 'node:zlib';

import iconv from 'iconv-lite';

import {
  decodeText,
  detectDelimiter,
  FileProblem,
  kindOfSheetName,
  MAX_CELL_CHARS,
  MAX_CSV_LINES,
  MAX_FILE_BYTES,
  MAX_TEXT_CHARS,
  parseCsv,
  parseSpreadsheet,
  placeSaid,
  serialsLeftOut,
  spokenEntry,
  titleKindOf,
  valuesLeftOut,
} from './parse';
import { SHEET_LIMITS } from './sheet-grid';
import { columnNumber } from './xlsx';

/** A minimal zip of the given members (deflated), enough for the reader. */
function zipOf(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text, 'utf8');
    const packed = deflateRawSync(data);
    const n = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, n, packed);
    centrals.push(central, n);
    offset += 30 + n.length + packed.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

const book = (sheetData: string, extra: Record<string, string> = {}) =>
  zipOf({
    'xl/workbook.xml': '<workbook><sheets><sheet name="清单" sheetId="1" r:id="rId1"/></sheets></workbook>',
    'xl/_rels/workbook.xml.rels':
      '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
    'xl/worksheets/sheet1.xml': `<worksheet><sheetData>${sheetData}</sheetData></worksheet>`,
    ...extra,
  });
const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const HEADER = `<row r="3">${inline('A3', '序号')}${inline('B3', '企业名称')}${inline('C3', '信用代码')}${inline('D3', '供需类型')}${inline('E3', '产品名称')}</row>`;

describe('CSV reading', () => {
  it('handles quotes, doubled quotes, commas and line breaks inside fields, CRLF and a missing last newline', () => {
    expect(parseCsv('a,"b,c","d ""e""",\r\n"multi\nline",x').map((r) => r.cells)).toEqual([
      ['a', 'b,c', 'd "e"', ''],
      ['multi\nline', 'x'],
    ]);
  });

  it('numbers rows by their line, skipping blank lines without building them', () => {
    expect(parseCsv('a,b\n\n\nc,d\n')).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 4, cells: ['c', 'd'] },
    ]);
  });

  it('refuses a file of newlines while reading, fast', () => {
    const started = Date.now();
    expect(() => parseCsv('\n'.repeat(10 * 1024 * 1024), ',', MAX_CSV_LINES)).toThrow(/行数过多/);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('decodes UTF-8 with or without BOM, UTF-16 with BOM, and GB18030 when the bytes are not UTF-8', () => {
    expect(decodeText(Buffer.from('\uFEFF企业名称', 'utf8'))).toBe('企业名称');
    expect(decodeText(Buffer.from('企业名称', 'utf8'))).toBe('企业名称');
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('企业名称\t类型', 'utf16le')]))).toBe(
      '企业名称\t类型',
    );
    expect(decodeText(iconv.encode('统一社会信用代码，贵阳市', 'gb18030'))).toBe('统一社会信用代码，贵阳市');
  });

  it('detects comma, tab and semicolon separated files', () => {
    expect(detectDelimiter('企业名称\t统一社会信用代码\t类型\n')).toBe('\t');
    expect(detectDelimiter('"a,b";c;d\n')).toBe(';');
    expect(detectDelimiter('a,b,c\n')).toBe(',');
  });
});

describe('finding the list in a file', () => {
  it('names the missing required columns and accepts header variants', async () => {
    await expect(parseSpreadsheet(Buffer.from('企业名称,产品名称,数量\nx,y,1\n'))).rejects.toThrow(
      /统一社会信用代码.*类型\(供应\/需求\)/,
    );
    const sheet = await parseSpreadsheet(
      Buffer.from('企业名称,统一社会信用代码,类型（供应/需求）,产品名称,产品类别代码\n甲公司,X,供应,瓶,3055\n,,,,\n'),
    );
    expect(sheet.rows).toEqual([
      {
        row: 2,
        sheet: null,
        cells: { enterpriseName: '甲公司', creditCode: 'X', kind: '供应', title: '瓶', categoryCode: '3055' },
      },
    ]);
    await expect(parseSpreadsheet(Buffer.alloc(0))).rejects.toBeInstanceOf(FileProblem);
  });

  it('skips a title, notes and blank rows above the header, and a 序号 column', async () => {
    const csv =
      '仁怀市供需清单\n填报单位：工信局\n\n序号,单位名称,信用代码,类别,需求产品,规模,单价,截止日期,备注,企业规模\n1,甲公司,X,需,瓶,200万只,面议,2027/12/31,急,无\n';
    const sheet = await parseSpreadsheet(Buffer.from(csv));
    expect(sheet.headerRow).toBe(4);
    expect(sheet.ignoredColumns).toEqual(['企业规模']);
    expect(sheet.rows).toEqual([
      {
        row: 5,
        sheet: null,
        cells: {
          enterpriseName: '甲公司',
          creditCode: 'X',
          kind: '需',
          title: '瓶',
          quantity: '200万只',
          price: '面议',
          validUntil: '2027/12/31',
          remark: '急',
        },
        // its 序号 and the cell no field holds (企业规模), for a note that names rows by them
        serial: '1',
        unread: ['无'],
      },
    ]);
  });

  it('gives the rows without a date the validity a subtitle or a note says once for the list', async () => {
    const csv =
      '独山县企业采购需求清单\n（以上需求有效期至2027年6月30日）\n企业名称,信用代码,类型,需求产品,有效期\n甲公司,X,需,锰矿,\n乙公司,Y,需,硫酸,2027-03-31\n';
    const sheet = await parseSpreadsheet(Buffer.from(csv));
    expect(sheet.rows.map((r) => [r.cells.validUntil, r.listValidUntil])).toEqual([
      [undefined, '2027年6月30日'],
      ['2027-03-31', undefined],
    ]);
    // a note under the list says it too; a deadline for the office's report is no validity
    const below = await parseSpreadsheet(
      Buffer.from(
        '报送截止时间：2026年12月10日\n企业名称,信用代码,类型,产品名称\n甲公司,X,需,锰矿\n注：以上产品2027年底前有效\n',
      ),
    );
    expect(below.rows.map((r) => r.listValidUntil)).toEqual(['2027年底']);
    const deadline = await parseSpreadsheet(
      Buffer.from('报送截止时间：2026年12月10日\n企业名称,信用代码,类型,产品名称\n甲公司,X,需,锰矿\n'),
    );
    expect(deadline.rows.map((r) => r.listValidUntil)).toEqual([undefined]);
  });

  it('finds the kind column by its values when no header names it (信息类型 | 供应信息, Type | Supply/供应)', async () => {
    const csv =
      '序号,企业名称,统一社会信用代码,信息类型,产品名称,数量\n1,甲公司,X,供应信息,刺梨鲜果,2000吨\n2,乙公司,Y,采购需求,PET瓶,10万只\n';
    const sheet = await parseSpreadsheet(Buffer.from(csv));
    expect(sheet.rows.map((r) => r.cells.kind)).toEqual(['供应信息', '采购需求']);
    const english = await parseSpreadsheet(
      Buffer.from(
        'Company/企业名称,Credit code/统一社会信用代码,Type,Product/产品名称\n甲公司,X,Supply/供应,酸汤\n乙公司,Y,Demand/需求,番茄\n',
      ),
    );
    expect(english.rows.map((r) => r.cells.kind)).toEqual(['Supply/供应', 'Demand/需求']);
  });

  it('reads an export whose columns are named in pinyin initials (QYMC, TYSHXYDM, GXLX_MC, JG_XX)', async () => {
    const csv =
      'XH,QYMC,TYSHXYDM,GXLX_DM,GXLX_MC,CPMC,SL,JLDW,JG_XX,JG_SX,JGDW,XZQH_DM,YXQZ,LXR,ZT\n' +
      '1,甲公司,X,1,供应,无烟块煤,80000.00,吨,1150.00,1280.00,元/吨,520523,20270630,黄世军,审核通过\n';
    const sheet = await parseSpreadsheet(Buffer.from(csv));
    expect(sheet.rows[0].cells).toEqual({
      enterpriseName: '甲公司',
      creditCode: 'X',
      kind: '供应',
      title: '无烟块煤',
      quantity: '80000.00',
      unit: '吨',
      priceMin: '1150.00',
      priceMax: '1280.00',
      priceUnit: '元/吨',
      regionCode: '520523',
      validUntil: '20270630',
      contactName: '黄世军',
    });
    // the kind's code (1 / 2) beside its name is left out, as are columns the words do not name and
    // initials two names share (XH: 序号 or 型号)
    expect(sheet.ignoredColumns).toEqual(['XH', 'GXLX_DM', 'ZT']);
  });

  it('reads a sheet of forms, one per firm, as one list: each product with its firm’s labelled values', async () => {
    const csv = [
      '龙里县产销对接活动企业登记表,,,,,,',
      '（一）企业产销对接登记表,,,,,,',
      '企业名称,龙里县刺之韵饮品有限公司,,,统一社会信用代码,X1,',
      '所在镇（园区）,谷脚镇,,,企业类型,规上工业企业,',
      '联系人,吴晓丽,联系电话,0854-5631208,资质认证,SC认证,',
      '主营业务,刺梨饮料灌装,,,信息有效期至,2027年底,',
      '供/需,产品名称,规格/说明,数量,单位,价格（元）,备注',
      '供,刺梨饮料,310ml易拉罐,30,万箱,48-56元/箱,有效期至明年',
      ',刺梨汁饮料,350ml PET瓶,10,万箱,面议,',
      '需,易拉罐,310ml铝制二片罐,720,万个,0.42元/个,',
      '（二）企业产销对接登记表,（二）企业产销对接登记表,,,,,',
      '企业名称,贵州谷脚刺梨果业有限公司,,,统一社会信用代码,X2,',
      '主营业务,刺梨果脯,,,信息有效期至,,',
      '供/需,产品名称,规格/说明,数量,单位,价格（元）,备注',
      '供应,刺梨果脯,250g/袋,80,吨,面议,',
      '审核人：,,填表人：王芳,,,,',
    ].join('\n');
    const sheet = await parseSpreadsheet(Buffer.from(csv));
    expect(
      sheet.rows.map((r) => [r.row, r.cells.kind, r.cells.title, r.cells.enterpriseName, r.cells.creditCode]),
    ).toEqual([
      [8, '供', '刺梨饮料', '龙里县刺之韵饮品有限公司', 'X1'],
      [9, '供', '刺梨汁饮料', '龙里县刺之韵饮品有限公司', 'X1'],
      [10, '需', '易拉罐', '龙里县刺之韵饮品有限公司', 'X1'],
      [15, '供应', '刺梨果脯', '贵州谷脚刺梨果业有限公司', 'X2'],
    ]);
    expect(sheet.rows[0].cells).toMatchObject({
      regionCode: '谷脚镇',
      contactName: '吴晓丽',
      contactPhone: '0854-5631208',
      certifications: 'SC认证',
      validUntil: '2027年底',
      remark: '有效期至明年',
    });
    expect(sheet.rows[3].cells.validUntil).toBeUndefined();
    expect(sheet.skipped.map((r) => r.row)).toEqual([11, 16]);
  });

  it('reads 同上 in a row of offers and demands side by side, and a date named for demands as the demand’s', async () => {
    const csv =
      '序号,企业名称,统一社会信用代码,可供应产品,供应量,需采购产品,需求量,需求时限\n' +
      '1,甲公司,X,酒糟,6000吨,陶坛,800个,2027年6月底\n' +
      '2,同上,同上,酒糟饲料,3000吨,,,\n';
    const sheet = await parseSpreadsheet(Buffer.from(csv));
    expect(
      sheet.rows.map((r) => [r.row, r.cells.kind, r.cells.enterpriseName, r.cells.title, r.cells.validUntil]),
    ).toEqual([
      [2, '供应', '甲公司', '酒糟', undefined],
      [2, '需求', '甲公司', '陶坛', '2027年6月底'],
      [3, '供应', '甲公司', '酒糟饲料', undefined],
    ]);
    expect(sheet.rows[2].cells.creditCode).toBe('X');
  });

  it('reads a plan by month by its year’s total, dated by its plan period, and skips a row that says none reported', async () => {
    const csv =
      '关岭县农产品月度供应清单\n计划期：2027年1月—12月\n序号,企业（合作社）,统一社会信用代码,产品,单位,1月,2月,全年合计,参考价格\n' +
      '1,甲公司,X,冷鲜牛肉,吨,50,50,600,38-42元/斤\n,本期无企业报送,,,,,,,\n';
    const sheet = await parseSpreadsheet(Buffer.from(csv, 'utf8'));
    expect(sheet.rows.map((r) => [r.cells.title, r.cells.quantity, r.listValidUntil])).toEqual([
      ['冷鲜牛肉', '600', '2027年1月—12月'],
    ]);
    expect(sheet.skipped.map((r) => r.text)).toContain('本期无企业报送');
  });

  it('reads English keys, a questionnaire’s numbered questions, a units row, a code in the name cell and N/A', async () => {
    const english = await parseSpreadsheet(
      Buffer.from(
        'company_name,uscc,type,product,qty,unit,price_low,price_high,valid_to\n甲公司,X,SUPPLY,水泥,300000.00,吨,360,420,2027-12-31\n',
      ),
    );
    expect(english.rows[0].cells).toMatchObject({
      enterpriseName: '甲公司',
      creditCode: 'X',
      kind: 'SUPPLY',
      priceMin: '360',
    });
    const survey = await parseSpreadsheet(
      Buffer.from(
        '序号,提交答卷时间,1. 企业名称,2. 您是供应方还是需求方？,3. 统一社会信用代码（18位）,4. 产品或服务名称,5. 规格/简要说明\n' +
          '1,2026/11/25 9:14,乙公司,需求方（需要采购产品/服务）,Y,电源适配器,(跳过)\n',
      ),
    );
    expect(survey.rows[0].cells).toEqual({
      enterpriseName: '乙公司',
      kind: '需求方（需要采购产品/服务）',
      creditCode: 'Y',
      title: '电源适配器',
    });
    const units = await parseSpreadsheet(
      Buffer.from(
        '企业名称,统一社会信用代码,供需类型,产品名称,数量,价格\n,,,,吨,元/吨\n丙公司,Z,需求,废旧锂电池,"3,000",N/A\n',
      ),
    );
    expect(units.rows.map((r) => [r.row, r.cells.quantity, r.cells.price])).toEqual([[3, '3,000吨', undefined]]);
    const named = await parseSpreadsheet(
      Buffer.from(
        '企业（合作社）名称及统一社会信用代码,供/需,产品名称\n务川县兴农合作社（93520326MA6J0EL4Q8）,供,白山羊\n',
      ),
    );
    expect(named.rows[0].cells).toMatchObject({ enterpriseName: '务川县兴农合作社', creditCode: '93520326MA6J0EL4Q8' });
  });

  it('tells a damaged .xls from a workbook', async () => {
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    await expect(parseSpreadsheet(ole)).rejects.toThrow(/无法读取该 \.xls 文件/);
  });
});

describe('xlsx reading without exceljs', () => {
  it('reads inline and shared strings, numbers, date styles and merged cells', async () => {
    const rows =
      `<row r="1">${inline('A1', '标题')}</row>` +
      HEADER +
      `<row r="4"><c r="A4"><v>1</v></c><c r="B4" t="s"><v>0</v></c>${inline('C4', 'X')}${inline('D4', '需求')}<c r="E4" t="s"><v>1</v></c><c r="F4" s="1"><v>46752</v></c></row>` +
      `<row r="5"><c r="A5"><v>2</v></c>${inline('D5', '供应')}${inline('E5', '盖 &amp; 塞')}<c r="F5" s="2"><v>46539</v></c></row>`;
    const data = zipOf({
      'xl/workbook.xml': '<workbook><sheets><sheet name="清单" sheetId="1" r:id="rId1"/></sheets></workbook>',
      'xl/_rels/workbook.xml.rels':
        '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
      'xl/worksheets/sheet1.xml': `<worksheet><sheetData>${rows.replace(HEADER, HEADER.replace('</row>', inline('F3', '有效期') + '</row>'))}</sheetData><mergeCells><mergeCell ref="A1:F1"/><mergeCell ref="B4:B5"/><mergeCell ref="C4:C5"/></mergeCells></worksheet>`,
      'xl/sharedStrings.xml':
        '<sst><si><r><t>甲</t></r><r><t>公司</t></r><rPh><t>コウ</t></rPh></si><si><t>酒瓶</t></si></sst>',
      // style 2 shows the month alone (yyyy"年"m"月"): 2027-06-01 is shown, and read, as 2027年6月
      'xl/styles.xml':
        '<styleSheet><numFmts><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="176"/></cellXfs></styleSheet>',
    });
    const sheet = await parseSpreadsheet(data);
    expect(sheet.rows).toEqual([
      {
        row: 4,
        sheet: null,
        cells: { enterpriseName: '甲公司', creditCode: 'X', kind: '需求', title: '酒瓶', validUntil: '2027-12-31' },
        serial: '1',
      },
      {
        row: 5,
        sheet: null,
        cells: { enterpriseName: '甲公司', creditCode: 'X', kind: '供应', title: '盖 & 塞', validUntil: '2027年6月' },
        serial: '2',
      },
    ]);
  });

  it('shows a date-styled number past Excel’s last date as the number, not an error', async () => {
    const header = HEADER.replace('</row>', inline('F3', '有效期') + '</row>');
    const cells = (v: string) =>
      `${inline('B4', '甲')}${inline('C4', 'X')}${inline('D4', '需求')}${inline('E4', '瓶')}<c r="F4" s="1"><v>${v}</v></c>`;
    const styles = {
      'xl/styles.xml': '<styleSheet><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>',
    };
    const read = async (v: string) =>
      (await parseSpreadsheet(book(`${header}<row r="4">${cells(v)}</row>`, styles))).rows[0].cells.validUntil;
    expect(await read('2958465')).toBe('9999-12-31');
    expect(await read('1e20')).toBe('100000000000000000000');
    expect(await read('-3')).toBe('-3');
  });

  it('refuses a sheet with values far to the right at once, without building the empty cells', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `<row r="${i + 4}">${inline(`XFD${i + 4}`, 'x')}</row>`).join(
      '',
    );
    const started = Date.now();
    await expect(parseSpreadsheet(book(HEADER + rows))).rejects.toThrow(/第 16384 列有内容，超出上限/);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(columnNumber('XFD')).toBe(16384);
  });

  it('skips styled empty cells out to the last column at no cost', async () => {
    const rows = Array.from(
      { length: 2000 },
      (_, i) => `<row r="${i + 4}">${inline(`B${i + 4}`, '甲公司')}<c r="XFD${i + 4}" s="1"/></row>`,
    ).join('');
    const started = Date.now();
    const sheet = await parseSpreadsheet(book(HEADER + rows));
    expect(sheet.rows).toHaveLength(2000);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('stops inflating a part past its cap (a zip bomb)', async () => {
    const padding = ' '.repeat(SHEET_LIMITS.maxPartBytes + 1024);
    await expect(parseSpreadsheet(book(HEADER + padding))).rejects.toThrow(/解压后过大/);
  });

  it('refuses too many rows while reading', async () => {
    const rows = Array.from(
      { length: SHEET_LIMITS.maxRows + 1 },
      (_, i) => `<row r="${i + 4}">${inline(`B${i + 4}`, 'x')}</row>`,
    ).join('');
    await expect(parseSpreadsheet(book(HEADER + rows))).rejects.toThrow(/行数过多/);
  });
});

/** A workbook of several sheets, each given as its <sheetData> rows. */
const books = (sheets: [string, string][]) =>
  zipOf({
    'xl/workbook.xml': `<workbook><sheets>${sheets
      .map(([name], i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join('')}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<Relationships>${sheets
      .map((_, i) => `<Relationship Id="rId${i + 1}" Target="worksheets/sheet${i + 1}.xml"/>`)
      .join('')}</Relationships>`,
    ...Object.fromEntries(
      sheets.map(([, data], i) => [
        `xl/worksheets/sheet${i + 1}.xml`,
        `<worksheet><sheetData>${data}</sheetData></worksheet>`,
      ]),
    ),
  });
const row = (r: number, ...texts: string[]) =>
  `<row r="${r}">${texts.map((t, j) => (t ? inline(`${String.fromCharCode(65 + j)}${r}`, t) : '')).join('')}</row>`;

describe('one sheet per kind', () => {
  it('names the kind of a sheet by its name, and none when it says both or neither', () => {
    expect(
      ['供给', '供应清单', '产品供应表', '需求清单', '采购', '求购信息', '供需清单', 'Sheet1'].map(kindOfSheetName),
    ).toEqual(['供应', '供应', '供应', '需求', '需求', '需求', null, null]);
    // a 配套 survey's groups: what a firm can supply to others, what it buys in
    expect(['主要产品/可配套产品', '配套需求/外购件'].map(kindOfSheetName)).toEqual(['供应', '需求']);
  });

  it('reads every kind sheet, each with its own header and the kind from its name', async () => {
    const file = books([
      [
        '供给',
        row(1, '企业名称', '信用代码', '供应产品', '数量') +
          row(2, '甲公司', '91520100MA0000001X', '石膏砌块', '300') +
          row(3, '乙公司', '91520100MA0000002X', '竹浆板', '20'),
      ],
      ['填表须知', row(1, '请按模板填写')],
      [
        '求购清单',
        row(1, '序号', '单位名称', '统一社会信用代码', '需求产品', '计量单位') +
          row(2, '1', '丙公司', '91520100MA0000003X', '瓦楞纸箱', '件'),
      ],
    ]);
    const parsed = await parseSpreadsheet(file);
    expect(parsed.rows.map((r) => [r.sheet, r.row, r.cells.kind, r.cells.title])).toEqual([
      ['供给', 2, '供应', '石膏砌块'],
      ['供给', 3, '供应', '竹浆板'],
      ['求购清单', 2, '需求', '瓦楞纸箱'],
    ]);
  });

  it('keeps a row’s own kind over its sheet’s, and names the sheet that lacks a column', async () => {
    const withKind = books([
      ['需求', row(1, '企业名称', '信用代码', '类型', '产品名称') + row(2, '甲', 'X', '供应', '铝锭')],
    ]);
    expect((await parseSpreadsheet(withKind)).rows[0].cells.kind).toBe('供应');
    const noTitle = books([['需求', row(1, '企业名称', '信用代码', '数量', '单位') + row(2, '甲', 'X', '1', '吨')]]);
    await expect(parseSpreadsheet(noTitle)).rejects.toThrow(/工作表“需求”缺少必需的列：产品名称/);
  });

  it('keeps a combined list beside the kind sheets, its rows named by their sheet', async () => {
    const file = books([
      ['供需清单', row(1, '企业名称', '信用代码', '类型', '产品名称') + row(2, '甲', 'X', '供应', '铝锭')],
      ['需求', row(1, '企业名称', '信用代码', '产品名称') + row(2, '乙', 'Y', '纸箱')],
    ]);
    expect((await parseSpreadsheet(file)).rows.map((r) => [r.sheet, r.row, r.cells.kind])).toEqual([
      ['供需清单', 2, '供应'],
      ['需求', 2, '需求'],
    ]);
  });

  it('reads a list on each sheet named by neither kind (one sheet per county), each row named by its sheet', async () => {
    const file = books([
      ['花溪区', row(1, '企业名称', '信用代码', '类型', '产品名称') + row(2, '甲', 'X', '供应', '辣椒')],
      ['填报说明', row(1, '1、类型填写供应或需求')],
      ['乌当区', row(1, '企业名称', '信用代码', '类型', '产品名称') + row(2, '乙', 'Y', '需求', '纸箱')],
    ]);
    expect((await parseSpreadsheet(file)).rows.map((r) => [r.sheet, r.row, r.cells.title])).toEqual([
      ['花溪区', 2, '辣椒'],
      ['乌当区', 2, '纸箱'],
    ]);
  });

  it('reads a prefecture’s sixteen county sheets, and refuses a workbook of more sheets than are read rather than read it in part', async () => {
    const counties = Array.from({ length: 16 }, (_, i) => `县${i + 1}`);
    const sheet = (name: string): [string, string] => [
      name,
      row(1, '企业名称', '信用代码', '类型', '产品名称') + row(2, `${name}公司`, 'X', '供应', `${name}产品`),
    ];
    const parsed = await parseSpreadsheet(books(counties.map(sheet)));
    expect(parsed.rows.map((r) => r.sheet)).toEqual(counties);
    const many = Array.from({ length: 101 }, (_, i) => sheet(`表${i + 1}`));
    await expect(parseSpreadsheet(books(many))).rejects.toThrow('工作簿的工作表超过 100 张；请分成几个文件导入');
  });

  it('leaves out a sheet that repeats an earlier sheet’s list (a copy)', async () => {
    const file = books([
      ['Sheet1', row(1, '企业名称', '信用代码', '类型', '产品名称') + row(2, '甲', 'X', '供应', '铝锭')],
      ['Sheet1 (2)', row(1, '企业名称', '信用代码', '类型', '产品名称') + row(2, '甲', 'X', '供应', '铝锭')],
    ]);
    const parsed = await parseSpreadsheet(file);
    expect(parsed.rows).toHaveLength(1);
    expect(parsed.rows[0].sheet).toBeNull();
  });
});

describe('notes inside and below the table', () => {
  it('skips signature lines, totals, merged notes and numbered instructions, and counts them', async () => {
    const merged = `<row r="5">${inline('A5', '注：价格含税，运费另计')}</row>`;
    const file = zipOf({
      'xl/workbook.xml': '<workbook><sheets><sheet name="清单" sheetId="1" r:id="rId1"/></sheets></workbook>',
      'xl/_rels/workbook.xml.rels':
        '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
      'xl/worksheets/sheet1.xml': `<worksheet><sheetData>${
        row(1, '序号', '企业名称', '信用代码', '类型', '产品名称', '数量') +
        row(2, '1', '甲公司', '91520100MA0000001X', '供应', '铝锭', '5') +
        row(3, '2', '乙公司', '91520100MA0000002X', '需求', '纸箱', '7') +
        row(4, '', '合计', '', '', '', '12') +
        merged +
        row(6, '3', '丙公司', '91520100MA0000003X', '需求', '煤', '9') +
        row(8, '', '制表人：李四', '', '联系电话：0851-1234567', '', '') +
        row(9, '', '', '', '', '', '', '填报日期：2026年11月') +
        row(10, '', '1、类型请填写供应或需求', '', '', '', '') +
        row(11, '', '', '', '', '', '', '', '县工业和信息化局（盖章）')
      }</sheetData><mergeCells><mergeCell ref="A5:F5"/></mergeCells></worksheet>`,
    });
    const parsed = await parseSpreadsheet(file);
    expect(parsed.rows.map((r) => r.row)).toEqual([2, 3, 6]);
    expect(parsed.skipped.map((s) => s.row)).toEqual([4, 5, 8, 9, 10, 11]);
    expect(parsed.skipped[1].text).toBe('注：价格含税，运费另计');
  });

  it('keeps a real row that lacks its credit code or product, for the rules to reject', async () => {
    const file = book(
      HEADER +
        `<row r="4">${inline('B4', '甲公司')}${inline('D4', '供应')}${inline('E4', '铝锭')}</row>` +
        `<row r="5">${inline('B5', '乙公司')}${inline('C5', '91520100MA0000002X')}${inline('D5', '需求')}</row>`,
    );
    expect((await parseSpreadsheet(file)).rows.map((r) => r.row)).toEqual([4, 5]);
  });
});

describe('files built to make the import do more than a list needs', () => {
  const header = row(1, '企业名称', '信用代码', '类型', '产品名称', '描述');
  it('cuts a cell at MAX_CELL_CHARS: a 20 MB shared string named by every row is no 20 MB in each', async () => {
    const huge = 'x'.repeat(20 * 1024 * 1024);
    const rows = Array.from(
      { length: 30 },
      (_, i) =>
        `<row r="${i + 2}">${inline(`A${i + 2}`, '甲公司')}${inline(`B${i + 2}`, `X${i}`)}${inline(`C${i + 2}`, '供应')}<c r="D${i + 2}" t="s"><v>0</v></c><c r="E${i + 2}" t="s"><v>0</v></c></row>`,
    ).join('');
    const file = zipOf({
      'xl/workbook.xml': '<workbook><sheets><sheet name="清单" sheetId="1" r:id="rId1"/></sheets></workbook>',
      'xl/_rels/workbook.xml.rels':
        '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
      'xl/worksheets/sheet1.xml': `<worksheet><sheetData>${header}${rows}</sheetData></worksheet>`,
      'xl/sharedStrings.xml': `<sst><si><t>${huge}</t></si></sst>`,
    });
    expect(file.length).toBeLessThan(100_000);
    const parsed = await parseSpreadsheet(file);
    expect(parsed.rows).toHaveLength(30);
    expect(parsed.rows.every((r) => r.cells.title!.length === MAX_CELL_CHARS)).toBe(true);
  });

  it('refuses a file whose cells hold more than MAX_TEXT_CHARS in all', async () => {
    const cell = 'y'.repeat(MAX_CELL_CHARS);
    const lines = Array.from({ length: Math.ceil(MAX_TEXT_CHARS / MAX_CELL_CHARS) + 1 }, () => `甲公司,X,供应,${cell}`);
    const csv = Buffer.from(`企业名称,信用代码,类型,产品名称\n${lines.join('\n')}\n`);
    expect(csv.length).toBeLessThan(MAX_FILE_BYTES);
    await expect(parseSpreadsheet(csv)).rejects.toThrow(/文件中的文字过多/);
  });

  it('refuses sheets that together inflate past the workbook’s limit, each under a part’s', async () => {
    const padding = ' '.repeat(20 * 1024 * 1024);
    const sheets = [1, 2, 3, 4].map((i) => `<sheet name="表${i}" sheetId="${i}" r:id="rId${i}"/>`).join('');
    const rels = [1, 2, 3, 4].map((i) => `<Relationship Id="rId${i}" Target="worksheets/sheet${i}.xml"/>`).join('');
    const parts = Object.fromEntries(
      [1, 2, 3, 4].map((i) => [
        `xl/worksheets/sheet${i}.xml`,
        `<worksheet><sheetData>${header}${row(2, '甲公司', 'X', '供应', `铝锭${i}`)}</sheetData>${padding}</worksheet>`,
      ]),
    );
    const file = zipOf({
      'xl/workbook.xml': `<workbook><sheets>${sheets}</sheets></workbook>`,
      'xl/_rels/workbook.xml.rels': `<Relationships>${rels}</Relationships>`,
      ...parts,
    });
    await expect(parseSpreadsheet(file)).rejects.toThrow(/工作簿内容解压后合计过大/);
  });

  it('reads NUL, a lone surrogate and a reference past Unicode as U+001A, for the row rules to refuse, never a crash', async () => {
    const file = book(
      `${HEADER}<row r="4">${inline('A4', '1')}${inline('B4', '甲&#0;公司')}${inline('C4', 'X')}${inline('D4', '供应')}${inline('E4', '铝&#x110000;锭&#xD800;')}</row>`,
    );
    const [r] = (await parseSpreadsheet(file)).rows;
    expect(r.cells.enterpriseName).toBe('甲\u001A公司');
    expect(r.cells.title).toBe('铝\u001A锭\u001A');
  });
});

describe('lists as bureaus lay them out', () => {
  it('gives the rows below a section row (一、供应信息 … 二、采购需求) its kind, in a list without a kind column', async () => {
    const file = books([
      [
        '汇总表',
        row(1, '序号', '企业名称', '信用代码', '产品名称', '数量') +
          row(2, '（一）供应产品') +
          row(3, '1', '甲公司', 'X', '铝锭', '5吨') +
          row(4, '2', '乙公司', 'Y', '辣椒', '8吨') +
          row(5, '二、采购需求') +
          row(6, '1', '丙公司', 'Z', '纸箱', '3万个'),
      ],
    ]);
    const parsed = await parseSpreadsheet(file);
    expect(parsed.rows.map((r) => [r.row, r.cells.kind])).toEqual([
      [3, '供应'],
      [4, '供应'],
      [6, '需求'],
    ]);
    expect(parsed.skipped.map((s) => s.row)).toEqual([2, 5]);
    // a section named with what it holds in brackets: 一、供给类（企业可供产品、服务）
    const said = books([
      [
        '金中园区',
        row(1, '序号', '企业名称', '信用代码', '产品名称', '数量') +
          row(2, '一、供给类（企业可供产品、服务）') +
          row(3, '1', '甲公司', 'X', '黄磷', '6000吨') +
          row(4, '二、需求类（企业采购需求）') +
          row(5, '1', '乙公司', 'Y', '硫酸', '3万吨'),
      ],
    ]);
    expect((await parseSpreadsheet(said)).rows.map((r) => [r.row, r.cells.kind])).toEqual([
      [3, '供应'],
      [5, '需求'],
    ]);
    // a part on the same level naming no kind (三、园区报送) is no more of the part above it: its rows get no kind
    // of that part's, while a sub-part (（一）农产品) under a part stays in it
    const parts = books([
      [
        '汇总表',
        row(1, '序号', '企业名称', '信用代码', '产品名称', '数量') +
          row(2, '一、供应产品') +
          row(3, '（一）农产品') +
          row(4, '1', '甲公司', 'X', '辣椒', '8吨') +
          row(5, '二、需求产品') +
          row(6, '1', '乙公司', 'Y', '纸箱', '3万个') +
          row(7, '三、园区报送（单独报送，一并附后）') +
          row(8, '1', '丙公司', 'Z', '铝型材', '2万吨'),
      ],
    ]);
    expect((await parseSpreadsheet(parts)).rows.map((r) => [r.row, r.cells.kind])).toEqual([
      [4, '供应'],
      [6, '需求'],
      [8, undefined],
    ]);
    // 一、采购 … 二、销售
    const sold = books([
      [
        '配套企业',
        row(1, '序号', '单位名称', '信用代码', '物资名称', '数量') +
          row(2, '一、采购') +
          row(3, '1', '甲公司', 'X', '洗精煤', '1.5万吨') +
          row(4, '二、销售') +
          row(5, '1', '乙公司', 'Y', '镁碳砖', '3000吨'),
      ],
    ]);
    expect((await parseSpreadsheet(sold)).rows.map((r) => [r.row, r.cells.kind])).toEqual([
      [3, '需求'],
      [5, '供应'],
    ]);
    // without section rows the kind column stays required
    const none = books([['汇总表', row(1, '企业名称', '信用代码', '产品名称') + row(2, '甲公司', 'X', '铝锭')]]);
    await expect(parseSpreadsheet(none)).rejects.toThrow(/类型\(供应\/需求\)/);
  });

  it('reads the rows below a section’s own header by that header (二、需求信息 with its columns named otherwise)', async () => {
    const file = books([
      [
        '汇总表',
        row(1, '一、供应信息') +
          row(2, '序号', '企业名称', '信用代码', '产品名称', '年产量（吨）', '规格') +
          row(3, '1', '甲公司', 'X', '铝锭', '5000', 'A00') +
          row(4, '二、需求信息') +
          row(5, '序号', '采购单位', '统一社会信用代码', '需求数量（万个）', '需求产品', '交货地点') +
          row(6, '1', '丙公司', 'Z', '3', '纸箱', '仁怀') +
          row(7, '2', '', '', '2', '瓶盖', ''),
      ],
    ]);
    const parsed = await parseSpreadsheet(file);
    expect(
      parsed.rows.map((r) => [r.row, r.cells.kind, r.cells.enterpriseName, r.cells.title, r.cells.quantity]),
    ).toEqual([
      [3, '供应', '甲公司', '铝锭', '5000吨'],
      [6, '需求', '丙公司', '纸箱', '3万个'],
      [7, '需求', '丙公司', '瓶盖', '2万个'],
    ]);
    expect(parsed.rows[0].cells.specification).toBe('A00');
    expect(parsed.rows[1].cells.specification).toBeUndefined();
    expect(parsed.ignoredColumns).toEqual(['交货地点']);
    // a second header without a product column cannot be read: the file is refused, naming its row
    const lacking = books([
      [
        '汇总表',
        row(1, '一、供应信息') +
          row(2, '企业名称', '信用代码', '产品名称') +
          row(3, '甲公司', 'X', '铝锭') +
          row(4, '二、需求信息') +
          row(5, '企业名称', '信用代码', '联系人', '联系电话') +
          row(6, '丙公司', 'Z', '张三', '138'),
      ],
    ]);
    await expect(parseSpreadsheet(lacking)).rejects.toThrow(/第 5 行的表头缺少必需的列：产品名称/);
    // a firm's row whose names sound like headers is a row: it gives a code and a quantity
    const firmRow =
      '企业名称,信用代码,类型,产品名称,规格\n贵州包装材料有限公司,91520100MA0000001X,需求,包装材料,详见说明\n某合作社,Y,供应,农产品,规格说明\n';
    expect((await parseSpreadsheet(Buffer.from(firmRow))).rows.map((r) => r.cells.enterpriseName)).toEqual([
      '贵州包装材料有限公司',
      '某合作社',
    ]);
  });

  it('reads the unit a header gives its bare numbers: 数量（万吨）, 单价（万元/吨）', async () => {
    const csv =
      '企业名称,信用代码,供/需,品名,年产量（万吨）,出厂价（万元/吨）,备注\n甲公司,X,供,电解铝,12,1.8-1.9,\n乙公司,Y,需,氧化铝,3000吨,面议,\n';
    const parsed = await parseSpreadsheet(Buffer.from(csv));
    expect(parsed.rows.map((r) => [r.cells.kind, r.cells.title, r.cells.quantity, r.cells.price])).toEqual([
      ['供', '电解铝', '12万吨', '1.8-1.9万元/吨'],
      ['需', '氧化铝', '3000吨', '面议'],
    ]);
  });

  it('skips the header printed again on a later page, not a firm and product whose names sound like headers', async () => {
    const csv =
      '单位名称,信用代码,类型,产品名称\n甲公司,X,供应,铝锭\n单位名称,信用代码,类型,产品名称\n未知类别企业,Y,供应,供应 某产品\n';
    const parsed = await parseSpreadsheet(Buffer.from(csv));
    expect(parsed.rows.map((r) => [r.row, r.cells.enterpriseName])).toEqual([
      [2, '甲公司'],
      [4, '未知类别企业'],
    ]);
  });

  it('reads a name that says nothing alone with the group row above it (价格（元） over 最低 | 最高)', async () => {
    const file = books([
      [
        '汇总',
        row(1, '企业信息', '企业信息', '企业信息', '', '价格（万元）', '价格（万元）') +
          row(2, '企业名称', '信用代码', '类型', '产品名称', '最低', '最高') +
          row(3, '甲公司', 'X', '供应', '铝锭', '1.8', '1.95'),
      ],
    ]);
    expect((await parseSpreadsheet(file)).rows[0].cells).toMatchObject({ priceMin: '1.8万元', priceMax: '1.95万元' });
  });

  it('splits a row holding an offer and a demand side by side into two listings', async () => {
    const file = books([
      [
        '统计',
        row(1, '', '', '', '可供产品', '可供产品', '需求产品', '需求产品') +
          row(2, '企业名称', '信用代码', '地区', '产品名称', '数量', '产品名称', '数量') +
          row(3, '甲合作社', 'X', '安龙县', '金银花', '30吨', '烘干机', '2台') +
          row(4, '乙公司', 'Y', '兴义市', '芒果', '800吨', '/', '/'),
      ],
    ]);
    const parsed = await parseSpreadsheet(file);
    expect(
      parsed.rows.map((r) => [r.sheet, r.row, r.cells.kind, r.cells.enterpriseName, r.cells.title, r.cells.quantity]),
    ).toEqual([
      ['统计·供应', 3, '供应', '甲合作社', '金银花', '30吨'],
      ['统计·需求', 3, '需求', '甲合作社', '烘干机', '2台'],
      ['统计·供应', 4, '供应', '乙公司', '芒果', '800吨'],
    ]);
  });

  it('reads a block label written once over its columns (a CSV export) for all of them, the firm’s columns apart', async () => {
    const csv =
      ',,,供应（可卖的）,,,需求（要买的）,,,\r\n' +
      '序号,主体名称,信用代码,可供产品,可供数量,供应价格,需采购物资,需求数量,需求价格,联系人\r\n' +
      '1,甲合作社,X,商品薯,600吨,1.2元/斤,复合肥,50吨,3000元/吨,安**\r\n' +
      '2,乙合作社,Y,,,,肉牛精料,300吨,3400元/吨,罗**\r\n';
    const parsed = await parseSpreadsheet(Buffer.from(csv));
    expect(
      parsed.rows.map((r) => [
        r.row,
        r.cells.kind,
        r.cells.title,
        r.cells.quantity,
        r.cells.price,
        r.cells.contactName,
      ]),
    ).toEqual([
      [3, '供应', '商品薯', '600吨', '1.2元/斤', '安**'],
      [3, '需求', '复合肥', '50吨', '3000元/吨', '安**'],
      [4, '需求', '肉牛精料', '300吨', '3400元/吨', '罗**'],
    ]);
  });

  it('reads a row that fills only the demand’s block when each block has a firm of its own (供应方 | 需求方)', async () => {
    const file = books([
      [
        '对照表',
        row(1, '序号', '供应方', '供应方', '供应方', '需求方', '需求方', '需求方') +
          row(2, '序号', '单位名称', '社会信用代码', '产品及规格', '单位名称', '社会信用代码', '需求产品') +
          row(3, '1', '甲米业', 'X', '香米', '乙粮油', 'Y', '籼米') +
          row(4, '2', '', '', '', '丙团餐', 'Z', '大米'),
      ],
    ]);
    const parsed = await parseSpreadsheet(file);
    expect(parsed.rows.map((r) => [r.row, r.cells.kind, r.cells.enterpriseName, r.cells.title])).toEqual([
      [3, '供应', '甲米业', '香米'],
      [3, '需求', '乙粮油', '籼米'],
      [4, '需求', '丙团餐', '大米'],
    ]);
  });

  it('splits a row into an offer and a demand by columns named with their kind, with no group row above them', async () => {
    const csv =
      '序号,企业名称,统一社会信用代码,供应产品（服务）,可供数量,供应价格,需采购产品,需求数量,采购价格,有效期,联系人\r\n' +
      '1,甲物流,X,仓储库房出租,2万㎡,15元/㎡·月,电动叉车,20台,面议,2027/12/31,覃**\r\n' +
      '2,乙冷链,Y,冷库租赁,3000吨,1.2元/吨·天,,,,长期,韦**\r\n';
    const parsed = await parseSpreadsheet(Buffer.from(csv));
    expect(
      parsed.rows.map((r) => [r.row, r.cells.kind, r.cells.title, r.cells.quantity, r.cells.price, r.cells.validUntil]),
    ).toEqual([
      [2, '供应', '仓储库房出租', '2万㎡', '15元/㎡·月', '2027/12/31'],
      [2, '需求', '电动叉车', '20台', '面议', '2027/12/31'],
      [3, '供应', '冷库租赁', '3000吨', '1.2元/吨·天', '长期'],
    ]);
  });

  it('takes the firm above for 同上 under its name and code beside a place given again, and no listing for 暂无', async () => {
    const csv =
      '序号,乡镇,企业名称,信用代码,类型,产品名称\r\n' +
      '1,久长街道,甲果业,X,供,猕猴桃礼盒\r\n' +
      '2,久长街道,同上,同上,需,天地盖\r\n';
    const rows = (await parseSpreadsheet(Buffer.from(csv))).rows;
    expect(rows.map((r) => [r.row, r.cells.enterpriseName, r.cells.creditCode, r.cells.regionCode])).toEqual([
      [2, '甲果业', 'X', '久长街道'],
      [3, '甲果业', 'X', '久长街道'],
    ]);
    const blocks =
      ',,,供应,供应,需求,需求\r\n' +
      '企业名称,信用代码,地区,产品名称,数量,产品名称,数量\r\n' +
      '甲药业,X,修文县,头孢曲松钠,50万只,暂无,\r\n';
    expect((await parseSpreadsheet(Buffer.from(blocks))).rows.map((r) => r.cells.kind)).toEqual(['供应']);
  });

  it('takes 年产能/可供量 for the amount offered, and a capacity only beside an amount of its own block', async () => {
    const file = books([
      [
        '园区',
        row(1, '企业名称', '信用代码', '可对外供应', '可对外供应', '采购需求', '采购需求') +
          row(2, '企业名称', '信用代码', '产品', '年产能/可供量', '需求产品', '需求量') +
          row(3, '甲公司', 'X', '尤克里里', '10万只', '纸箱', '15万个'),
      ],
    ]);
    const parsed = await parseSpreadsheet(file);
    expect(parsed.rows.map((r) => [r.cells.kind, r.cells.quantity, r.cells.capacity])).toEqual([
      ['供应', '10万只', undefined],
      ['需求', '15万个', undefined],
    ]);
  });

  it('reads a header whose parent spans names given on the row below it (生产经营主体 over 名称 | 统一社会信用代码)', async () => {
    const file = books([
      [
        '产品推介（供应）',
        row(1, '序号', '产品名称', '生产经营主体', '生产经营主体', '报价有效期') +
          row(2, '序号', '产品名称', '名称', '统一社会信用代码', '报价有效期') +
          row(3, '1', '香猪腊肠', '甲公司', '91520100MA0000001X', '2027.06.30'),
      ],
    ]);
    const parsed = await parseSpreadsheet(file);
    expect(parsed.headerRow).toBe(2);
    expect(
      parsed.rows.map((r) => [r.row, r.cells.kind, r.cells.enterpriseName, r.cells.creditCode, r.cells.validUntil]),
    ).toEqual([[3, '供应', '甲公司', '91520100MA0000001X', '2027.06.30']]);
  });

  it('takes a 类别 column whose values name no kind for what it is, not the kind (原料, 燃料, 设备)', async () => {
    const file = books([
      [
        '采购需求',
        row(1, '需求单位', '社会信用代码', '类别', '采购内容', '需求量') +
          row(2, '甲公司', 'X', '原料', '焦精煤', '60万吨'),
      ],
    ]);
    const parsed = await parseSpreadsheet(file);
    expect(parsed.rows[0].cells).toMatchObject({ kind: '需求', title: '焦精煤', quantity: '60万吨' });
    expect(parsed.ignoredColumns).toContain('类别');
    // a 采购需求 column of products, where no other column names the product, is the product
    const products = books([
      [
        '采购需求',
        row(1, '采购单位', '统一社会信用代码', '采购需求', '需求数量') + row(2, '甲公司', 'X', '茶叶礼盒', '5万个'),
      ],
    ]);
    expect((await parseSpreadsheet(products)).rows[0].cells).toMatchObject({ kind: '需求', title: '茶叶礼盒' });
  });

  it('gives a sheet the kind its long title names, and a sheet titled without one the kind of the whole workbook', async () => {
    expect(titleKindOf(['威宁自治县农产品产销对接供应清单（一）马铃薯及种薯'])).toBe('供应');
    expect(titleKindOf(['盘州市能源企业采购需求汇总表'])).toBe('需求');
    expect(titleKindOf(['从江县2027年黔货出山产销对接供需清单'])).toBeNull();
    expect(titleKindOf(['供应清单和需求清单'])).toBeNull();
    const sheet = (title: string, product = '党参') =>
      row(1, title) + row(2, '企业名称', '信用代码', '品名', '数量') + row(3, '甲', 'X', product, '30吨');
    const parsed = await parseSpreadsheet(
      books([
        ['马铃薯', sheet('威宁自治县农产品产销对接供应清单（一）马铃薯及种薯')],
        ['中药材', sheet('（三）中药材及荞麦等杂粮', '苦荞')],
        ['填报说明', row(1, '1.本清单为供应清单')],
      ]),
    );
    expect(parsed.rows.map((r) => [r.sheet, r.cells.kind])).toEqual([
      ['马铃薯', '供应'],
      ['中药材', '供应'],
    ]);
    // a workbook whose titles name both kinds gives none to a sheet that names neither
    const both = await parseSpreadsheet(
      books([
        ['一', sheet('供应清单')],
        ['二', sheet('采购需求表', '化肥')],
        ['三', sheet('（三）杂粮', '荞麦')],
      ]),
    );
    expect(both.rows.map((r) => [r.sheet, r.cells.kind])).toEqual([
      ['一', '供应'],
      ['二', '需求'],
    ]);
  });

  it('gives every row the kind a title above the header names (XX县企业采购需求统计表)', async () => {
    const csv = '安龙县2027年企业采购需求统计表\n企业名称,信用代码,产品名称,数量\n甲公司,X,纸箱,3万个\n';
    expect((await parseSpreadsheet(Buffer.from(csv))).rows[0].cells.kind).toBe('需求');
    const both = '安龙县企业供需信息汇总表\n企业名称,信用代码,产品名称,数量\n甲公司,X,纸箱,3万个\n';
    await expect(parseSpreadsheet(Buffer.from(both))).rejects.toThrow(/类型\(供应\/需求\)/);
  });

  it('gives a row whose merged firm cells were exported empty the firm above, not a row that names any of it', async () => {
    const tsv =
      '序号\t企业名称\t信用代码\t地区\t类型\t产品名称\n' +
      '1\t甲公司\tX\t花溪区\t供应\t辣椒\n' +
      '\t\t\t\t供应\t辣椒面\n' +
      '3\t\t\t\t需求\t玻璃瓶\n' +
      '4\t\t\t乌当区\t需求\t纸箱\n' +
      '5\t同上\t同上\t〃\t供应\t纸板\n';
    const rows = (await parseSpreadsheet(Buffer.from(tsv))).rows;
    expect(
      rows.map((r) => [r.row, r.cells.enterpriseName, r.cells.creditCode, r.cells.regionCode, r.cells.title]),
    ).toEqual([
      [2, '甲公司', 'X', '花溪区', '辣椒'],
      [3, '甲公司', 'X', '花溪区', '辣椒面'],
      [4, '甲公司', 'X', '花溪区', '玻璃瓶'],
      [5, undefined, undefined, '乌当区', '纸箱'],
      // 同上 in the firm's cells: the last firm named above, as the clerk says
      [6, '甲公司', 'X', '花溪区', '纸板'],
    ]);
  });

  it('leaves a row with a contact of its own and no firm to the rules, not to the firm above', async () => {
    const tsv =
      '序号\t企业名称\t信用代码\t类型\t产品名称\t联系人\t联系电话\n' +
      '1\t甲公司\tX\t求购\t揉捻机\t龙红梅\t13822355672\n' +
      '2\t\t\t供应\t揉捻机配件\t龙红梅\t13822355672\n' +
      '3\t\t\t供应\t土鸡\t黄国平\t15861857169\n' +
      '经开区经发局 2026.11.30\n' +
      '审核人：\t覃建华\t填表人：\t吴  静\t联系电话：\t0854-3612036\n' +
      '登记人：\t\t\t\t审核人：\t乡镇农业服务中心（盖章）\n' +
      '填报人：禄正武\t\t审核人：\t\t钟山区工业和能源局\n';
    const parsed = await parseSpreadsheet(Buffer.from(tsv));
    expect(parsed.rows.map((r) => [r.row, r.cells.enterpriseName, r.cells.title])).toEqual([
      [2, '甲公司', '揉捻机'],
      [3, '甲公司', '揉捻机配件'],
      [4, undefined, '土鸡'],
    ]);
    // the office's signature with the day, in the firm's column: no listing
    expect(parsed.skipped.map((r) => r.row)).toEqual([5, 6, 7, 8]);
  });

  it('reads a place named in two columns (县区 | 乡镇) as one address, the wider first', async () => {
    const tsv =
      '序号\t县区\t乡镇/园区\t企业名称\t信用代码\t类型\t产品名称\n' +
      '1\t经开区\t幺铺镇\t甲公司\tX\t需求\t热轧H型钢\n' +
      '2\t镇宁县\t镇宁县黄果树镇\t乙公司\tY\t供应\t袋装水泥\n' +
      '3\t西秀区\t\t丙公司\tZ\t供应\t山药\n' +
      '4\t\t旧州镇\t丁公司\tW\t供应\t肉牛\n' +
      '5\t520402\t幺铺镇\t戊公司\tV\t供应\t蜡染\n';
    const parsed = await parseSpreadsheet(Buffer.from(tsv));
    // a code written under the place's header, the place under the code's: each where it belongs
    const crossed = await parseSpreadsheet(
      Buffer.from('企业名称\t所在乡镇\t信用代码\t类型\t产品名称\n甲公司\t91520181214409178F\t新店镇\t供应\t水泥熟料\n'),
    );
    expect(crossed.rows[0].cells).toMatchObject({ creditCode: '91520181214409178F', regionCode: '新店镇' });
    expect(parsed.rows.map((r) => r.cells.regionCode)).toEqual([
      '经开区幺铺镇',
      '镇宁县黄果树镇',
      '西秀区',
      '旧州镇',
      '520402',
    ]);
  });

  it('skips a total merged across the firm’s and the code’s columns', async () => {
    const csv =
      '企业名称,信用代码,类型,产品名称,数量\n甲公司,91520100MA0000001X,供应,铝锭,5\n合计,合计,,,5\n共2家企业、2项产品,共2家企业、2项产品,,,\n';
    const parsed = await parseSpreadsheet(Buffer.from(csv));
    expect(parsed.rows.map((r) => r.row)).toEqual([2]);
    expect(parsed.skipped.map((s) => s.row)).toEqual([3, 4]);
  });

  it('takes no unit from notes above the header, and skips a kind’s subtotal and a signed, stamped line', async () => {
    const csv = [
      '某县产销对接供需信息表,,,,,',
      '报送单位：某县工信局（会同县农业农村局）,,,填报时间：2026年12月3日,,',
      '序号,类型,企业名称,统一社会信用代码,产品名称,数量',
      '1,供应,某县山泉水有限公司,91522634MA6H000000,桶装水,3000',
      '供给类小计,4条,4条,4条,4条,4条',
      '经办人：王**,,审核：杨**,（县工信局盖章）,,',
      '填报人：邹**,,,审核人：黎**,2026年12月4日,',
    ].join('\n');
    const sheet = await parseSpreadsheet(Buffer.from(csv));
    expect(sheet.rows.map((r) => r.cells)).toEqual([
      expect.objectContaining({ title: '桶装水', quantity: '3000', kind: '供应' }),
    ]);
    expect(sheet.skipped.map((r) => r.row)).toEqual([5, 6, 7]);
  });

  it('places the rows of a sheet named as a township there, unless a row names its own place', async () => {
    const file = books([
      [
        '马场坪街道',
        row(1, '企业名称', '信用代码', '类型', '产品名称', '所在地') +
          row(2, '甲', 'X', '供应', '铝锭', '') +
          row(3, '乙', 'Y', '需求', '纸箱', '都匀市'),
      ],
      ['其他', row(1, '企业名称', '信用代码', '类型', '产品名称') + row(2, '丙', 'Z', '供应', '煤')],
    ]);
    const rows = (await parseSpreadsheet(file)).rows;
    expect(rows.map((r) => [r.sheet, r.cells.enterpriseName, r.cells.regionCode])).toEqual([
      ['马场坪街道', '甲', '马场坪街道'],
      ['马场坪街道', '乙', '都匀市'],
      ['其他', '丙', undefined],
    ]);
  });

  it('reads 可供量 as the quantity beside 年产能, and keeps the capacity apart', async () => {
    const tsv = '企业名称\t信用代码\t类型\t产品名称\t年产能\t可供量（吨）\n甲公司\tX\t供应\t竹浆板\t15万吨\t40000\n';
    const [row] = (await parseSpreadsheet(Buffer.from(tsv))).rows;
    expect(row.cells).toMatchObject({ quantity: '40000吨', capacity: '15万吨' });
    // a capacity alone is the quantity
    const alone = '企业名称\t信用代码\t类型\t产品名称\t年产能\n甲公司\tX\t供应\t竹浆板\t15万吨\n';
    expect((await parseSpreadsheet(Buffer.from(alone))).rows[0].cells).toMatchObject({ quantity: '15万吨' });
    // a demand's year beside this event's purchase: the purchase is the quantity, even when the year is left blank
    const demand =
      '企业名称\t信用代码\t类型\t产品名称\t年需求量\t本次采购量\n甲公司\tX\t需求\t硫磺\t12万吨\t3万吨\n乙公司\tY\t需求\t挂车\t\t6台\n';
    expect((await parseSpreadsheet(Buffer.from(demand))).rows.map((r) => [r.cells.quantity, r.cells.capacity])).toEqual(
      [
        ['3万吨', '12万吨'],
        ['6台', undefined],
      ],
    );
  });

  it('reads a township sheet by its 供应情况/需求： sections, and says so when a township’s sheet cannot be read', async () => {
    const file = books([
      [
        '郎岱镇',
        row(1, '序号', '单位名称', '信用代码', '产品名称', '数量') +
          row(2, '一、企业供应情况') +
          row(3, '1', '甲公司', 'X', '郎岱酱', '50万瓶') +
          row(4, '需求：') +
          row(5, '1', '甲公司', 'X', '玻璃瓶', '50万只'),
      ],
      // no product column: not read, and not dropped unseen
      [
        '岩脚镇',
        row(1, '企业名称', '信用代码', '数量', '价格') +
          row(2, '乙公司', 'Y', '800吨', '12元') +
          row(3, '丙公司', 'Z', '50吨', '30元') +
          row(4, '丁公司', 'W', '5吨', '3元'),
      ],
      ['填报说明', row(1, '1. 本表由乡镇报送。') + row(2, '2. 数量请注明单位。')],
    ]);
    const parsed = await parseSpreadsheet(file);
    expect(parsed.rows.map((r) => [r.cells.title, r.cells.kind])).toEqual([
      ['郎岱酱', '供应'],
      ['玻璃瓶', '需求'],
    ]);
    const unread = parsed.skipped.filter((r) => r.sheet === '岩脚镇');
    expect(unread).toEqual([
      expect.objectContaining({ text: expect.stringMatching(/^工作表未导入：缺少必需的列：.*产品名称/) }),
    ]);
    expect(parsed.skipped.some((r) => r.sheet === '填报说明')).toBe(false);
  });

  it('places a township or park on a county’s sheet in that county, and reads 同左 as the cell to its left', async () => {
    const file = books([
      [
        '福泉市',
        row(1, '企业名称', '信用代码', '类型', '产品名称', '所在地', '年产能', '可供量') +
          row(2, '甲公司', 'X', '出售', '磷酸', '罗尾塘工业园区', '800吨', '同左') +
          row(3, '乙公司', 'Y', '求购', '硫磺', '瓮安县', '', '50吨'),
      ],
      ['都匀市', row(1, '企业名称', '信用代码', '类型', '产品名称') + row(2, '丙公司', 'Z', '供', '毛尖')],
    ]);
    const rows = (await parseSpreadsheet(file)).rows;
    expect(rows.map((r) => [r.cells.regionCode, r.cells.quantity, r.cells.kind])).toEqual([
      ['福泉市罗尾塘工业园区', '800吨', '出售'],
      ['瓮安县', '50吨', '求购'],
      ['都匀市', undefined, '供'],
    ]);
  });

  it('numbers a CSV’s rows as Excel shows them, a cell with a line break in it being one row', async () => {
    const csv = '企业名称,信用代码,类型,产品名称,备注\r\n甲,X,供应,铝锭,"两行\r\n的备注"\r\n乙,Y,需求,纸箱,\r\n';
    expect((await parseSpreadsheet(Buffer.from(csv))).rows.map((r) => [r.row, r.cells.title])).toEqual([
      [2, '铝锭'],
      [3, '纸箱'],
    ]);
  });

  it('skips the form’s example row, by its 序号, its note or its placeholder code', async () => {
    const file = books([
      [
        '供应',
        row(1, '序号', '企业名称', '信用代码', '产品名称', '备注') +
          row(2, '例', '某某合作社', '93522632MA6C000001', '百香果', '') +
          row(3, '1', '某某公司', '93522632××××××××××', '脐橙', '') +
          row(4, '2', '某某农场', '93522632MA6C000002', '蓝莓', '此行为填写示例') +
          row(5, '3', '甲合作社', '93522632MA6C000003', '杨梅', ''),
      ],
    ]);
    const parsed = await parseSpreadsheet(file);
    expect(parsed.rows.map((r) => r.cells.title)).toEqual(['杨梅']);
    expect(parsed.skipped.map((r) => r.row)).toEqual([2, 3, 4]);
  });

  it('reads 同上 in a firm’s code as the firm above’s, and in any other cell as the row above’s', async () => {
    const tsv =
      '企业名称\t信用代码\t类型\t产品名称\t单位\t有效期至\n' +
      '甲公司\tX\t供应\t辣椒\t吨\t2027-12-31\n' +
      '甲公司\t同上\t供应\t辣椒面\t同上\t〃\n';
    const rows = (await parseSpreadsheet(Buffer.from(tsv))).rows;
    expect(rows[1].cells).toMatchObject({
      enterpriseName: '甲公司',
      creditCode: 'X',
      unit: '吨',
      validUntil: '2027-12-31',
    });
  });

  it('refuses a workbook whose 需求 sheet cannot be read rather than import its 供应 sheet alone', async () => {
    const file = books([
      ['供应', row(1, '企业名称', '信用代码', '产品名称') + row(2, '甲', 'X', '铝锭')],
      ['需求', row(1, '甲方', '乙方', '丙方') + row(2, '甲', 'X', '铝锭')],
      ['空白需求', ''],
    ]);
    await expect(parseSpreadsheet(file)).rejects.toThrow(/工作表“需求”缺少必需的列/);
  });
});

describe('layouts that give several listings per row, or none per column', () => {
  const cellsOf = async (file: Buffer) => (await parseSpreadsheet(file)).rows;

  it('reads grades side by side (a name over 数量 | 单价 each) as a listing per grade the row fills', async () => {
    const file = books([
      [
        '辣椒',
        row(1, '干辣椒收购表') +
          row(2, '企业名称', '信用代码', '类型', '朝天椒（一级）', '', '朝天椒（二级）', '') +
          row(3, '', '', '', '数量（吨）', '单价（元/千克）', '数量（吨）', '单价（元/千克）') +
          row(4, '甲椒业', 'X1', '供应', '120', '18', '40', '15') +
          row(5, '乙食品', 'X2', '需求', '—', '—', '30', '14') +
          row(6, '合计', '', '', '120', '', '70', ''),
      ],
    ]);
    const rows = await cellsOf(file);
    expect(rows.map((r) => [r.row, r.sheet, r.cells.title, r.cells.quantity, r.cells.price])).toEqual([
      [4, '辣椒·朝天椒（一级）', '朝天椒（一级）', '120吨', '18元/千克'],
      [4, '辣椒·朝天椒（二级）', '朝天椒（二级）', '40吨', '15元/千克'],
      [5, '辣椒·朝天椒（二级）', '朝天椒（二级）', '30吨', '14元/千克'],
    ]);
    expect(rows[2].cells).toMatchObject({ enterpriseName: '乙食品', creditCode: 'X2', kind: '需求' });
  });

  it('reads products numbered across a row (产品1 | 产能1 | … | 原料需求1 …) as a listing each, kinds from their names', async () => {
    const file = books([
      [
        '台账',
        row(
          1,
          '企业名称',
          '信用代码',
          '主营产品1',
          '产量1',
          '单位1',
          '主营产品2',
          '产量2',
          '单位2',
          '原料需求1',
          '需求量1',
          '单位1',
        ) +
          row(2, '丙化工', 'X3', '硫酸', '20', '万吨', '磷酸', '5', '万吨', '磷矿石', '60', '万吨') +
          row(3, '丁建材', 'X4', '砌块', '3', '万立方米', '', '', '', '', '', '') +
          row(4, '3.以上数据由企业填报', '3.以上数据由企业填报', '3.以上数据由企业填报', '3.以上数据由企业填报'),
      ],
    ]);
    const parsed = await parseSpreadsheet(file);
    expect(parsed.rows.map((r) => [r.row, r.cells.kind, r.cells.title, r.cells.quantity, r.cells.unit])).toEqual([
      [2, '供应', '硫酸', '20', '万吨'],
      [2, '供应', '磷酸', '5', '万吨'],
      [2, '需求', '磷矿石', '60', '万吨'],
      [3, '供应', '砌块', '3', '万立方米'],
    ]);
    expect(parsed.rows[2].sheet).toBe('台账·原料需求1');
    expect(parsed.skipped.map((s) => s.row)).toEqual([4]);
  });

  it('leaves out the products of a numbered row its remark takes back or calls repeated, and keeps the rest', async () => {
    const file = books([
      [
        '园区',
        row(1, '企业名称', '信用代码', '供应产品1', '数量1', '供应产品2', '数量2', '需求产品1', '数量1', '备注') +
          row(
            2,
            '戊化工',
            'X5',
            '甲醇',
            '30万吨',
            '硫磺',
            '1万吨',
            '无烟煤',
            '100万吨',
            '硫磺已签年度合同，企业申请撤回',
          ) +
          row(3, '己商砼', 'X6', 'C30混凝土', '30万方', '', '', '水泥', '10万吨', '') +
          row(
            4,
            '己商砼',
            'X6',
            'C30混凝土',
            '30万方',
            '干混砂浆',
            '15万吨',
            '水泥',
            '10万吨',
            'C30混凝土、水泥与序号2重复，仅新增干混砂浆',
          ) +
          row(5, '庚公司', 'X7', '石灰', '1万吨', '石膏', '2万吨', '', '', '企业已撤回'),
      ],
    ]);
    const parsed = await parseSpreadsheet(file);
    expect(parsed.rows.map((r) => [r.row, r.cells.title])).toEqual([
      [2, '甲醇'],
      [2, '无烟煤'],
      [3, 'C30混凝土'],
      [3, '水泥'],
      [4, '干混砂浆'],
    ]);
    expect(parsed.rows[0].cells.remark).toBeUndefined();
  });

  it('reads a list turned on its side (labels down the first column, a firm per column), rows numbered by column', async () => {
    const file = books([
      [
        '供应',
        row(1, '某县供应信息（按企业分列）', '某县供应信息（按企业分列）', '某县供应信息（按企业分列）') +
          row(2, '企业名称', '戊茶业', '己酒厂') +
          row(3, '统一社会信用代码', 'X5', 'X6') +
          row(4, '产品名称', '绿茶', '散酒') +
          row(5, '数量', '3', '50') +
          row(6, '单位', '吨', '千升') +
          row(7, '备注', '明前茶，可代加工同上企业', '数量2吨左右') +
          row(9, '注：价格面议'),
      ],
    ]);
    const parsed = await parseSpreadsheet(file);
    expect(
      parsed.rows.map((r) => [r.row, r.cells.enterpriseName, r.cells.title, r.cells.quantity, r.cells.kind]),
    ).toEqual([
      [2, '戊茶业', '绿茶', '3', '供应'],
      [3, '己酒厂', '散酒', '50', '供应'],
    ]);
    expect(parsed.skipped.map((s) => s.text)).toContain('注：价格面议');
  });

  it('gives each product the firm named in a row of its own above it (with its code), and no firm column', async () => {
    const csv =
      '2027年原辅材料采购计划表\n' +
      '序号,物资名称,计量单位,全年合计,预计单价（元）,备注\n' +
      '（一）庚食品有限公司（统一社会信用代码：91520000214434146R；联系人：王某 13800001111）\n' +
      '1,白砂糖,吨,12,6000,\n' +
      '2,包装袋,万个,3,0.2,单价为元/个\n' +
      ',小计,,,,\n' +
      '（二）辛饮品有限公司 914403001922038216\n' +
      '1,瓶坯,万个,50,0.3,单价为元/个\n';
    const parsed = await parseSpreadsheet(Buffer.from(csv));
    expect(parsed.rows.map((r) => [r.cells.enterpriseName, r.cells.creditCode, r.cells.title, r.cells.price])).toEqual([
      ['庚食品有限公司', '91520000214434146R', '白砂糖', '6000元'],
      ['庚食品有限公司', '91520000214434146R', '包装袋', '0.2元/个'],
      ['辛饮品有限公司', '914403001922038216', '瓶坯', '0.3元/个'],
    ]);
    expect(parsed.rows[0].cells).toMatchObject({ contactName: '王某', contactPhone: '13800001111' });
  });

  it('takes a firm’s code from the workbook’s directory sheet by its full or its short name, and none when two could be meant', async () => {
    const file = books([
      [
        '汇总',
        row(1, '企业名称', '供/需', '产品名称', '数量', '单位') +
          row(2, '壬县青山建材有限公司', '供', '砌块', '3', '立方米') +
          row(3, '青山砖厂', '供', '页岩砖', '5', '立方米') +
          row(4, '同上', '需', '燃煤', '100', '吨') +
          row(5, '山羊公司', '需', '饲料', '20', '吨'),
      ],
      [
        '企业名录',
        row(1, '企业名称', '统一社会信用代码', '所在乡镇') +
          row(2, '壬县青山建材有限公司', '91520000214434146R', '青山镇') +
          row(3, '壬县黑山羊食品有限公司', '914403001922038216', '') +
          row(4, '壬县白山羊养殖合作社', '93520000MA6J0EL4Q8', ''),
      ],
    ]);
    const parsed = await parseSpreadsheet(file);
    expect(parsed.rows.map((r) => [r.row, r.cells.enterpriseName, r.cells.creditCode, r.firmFrom?.written])).toEqual([
      [2, '壬县青山建材有限公司', '91520000214434146R', undefined],
      [3, '壬县青山建材有限公司', '91520000214434146R', '青山砖厂'],
      [4, '壬县青山建材有限公司', '91520000214434146R', '青山砖厂'],
      [5, '山羊公司', undefined, undefined],
    ]);
    expect(parsed.rows[1].cells.regionCode).toBe('青山镇');
  });

  it('reads the units a note above the header gives, a code column by its values, and the 有效期 of two date columns', async () => {
    const csv =
      '枇杷供需表\n' +
      '单位：数量为斤，单价为元/斤\n' +
      '主体,代码,类型,产品,数量,单价,上市时间,有效期\n' +
      '甲合作社,91520000214434146R,卖,枇杷,5000,6,5-6月,2027年6月30日\n' +
      '乙商行,914403001922038216,买,枇杷,800,5.5,,\n';
    const rows = (await parseSpreadsheet(Buffer.from(csv))).rows;
    expect(rows.map((r) => [r.cells.creditCode, r.cells.quantity, r.cells.price, r.cells.validUntil])).toEqual([
      ['91520000214434146R', '5000斤', '6元/斤', '2027年6月30日'],
      ['914403001922038216', '800斤', '5.5元/斤', undefined],
    ]);
  });

  it('reads a validity or a price’s unit said in the remark, and a ditto’d firm name as that firm with its code', async () => {
    const csv =
      '企业名称,信用代码,类型,产品名称,数量,单位,单价,备注\n' +
      '甲公司,91520000214434146R,需求,标签,20,万张,0.03,单价为元/张；有效期至2027.3.31\n' +
      '同上,,需求,纸箱,2,万个,1.5元,\n';
    const rows = (await parseSpreadsheet(Buffer.from(csv))).rows;
    expect(rows[0].cells).toMatchObject({ price: '0.03元/张', validUntil: '2027.3.31' });
    expect(rows[1].cells).toMatchObject({ enterpriseName: '甲公司', creditCode: '91520000214434146R' });
  });
});

describe('a blank firm cell: the firm above’s, or none', () => {
  it('is none on a sheet that names its firms in cells merged down, or with 同上 more often than blank', async () => {
    const file = zipOf({
      'xl/workbook.xml': '<workbook><sheets><sheet name="供应" sheetId="1" r:id="rId1"/></sheets></workbook>',
      'xl/_rels/workbook.xml.rels':
        '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
      'xl/worksheets/sheet1.xml': `<worksheet><sheetData>${
        row(1, '企业名称', '信用代码', '产品名称') +
        row(2, '甲公司', 'X1', '辣椒') +
        row(3, '', '', '辣椒面') +
        row(4, '', '', '无主的货')
      }</sheetData><mergeCells><mergeCell ref="A2:A3"/><mergeCell ref="B2:B3"/></mergeCells></worksheet>`,
    });
    const merged = (await parseSpreadsheet(file)).rows.map((r) => [r.row, r.cells.enterpriseName]);
    expect(merged).toEqual([
      [2, '甲公司'],
      [3, '甲公司'],
      [4, undefined],
    ]);
    const tsv =
      '企业名称\t信用代码\t类型\t产品名称\n' +
      '甲公司\tX1\t供应\t辣椒\n' +
      '同上\t同上\t供应\t辣椒面\n' +
      '同上\t同上\t需求\t玻璃瓶\n' +
      '\t\t需求\t无主的货\n';
    expect((await parseSpreadsheet(Buffer.from(tsv))).rows.map((r) => r.cells.enterpriseName)).toEqual([
      '甲公司',
      '甲公司',
      '甲公司',
      undefined,
    ]);
  });
});

describe('one firm’s list, and products listed in one cell', () => {
  it('gives each row the firm named above the header, in label cells, in one line of labels, or in the title', async () => {
    const labelCells = books([
      [
        '某茶业',
        row(1, '企业产销对接登记表') +
          row(2, '企业名称：', '甲茶业有限公司', '统一社会信用代码：', '91520000214434146R') +
          row(3, '所在乡镇：', '新寨镇', '联系人：', '杨某') +
          row(5, '类别', '产品', '数量', '单位') +
          row(6, '供应', '绿茶', '2', '吨') +
          row(7, '需求', '茶叶礼盒', '1万', '个') +
          row(9, '填表人（签字）：   企业（盖章）：'),
      ],
      [
        '另一家',
        row(1, '企业名称：乙茶业有限公司', '', '统一社会信用代码：914403001922038216') +
          row(2, '类别', '产品', '数量') +
          row(3, '供应', '红茶', '3吨'),
      ],
    ]);
    const parsed = await parseSpreadsheet(labelCells);
    expect(parsed.rows.map((r) => [r.row, r.cells.enterpriseName, r.cells.creditCode, r.cells.title])).toEqual([
      [6, '甲茶业有限公司', '91520000214434146R', '绿茶'],
      [7, '甲茶业有限公司', '91520000214434146R', '茶叶礼盒'],
      [3, '乙茶业有限公司', '914403001922038216', '红茶'],
    ]);
    expect(parsed.rows[0].cells).toMatchObject({ regionCode: '新寨镇', contactName: '杨某' });
    const csv =
      '某县某锑业有限公司2027年原辅材料采购需求（统一社会信用代码：91520000214434146R）\n' +
      '联系人：王某（采购部）　电话：13800001111　　需求有效期：2027年3月31日\n' +
      '物料名称,规格,年用量,计量单位\n' +
      '焦炭,一级冶金焦,3000,吨\n';
    const titled = (await parseSpreadsheet(Buffer.from(csv))).rows;
    expect(titled[0].cells).toMatchObject({
      enterpriseName: '某县某锑业有限公司',
      creditCode: '91520000214434146R',
      contactName: '王某（采购部）',
      contactPhone: '13800001111',
      kind: '需求',
    });
    expect(titled[0].listValidUntil).toBe('2027年3月31日');
  });

  it('reads a kind column of 1 and 2 with no code list as 供应 and 需求, and English export keys', async () => {
    const csv =
      'company_name,uscc,demand_type,product_name,product_spec,qty,qty_unit,expire_date\n' +
      '甲公司,91520000214434146R,1,柚子,二级,50,吨,20270430\n' +
      '乙公司,914403001922038216,2,纸箱,五层,3000,个,0\n';
    const rows = (await parseSpreadsheet(Buffer.from(csv))).rows;
    expect(
      rows.map((r) => [r.cells.kind, r.cells.title, r.cells.specification, r.cells.unit, r.cells.validUntil]),
    ).toEqual([
      ['供应', '柚子', '二级', '吨', '20270430'],
      ['需求', '纸箱', '五层', '个', '0'],
    ]);
  });

  it('splits a cell of products with their amounts into a listing each, and leaves a list of names alone', async () => {
    const csv =
      '企业名称,统一社会信用代码,类型,配套需求（品名及数量）\n' +
      '甲公司,91520000214434146R,需求,云杉面板5万片、玫瑰木背板3万套；吉他弦10万套\n' +
      '乙公司,914403001922038216,需求,琴桥、弦枕（牛骨）各5万个；纸箱8万只（五层瓦楞，约6元/只）\n' +
      '丙公司,93520000MA6J0EL4Q8,供应,大白菜、莲花白\n';
    const rows = (await parseSpreadsheet(Buffer.from(csv))).rows;
    expect(rows.map((r) => [r.row, r.sheet, r.cells.title, r.cells.quantity, r.cells.specification])).toEqual([
      [2, '表·第1项', '云杉面板', '5万片', undefined],
      [2, '表·第2项', '玫瑰木背板', '3万套', undefined],
      [2, '表·第3项', '吉他弦', '10万套', undefined],
      [3, '表·第1项', '琴桥', '5万个', undefined],
      [3, '表·第2项', '弦枕（牛骨）', '5万个', undefined],
      [3, '表·第3项', '纸箱', '8万只', '五层瓦楞，约6元/只'],
      [4, null, '大白菜、莲花白', undefined, undefined],
    ]);
  });
});

describe('a listing said twice in one file', () => {
  it('keeps the later row within a sheet and the first across sheets, the other left out as a note', async () => {
    const file = books([
      [
        '镇上报',
        row(1, '企业名称', '信用代码', '类型', '产品名称', '数量') +
          row(2, '甲合作社', '91520000214434146R', '供应', '马铃薯', '1000吨') +
          row(3, '甲合作社', '91520000214434146R', '供', '马铃薯', '1200吨') +
          row(4, '甲合作社', '91520000214434146R', '需求', '马铃薯', '50吨'),
      ],
      [
        '汇总',
        row(1, '企业名称', '信用代码', '类型', '产品名称', '数量') +
          row(2, '甲合作社', '91520000214434146R', '供应', '马铃薯', '240万斤') +
          row(3, '乙公司', '914403001922038216', '供应', '马铃薯', '20吨'),
      ],
    ]);
    const parsed = await parseSpreadsheet(file);
    expect(parsed.rows.map((r) => [r.sheet, r.row, r.cells.kind, r.cells.quantity])).toEqual([
      ['镇上报', 3, '供', '1200吨'],
      ['镇上报', 4, '需求', '50吨'],
      ['汇总', 3, '供应', '20吨'],
    ]);
    expect(parsed.skipped.map((s) => [s.sheet, s.row, s.text])).toEqual(
      expect.arrayContaining([
        ['镇上报', 2, '与第 3 行重复（同一企业、类型、产品），以该行为准：马铃薯'],
        ['汇总', 2, '与工作表“镇上报”第 3 行重复（同一企业、类型、产品），以该行为准：马铃薯'],
      ]),
    );
  });
});

describe('rows that are no listing', () => {
  it('leaves out a row of filling hints under the header and a product cell that lists none', async () => {
    const csv =
      '企业名称,统一社会信用代码,供需类型,产品名称,数量,单位,所在县（市、区）\n' +
      '必填,必填，18位,供应/需求,必填,填数字,吨/千克/套等,如：正安县\n' +
      '甲公司,91520000214434146R,供应,白茶,1500,千克,正安县\n' +
      '乙公司,914403001922038216,需求,（暂无）,,,正安县\n';
    const parsed = await parseSpreadsheet(Buffer.from(csv));
    expect(parsed.rows.map((r) => r.row)).toEqual([3]);
    expect(parsed.skipped.map((s) => s.row)).toEqual([2, 4]);
  });
});

describe('a firm directory read by a stranger’s names', () => {
  it('takes a firm by its 简称 or full name, and never by a trade word two firms could share', async () => {
    const file = books([
      [
        '供需信息',
        row(1, '企业名称', '类型', '产品名称') +
          row(2, '酱源', '供应', '酱香白酒') +
          row(3, '赤水玻璃制品厂', '供应', '高白料酒瓶') +
          row(4, '玻璃包装', '需求', '纸箱') +
          row(5, '包装科技', '需求', '瓶盖') +
          row(6, '黔北玻璃厂', '需求', '石英砂') +
          row(7, '晶瓷', '供应', '陶坛'),
      ],
      [
        '企业名录',
        row(1, '简称', '企业全称', '统一社会信用代码') +
          row(2, '新玻', '甲新玻璃有限公司', '91520000214434146R') +
          row(3, '酱源', '仁怀市乙新酒业有限公司', '914403001922038216') +
          row(4, '黔北玻璃厂', '遵义某新材料有限公司', '93520000MA6J0EL4Q8') +
          row(5, '', '遵义黔北玻璃包装有限公司', '91520000MA6DKQ1X80') +
          row(6, '', '赤水市晶瓷陶瓷制品有限公司', '91520000MA6DKQ2X80'),
      ],
    ]);
    const rows = (await parseSpreadsheet(file)).rows;
    expect(rows.map((r) => [r.row, r.cells.enterpriseName, r.cells.creditCode])).toEqual([
      [2, '仁怀市乙新酒业有限公司', '914403001922038216'],
      [3, '赤水玻璃制品厂', undefined],
      [4, '玻璃包装', undefined],
      [5, '包装科技', undefined],
      [6, '遵义某新材料有限公司', '93520000MA6J0EL4Q8'],
      [7, '赤水市晶瓷陶瓷制品有限公司', '91520000MA6DKQ2X80'],
    ]);
  });
});

describe('a distillery’s own list, and an export’s broken formulas', () => {
  it('names the firm by its title where a line of labels gives only its code, keeps one product by the bottle and by the case, and reads #DIV/0! as blank', async () => {
    const csv =
      '三都某酒业有限责任公司产品供应清单\n' +
      '统一社会信用代码：91520000214434146R　　联系人：潘某　　电话：13908549632\n' +
      '序号,产品名称,规格,单位,可供数量,单价（元）\n' +
      '1,九阡酒,500ml,瓶,20000,58\n' +
      '2,九阡酒,500ml×6瓶/箱,箱,3000,#DIV/0!\n';
    const rows = (await parseSpreadsheet(Buffer.from(csv))).rows;
    expect(rows.map((r) => [r.row, r.cells.enterpriseName, r.cells.creditCode, r.cells.unit, r.cells.price])).toEqual([
      [4, '三都某酒业有限责任公司', '91520000214434146R', '瓶', '58元'],
      [5, '三都某酒业有限责任公司', '91520000214434146R', '箱', undefined],
    ]);
  });
});

describe('a row that gives an offer and a demand', () => {
  it('reads a list of pairs (供方 | 需方 over one product) as the supplier’s offer and the buyer’s demand', async () => {
    const csv =
      '序号,供方企业,供方信用代码,需方企业,需方信用代码,产品,意向数量,单位\n' +
      '1,甲煤业有限公司,91520000214434146R,乙发电有限公司,914403001922038216,电煤,120000,吨\n' +
      '2,丙合作社,93520000MA6J0EL4Q8,待定,,樱桃,50,吨\n';
    const rows = (await parseSpreadsheet(Buffer.from(csv))).rows;
    expect(rows.map((r) => [r.row, r.sheet, r.cells.kind, r.cells.enterpriseName, r.cells.title])).toEqual([
      [2, '表·供应', '供应', '甲煤业有限公司', '电煤'],
      [2, '表·需求', '需求', '乙发电有限公司', '电煤'],
      [3, '表·供应', '供应', '丙合作社', '樱桃'],
      [3, '表·需求', '需求', '待定', '樱桃'],
    ]);
  });

  it('splits a form’s answers two in a cell when both kinds are ticked', async () => {
    const csv =
      '企业名称,统一社会信用代码,供需方向,产品/服务名称,数量,计量单位\n' +
      '甲合作社,91520000214434146R,"供给,需求",蜂糖李；复合肥,150；80,吨；吨\n';
    const rows = (await parseSpreadsheet(Buffer.from(csv))).rows;
    expect(rows.map((r) => [r.sheet, r.cells.kind, r.cells.title, r.cells.quantity, r.cells.unit])).toEqual([
      ['表·供应', '供应', '蜂糖李', '150', '吨'],
      ['表·需求', '需求', '复合肥', '80', '吨'],
    ]);
  });
});

describe('a place in two columns, the township first', () => {
  it('reads 所在乡镇 | 所在县 as the county and its township', async () => {
    const csv =
      '企业名称,统一社会信用代码,类型,产品名称,所在乡镇,所在县\n甲,91520000214434146R,供应,李子,简嘎乡,镇宁县\n乙,914403001922038216,供应,桃,良田镇,\n';
    const rows = (await parseSpreadsheet(Buffer.from(csv))).rows;
    expect(rows.map((r) => r.cells.regionCode)).toEqual(['镇宁县简嘎乡', '良田镇']);
  });

  it('reads 所在园区 | 所属区县 as the county and its park, though a park ends in 区 as a county does', async () => {
    const csv =
      '企业名称,统一社会信用代码,类型,产品名称,所在园区,所属区县\n甲,91520000214434146R,供应,电容,黔中电子产业园区,龙里县\n乙,914403001922038216,需求,纸箱,双龙综合保税区,南明区\n丙,91520000214434146R,供应,茶,都匀经济开发区,都匀市\n';
    const rows = (await parseSpreadsheet(Buffer.from(csv))).rows;
    expect(rows.map((r) => r.cells.regionCode)).toEqual([
      '龙里县黔中电子产业园区',
      '南明区双龙综合保税区',
      '都匀市都匀经济开发区',
    ]);
  });
});

describe('listings written as sentences', () => {
  it('reads a sheet of sentences pasted from a document, one listing (or two) to a row, and leaves the rest as notes', async () => {
    const csv = [
      '某县供需信息汇总（各乡镇报送；未注明有效期的统一至2027年6月底）',
      '一、供应信息',
      '"1.某县甲镇李子种植专业合作社（93520000MA6J0EL4Q8）供应蜂糖李300吨，价格8-12元/斤，有效期至2027年8月31日，联系人：韦某 13800001111。"',
      '"2.需求：某县乙食品有限公司（91520000214434146R）收购鲜辣椒50吨，收购价3元/斤左右，联系人：王某 13900002222。"',
      '"3.某县丙茶业有限公司（914403001922038216），供应绿茶2吨，600元/斤；另需求茶叶礼盒5000个，用于线上店铺销售，价格面议。"',
      '4.',
      '"5.某村群众（约20户）供应土豆30吨，随行就市。"',
    ].join('\n');
    const parsed = await parseSpreadsheet(Buffer.from(csv));
    expect(
      parsed.rows.map((r) => [
        r.row,
        r.cells.kind,
        r.cells.enterpriseName,
        r.cells.title,
        r.cells.quantity,
        r.cells.price,
      ]),
    ).toEqual([
      [3, '供应', '某县甲镇李子种植专业合作社', '蜂糖李', '300吨', '8-12元/斤'],
      [4, '需求', '某县乙食品有限公司', '鲜辣椒', '50吨', '3元/斤左右'],
      [5, '供应', '某县丙茶业有限公司', '绿茶', '2吨', '600元/斤'],
      [5, '需求', '某县丙茶业有限公司', '茶叶礼盒', '5000个', '面议'],
    ]);
    expect(parsed.rows[0].cells).toMatchObject({
      creditCode: '93520000MA6J0EL4Q8',
      validUntil: '2027年8月31日',
      contactName: '韦某',
      contactPhone: '13800001111',
    });
    expect(parsed.skipped.map((s) => s.row)).toEqual(expect.arrayContaining([1, 2, 6, 7]));
  });
});

describe('a reporting system’s one-character headers and a park export’s English ones', () => {
  it('reads 品名 | 计量 | 量 | 价 | 截止, and Unit Price | Currency | Valid To', async () => {
    const csv =
      '主体名称,社会信用代码,信息类别,品名,计量,量,价,截止\n' +
      '甲茶业有限公司,91520000214434146R,供应,绿茶,千克,1500,800-1200,2027/6/30\n' +
      '甲茶业有限公司,91520000214434146R,需求,茶青,千克,60000,40~60,2027/4/30\n';
    expect((await parseSpreadsheet(Buffer.from(csv))).rows[0].cells).toMatchObject({
      title: '绿茶',
      unit: '千克',
      quantity: '1500',
      price: '800-1200',
      validUntil: '2027/6/30',
    });
    const english =
      'No.,Company Name,USCC,Type,Item,Spec.,Qty,UOM,Unit Price,Currency,Valid To\n' +
      '1,乙电池材料有限公司,914403001922038216,Supply,黑粉,Ni≥35%,"2,000",t,Neg.,RMB,2027/6/30\n';
    expect((await parseSpreadsheet(Buffer.from(english))).rows[0].cells).toMatchObject({
      kind: 'Supply',
      specification: 'Ni≥35%',
      unit: 't',
      price: 'Neg.',
      priceUnit: 'RMB',
      validUntil: '2027/6/30',
    });
  });
});

/**
 * Classes five more clerks' files showed (stop 53: a coal county's WPS list with a system export, a tea
 * county's Excel 2003 list side by side, a questionnaire's export, a park's LibreOffice workbook, an
 * association's table pasted from Word); each tested here on an example of my own.
 */
describe('lists that say things their own way', () => {
  it('takes the kind a system export’s headers all name, and reads 预算 and 目标价 as prices', async () => {
    const csv =
      '序号,需求编号,企业名称,统一社会信用代码,需求产品,需求数量,计量单位,期望价格,审核状态\n' +
      '1,XQ01,甲公司,X,动力煤,30,万吨,500元/吨,已审核\n' +
      '2,XQ02,乙公司,Y,测试产品,1,吨,1,待审核\n' +
      '3,XQ03,丙公司,Z,矿用工字钢,200,吨,面议,已撤回\n' +
      '4,XQ04,丁公司,W,锚杆,2万,套,面议,已退回\n' +
      '5,XQ05,戊公司,V,钢带,50,吨,面议,审核不通过\n';
    const sheet = await parseSpreadsheet(Buffer.from(csv));
    expect(sheet.rows.map((r) => [r.cells.kind, r.cells.title, r.cells.price])).toEqual([
      ['需求', '动力煤', '500元/吨'],
    ]);
    const plan = await parseSpreadsheet(
      Buffer.from(
        '企业名称,统一社会信用代码,类型,物料名称,年需求量,单位,目标价（元）,采购预算\n甲公司,X,需求,冷轧板,300,吨,5100,\n',
      ),
    );
    expect(plan.rows[0].cells.price).toBe('5100元');
    expect(plan.ignoredColumns).toEqual([]);
  });

  it('reads a row naming several products, its amount and price cells naming each, as a listing per product', async () => {
    const csv =
      '序号,企业名称,统一社会信用代码,供需类型,产品/服务名称,规格型号,数量,单位,价格（元）\r\n' +
      '3,甲公司,X,供应,保税仓储、报关报检代理,综保区内保税仓,仓库5000㎡；报关每月可接500票,,仓储35~45元/㎡·月；报关150元/票\r\n' +
      '9,乙公司,Y,供应,数据线、充电器,Type-C,月产能各约10万,件,数据线3-8元，充电器8-15元\r\n' +
      '23,丙公司,Z,供应,缠绕膜、封箱胶带,23μ,缠绕膜200吨，胶带5000卷,,缠绕膜1.05-1.2万/吨；胶带面议\r\n' +
      // no cell names its products: one listing, as written; a size list is no list of products
      '24,丁公司,W,需求,纸箱、托盘,,5万个,,面议\r\n' +
      '25,戊公司,V,供应,210ml、280ml玻璃瓶,,100万,只,0.6元/只\r\n' +
      // a clause naming none of the title's products: no reading by product
      '26,己公司,U,供应,冷库、冷藏车,,库容3000吨；价格另议,,面议\r\n';
    const sheet = await parseSpreadsheet(Buffer.from(csv));
    expect(sheet.rows.map((r) => [r.cells.title, r.cells.quantity, r.cells.unit, r.cells.price])).toEqual([
      ['保税仓储', '5000m2', undefined, '35~45元/m2·月'],
      ['报关报检代理', '每月可接500票', undefined, '150元/票'],
      ['数据线', '月产能约10万', '件', '3-8元'],
      ['充电器', '月产能约10万', '件', '8-15元'],
      ['缠绕膜', '200吨', undefined, '1.05-1.2万/吨'],
      ['封箱胶带', '5000卷', undefined, '面议'],
      ['纸箱、托盘', '5万个', undefined, '面议'],
      ['210ml、280ml玻璃瓶', '100万', '只', '0.6元/只'],
      ['冷库、冷藏车', '库容3000吨；价格另议', undefined, '面议'],
    ]);
  });

  it('reads a product cell holding the amount and the price, their own cells blank, as all three', async () => {
    const csv =
      '序号,企业名称,统一社会信用代码,供需类别,产品名称,规格,数量,单位,价格（元）\r\n' +
      '1,甲公司,X,供应,电解锰 5000吨 1.3万/吨,,,,\r\n' +
      '2,甲公司,X,需求,碳酸锂（电池级）1500吨 7-8万/吨,,,,\r\n' +
      '3,甲公司,X,需求,辊道窑 2台 面议,,,,\r\n' +
      '4,乙公司,Y,供应,锰酸锂 3000吨/年 3.2万/吨,,,,\r\n' +
      // a size in the name, or an amount with no price after it, is the name as written
      '5,乙公司,Y,供应,茶叶礼盒 250克,,,,\r\n' +
      '6,乙公司,Y,供应,PE管 110mm,,2000,米,\r\n';
    const sheet = await parseSpreadsheet(Buffer.from(csv));
    expect(sheet.rows.map((r) => [r.cells.title, r.cells.quantity, r.cells.price])).toEqual([
      ['电解锰', '5000吨', '1.3万/吨'],
      ['碳酸锂（电池级）', '1500吨', '7-8万/吨'],
      ['辊道窑', '2台', '面议'],
      ['锰酸锂', '3000吨/年', '3.2万/吨'],
      ['茶叶礼盒 250克', undefined, undefined],
      ['PE管 110mm', '2000', undefined],
    ]);
  });

  it('names one firm’s product in two specifications after each, so that neither listing is written over the other', async () => {
    const csv =
      '序号,企业名称,统一社会信用代码,供需,产品名称,品种/规格,数量,单位\r\n' +
      '1,甲合作社,X,供,甘蓝,莲花白，单个1.5-2.5kg,3000,吨\r\n' +
      '2,乙公司,Y,供,白酒,500ml,1万,瓶\r\n' +
      '3,甲合作社,X,供,甘蓝,中甘21，2027年夏秋订单生产,5000,吨\r\n' +
      '4,乙公司,Y,供,白酒,500ml×6瓶/箱,2000,箱\r\n' +
      // the same product with no specification the second time stays as written
      '5,丙公司,Z,需,纸箱,五层,5万,个\r\n' +
      '6,丙公司,Z,需,纸箱,,2万,个\r\n';
    const sheet = await parseSpreadsheet(Buffer.from(csv));
    expect(sheet.rows.map((r) => r.cells.title)).toEqual([
      '甘蓝（莲花白）',
      '白酒（500ml）',
      '甘蓝（中甘21）',
      '白酒（500ml×6瓶/箱）',
      '纸箱（五层）',
      '纸箱',
    ]);
  });

  it('reads a WeChat 接龙 pasted under the table, an entry to a cell or over several, its firm by the code given above', async () => {
    const file = books([
      [
        '供需汇总',
        row(1, '序号', '企业名称', '统一社会信用代码', '供需', '产品名称', '数量', '价格') +
          row(2, '1', '甲茶业有限公司', '91522701MA61MJ3BXE', '供', '都匀毛尖', '2吨', '800元/斤') +
          row(
            3,
            '18. 乙茶机销售有限公司 91522701MA6WMLKX19 供：茶叶揉捻机20台，1.2-3.8万元/台；名优茶自动化生产线2条，价格面议。有效期至2027年12月31日',
          ) +
          row(4, '19. 丙饮用水有限公司（91522701MA6M4L1F6E）') +
          row(5, '供：桶装山泉水，10万桶/年，12元/桶') +
          row(6, '需：550ml瓶坯 800万只 0.12-0.15元/只') +
          row(7, '有效期：2027年6月30日  联系人：杨某') +
          row(8, '21. 甲茶业有限公司（代码同第1条）需：溯源系统1项，面议，长期') +
          row(9, '合计', '共3家') +
          row(10, '1、价格为企业自报参考价') +
          row(11, '县商务局（盖章）'),
      ],
    ]);
    const parsed = await parseSpreadsheet(file);
    expect(
      parsed.rows.map((r) => [
        r.row,
        r.cells.enterpriseName,
        r.cells.creditCode,
        r.cells.kind,
        r.cells.title,
        r.cells.quantity,
      ]),
    ).toEqual([
      [2, '甲茶业有限公司', '91522701MA61MJ3BXE', '供', '都匀毛尖', '2吨'],
      [3, '乙茶机销售有限公司', '91522701MA6WMLKX19', '供应', '茶叶揉捻机', '20台'],
      [3, '乙茶机销售有限公司', '91522701MA6WMLKX19', '供应', '名优茶自动化生产线', '2条'],
      [4, '丙饮用水有限公司', '91522701MA6M4L1F6E', '供应', '桶装山泉水', '10万桶/年'],
      [4, '丙饮用水有限公司', '91522701MA6M4L1F6E', '需求', '550ml瓶坯', '800万只'],
      [8, '甲茶业有限公司', '91522701MA61MJ3BXE', '需求', '溯源系统', '1项'],
    ]);
    expect(parsed.skipped.map((s) => s.row)).toEqual([9, 10, 11]);
  });

  it('reads a 接龙 entry’s own date, never the example’s, and its amount after a size, its 补：需…, its trailing contact', async () => {
    const file = books([
      [
        '供需汇总',
        row(1, '序号', '企业名称', '统一社会信用代码', '供需', '产品名称', '数量', '价格', '有效期至') +
          row(2, '1. 例：某某茶业有限公司 91522701005132184A 供 都匀毛尖 1000斤 1500-2000元/斤 有效期至2027年4月30日') +
          row(3, '1', '甲茶业有限公司', '91522701MA61MJ3BXE', '供', '都匀毛尖', '2吨', '800元/斤', '2027年6月30日') +
          row(
            4,
            '20. 乙茶叶专业合作社 93522701MA69UPTJ88 需：茶园专用有机肥500吨，1100-1300元/吨，2027.3.31前 王某 13900004652',
          ) +
          row(5, '21. 甲茶业有限公司（代码同第1条）需：溯源系统1项，面议，长期 陈某') +
          row(6, '22. 丙农业开发有限公司 91522701MA6LHJG70C 供：毛尖礼盒，1万盒，268-298元/盒，至2027年底 罗某') +
          row(7, '23. 丁蔬菜专业合作社 93522701MA6GCA9968 供：高山蔬菜1500吨，1.5-2.5元/斤，2027.8.31 联系人陆某') +
          row(8, '24. 戊饮用水有限公司（91522701MA6M4L1F6E）') +
          row(9, '供：桶装山泉水18.9L，10万桶/年，12元/桶') +
          row(10, '25. 己酸汤坊 92522701MA6R51D3X3 供 红酸汤（500g/瓶）20万瓶 12-15元/瓶 长期有效 杨某 13300007612') +
          row(11, '26. 庚食品有限公司 补：需菜籽油60吨，1.15-1.25万元/吨，2027.6.30 莫某'),
      ],
    ]);
    const parsed = await parseSpreadsheet(file);
    expect(
      parsed.rows.map((r) => [
        r.row,
        r.cells.enterpriseName,
        r.cells.kind,
        r.cells.title,
        r.cells.quantity,
        r.cells.price,
        r.cells.validUntil ?? r.listValidUntil,
      ]),
    ).toEqual([
      [3, '甲茶业有限公司', '供', '都匀毛尖', '2吨', '800元/斤', '2027年6月30日'],
      [4, '乙茶叶专业合作社', '需求', '茶园专用有机肥', '500吨', '1100-1300元/吨', '2027.3.31'],
      [5, '甲茶业有限公司', '需求', '溯源系统', '1项', '面议', '长期'],
      [6, '丙农业开发有限公司', '供应', '毛尖礼盒', '1万盒', '268-298元/盒', '2027年底'],
      [7, '丁蔬菜专业合作社', '供应', '高山蔬菜', '1500吨', '1.5-2.5元/斤', '2027.8.31'],
      [8, '戊饮用水有限公司', '供应', '桶装山泉水18.9L', '10万桶/年', '12元/桶', undefined],
      [10, '己酸汤坊', '供应', '红酸汤(500g/瓶)', '20万瓶', '12-15元/瓶', '长期'],
      [11, '庚食品有限公司', '需求', '菜籽油', '60吨', '1.15-1.25万元/吨', '2027.6.30'],
    ]);
  });

  it('leaves out a product struck through on a firm’s own sheet, its name and code above the header, and its 合计', async () => {
    const struck = (r: number, ...texts: string[]) =>
      `<row r="${r}">${texts.map((t, j) => `<c r="${String.fromCharCode(65 + j)}${r}" t="inlineStr" s="1"><is><t>${t}</t></is></c>`).join('')}</row>`;
    const data = zipOf({
      'xl/workbook.xml':
        '<workbook><sheets><sheet name="某合作社（自报）" sheetId="1" r:id="rId1"/></sheets></workbook>',
      'xl/_rels/workbook.xml.rels':
        '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
      'xl/styles.xml':
        '<styleSheet><fonts count="2"><font><sz val="11"/></font><font><strike val="1"/><sz val="11"/></font></fonts><cellXfs><xf numFmtId="0" fontId="0"/><xf numFmtId="0" fontId="1"/></cellXfs></styleSheet>',
      'xl/worksheets/sheet1.xml': `<worksheet><sheetData>${
        row(1, '赤水市某某乌骨鸡养殖专业合作社2025年产品供需情况表') +
        row(2, '统一社会信用代码：93520381MA6L7CL7T3　　联系人：刘某　　电话：18272630602') +
        row(4, '序号', '供/需', '产品名称', '规格', '数量', '单位', '单价') +
        row(5, '1', '供', '乌骨鸡', '2.5-3斤/只', '2', '万只', '90元/只') +
        struck(6, '2', '供', '乌骨鸡蛋礼盒', '30枚/盒', '2000', '盒', '88元/盒') +
        row(7, '合计', '合计', '合计', '合计', '合计', '合计', '合计', '180')
      }</sheetData><mergeCells count="1"><mergeCell ref="A7:G7"/></mergeCells></worksheet>`,
    });
    const parsed = await parseSpreadsheet(data);
    expect(parsed.rows.map((r) => [r.cells.title, r.cells.creditCode])).toEqual([['乌骨鸡', '93520381MA6L7CL7T3']]);
    expect(parsed.skipped.map((s) => s.text)).toContain('已划去（删除线）：乌骨鸡蛋礼盒');
  });

  it('reads which 序号 and which statuses an office’s notes leave out, and which they keep', () => {
    expect([
      ...serialsLeftOut([
        '3. 序号1为表单发布时我局测试提交，不是企业数据，请勿录入。',
        '4. 序号7与序号6完全相同（企业重复点了提交），以序号6为准。',
        '5. 序号15数量填错，企业当天下午重新提交了序号16，以序号16为准（需求2000吨），序号15作废。',
        '6. 序号33（某某 工控机需求）企业电话告知已自行采购，撤回，请勿录入；同一企业序号32工业网关供应信息保留。',
        '7. 序号34为清镇市企业，信息保留供参考。',
        '8. 序号12为检测设备需求，测试仪另报。',
      ]),
    ]).toEqual(['1', '15', '33']);
    // 第N条 too, and 以上几条请勿上平台 for the rows the sentences before it named; of two named as the same, the first
    expect(
      [
        ...serialsLeftOut([
          '说明：第1条是我们发问卷前的测试；第21条与第13条是恒通公司两人各报了一次，同一产品；第15条脱硫石膏需求企业已撤回（见第32条）。以上几条请勿上平台。第33条为外县合作社，一并报上。',
        ]),
      ].sort(),
    ).toEqual(['1', '15', '21']);
    expect([
      ...valuesLeftOut(['说明：1.审核状态为“待审核”“已撤销”的请勿上平台。2.“元/斤”“元/kg”按企业原填写。']),
    ]).toEqual(['待审核', '已撤销']);
  });

  it('reads the amount, the price and the date of a message pasted over their columns, and keeps the first of two rows alike', async () => {
    expect(spokenEntry('鸭蛋每个月能出40万个左右，批发1块1到1块3一个，明年6月底前都有货')).toEqual({
      quantity: '40万个左右',
      price: '1块1到1块3一个',
      validUntil: '明年6月底',
    });
    expect(spokenEntry('我们厂一年要收玉米两千吨左右，2700一吨，价格可以谈，到明年底都收')).toEqual({
      quantity: '两千吨左右',
      price: '2700一吨',
      validUntil: '明年底',
    });
    expect(spokenEntry('烧烤竹签每个月20吨左右，8000一吨，长期有货')).toEqual({
      quantity: '20吨左右',
      price: '8000一吨',
      validUntil: '长期',
    });
    const said = '社里干木耳还有3000来斤，45一斤，要的联系';
    const file = books([
      [
        '汇总',
        row(
          1,
          '序号',
          '企业名称',
          '统一社会信用代码',
          '供需类别',
          '产品名称',
          '数量',
          '单位',
          '价格',
          '有效期至',
          '备注',
        ) +
          row(2, '1', '甲合作社', '93522624MA6E8CK20N', '供应', '干木耳', said, said, said, said, '11月28日微信') +
          row(3, '2', '甲合作社', '93522624MA6E8CK20N', '供应', '干木耳', said, said, said, said, '11月29日微信'),
      ],
    ]);
    const parsed = await parseSpreadsheet(file);
    expect(parsed.rows.map((r) => [r.row, r.cells.quantity, r.cells.unit, r.cells.price, r.cells.remark])).toEqual([
      [2, '3000来斤', undefined, '45一斤', `11月28日微信；原话：${said}`],
    ]);
  });

  it('leaves out the rows a 说明 sheet names by 序号, and those of a status a note names; codes in a header’s brackets', async () => {
    const file = books([
      [
        '征集表',
        row(
          1,
          '序号',
          '企业名称',
          '统一社会信用代码',
          '供需类别(1供应 2需求)',
          '产品名称',
          '数量',
          '数量单位',
          '价格',
          '审核状态',
        ) +
          row(2, '1', '甲公司', '91520113MA6DN4KX2E', '1', '铝棒', '1.2万', '吨', '18800元/吨', '审核通过') +
          row(3, '2', '乙公司', '91520113MACBE03L82', '2', '工控机', '100', '台', '面议', '审核通过') +
          row(4, '3', '丙公司', '91520113MA6DN4KX3C', '2', '铝锭', '500', '吨', '面议', '待审核') +
          // the amount and the price each merged across their columns, as typed in by hand
          row(5, '4', '丁合作社', '93520221MA6EQ5J4XD', '供应', '小黄姜', '约1500吨', '约1500吨', '2.5-3元/斤', '') +
          row(7, '说明：审核状态为“待审核”的请勿录入。'),
      ],
      ['说明', row(1, '1. 序号2（工控机需求）企业电话告知已自行采购，撤回，请勿录入；序号1保留。')],
    ]);
    const parsed = await parseSpreadsheet(file);
    expect(parsed.rows.map((r) => [r.cells.kind, r.cells.title, r.cells.quantity, r.cells.unit])).toEqual([
      ['供应', '铝棒', '1.2万', '吨'],
      ['供应', '小黄姜', '约1500吨', undefined],
    ]);
    expect(parsed.skipped.map((s) => s.text)).toEqual(
      expect.arrayContaining(['说明中注明不录入（序号2）：工控机', '说明中注明不录入（待审核）：铝锭']),
    );
  });

  it('reads the notes beside a table as the list’s, not a row’s, and leaves out the ledger the list was compiled from', async () => {
    const header = row(1, '序号', '企业名称', '统一社会信用代码', '类别', '产品名称', '数量', '单位');
    const file = books([
      [
        '报送表',
        header +
          row(
            2,
            '1',
            '甲乐器有限公司',
            '91520324MA6DKL3R0X',
            '需求',
            '吉他弦',
            '12万',
            '套',
            '',
            '1. 本表根据园区企业供需台账（见“台账”工作表）和电话核实整理。',
          ) +
          row(
            3,
            '2',
            '乙琴弦有限公司',
            '91520324MA6DY2H49N',
            '供应',
            '吉他弦',
            '60万',
            '套',
            '',
            '2. 序号3企业已撤回，留着备查，请勿录入。',
          ) +
          row(
            4,
            '3',
            '丙木业有限公司',
            '915203243145208678',
            '供应',
            '云杉板材',
            '300',
            '立方米',
            '',
            '3. 序号4与序号1重复，以序号1为准。',
          ) +
          row(5, '4', '丁电子有限公司', '91520324MA6HB9K1WK', '供应', '拾音器', '15万', '只'),
      ],
      [
        '台账',
        row(1, '序号', '企业名称', '统一社会信用代码', '供/需', '产品', '数量', '单位', '状态') +
          row(2, '1', '甲乐器有限公司', '91520324MA6DKL3R0X', '需求', '瓦楞纸箱', '5万', '个', '已对接'),
      ],
    ]);
    const parsed = await parseSpreadsheet(file);
    expect(parsed.rows.map((r) => [r.sheet, r.cells.title])).toEqual([
      ['报送表', '吉他弦'],
      ['报送表', '吉他弦'],
      ['报送表', '拾音器'],
    ]);
    expect(parsed.skipped.map((r) => r.text)).toEqual(
      expect.arrayContaining(['说明中注明不录入（序号3）：云杉板材', '工作表“台账”是本表整理的来源（见说明），未导入']),
    );
  });

  it('reads a firm’s row of what it offers and what it buys, each cell several products with their amounts and prices', async () => {
    const header = row(
      3,
      '序号',
      '企业名称',
      '统一社会信用代码',
      '主营产品',
      '可供应产品及数量',
      '需采购产品及数量',
      '联系人',
    );
    const file = books([
      [
        '本月（以此为准）',
        row(1, '某区参加产销对接活动企业供需清单') +
          row(2, '说明：请以本表为准；“旧表”工作表为上月初报数据，仅留档对照，请勿重复录入。') +
          header +
          row(
            4,
            '1',
            '甲冶金有限公司',
            '91520304MA6DKL3R0X',
            '锰铁、硅锰',
            '高碳锰铁（FeMn68）2万吨/年，0.62～0.68万元/吨\n硅锰合金8000吨',
            '锰矿石（Mn≥30%）5万吨；\n冶金焦3万吨（价格面议）',
            '王某',
            '硅锰合金已与下游签长协，本次取消',
          ) +
          row(
            5,
            '2',
            '乙食品有限公司',
            '91520304MA6DY2H49N',
            '辣椒制品',
            '油辣椒20万瓶（280g/瓶，9元/瓶）',
            '无',
            '李某',
          ) +
          row(
            6,
            '3',
            '丙合作社',
            '93520304MA6E17RQ06',
            '辣椒种植',
            '干辣椒150吨（现货，12元/斤，截至2027年2月底）',
            '/',
            '张某',
          ),
      ],
      [
        '旧表',
        header + row(4, '1', '甲冶金有限公司', '91520304MA6DKL3R0X', '锰铁', '高碳锰铁1.5万吨', '锰矿石4万吨', '王某'),
      ],
    ]);
    const parsed = await parseSpreadsheet(file);
    expect(
      parsed.rows.map((r) => [
        r.sheet,
        r.cells.kind,
        r.cells.title,
        r.cells.quantity,
        r.cells.price,
        r.cells.validUntil,
      ]),
    ).toEqual([
      ['本月（以此为准）·供应', '供应', '高碳锰铁(FeMn68)', '2万吨/年', '0.62~0.68万元/吨', undefined],
      ['本月（以此为准）·需求·第1项', '需求', '锰矿石(Mn≥30%)', '5万吨', undefined, undefined],
      ['本月（以此为准）·需求·第2项', '需求', '冶金焦', '3万吨', '面议', undefined],
      ['本月（以此为准）·供应', '供应', '油辣椒', '20万瓶', '9元/瓶', undefined],
      ['本月（以此为准）·供应', '供应', '干辣椒', '150吨', '12元/斤', '2027年2月底'],
    ]);
    expect(parsed.skipped.map((r) => r.text)).toContain('工作表“旧表”按说明仅留档对照，未导入');
  });

  it('reads a shop export: the unit a remark says the stock is in, a test listing and a copy of another left out', async () => {
    const csv =
      '某县电商中心 供应产品清单,,,,,,,\r\n' +
      '商品名称,规格,单位,库存,售价,企业名称,统一社会信用代码,备注\r\n' +
      '蜂糖李 5斤装,5斤/件,件,8000,88,甲合作社,X,库存是按斤报的，售价是每件5斤的价\r\n' +
      '香脆油辣椒 280g,280g/瓶,瓶,300,15.8,乙公司,Y,这个库存报的是箱数，24瓶/箱\r\n' +
      '波波糖礼盒 400g×2盒,400g×2盒,盒,1500,58,丙公司,Z,\r\n' +
      '测试商品 请勿拍下,默认,件,99,0.01,丙公司,Z,\r\n' +
      '【年货节】波波糖礼盒 400g×2盒,400g×2盒,盒,1500,58,丙公司,Z,和上面的礼盒是同一个商品，活动专区复制的\r\n' +
      '石头粑,20袋/箱,箱,150,160,丁加工坊,W,和上面是同一企业\r\n';
    const sheet = await parseSpreadsheet(Buffer.from(csv));
    expect(sheet.rows.map((r) => [r.cells.title, r.cells.quantity, r.cells.unit, r.cells.price])).toEqual([
      ['蜂糖李 5斤装', '8000', '斤', '88元/件'],
      ['香脆油辣椒 280g', '300', '箱', '15.8元/瓶'],
      ['波波糖礼盒 400g×2盒', '1500', '盒', '58'],
      ['石头粑', '150', '箱', '160'],
    ]);
  });

  it('puts back the cells of rows pasted without their merged leading cells, and reads the kind a row says of itself', async () => {
    const csv =
      '村寨,合作社,信用代码,产品,数量,价格,供应时间,联系人电话,备注,局里核对\r\n' +
      '甲镇乙村,乙村茶叶专业合作社,93522631MA6EXP1LCE,毛尖茶,600斤,300元/斤,2027年5月31日,石某 13885505287,,\r\n' +
      // the village, the co-op and its code lost in the paste: the row below them moved three columns left
      '茶青（鲜叶）,3万斤,面议,2027年4月30日前,石某 13885505287,交县里茶企,,,,串列了\r\n' +
      '鸭苗（需要）,5000只,4-5元/只,2027年4月15日前要,石某 13885505287,缺苗，求购,,,,\r\n' +
      '干香菇 3000斤,40元/斤,常年,石某 13885505287,,,,,,\r\n' +
      '稻田鸭,1500只,65元/只,2027年9月30日,石某,已被客户包了，这次不报,,,,不报\r\n' +
      // the village alone lost: one column
      '丙村香禾糯种植专业合作社,93522631MA6QRTTWD8,香禾糯米,2万斤,10元/斤,至2027年1月,吴某 18212077395,,,往左串一格\r\n';
    const sheet = await parseSpreadsheet(Buffer.from(csv));
    expect(
      sheet.rows.map((r) => [r.cells.enterpriseName, r.cells.kind, r.cells.title, r.cells.quantity, r.cells.price]),
    ).toEqual([
      ['乙村茶叶专业合作社', '供应', '毛尖茶', '600斤', '300元/斤'],
      ['乙村茶叶专业合作社', '供应', '茶青（鲜叶）', '3万斤', '面议'],
      ['乙村茶叶专业合作社', '需求', '鸭苗', '5000只', '4-5元/只'],
      ['乙村茶叶专业合作社', '供应', '干香菇', '3000斤', '40元/斤'],
      ['丙村香禾糯种植专业合作社', '供应', '香禾糯米', '2万斤', '10元/斤'],
    ]);
    expect(sheet.rows.map((r) => r.cells.validUntil)).toEqual([
      '2027年5月31日',
      '2027年4月30日前',
      '2027年4月15日前要',
      '常年',
      '至2027年1月',
    ]);
  });

  it('reads a questionnaire’s numbered products (8.供应产品1名称 | 9.供应产品1数量 …) as a listing each, and its 其他〖头〗', async () => {
    const csv =
      '序号,提交答卷时间,来源,来源详情,来自IP,1.企业全称,2.统一社会信用代码,' +
      '3.供应产品1名称,4.供应产品1数量,5.供应产品1单价（元）,6.供应产品1计量单位,7.是否还有其他供应产品,' +
      '8.供应产品2名称,9.供应产品2数量,10.供应产品2单价（元）,11.供应产品2计量单位,' +
      '12.采购产品1名称,13.采购产品1数量,14.采购产品1期望价格（元）,15.采购产品1计量单位,16.信息有效期至\r\n' +
      '1,2026/11/12 9:42:13,微信,直接访问,117.189.42.118(贵州-黔南),甲茶业有限公司,X,黄金茶,3000,800-1200元/斤,斤,是,夏秋绿茶,50,60元/斤,吨,茶青,100,25-80元/斤,吨,2027年6月30日\r\n' +
      '2,2026/11/12 15:03:40,手机提交,直接访问,223.104.96.201(贵州-黔南),乙养殖有限公司,Y,生猪,8000,随行就市,其他〖头〗,否,(跳过),(跳过),(跳过),(跳过),(跳过),(跳过),(跳过),(跳过),2027.12.31\r\n';
    const sheet = await parseSpreadsheet(Buffer.from(csv));
    expect(
      sheet.rows.map((r) => [
        r.cells.enterpriseName,
        r.cells.kind,
        r.cells.title,
        r.cells.quantity,
        r.cells.unit,
        r.cells.price,
      ]),
    ).toEqual([
      ['甲茶业有限公司', '供应', '黄金茶', '3000', '斤', '800-1200元/斤'],
      ['甲茶业有限公司', '供应', '夏秋绿茶', '50', '吨', '60元/斤'],
      ['甲茶业有限公司', '需求', '茶青', '100', '吨', '25-80元/斤'],
      ['乙养殖有限公司', '供应', '生猪', '8000', '头', '随行就市'],
    ]);
    expect(sheet.rows.every((r) => r.cells.description === undefined)).toBe(true);
  });

  it('reads a form tool’s repeated groups named before their questions (产品1-供应还是需求 | 产品1-产品名称 …)', async () => {
    const csv =
      '提交者（自动）,企业名称,统一社会信用代码,产品1-供应还是需求,产品1-产品名称,产品1-数量（请注明单位）,产品1-价格（元）,是否还有其他产品需要填报？,产品2-供应还是需求,产品2-产品名称,产品2-数量（请注明单位）,产品2-价格（元）\r\n' +
      '罗某,甲包装有限公司,X,供应,瓦楞纸箱,300万个,1.2-3.5元/个,是,需求,瓦楞原纸,8000吨,3200-3600元/吨\r\n';
    const sheet = await parseSpreadsheet(Buffer.from(csv));
    expect(sheet.rows.map((r) => [r.cells.kind, r.cells.title, r.cells.quantity, r.cells.price])).toEqual([
      ['供应', '瓦楞纸箱', '300万个', '1.2-3.5元/个'],
      ['需求', '瓦楞原纸', '8000吨', '3200-3600元/吨'],
    ]);
  });

  it('reads a 钉钉 approvals export: a detail table’s fields named after it, a refused approval left out', async () => {
    const csv =
      '审批编号,标题,审批状态,审批结果,企业名称,统一社会信用代码,供需明细-供需类型,供需明细-产品名称,供需明细-数量,供需明细-单位,供需明细-价格（元）\r\n' +
      '2026111509,周某提交的供需信息报送,已完成,拒绝,甲玻璃有限公司,X,供应,玻璃酒瓶,年产值2亿元,元,面议\r\n' +
      '2026111709,周某提交的供需信息报送,已完成,同意,甲玻璃有限公司,X,供应,玻璃酒瓶,3000万,只,1.2-2.6元/只\r\n' +
      ',,,,,,需求,石英砂,2万,吨,280-320元/吨\r\n';
    const sheet = await parseSpreadsheet(Buffer.from(csv));
    expect(sheet.rows.map((r) => [r.cells.kind, r.cells.title, r.cells.quantity, r.cells.unit])).toEqual([
      ['供应', '玻璃酒瓶', '3000万', '只'],
      ['需求', '石英砂', '2万', '吨'],
    ]);
  });

  it('reads forms stacked on one sheet, each with its sections, its own column order and the unit its header gives', async () => {
    const title = Array(6).fill('某县企业供需登记表').join(',');
    const csv = [
      title,
      '企业名称,甲茶业有限公司,,统一社会信用代码,91520623MA6DN7RX2F,',
      '所在乡镇,龙塘镇,,联系电话,13985614720,',
      '一、供应产品,一、供应产品,一、供应产品,一、供应产品,一、供应产品,一、供应产品',
      '序号,产品名称,规格,可供数量,单位,价格（元）,有效期至',
      '1,苔茶,一级,30,吨,300-800元/斤,2027年6月30日',
      '二、需求产品,二、需求产品,二、需求产品,二、需求产品,二、需求产品,二、需求产品',
      '序号,产品名称,规格,需求数量,单位,价格（元）',
      '1,茶青,一芽一叶,200,吨,30-60元/斤',
      '填表日期,2026年11月18日,,企业盖章,（已盖章）,',
      '',
      title,
      '企业名称,乙腊肉加工坊,,统一社会信用代码,92520623MA6GN0R83Y,',
      '一、供应产品,一、供应产品,一、供应产品,一、供应产品,一、供应产品,一、供应产品',
      // this firm deleted the 规格 column and priced by the 斤 in its header
      '序号,产品名称,可供数量,单位,价格（元/斤）,',
      '1,腊肉,10,吨,38-45,',
      '填表日期,2026年11月26日,,企业盖章,（章）,',
      '',
      title,
      // a co-op that wrote its products in sentences under the sections, with no small header
      '企业名称,丙天麻合作社,,统一社会信用代码,93520623MA6E7G2H1N,',
      '一、供应产品,一、供应产品,一、供应产品,一、供应产品,一、供应产品,一、供应产品',
      '本社2027年可供应鲜天麻约20吨，每公斤40-60元；天麻干片约2吨，价格面议。,,,,,',
      '二、需求产品,二、需求产品,二、需求产品,二、需求产品,二、需求产品,二、需求产品',
      '需要购买蜜环菌菌种约5000瓶，每瓶10元左右，2027年3月底前要。,,,,,',
      '填表日期,2026年11月26日,,企业盖章,（章）,',
      '',
      `${title},与上面第1份重复，不重复登记`,
    ].join('\r\n');
    const sheet = await parseSpreadsheet(Buffer.from(csv + '\r\n'));
    expect(
      sheet.rows.map((r) => [
        r.cells.creditCode,
        r.cells.kind,
        r.cells.title,
        r.cells.quantity,
        r.cells.unit,
        r.cells.price,
      ]),
    ).toEqual([
      ['91520623MA6DN7RX2F', '供应', '苔茶', '30', '吨', '300-800元/斤'],
      ['91520623MA6DN7RX2F', '需求', '茶青', '200', '吨', '30-60元/斤'],
      ['92520623MA6GN0R83Y', '供应', '腊肉', '10', '吨', '38-45元/斤'],
      ['93520623MA6E7G2H1N', '供应', '鲜天麻', '20吨', undefined, '每公斤40-60元'],
      ['93520623MA6E7G2H1N', '供应', '天麻干片', '2吨', undefined, '面议'],
      ['93520623MA6E7G2H1N', '需求', '蜜环菌菌种', '5000瓶', undefined, '每瓶10元左右'],
    ]);
    expect(sheet.rows[5].cells.validUntil).toBe('2027年3月底前要');
  });

  it('reads the parts after a township’s own header by the list’s header again', async () => {
    const csv =
      '序号,企业名称,统一社会信用代码,供/需,产品名称,数量,单位,价格\r\n' +
      '一、甲街道,,,,,,,\r\n' +
      '1,甲公司,X,供应,茶油,30,吨,70-90元/斤\r\n' +
      '二、乙镇,,,,,,,\r\n' +
      '序号,经营主体,信用代码,类型,林地/产品,面积（亩）,,价格\r\n' +
      '1,乙合作社,Y,托管,油茶林,1500,,面议\r\n' +
      '三、丙镇,,,,,,,\r\n' +
      '1,丙合作社,Z,供应,糯米蕉,80,万斤,1.8-2.2元/斤\r\n';
    const sheet = await parseSpreadsheet(Buffer.from(csv));
    expect(sheet.rows.map((r) => [r.cells.title, r.cells.unit, r.cells.price])).toEqual([
      ['茶油', '吨', '70-90元/斤'],
      ['油茶林', undefined, '面议'],
      ['糯米蕉', '万斤', '1.8-2.2元/斤'],
    ]);
  });

  it('takes a firm’s full name over its short one, and the short one where the full is left out', async () => {
    const csv =
      '序号,企业（简称）,企业全称,统一社会信用代码,类型,产品,数量\r\n' +
      '1,广顺蛋鸡社,长顺县广顺镇绿壳蛋鸡养殖农民专业合作社,X,供应,绿壳鸡蛋,20w斤\r\n' +
      '2,长顺县长寨街道罗氏禽蛋经营部,/,Y,供应,绿壳鸡蛋,3k斤\r\n';
    const sheet = await parseSpreadsheet(Buffer.from(csv));
    expect(sheet.rows.map((r) => r.cells.enterpriseName)).toEqual([
      '长顺县广顺镇绿壳蛋鸡养殖农民专业合作社',
      '长顺县长寨街道罗氏禽蛋经营部',
    ]);
  });

  it('lets a later row that says it corrects an earlier one stand for it, its title written with other bracketed words', async () => {
    const csv =
      '企业名称,统一社会信用代码,类型,产品名称,数量,价格,备注\r\n' +
      '甲合作社,X,供应,黑木耳（干）（秋耳）,15吨,40元/斤,\r\n' +
      '乙公司,Y,供应,香菇,5吨,20元/斤,\r\n' +
      '甲合作社,X,供应,黑木耳（干）（秋耳，自然晾晒）,15吨,45-50元/斤,上次填的数量和价格不对，以这次为准\r\n';
    const sheet = await parseSpreadsheet(Buffer.from(csv));
    expect(sheet.rows.map((r) => [r.cells.title, r.cells.price])).toEqual([
      ['香菇', '20元/斤'],
      ['黑木耳（干）（秋耳，自然晾晒）', '45-50元/斤'],
    ]);
    expect(sheet.skipped.map((r) => r.text).join()).toContain('更正了本行');
  });

  it('reads a registration form’s 信息有效期 under its products as theirs, and its 盖章 line as no product', async () => {
    const file = books([
      [
        '登记表',
        row(1, '单位名称', '贵州某某工艺品有限公司', '统一社会信用代码', '91520603MA6E2Y8T0L') +
          row(2, '类别', '产品名称', '规格/材质', '数量', '价格') +
          row(3, '供应信息', '朱砂手串', '8mm', '3万串', '80—260元/串') +
          row(4, '需求信息', '包装锦盒', '植绒内衬', '10万个', '8—15元/个') +
          row(5, '信息有效期', '2027年12月31日', '2027年12月31日', '2027年12月31日', '2027年12月31日') +
          row(6, '单位（盖章）', '2026年11月30日', '2026年11月30日', '2026年11月30日', '2026年11月30日'),
      ],
    ]);
    const parsed = await parseSpreadsheet(file);
    expect(parsed.rows.map((r) => [r.cells.title, r.cells.creditCode, r.listValidUntil])).toEqual([
      ['朱砂手串', '91520603MA6E2Y8T0L', '2027年12月31日'],
      ['包装锦盒', '91520603MA6E2Y8T0L', '2027年12月31日'],
    ]);
  });

  it('leaves out a row a remark says repeats another or was entered in error, and keeps a remark naming a standard', async () => {
    const csv =
      '序号,企业名称,统一社会信用代码,供需,产品,数量,备注,,审核意见\r\n' +
      '1,甲公司,X,需,磷石膏,40万吨,,,与汇总表重复，以汇总表为准\r\n' +
      '2,乙公司,,供,城市配送,,填错了，以15行为准，请删除,,\r\n' +
      '3,丙公司,Z,供,周转箱,2万个,可重复使用，价格以合同为准,,\r\n' +
      '4,丁公司,W,需,纸箱,5万个,与第3行重复,,\r\n' +
      '5,戊公司,V,需,编织袋,10万个,重复填报，请忽略,,\r\n' +
      '10,壬公司,R,供,大米,500吨,群里又发了一遍。【罗：和供应表第1家的大米重复了，报的时候删掉】,,\r\n' +
      '11,癸公司,Q,需,周转筐,2万个,可和其他批次重复使用,,\r\n' +
      '6,己公司,U,供,石灰,100吨,此行请删除,,\r\n' +
      '9,辛合作社,S,供,罗汉果,100万个,鲜果已全部售完，此条作废（12月3日）,,\r\n' +
      // the row that says it stands, correcting an earlier one, is kept (the earlier one goes as its repeat)
      '7,庚公司,T,需,铝棒,3000吨,,,\r\n' +
      '8,庚公司,T,需,铝棒,2000吨,上午那条数量填错了，以这条为准,,\r\n' +
      '12,子公司,P,需,包装纸箱,20万个,水果表第3条已有，重复,,\r\n' +
      '13,丑公司,O,供,托盘,500个,现货已有，可重复周转,,\r\n' +
      '14,寅公司,N,需,玉米,2万吨,同第10项（某街道重复报送）,,\r\n' +
      '15,卯公司,M,供,纸箱,1200万个,街道表中重复报送，以本表为准,,\r\n';
    const sheet = await parseSpreadsheet(Buffer.from(csv));
    expect(sheet.rows.map((r) => [r.cells.title, r.cells.quantity])).toEqual([
      ['周转箱', '2万个'],
      ['周转筐', '2万个'],
      ['铝棒', '2000吨'],
      ['托盘', '500个'],
      ['纸箱', '1200万个'],
    ]);
    expect(sheet.skipped.map((r) => r.row).sort((a, b) => a - b)).toEqual([2, 3, 5, 6, 7, 9, 10, 11, 13, 15]);
  });

  it('leaves out a form the firm sent again unchanged (企业又交了一份，和第6条一样), and keeps one sent again changed', async () => {
    const csv =
      '序号,企业名称,统一社会信用代码,供需,产品,规格,数量,价格,备注\r\n' +
      '1,甲公司,X,供,饲料级磷酸氢钙,粉状/粒状 25kg/袋,1.2万吨,2600元/吨左右,\r\n' +
      '2,乙公司,Y,供,建筑石膏粉,,10万吨,400元/吨,\r\n' +
      '3,甲公司,X,供,饲料级磷酸氢钙,25kg/袋,1.2万吨,2600元/吨,企业又交了一份，和第1条一样\r\n' +
      '4,乙公司,Y,供,建筑石膏粉,,10万吨,380元/吨,企业又交了一份，价格改了\r\n' +
      '5,丙合作社,Z,供,辣椒,鲜椒（线椒、朝天椒）,3000担,2.5-3,\r\n' +
      '6,丙合作社,Z,供,辣椒,鲜椒,3000担,2.5-3,同第5号，村里又报了一次，不重复统计\r\n';
    const sheet = await parseSpreadsheet(Buffer.from(csv));
    expect(sheet.rows.map((r) => [r.cells.title, r.cells.price])).toEqual([
      ['饲料级磷酸氢钙', '2600元/吨左右'],
      ['建筑石膏粉', '380元/吨'],
      ['辣椒', '2.5-3'],
    ]);
  });

  it('leaves out a row its 已对接 column marks as met, and keeps those it does not', async () => {
    const csv =
      '序号,企业名称,统一社会信用代码,类别,产品,数量,备注,已对接\r\n' +
      '1,甲合作社,X,卖,干辣椒,80吨,,否\r\n' +
      '2,乙公司,Y,买,蔬菜纸箱,2万个,,是\r\n' +
      '3,丙公司,Z,买,豆粕,30吨,,\r\n' +
      '4,丁公司,W,买,编织袋,5万条,,已签约\r\n';
    const sheet = await parseSpreadsheet(Buffer.from(csv));
    expect(sheet.rows.map((r) => r.cells.title)).toEqual(['干辣椒', '豆粕']);
    expect(sheet.rows.every((r) => r.cells.matched === undefined)).toBe(true);
    expect(sheet.skipped.map((s) => s.text)).toEqual(['已对接，不再导入：蔬菜纸箱', '已对接，不再导入：编织袋']);
    expect(sheet.ignoredColumns).toEqual([]);
    // Other headers saying the same: 是否已签约, 对接状态.
    for (const header of ['是否已签约', '对接状态']) {
      const other = await parseSpreadsheet(
        Buffer.from(`企业名称,统一社会信用代码,类型,产品名称,${header}\n甲公司,X,需求,冷轧板,是\n`),
      );
      expect(other.rows).toEqual([]);
    }
  });

  it('takes a list’s kind from the buyer named above its header (采购单位：…（统一社会信用代码：…）)', async () => {
    const csv =
      '"采购单位：某县康宁医药有限公司（统一社会信用代码：91520402MA6DPW5T3M）"\n' +
      '"药材名称","规格","年采购量(kg)","参考单价(元/kg)","截止日期"\n' +
      '"黄精","鲜","3000","9-11","2027/6/30"\n';
    const sheet = await parseSpreadsheet(Buffer.from(csv));
    expect(sheet.rows.map((r) => [r.cells.kind, r.cells.creditCode, r.cells.title, r.cells.quantity])).toEqual([
      ['需求', '91520402MA6DPW5T3M', '黄精', '3000kg'],
    ]);
  });

  it('reads a note above the header that gives a blank deadline its date as the list’s', async () => {
    const csv =
      '某县需求清单,\n' +
      '填报单位：某局,注：需求截止时间未填的，均按2027年6月30日。\n' +
      '需求企业,统一社会信用代码,需求产品,需求量（吨）,需求截止时间\n' +
      '甲公司,X,石油焦,500,\n' +
      '乙公司,Y,片碱,20,2027年3月31日\n';
    const sheet = await parseSpreadsheet(Buffer.from(csv));
    expect(sheet.rows.map((r) => r.cells.validUntil ?? r.listValidUntil)).toEqual(['2027年6月30日', '2027年3月31日']);
  });

  it('reads a remark’s validity and place into each block of a row, and a note below the list as every row’s validity', async () => {
    const csv =
      '序号,企业名称,统一社会信用代码,供应产品,供应数量,需求产品,需求数量,备注\n' +
      '1,甲公司,X,毛峰,2吨,铁罐,2万个,有效期至2027年6月；企业位于湄潭县\n' +
      '2,乙公司,Y,红茶,3吨,鲜叶,10吨,需求有效期至2027年4月30日\n' +
      '3,丙公司,Z,绿茶,1吨,礼盒,1万个,\n' +
      '"备注：1.价格为出厂参考价。2.本清单信息有效期至2027年12月31日，备注另注明的以备注为准。"\n';
    const sheet = await parseSpreadsheet(Buffer.from(csv));
    expect(
      sheet.rows.map((r) => [r.row, r.cells.kind, r.cells.validUntil ?? r.listValidUntil, r.cells.regionCode]),
    ).toEqual([
      [2, '供应', '2027年6月', '湄潭县'],
      [2, '需求', '2027年6月', '湄潭县'],
      [3, '供应', '2027年12月31日', undefined],
      [3, '需求', '2027年4月30日', undefined],
      [4, '供应', '2027年12月31日', undefined],
      [4, '需求', '2027年12月31日', undefined],
    ]);
  });

  it('leaves out the side a remark takes back, a product struck out of a cell, and a row that points to an attachment', async () => {
    const csv =
      '序号,企业名称,统一社会信用代码,供应产品,供应数量,需求产品,需求数量,备注\n' +
      '1,甲公司,X,毛峰,2吨,鲜叶,30吨,需求已撤回（企业电话告知），供应保留\n' +
      '2,乙公司,Y,,,原辅材料,,详见附件采购计划表\n';
    const sheet = await parseSpreadsheet(Buffer.from(csv));
    expect(sheet.rows.map((r) => [r.row, r.cells.kind, r.cells.title])).toEqual([[2, '供应', '毛峰']]);
    const one = await parseSpreadsheet(
      Buffer.from(
        '企业名称,统一社会信用代码,类型,产品名称,规格,数量\n丙公司,Z,需求,原材料及外购件,详见附件,\n丙公司,Z,需求,钢板,详见附件图纸,30吨\n',
      ),
    );
    expect(one.rows.map((r) => r.cells.title)).toEqual(['钢板']);
  });

  it('reads products written one to a line in a cell (a Word table pasted into a sheet), each with its line of the price cell', async () => {
    const csv =
      '会员单位名称,统一社会信用代码,主要供应产品,,需求产品,,备注\n' +
      ',,品名、规格及数量,价格,品名、规格及数量,意向价格,\n' +
      '甲合作社,X,"天麻（鲜）50吨\n天麻（干）8吨\n太子参2吨（已售完）","鲜：40元/公斤\n干：260元/公斤\n—","种麻 5000公斤","60-70元/公斤",\n' +
      '乙公司,Y,"淫羊藿（干）6吨\n何首乌（鲜）15吨","35元/kg\n4元/公斤",/,/,何首乌已另行签约，此项作废\n' +
      '丙公司,Z,灵芝（干）3吨,120元/公斤,/,/,\n';
    const sheet = await parseSpreadsheet(Buffer.from(csv));
    expect(sheet.rows.map((r) => [r.cells.kind, r.cells.title, r.cells.quantity, r.cells.price])).toEqual([
      ['供应', '天麻（鲜）', '50吨', '40元/公斤'],
      ['供应', '天麻（干）', '8吨', '260元/公斤'],
      ['需求', '种麻', '5000公斤', '60-70元/公斤'],
      ['供应', '淫羊藿（干）', '6吨', '35元/kg'],
      ['供应', '灵芝（干）', '3吨', '120元/公斤'],
    ]);
  });

  it('reads a cell of whole entries, one a line (名称 数量 价格), numbered or not, one taken back in its brackets', async () => {
    const csv =
      '序号,企业名称,统一社会信用代码,"供应产品（品名、数量、价格，一个品种一行）","需求产品（品名、数量、价格，一个品种一行）"\n' +
      '1,甲公司,X,"种羊 2000只 2500-3000元/只\n冷鲜羊肉 约150吨 42元/斤\n羊皮 3000张 面议（已售完，撤回）","青贮玉米 5000吨 450-500元/吨\n兽用疫苗 若干 面议"\n' +
      '2,乙公司,Y,"1.脐橙 3000吨 4-6元/斤\n2.脐橙礼盒 2万箱 60-80元/箱",无\n' +
      '3,丙公司,Z,"景区门票，年供10万张，50元/张\n会议场地，800平方米，面议","观光车，6台，面议\n伴手礼，5000套，80-150元/套"\n' +
      '4,丁公司,W,"离心泵 500台（1.2-8万元/台）\n闸阀、截止阀等阀门1.5万只（面议）",无\n';
    const sheet = await parseSpreadsheet(Buffer.from(csv));
    expect(sheet.rows.map((r) => [r.cells.kind, r.cells.title, r.cells.quantity, r.cells.price])).toEqual([
      ['供应', '种羊', '2000只', '2500-3000元/只'],
      ['供应', '冷鲜羊肉', '150吨', '42元/斤'],
      ['需求', '青贮玉米', '5000吨', '450-500元/吨'],
      ['需求', '兽用疫苗', undefined, '面议'],
      ['供应', '脐橙', '3000吨', '4-6元/斤'],
      ['供应', '脐橙礼盒', '2万箱', '60-80元/箱'],
      ['供应', '景区门票', '10万张', '50元/张'],
      ['供应', '会议场地', '800平方米', '面议'],
      ['需求', '观光车', '6台', '面议'],
      ['需求', '伴手礼', '5000套', '80-150元/套'],
      ['供应', '离心泵', '500台', '1.2-8万元/台'],
      ['供应', '截止阀等阀门', '1.5万只', '面议'],
    ]);
  });

  it('leaves out a product struck through in an .xlsx, by its style’s font or its own runs', async () => {
    const row = (r: number, kind: string, title: string, style = '') =>
      `<row r="${r}">${inline(`B${r}`, '甲公司')}${inline(`C${r}`, 'X')}${inline(`D${r}`, kind)}<c r="E${r}" t="inlineStr"${style}><is>${title}</is></c></row>`;
    const data = book(
      HEADER +
        row(4, '供应', '<t>红粮</t>') +
        row(5, '需求', '<t>纸箱</t>', ' s="1"') +
        row(6, '需求', '<r><rPr><strike/></rPr><t>玻璃瓶</t></r>') +
        row(7, '需求', '<r><rPr><strike val="0"/></rPr><t>瓶盖</t></r>'),
      {
        'xl/styles.xml':
          '<styleSheet><fonts count="2"><font><sz val="11"/></font><font><strike/><sz val="11"/></font></fonts><cellXfs><xf numFmtId="0" fontId="0"/><xf numFmtId="0" fontId="1"/></cellXfs></styleSheet>',
      },
    );
    const sheet = await parseSpreadsheet(data);
    expect(sheet.rows.map((r) => r.cells.title)).toEqual(['红粮', '瓶盖']);
    expect(sheet.skipped.map((s) => s.text)).toEqual(['已划去（删除线）：纸箱', '已划去（删除线）：玻璃瓶']);
  });
});

describe('the place a remark or a note says', () => {
  it.each([
    ['企业位于红花岗区', false, '红花岗区'],
    ['注册地：贵州省遵义市播州区；按型号报价', false, '播州区'],
    ['二、除备注中注明的外，企业均位于遵义经开区（汇川区）；另3家位于红花岗区', true, '汇川区'],
    ['以上企业都在仁怀市', true, '仁怀市'],
    ['企业位于红花岗区', true, null],
    ['可与园区线束企业配套', false, null],
    ['基地位于经开区', false, null],
    ['厂区在册亨县木材加工园区', false, '册亨县'],
    ['基地在敦操', false, null],
    // registered by the prefecture, working in a township: the works say where, and a township names no county here
    ['注册地遵义市，基地在马鬃', false, null],
    ['注册地：遵义市红花岗区，生产基地在桐梓县', false, '桐梓县'],
  ])('%s (list-wide: %s) → %s', (text, listWide, place) => {
    expect(placeSaid(text, listWide)).toBe(place);
  });

  it('gives the rows that name no place the one a note of another sheet says', async () => {
    const data = zipOf({
      'xl/workbook.xml':
        '<workbook><sheets><sheet name="说明" sheetId="1" r:id="rId1"/><sheet name="清单" sheetId="2" r:id="rId2"/></sheets></workbook>',
      'xl/_rels/workbook.xml.rels':
        '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Target="worksheets/sheet2.xml"/></Relationships>',
      'xl/worksheets/sheet1.xml': `<worksheet><sheetData><row r="1">${inline('A1', '一、除备注注明的外，企业均位于某开发区（汇川区）。')}</row></sheetData></worksheet>`,
      'xl/worksheets/sheet2.xml': `<worksheet><sheetData>${HEADER}<row r="4">${inline('B4', '甲公司')}${inline('C4', 'X')}${inline('D4', '供应')}${inline('E4', '连接器')}</row></sheetData></worksheet>`,
    });
    const sheet = await parseSpreadsheet(data);
    expect(sheet.rows.map((r) => [r.cells.title, r.listPlace])).toEqual([['连接器', '汇川区']]);
  });
});

/** The second round of stop 53's clerks (a WeChat group's posts typed up, a matrix, a survey); my own examples. */
describe('lists written as posts, matrices and surveys', () => {
  it('reads a listing written whole in a content cell: its products, amounts, prices and periods', async () => {
    const csv =
      '序号,企业名称及信用代码,类别,供需内容,截止时间\n' +
      '1,"某县甲合作社\n93520502MA6DAB2QXJ",卖,"鲜花椒约20吨，35-40元/公斤，现货",2027.6.30\n' +
      '2,某县乙公司 代码：91520502MA6H06TD0L,买,"收购2027年产青花椒约500吨（烘干用），30元/公斤左右",长期\n' +
      '3,某县乙公司 代码：91520502MA6H06TD0L,卖,"花椒油约3吨（价格面议）、藤椒油1万瓶（500毫升装，45-50元/瓶）",长期\n' +
      '4,某县丙公司（91520502MAAHBBP182）,卖,"白菜约500吨、甘蓝约300吨，均0.5-0.7元/斤",长期\n' +
      '5,某县丙公司（91520502MAAHBBP182）,需,"冷藏车运输每月约200吨，运费面议",长期\n' +
      '6,某县丁冷链公司（91520502MA6U83B58Y）,供,"冷库出租，可租面积800平方米，20元/平方米",长期\n' +
      '7,某县丁冷链公司（91520502MA6U83B58Y）,需,有机肥约60吨，面议,长期\n';
    const sheet = await parseSpreadsheet(Buffer.from(csv));
    expect(
      sheet.rows.map((r) => [r.cells.enterpriseName, r.cells.title, r.cells.quantity, r.cells.price ?? null]),
    ).toEqual([
      ['某县甲合作社', '鲜花椒', '20吨', '35-40元/公斤'],
      ['某县乙公司', '青花椒', '500吨', '30元/公斤左右'],
      ['某县乙公司', '花椒油', '3吨', '面议'],
      ['某县乙公司', '藤椒油', '1万瓶', '45-50元/瓶'],
      ['某县丙公司', '白菜', '500吨', '0.5-0.7元/斤'],
      ['某县丙公司', '甘蓝', '300吨', '0.5-0.7元/斤'],
      ['某县丙公司', '冷藏车运输', '200吨/月', '运费面议'],
      ['某县丁冷链公司', '冷库出租', '800平方米', '20元/平方米'],
      ['某县丁冷链公司', '有机肥', '60吨', '面议'],
    ]);
    expect(sheet.rows[1].cells.creditCode).toBe('91520502MA6H06TD0L');
  });

  it('reads a matrix of firms by products, each filled cell a listing with its column’s unit and reference price', async () => {
    const csv =
      '某县可供产品统计表\n' +
      '序号,名称,统一社会信用代码,乡镇,花椒（吨）,土豆（吨）,山羊（只）,备注\n' +
      '参考价,,,,35元/公斤,1.2元/斤,1500元/只,\n' +
      '1,某县甲合作社,X,甲镇,20,,50,\n' +
      '2,某县乙公司,Y,乙镇,少量,300,,\n' +
      '合计,,,,,,,\n' +
      '审核人：,,,,填表人：某某,,,\n';
    const sheet = await parseSpreadsheet(Buffer.from(csv));
    expect(
      sheet.rows.map((r) => [r.cells.enterpriseName, r.cells.title, r.cells.quantity, r.cells.unit, r.cells.price]),
    ).toEqual([
      ['某县甲合作社', '花椒', '20', '吨', '35元/公斤'],
      ['某县甲合作社', '山羊', '50', '只', '1500元/只'],
      ['某县乙公司', '花椒', '少量', '吨', '35元/公斤'],
      ['某县乙公司', '土豆', '300', '吨', '1.2元/斤'],
    ]);
  });

  it('reads a survey’s need by its kind of work, its budget as the one project’s price, and leaves out one taken back', async () => {
    const csv =
      '序号,企业名称,统一社会信用代码,需求类别（可多选）,需求描述,预算（万元）,备注\n' +
      '1,甲公司,X,设备联网；能耗监测,30台机床数据采集不了,约40,\n' +
      '2,乙公司,Y,MES,纸质工单说不清进度,不确定,\n' +
      '3,丙公司,Z,视觉检测,人工抽检漏检多,20,企业已撤回（电话告知今年暂不实施）\n' +
      '4,丁公司,W,ERP,库存账对不上,30,企业已申请撤回\n' +
      '5,戊公司,V,WMS,出入库靠手记,10,11月30日企业来电已撤回，不参加本次活动\n' +
      '6,己公司,U,OA,审批慢,5,不参加展会，可线上对接\n' +
      '7,庚公司,T,MES,工单靠纸,20,企业12月2日来电撤回（已与项目签订合同）\n' +
      '8,辛公司,S,WMS,账实不符,15,已在州产销会对接完成，不再发布\n' +
      '9,壬公司,R,ERP,报表靠手工,12,已与本地服务商签约，企业申请撤回\n' +
      '10,癸公司,Q,MES,换型慢,8,已另行采购，合作社要求撤销\n';
    const sheet = await parseSpreadsheet(Buffer.from(csv));
    expect(sheet.rows.map((r) => [r.cells.title, r.cells.quantity, r.cells.unit, r.cells.price])).toEqual([
      ['设备联网；能耗监测', '1', '项', '约40万元'],
      ['MES', '1', '项', '不确定'],
      ['OA', '1', '项', '5万元'],
    ]);
    expect(sheet.rows[0].cells.description).toBe('30台机床数据采集不了');
  });
});

/** Stop 61's clerks' habits; my own examples. */
describe('a list with no kind column, its demands marked in the product cell', () => {
  it('reads 【需】 and 求购 before a product as a demand and the rest as the note above the header says', async () => {
    const csv =
      '某县供需信息汇总表,,,\n' +
      '填表说明：需求信息在产品名称前加注【需】；没有任何标注的均为供应信息。,,,\n' +
      '企业名称,统一社会信用代码,产品名称,数量\n' +
      '甲公司,X,李子,200吨\n' +
      '甲公司,X,【需】快递纸箱,30万个\n' +
      '乙公司,Y,求购4.2米冷藏车,3台\n';
    const sheet = await parseSpreadsheet(Buffer.from(csv));
    expect(sheet.rows.map((r) => [r.cells.kind, r.cells.title])).toEqual([
      ['供应', '李子'],
      ['需求', '快递纸箱'],
      ['需求', '4.2米冷藏车'],
    ]);
  });

  it('still refuses such a list when no note says what an unmarked row is', async () => {
    const csv = '企业名称,统一社会信用代码,产品名称,数量\n甲公司,X,李子,200吨\n甲公司,X,【需】快递纸箱,30万个\n';
    await expect(parseSpreadsheet(Buffer.from(csv))).rejects.toThrow(/类型/);
  });
});

/** The third round of stop 53's clerks; my own examples. */
describe('a third round’s headers', () => {
  it('reads 需求产品 as the product beside 需求类别, 供应/需求 as the kind, and a row a remark calls a test as none', async () => {
    const csv =
      '序号,单位名称,信用代码,需求类别,需求产品,供应/需求,数量,备注\n' +
      '1,甲公司,X,煤,动力煤,需求,12万吨,\n' +
      '2,乙公司（测试）,Y,材料,测试件,供应,1吨,\n' +
      '3,丙公司,Z,设备,搅拌车,需求,2台,"测试，请忽略"\n';
    const sheet = await parseSpreadsheet(Buffer.from(csv));
    expect(sheet.rows.map((r) => [r.cells.kind, r.cells.title])).toEqual([['需求', '动力煤']]);
  });
});

describe('a fifteenth round’s habits', () => {
  it('reads a township’s own kinds and area column, a code written in the name cell, and an amount in its own unit', async () => {
    const csv =
      '序号,经营主体,信用代码,类型,林地/产品,面积（亩）,价格,期限\n' +
      '1,甲油茶合作社,X,托管,油茶林,1500,面议,2027年12月31日\n' +
      '2,乙林木合作社,Y,出售,杉木原木,600方,1100元/方,2027年6月30日\n' +
      '3,丙合作社（93522327MA6T0XEM3Y）,,供应,糯米蕉,150吨,,\n';
    const sheet = await parseSpreadsheet(Buffer.from(csv));
    expect(sheet.rows.map((r) => [r.cells.enterpriseName, r.cells.creditCode, r.cells.kind, r.cells.quantity])).toEqual(
      [
        ['甲油茶合作社', 'X', '托管', '1500亩'],
        ['乙林木合作社', 'Y', '出售', '600方'],
        ['丙合作社', '93522327MA6T0XEM3Y', '供应', '150吨'],
      ],
    );
    // beside an amount offered, an area is what the firm has
    const both = await parseSpreadsheet(
      Buffer.from('企业名称,信用代码,类型,产品,种植面积（亩）,可供量（吨）\n甲社,X,供应,茶青,800,50\n'),
    );
    expect(both.rows[0].cells).toMatchObject({ quantity: '50吨', capacity: '800亩' });
  });

  it('takes a firm named by another row’s 序号 or a code kept on the other sheet, and a reviewer’s price', async () => {
    const supply = [
      ['序号', '企业全称', '统一社会信用代码', '产品', '可供量', '价格', '备注', '审核意见'],
      ['1', '长顺县甲合作社', '93522729MA6DKR3L72', '绿壳鸡蛋', '100吨', '10元/斤', '', ''],
      [
        '2',
        '贵州乙果业有限公司',
        '91522729314470585W',
        '苹果',
        '40吨',
        '45块/斤',
        '',
        '价格打错了吧？以电话核实是4.5元/斤',
      ],
      ['3', '同第1条', '同第1条', '淘汰蛋鸡', '2万只', '25元/只', '后补', ''],
      ['4', '长顺县丙合作社', '93522729MA6DN4C26Y', '葡萄', '20吨', '', '社长说已经卖完了，这条撤掉', ''],
    ];
    const demand = [
      ['序号', '单位全称', '统一社会信用代码', '需求产品', '需求量', '意向价格', '备注'],
      ['1', '贵州乙果业有限公司', '见供应表', '苹果', '500吨', '4-5元/斤', '收了做礼盒'],
      ['2', '贵州丁公司', '91522701MA6HE5N2J4', '鲜辣椒', '20吨', '面议', '企业后来说辣椒不要了，不报'],
    ];
    const rowsOf = (table: string[][]) => table.map((cells, i) => row(i + 1, ...cells)).join('');
    const sheet = await parseSpreadsheet(
      books([
        ['供应', rowsOf(supply)],
        ['需求', rowsOf(demand)],
      ]),
    );
    expect(
      sheet.rows.map((r) => [r.sheet, r.cells.enterpriseName, r.cells.creditCode, r.cells.title, r.cells.price]),
    ).toEqual([
      ['供应', '长顺县甲合作社', '93522729MA6DKR3L72', '绿壳鸡蛋', '10元/斤'],
      ['供应', '贵州乙果业有限公司', '91522729314470585W', '苹果', '4.5元/斤'],
      ['供应', '长顺县甲合作社', '93522729MA6DKR3L72', '淘汰蛋鸡', '25元/只'],
      // (见供应表: left blank, for the import to take the code the file gives the same name, said so)
      ['需求', '贵州乙果业有限公司', undefined, '苹果', '4-5元/斤'],
    ]);
  });

  it('reads an entry taken back in its own words as no note on the row it names', async () => {
    const csv =
      '序号,企业名称,统一社会信用代码,类型,产品名称,价格,备注\n' +
      '3,甲科技有限公司,9152011528767915NJ,供应,MES,15万元/套起,\n' +
      '5,甲科技有限公司,9152011528767915NJ,供应,MES制造执行系统,12万元/套,同第3条，去年报价，已作废\n';
    const sheet = await parseSpreadsheet(Buffer.from(csv));
    expect(sheet.rows.map((r) => r.cells.title)).toEqual(['MES']);
  });
});

describe('a sixteenth round’s habits', () => {
  it('reads a firm’s own table pasted below the list, its firm named on a line above its header', async () => {
    const sheet = await parseSpreadsheet(
      books([
        [
          '中药材',
          row(
            1,
            '序号',
            '企业名称',
            '统一社会信用代码',
            '所在地',
            '产品名称',
            '数量',
            '单位',
            '单价（元）',
            '有效期至',
          ) +
            row(2, '一、供应产品') +
            row(
              3,
              '1',
              '贵州甲金银花有限公司',
              '91522328MA6DTY0N47',
              '安龙高新区',
              '金银花',
              '150',
              '吨',
              '60-80元/公斤',
              '2027/12/31',
            ) +
            row(4, '附：乙饮片公司邮件报送表（原表粘贴）') +
            row(
              5,
              '企业名称：贵州乙中药饮片有限公司　　统一社会信用代码：91522301MA6DN0KR8N　　生产地址：安龙高新区医药产业园',
            ) +
            row(6, '序号', '品名', '规格', '类型', '数量', '单价') +
            row(7, '1', '白及片', '统片', '供应', '8吨', '12-15万元/吨') +
            row(8, '2', '白及', '统货（干）', '采购', '10吨', '面议'),
        ],
      ]),
    );
    expect(
      sheet.rows.map((r) => [r.cells.enterpriseName, r.cells.creditCode, r.cells.regionCode, r.cells.title]),
    ).toEqual([
      ['贵州甲金银花有限公司', '91522328MA6DTY0N47', '安龙高新区', '金银花'],
      ['贵州乙中药饮片有限公司', '91522301MA6DN0KR8N', '安龙高新区医药产业园', '白及片'],
      ['贵州乙中药饮片有限公司', '91522301MA6DN0KR8N', '安龙高新区医药产业园', '白及'],
    ]);
  });

  it('reads a group chat’s message copied as it was, and a price the specification names', async () => {
    const csv =
      '序号,单位名称,统一社会信用代码,供/需,群里原话（照录）,规格型号及说明,秘书备注\n' +
      '1,甲家庭农场,X,需求,"我家还要买一台香菇烘干机，预算2到3万块，明年3月底前要到位",,\n' +
      '2,乙合作社,Y,供应,"罗场乙合作社有鲜红薯100万斤左右，七毛钱一斤，到明年1月底，要的联系冉社长",,\n';
    const sheet = await parseSpreadsheet(Buffer.from(csv));
    expect(sheet.rows.map((r) => [r.cells.title, r.cells.quantity, r.cells.price, r.cells.validUntil])).toEqual([
      ['香菇烘干机', '1台', '2-3万元/台', '明年3月底前要到位'],
      ['鲜红薯', '100万斤左右', '0.7元/斤', '到明年1月底'],
    ]);
    const named = await parseSpreadsheet(
      Buffer.from(
        '企业名称,信用代码,供需类型,产品名称,规格型号及说明,数量,计量单位,参考价格\n甲民宿,X,需求,土鸡,"散养2年以上，收购价80-120元/只",2000,只,\n',
      ),
    );
    expect(named.rows[0].cells.price).toBe('80-120元/只');
  });
});

describe('a seventeenth round’s habits', () => {
  it('reads a 配套 survey: products one after another with their amounts and prices in the same places, a line taken back, a date said of one product', async () => {
    const quoted = (cells: string[]) => cells.map((c) => `"${c}"`).join(',');
    const groups = ['主要产品/可配套产品', '主要产品/可配套产品', '主要产品/可配套产品'];
    const needs = ['配套需求/外购件', '配套需求/外购件', '配套需求/外购件'];
    const csv = [
      ['序号', '企业名称', '统一社会信用代码', ...groups, ...needs, '备注'],
      [
        '序号',
        '企业名称',
        '统一社会信用代码',
        '产品名称及规格',
        '年产能（可供量）',
        '参考价格',
        '需求产品名称及规格',
        '年需求量',
        '预估单价',
        '备注',
      ],
      [
        '1',
        '甲电机公司',
        'X',
        '微特电机',
        '30万台',
        '120-800元/台',
        '钕铁硼磁钢、漆包线',
        '200万只、80吨',
        '0.8-2.5元/只、7.2万元/吨',
        '',
      ],
      [
        '2',
        '乙装备公司',
        'Y',
        '储酒罐',
        '120台',
        '3.5-18万元/台',
        '不锈钢板\n减速电机（已撤回）',
        '1500吨\n400台',
        '1.45-1.6万元/吨\n1800-4500元/台',
        '',
      ],
      [
        '3',
        '丙食品公司',
        'Z',
        '火锅底料；\n油辣椒',
        '1500吨；\n600万瓶',
        '2.2-3万元/吨；\n8-12元/瓶',
        '干辣椒\n玻璃瓶',
        '160万斤\n600万只',
        '12-15元/斤\n0.6-0.9元/只',
        '干辣椒为2027年新椒收购，2027年10月底前有效',
      ],
    ]
      .map(quoted)
      .join('\r\n');
    const sheet = await parseSpreadsheet(Buffer.from(csv));
    expect(
      sheet.rows.map((r) => [r.cells.kind, r.cells.title, r.cells.quantity, r.cells.price, r.cells.validUntil]),
    ).toEqual([
      ['供应', '微特电机', '30万台', '120-800元/台', undefined],
      ['需求', '钕铁硼磁钢', '200万只', '0.8-2.5元/只', undefined],
      ['需求', '漆包线', '80吨', '7.2万元/吨', undefined],
      ['供应', '储酒罐', '120台', '3.5-18万元/台', undefined],
      ['需求', '不锈钢板', '1500吨', '1.45-1.6万元/吨', undefined],
      ['供应', '火锅底料', '1500吨', '2.2-3万元/吨', undefined],
      ['供应', '油辣椒', '600万瓶', '8-12元/瓶', undefined],
      ['需求', '干辣椒', '160万斤', '12-15元/斤', '2027年10月底'],
      ['需求', '玻璃瓶', '600万只', '0.6-0.9元/只', undefined],
    ]);
  });

  it('reads an amount column whose header says how to fill it in, and an amount and a price typed in each other’s box', async () => {
    const csv =
      '单位名称,统一社会信用代码,信息类型,产品名称,供应量/需求量（只填数字）,计量单位,价格（元/计量单位，可填区间，也可填“面议”）\n' +
      '甲茶业公司,X,供应,甲茶,3,吨,300-800元/斤\n' +
      '乙果业公司,Y,供应,百香果原浆,20元/公斤,吨,60吨\n';
    const sheet = await parseSpreadsheet(Buffer.from(csv));
    expect(sheet.rows.map((r) => [r.cells.quantity, r.cells.unit, r.cells.price])).toEqual([
      ['3', '吨', '300-800元/斤'],
      ['60吨', '吨', '20元/公斤'],
    ]);
  });
});

describe('an entry told in words in another column', () => {
  it('reads the amount, price and date of a row whose cells say 详见情况说明, and leaves out a product taken off the shelf', async () => {
    const csv =
      '企业名称,统一社会信用代码,供需,产品名称,数量,价格,有效期,情况说明,上架状态\r\n' +
      '甲新材料公司,X,需求,硫酸亚铁,详见情况说明,详见情况说明,详见情况说明,"另需七水硫酸亚铁约3万吨/年，到厂价280-300元/吨。有效期同上（2027年底）。",\r\n' +
      '乙茶厂,Y,供应,富硒绿茶,详见情况说明,详见情况说明,详见情况说明,"本厂现有春茶库存约3000斤，可分装。有效期到明年3月底。",\r\n' +
      '丙合作社,Z,供应,竹编收纳篮,2000个,30-50元/个,2027-06-30,,已下架\r\n';
    const sheet = await parseSpreadsheet(Buffer.from(csv));
    expect(sheet.rows.map((r) => [r.cells.title, r.cells.quantity, r.cells.price, r.cells.validUntil])).toEqual([
      ['硫酸亚铁', '3万吨/年', '280-300元/吨', '2027年底'],
      ['富硒绿茶', '3000斤', undefined, '明年3月底'],
    ]);
  });
});

describe('a township’s paper forms read back by a scan', () => {
  it('reads a header torn over two rows, a price torn over two cells, and the letters a scan leaves in numbers', async () => {
    const csv =
      '序号,企业（合作社）,统一社会,供需,产品名称,规格/,数量,单位,价格,有效,联系人\r\n' +
      ',名称,信用代码,类别,,品种,,,（元）,期至,\r\n' +
      '1,甲合作社,93522732MA6DLBPF26,供应,葡萄,夏黑,4OO,屯,4-6元/斤,2027.9.30,石某\r\n' +
      '2,乙合作社,93522732MA6EA21W4N,供应,生态鱼,草鱼,60,吨,18-25元/,斤,2027.12.31,吴某\r\n';
    const sheet = await parseSpreadsheet(Buffer.from(csv));
    expect(
      sheet.rows.map((r) => [
        r.cells.enterpriseName,
        r.cells.creditCode,
        r.cells.kind,
        r.cells.price,
        r.cells.validUntil,
      ]),
    ).toEqual([
      ['甲合作社', '93522732MA6DLBPF26', '供应', '4-6元/斤', '2027.9.30'],
      ['乙合作社', '93522732MA6EA21W4N', '供应', '18-25元/斤', '2027.12.31'],
    ]);
  });
});
