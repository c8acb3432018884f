import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { FileProblem } from './file-problem';
import { parseSpreadsheet } from './parse';
import { XlsBook } from './xls';
import { XlsxBook } from './xlsx';

const FIXTURES = join(__dirname, '../../../test/fixtures/xls');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));

const END = 0xfffffffe;

/** A version-3 compound file holding the given streams (each padded past the mini stream's cutoff). */
function compound(streams: Record<string, Buffer>, patch?: (file: Buffer) => void): Buffer {
  const names = Object.keys(streams);
  const bodies = names.map((n) => {
    const b = streams[n];
    const size = Math.max(4096, Math.ceil(b.length / 512) * 512);
    return Buffer.concat([b, Buffer.alloc(size - b.length)]);
  });
  const fat = new Uint32Array(128).fill(0xffffffff);
  fat[0] = 0xfffffffd;
  fat[1] = END;
  let next = 2;
  const starts = bodies.map((b) => {
    const start = next;
    const count = b.length / 512;
    for (let i = 0; i < count; i++) fat[next + i] = i === count - 1 ? END : next + i + 1;
    next += count;
    return start;
  });
  const header = Buffer.alloc(512);
  Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(header);
  header.writeUInt16LE(0x3e, 0x18);
  header.writeUInt16LE(3, 0x1a);
  header.writeUInt16LE(0xfffe, 0x1c);
  header.writeUInt16LE(9, 0x1e);
  header.writeUInt16LE(6, 0x20);
  header.writeUInt32LE(1, 0x2c);
  header.writeUInt32LE(1, 0x30);
  header.writeUInt32LE(4096, 0x38);
  header.writeUInt32LE(END, 0x3c);
  header.writeUInt32LE(END, 0x44);
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : 0xffffffff, 0x4c + 4 * i);
  const fatSector = Buffer.alloc(512);
  fat.forEach((v, i) => fatSector.writeUInt32LE(v, 4 * i));
  const directory = Buffer.alloc(512);
  const entry = (i: number, name: string, type: number, start: number, size: number) => {
    const at = i * 128;
    directory.write(name, at, 'utf16le');
    directory.writeUInt16LE((name.length + 1) * 2, at + 0x40);
    directory[at + 0x42] = type;
    directory.writeUInt32LE(start, at + 0x74);
    directory.writeUInt32LE(size, at + 0x78);
  };
  entry(0, 'Root Entry', 5, END, 0);
  names.forEach((n, i) => entry(i + 1, n, 2, starts[i], bodies[i].length));
  const file = Buffer.concat([header, fatSector, directory, ...bodies]);
  patch?.(file);
  return file;
}

const rec = (type: number, body: Buffer) => {
  const head = Buffer.alloc(4);
  head.writeUInt16LE(type, 0);
  head.writeUInt16LE(body.length, 2);
  return Buffer.concat([head, body]);
};
const u16 = (...v: number[]) => Buffer.concat(v.map((n) => Buffer.from([n & 0xff, n >> 8])));
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
};
const bof = (dt: number, version = 0x0600) => rec(0x0809, Buffer.concat([u16(version, dt), Buffer.alloc(12)]));
const eof = rec(0x000a, Buffer.alloc(0));
const cell = (row: number, col: number, xf = 0) => u16(row - 1, col - 1, xf);
/** A string of a record body: 16-bit count, flags, its characters one or two bytes each. */
const text = (s: string, wide = [...s].some((c) => c.charCodeAt(0) > 0xff)) =>
  Buffer.concat([u16(s.length), Buffer.from([wide ? 1 : 0]), Buffer.from(s, wide ? 'utf16le' : 'latin1')]);

/**
 * A BIFF8 workbook stream: globals (XF records: 0 general, 1 a built-in date format), the shared
 * strings given as their record parts (SST then CONTINUE), one sheet of the given cell records.
 */
function workbookStream(sstParts: Buffer[], cells: Buffer[], globals: Buffer[] = []): Buffer {
  const xfs = [
    rec(0x00e0, Buffer.concat([u16(0, 0), Buffer.alloc(16)])),
    rec(0x00e0, Buffer.concat([u16(0, 14), Buffer.alloc(16)])),
  ];
  const sst = sstParts.map((p, i) => rec(i === 0 ? 0x00fc : 0x003c, p));
  const head = (offset: number) =>
    Buffer.concat([
      bof(0x0005),
      ...globals,
      ...xfs,
      ...sst,
      rec(
        0x0085,
        Buffer.concat([u32(offset), Buffer.from([0, 0]), Buffer.from([2, 1]), Buffer.from('清单', 'utf16le')]),
      ),
      eof,
    ]);
  const globalsLength = head(0).length;
  return Buffer.concat([head(globalsLength), bof(0x0010), ...cells, eof]);
}

const sheetOf = (file: Buffer) => {
  const book = new XlsBook(file);
  return book.sheet(0).rows.map((r) => [r.row, ...r.cells]);
};

describe('reading .xls (BIFF8) workbooks', () => {
  it.each(['county-list', 'many-strings', 'mac-dates'])(
    'reads %s.xls, as LibreOffice saved it, cell for cell as its .xlsx twin',
    (name) => {
      const xls = new XlsBook(fixture(`${name}.xls`));
      const xlsx = new XlsxBook(fixture(`${name}.xlsx`));
      expect(xls.sheets.map((s) => s.name)).toEqual(xlsx.sheets.map((s) => s.name));
      for (let i = 0; i < xls.sheets.length; i++) expect(xls.sheet(i)).toEqual(xlsx.sheet(i));
    },
  );

  it('reads a county list: merged title and firm cells, built-in and Chinese date formats, numbers, formula results', () => {
    const book = new XlsBook(fixture('county-list.xls'));
    expect(book.sheets.map((s) => s.name)).toEqual(['供需汇总', '填报说明']);
    const rows = new Map(book.sheet(0).rows.map((r) => [r.row, r.cells]));
    expect(rows.get(1)).toHaveLength(13); // the title merged over A1:M1
    expect(rows.get(2)?.slice(9)).toEqual(['填报日期：', '2026-11-20']);
    expect(rows.get(5)).toEqual([
      '1',
      '凯里市苗岭酸汤食品有限公司',
      '91522601MA6DLQ1A0M',
      '凯里市',
      '供应',
      '红酸汤（瓶装）',
      '500g×12瓶/箱',
      '20000',
      '箱',
      '96',
      '2027-06-30',
      '吴敏',
      '13885512345',
      '40000',
      '红酸汤（瓶装）/箱',
      'TRUE',
      '1234567.891',
      '0.1',
      '123456789012',
      '-42',
    ]);
    // the firm named once for three products (B5:B7 merged) is every row's firm
    expect(rows.get(7)?.slice(1, 4)).toEqual(['凯里市苗岭酸汤食品有限公司', '91522601MA6DLQ1A0M', '凯里市']);
    expect(rows.get(7)?.slice(7, 11)).toEqual(['3.5', '万个', '1.25', '2027/3/31']);
    expect(rows.get(8)?.[10]).toBe('2027-12-31'); // a serial under yyyy"年"m"月"d"日"
    expect(rows.get(11)).toEqual(['合计', '', '', '', '', '', '', '20003']);
  });

  it('imports the county list .xls: the header found below the title, notes and totals skipped', async () => {
    const parsed = await parseSpreadsheet(fixture('county-list.xls'));
    expect(parsed.headerRow).toBe(4);
    expect(parsed.rows.map((r) => [r.row, r.cells.enterpriseName, r.cells.title, r.cells.validUntil])).toEqual(
      [
        [5, '凯里市苗岭酸汤食品有限公司', '红酸汤（瓶装）', '2027-06-30'],
        [6, '凯里市苗岭酸汤食品有限公司', '玻璃瓶', '2027-12-31'],
        [7, '凯里市苗岭酸汤食品有限公司', '瓦楞纸箱', '2027/3/31'],
        [8, '黎平县侗乡茶业有限公司', '黎平雀舌（明前）', '2027-12-31'],
        [9, '贵州黔东南林产品加工有限公司', '杉木板材', ''],
      ].map(([row, firm, title, until]) => [row, firm, title, until || undefined]),
    );
    expect(parsed.skipped.map((r) => r.row)).toEqual([11, 12]);
  });

  it('reads a shared string that runs on into the next record, switching between one and two bytes a character', () => {
    // "刺梨ABC原汁": 刺梨 wide in the SST record, ABC compressed in the first CONTINUE, 原汁 wide in the second
    const sst = [
      Buffer.concat([u32(2), u32(2), u16(7), Buffer.from([1]), Buffer.from('刺梨', 'utf16le')]),
      Buffer.concat([Buffer.from([0]), Buffer.from('ABC', 'latin1')]),
      Buffer.concat([Buffer.from([1]), Buffer.from('原汁', 'utf16le'), text('玻璃瓶')]),
    ];
    const cells = [rec(0x00fd, Buffer.concat([cell(1, 1), u32(0)])), rec(0x00fd, Buffer.concat([cell(1, 2), u32(1)]))];
    expect(sheetOf(compound({ Workbook: workbookStream(sst, cells) }))).toEqual([[1, '刺梨ABC原汁', '玻璃瓶']]);
  });

  it('reads rich and phonetic strings without their runs, RK and MULRK numbers, formula text, booleans, and dates by style', () => {
    const rich = Buffer.concat([
      u16(2),
      Buffer.from([0x0d]),
      u16(1),
      u32(4),
      Buffer.from('乙丙', 'utf16le'),
      u32(0),
      u32(0xdeadbeef),
    ]);
    const sst = [Buffer.concat([u32(1), u32(1), rich])];
    const rk = (n: number) => u32(n);
    const cells = [
      rec(0x00e5, Buffer.concat([u16(1), u16(1, 2, 0, 0)])), // A2:A3 merged, before the cells it fills
      rec(0x00fd, Buffer.concat([cell(2, 1), u32(0)])),
      rec(0x027e, Buffer.concat([cell(2, 2), rk((-7 << 2) | 0x02)])), // an integer
      rec(0x027e, Buffer.concat([cell(2, 3), rk((125 << 2) | 0x03)])), // 1.25: an integer ×100
      rec(0x00bd, Buffer.concat([u16(1, 3), u16(0), rk((46752 << 2) | 0x02), u16(1), rk((46752 << 2) | 0x02), u16(4)])),
      rec(0x0006, Buffer.concat([cell(2, 6), Buffer.from([0, 0, 0, 0, 0, 0, 0xff, 0xff]), Buffer.alloc(6)])),
      rec(0x0207, text('计算值')),
      rec(0x0205, Buffer.concat([cell(2, 7), Buffer.from([1, 0])])),
      rec(0x0205, Buffer.concat([cell(2, 8), Buffer.from([7, 1])])), // an error value: nothing
      rec(0x0204, Buffer.concat([cell(2, 9), text('旧式标签')])),
    ];
    expect(sheetOf(compound({ Workbook: workbookStream(sst, cells) }))).toEqual([
      [2, '乙丙', '-7', '1.25', '46752', '2027-12-31', '计算值', 'TRUE', '', '旧式标签'],
      [3, '乙丙'],
    ]);
  });

  it('refuses what it cannot read with a message that says what to do, never another error', () => {
    const refused = (data: Buffer, message: RegExp) => {
      let thrown: unknown;
      try {
        const book = new XlsBook(data);
        for (let i = 0; i < book.sheets.length; i++) book.sheet(i);
      } catch (err) {
        thrown = err;
      }
      expect(thrown).toBeInstanceOf(FileProblem);
      expect((thrown as Error).message).toMatch(message);
    };
    const good = workbookStream(
      [Buffer.concat([u32(0), u32(0)])],
      [rec(0x0204, Buffer.concat([cell(1, 1), text('甲')]))],
    );
    expect(sheetOf(compound({ Workbook: good }))).toEqual([[1, '甲']]);
    refused(compound({ Workbook: workbookStream([], [], [rec(0x002f, Buffer.alloc(6))]) }), /打开密码/);
    refused(compound({ EncryptionInfo: Buffer.alloc(8), EncryptedPackage: Buffer.alloc(8) }), /打开密码/);
    refused(compound({ Book: Buffer.concat([bof(0x0005, 0x0500), eof]) }), /Excel 5\.0\/95/);
    refused(compound({ Workbook: Buffer.concat([bof(0x0005, 0x0500), eof]) }), /Excel 5\.0\/95/);
    refused(compound({ WordDocument: Buffer.alloc(8) }), /文件损坏或不是 Excel 工作簿/);
    // a sector chain that loops, one that points past the file's end, a file cut short
    refused(
      compound({ Workbook: good }, (f) => f.writeUInt32LE(1, 512 + 4 * 1)),
      /文件损坏/,
    );
    refused(
      compound({ Workbook: good }, (f) => f.writeUInt32LE(100_000, 512 + 4 * 2)),
      /文件损坏/,
    );
    refused(compound({ Workbook: good }).subarray(0, 1100), /文件损坏/);
    // shared strings claiming more than the stream can hold
    refused(compound({ Workbook: workbookStream([Buffer.concat([u32(1), u32(0x7fffffff)])], []) }), /文件损坏/);
    refused(
      compound({ Workbook: workbookStream([Buffer.concat([u32(1), u32(1), u16(500), Buffer.from([0])])], []) }),
      /文件损坏/,
    );
  });

  it('reads a damaged file to a FileProblem or to rows, never another error, in bounded time', () => {
    // 400 copies of a real .xls, each with a few bytes overwritten: headers, sector chains, records
    const original = fixture('county-list.xls');
    let seed = 20261203;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const started = Date.now();
    for (let i = 0; i < 400; i++) {
      const copy = Buffer.from(original);
      for (let k = 0; k < 1 + (i % 6); k++) copy[next() % copy.length] = next() % 256;
      try {
        const book = new XlsBook(copy);
        for (let j = 0; j < book.sheets.length; j++) book.sheet(j);
      } catch (err) {
        if (!(err instanceof FileProblem)) throw err;
      }
    }
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('takes an .xls for an import and tells a damaged one apart from the old hint', async () => {
    await expect(parseSpreadsheet(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).rejects.toThrow(
      /无法读取该 \.xls 文件/,
    );
  });
});

describe('struck-through rows in an .xls', () => {
  it('reads a font’s strike-out, and leaves the struck product out of the list (xlwt’s file)', async () => {
    const sheet = new XlsBook(fixture('struck.xls')).sheet(0);
    expect(sheet.rows.filter((r) => r.struck).map((r) => r.row)).toEqual([4]);
    const parsed = await parseSpreadsheet(fixture('struck.xls'));
    expect(parsed.rows.map((r) => r.cells.title)).toEqual(['红粮', '甜茶']);
    expect(parsed.skipped.map((s) => s.text)).toContain('已划去（删除线）：纸箱');
  });
});
