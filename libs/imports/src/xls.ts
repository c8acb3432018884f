import { isExcelDate } from './cell-text';
import { CompoundFile } from './compound-file';
import { FileProblem } from './file-problem';
import type { Sheet, Workbook } from './sheet-grid';
import { numberText, SHEET_LIMITS, SheetGrid, tooManySheets } from './sheet-grid';
import { DATE_FORMATS, DAYS_1900_TO_1904, isDateFormat, isMonthFormat, shownDate } from './xlsx';

/** BIFF8 record types the reader uses (MS-XLS 2.3). */
const R = {
  BOF: 0x0809,
  EOF: 0x000a,
  FILEPASS: 0x002f,
  DATEMODE: 0x0022,
  BOUNDSHEET: 0x0085,
  FORMAT: 0x041e,
  FONT: 0x0031,
  XF: 0x00e0,
  SST: 0x00fc,
  CONTINUE: 0x003c,
  LABELSST: 0x00fd,
  LABEL: 0x0204,
  RSTRING: 0x00d6,
  NUMBER: 0x0203,
  RK: 0x027e,
  MULRK: 0x00bd,
  FORMULA: 0x0006,
  STRING: 0x0207,
  BOOLERR: 0x0205,
  MERGEDCELLS: 0x00e5,
} as const;

/** The cell records whose style (XF index) stands at offset 4. */
const CELLS: ReadonlySet<number> = new Set([R.LABELSST, R.LABEL, R.RSTRING, R.NUMBER, R.RK, R.FORMULA, R.BOOLERR]);

const BIFF8 = 0x0600;
const damaged = () => new FileProblem('无法读取该 .xls 文件（文件损坏或不是 Excel 工作簿）');

interface BiffRecord {
  type: number;
  /** Offset of the record's body in the stream. */
  at: number;
  length: number;
}

/** The records of a BIFF stream from `from`, each with the CONTINUE records that follow it. */
function* records(stream: Buffer, from: number): Generator<BiffRecord & { parts: BiffRecord[] }> {
  let at = from;
  let pending: (BiffRecord & { parts: BiffRecord[] }) | null = null;
  while (at + 4 <= stream.length) {
    const type = stream.readUInt16LE(at);
    const length = stream.readUInt16LE(at + 2);
    if (at + 4 + length > stream.length) break;
    const record = { type, at: at + 4, length };
    at += 4 + length;
    if (type === R.CONTINUE && pending) {
      pending.parts.push(record);
      continue;
    }
    if (pending) yield pending;
    pending = { ...record, parts: [record] };
    if (type === R.EOF) break;
  }
  if (pending) yield pending;
}

/**
 * Reads the strings of a record whose text may run on into CONTINUE records: at each record's
 * boundary inside a string's characters, the next record starts with a fresh flag byte saying
 * whether the rest is one or two bytes a character (MS-XLS 2.5.293).
 */
class PartsReader {
  private part = 0;
  private at: number;

  constructor(
    private readonly stream: Buffer,
    private readonly parts: BiffRecord[],
  ) {
    this.at = parts[0].at;
  }

  private left(): number {
    const p = this.parts[this.part];
    return p.at + p.length - this.at;
  }

  /** Moves to the next part when this one is used up; false at the end of the last. */
  private nextPart(): boolean {
    if (this.left() > 0) return true;
    if (this.part + 1 >= this.parts.length) return false;
    this.part++;
    this.at = this.parts[this.part].at;
    return true;
  }

  byte(): number {
    if (!this.nextPart()) throw damaged();
    return this.stream[this.at++];
  }

  u16(): number {
    return this.byte() | (this.byte() << 8);
  }

  u32(): number {
    return (this.u16() | (this.u16() << 16)) >>> 0;
  }

  skip(bytes: number): void {
    for (let n = bytes; n > 0;) {
      if (!this.nextPart()) throw damaged();
      const step = Math.min(n, this.left());
      this.at += step;
      n -= step;
    }
  }

  /** An XLUnicodeRichExtendedString: character count (16-bit), flags, runs and phonetic data skipped. */
  richString(): string {
    const count = this.u16();
    const flags = this.byte();
    const runs = flags & 0x08 ? this.u16() : 0;
    const ext = flags & 0x04 ? this.u32() : 0;
    const text = this.chars(count, (flags & 0x01) !== 0);
    this.skip(runs * 4 + ext);
    return text;
  }

  private chars(count: number, wide: boolean): string {
    let out = '';
    let twoBytes = wide;
    for (let left = count; left > 0;) {
      if (this.left() <= 0) {
        if (!this.nextPart()) throw damaged();
        if (this.part > 0 && this.at === this.parts[this.part].at) twoBytes = (this.byte() & 0x01) !== 0;
      }
      const size = twoBytes ? 2 : 1;
      const n = Math.min(left, Math.floor(this.left() / size));
      if (n <= 0) throw damaged();
      out += this.stream.toString(twoBytes ? 'utf16le' : 'latin1', this.at, this.at + n * size);
      this.at += n * size;
      left -= n;
    }
    return out;
  }
}

/** A string of one record's body (XLUnicodeString: 16-bit count, or `short`: 8-bit), and the bytes it took. */
function unicodeString(b: Buffer, at: number, short = false): { text: string; end: number } {
  const count = short ? b[at] : b.readUInt16LE(at);
  const flags = b[at + (short ? 1 : 2)];
  let p = at + (short ? 2 : 3);
  const wide = (flags & 0x01) !== 0;
  const runs = flags & 0x08 ? b.readUInt16LE(p) : 0;
  if (flags & 0x08) p += 2;
  const ext = flags & 0x04 ? b.readUInt32LE(p) : 0;
  if (flags & 0x04) p += 4;
  const end = p + count * (wide ? 2 : 1);
  if (end > b.length) throw damaged();
  return { text: b.toString(wide ? 'utf16le' : 'latin1', p, end), end: end + runs * 4 + ext };
}

/** An RK number: a 30-bit integer or the top 30 bits of a double, perhaps ×100 (MS-XLS 2.5.217). */
function rkNumber(rk: number): number {
  const n =
    rk & 0x02
      ? rk >> 2
      : Buffer.from([0, 0, 0, 0, rk & 0xfc, (rk >> 8) & 0xff, (rk >> 16) & 0xff, rk >>> 24]).readDoubleLE(0);
  return rk & 0x01 ? n / 100 : n;
}

/**
 * Reads the worksheets of an Excel 97–2003 workbook (.xls, BIFF8, as Excel, WPS and LibreOffice save
 * it): shared and inline strings, numbers (RK, MULRK, NUMBER), formula results, booleans, date
 * formats (built-in, custom, the 1904 system) and merged ranges. An encrypted file, an older BIFF
 * (Excel 5.0/95) or a password-protected .xlsx is refused with what to do instead.
 */
export class XlsBook implements Workbook {
  private readonly stream: Buffer;
  private readonly strings: string[] = [];
  private readonly xfDates: ('day' | 'month' | false)[] = [];
  /** Each XF's font strikes its text through (删除线). */
  private xfStruck: boolean[] = [];
  private date1904 = false;
  readonly sheets: { name: string; offset: number }[] = [];

  constructor(data: Buffer) {
    let file: CompoundFile;
    try {
      file = new CompoundFile(data, SHEET_LIMITS.maxPartBytes);
    } catch (err) {
      if (err instanceof FileProblem) throw err;
      throw damaged();
    }
    if (file.has('EncryptedPackage'))
      throw new FileProblem('文件设有打开密码，无法读取；请在 Excel/WPS 中取消密码后再导入');
    const stream = file.read('Workbook');
    if (!stream) {
      if (file.has('Book'))
        throw new FileProblem('不支持 Excel 5.0/95 格式的 .xls 文件，请在 Excel/WPS 中另存为 .xlsx 后导入');
      throw damaged();
    }
    this.stream = stream;
    this.readGlobals();
    if (!this.sheets.length) throw new FileProblem('工作簿中没有工作表');
  }

  private readGlobals(): void {
    const formats = new Map<number, string>();
    const xfFormats: number[] = [];
    // fonts by index (index 4 is never written: the fifth record is font 5) and each XF's font
    const fontsStruck: boolean[] = [];
    const xfFonts: number[] = [];
    let first = true;
    for (const r of records(this.stream, 0)) {
      const b = this.stream.subarray(r.at, r.at + r.length);
      if (first) {
        if (r.type !== R.BOF || r.length < 4) throw damaged();
        if (b.readUInt16LE(0) !== BIFF8)
          throw new FileProblem('不支持 Excel 5.0/95 格式的 .xls 文件，请在 Excel/WPS 中另存为 .xlsx 后导入');
        first = false;
        continue;
      }
      if (r.type === R.FILEPASS) throw new FileProblem('文件设有打开密码，无法读取；请在 Excel/WPS 中取消密码后再导入');
      if (r.type === R.DATEMODE && r.length >= 2) this.date1904 = b.readUInt16LE(0) === 1;
      else if (r.type === R.FORMAT && r.length >= 5) formats.set(b.readUInt16LE(0), unicodeString(b, 2).text);
      else if (r.type === R.FONT && r.length >= 4) {
        if (fontsStruck.length === 4) fontsStruck.push(false);
        fontsStruck.push((b.readUInt16LE(2) & 0x0008) !== 0);
      } else if (r.type === R.XF && r.length >= 4) {
        xfFormats.push(b.readUInt16LE(2));
        xfFonts.push(b.readUInt16LE(0));
      } else if (r.type === R.BOUNDSHEET && r.length >= 8) {
        // worksheets only (not charts or macro sheets); a workbook with more than are read is refused
        if (b[5] === 0) {
          if (this.sheets.length >= SHEET_LIMITS.maxSheets) throw tooManySheets();
          this.sheets.push({ name: unicodeString(b, 6, true).text, offset: b.readUInt32LE(0) });
        }
      } else if (r.type === R.SST && r.length >= 8) this.readStrings(r.parts);
    }
    this.xfStruck = xfFonts.map((f) => fontsStruck[f] ?? false);
    for (const f of xfFormats) {
      const code = formats.get(f);
      if (code !== undefined && isDateFormat(code)) this.xfDates.push(isMonthFormat(code) ? 'month' : 'day');
      else this.xfDates.push(DATE_FORMATS.has(f) ? 'day' : false);
    }
  }

  private readStrings(parts: BiffRecord[]): void {
    const reader = new PartsReader(this.stream, parts);
    reader.skip(4);
    const unique = reader.u32();
    // every string takes 3 bytes at least: a count beyond that is a damaged file, not a loop to run
    if (unique > this.stream.length / 3) throw damaged();
    for (let i = 0; i < unique; i++) this.strings.push(reader.richString());
  }

  /** One worksheet's rows with content, read under the limits. */
  sheet(index: number): Sheet {
    const { name, offset } = this.sheets[index];
    const grid = new SheetGrid(name);
    let pendingFormula: { row: number; column: number } | null = null;
    const merged: number[][] = [];
    let first = true;
    for (const r of records(this.stream, offset)) {
      const b = this.stream.subarray(r.at, r.at + r.length);
      if (first) {
        if (r.type !== R.BOF) throw damaged();
        first = false;
        continue;
      }
      if (r.type === R.EOF) break;
      if (r.length < 6 && r.type !== R.STRING) continue;
      const row = r.length >= 2 ? b.readUInt16LE(0) + 1 : 0;
      const column = r.length >= 4 ? b.readUInt16LE(2) + 1 : 0;
      if (CELLS.has(r.type) && this.xfStruck[b.readUInt16LE(4)]) grid.strike(row, column);
      switch (r.type) {
        case R.LABELSST:
          if (r.length >= 10) grid.set(row, column, this.strings[b.readUInt32LE(6)] ?? '');
          break;
        case R.LABEL:
        case R.RSTRING:
          grid.set(row, column, unicodeString(b, 6).text);
          break;
        case R.NUMBER:
          if (r.length >= 14) grid.set(row, column, this.number(b.readDoubleLE(6), b.readUInt16LE(4)));
          break;
        case R.RK:
          if (r.length >= 10) grid.set(row, column, this.number(rkNumber(b.readUInt32LE(6)), b.readUInt16LE(4)));
          break;
        case R.MULRK:
          for (let p = 4, c = column; p + 6 <= r.length - 2; p += 6, c++)
            grid.set(row, c, this.number(rkNumber(b.readUInt32LE(p + 2)), b.readUInt16LE(p)));
          break;
        case R.BOOLERR:
          if (r.length >= 8 && b[7] === 0) grid.set(row, column, b[6] ? 'TRUE' : 'FALSE');
          break;
        case R.FORMULA:
          if (r.length < 14) break;
          if (b.readUInt16LE(12) !== 0xffff) grid.set(row, column, this.number(b.readDoubleLE(6), b.readUInt16LE(4)));
          else if (b[6] === 0)
            pendingFormula = { row, column }; // the text follows in a STRING record
          else if (b[6] === 1) grid.set(row, column, b[8] ? 'TRUE' : 'FALSE');
          break;
        case R.STRING:
          if (pendingFormula && r.length >= 3) {
            grid.set(pendingFormula.row, pendingFormula.column, new PartsReader(this.stream, r.parts).richString());
          }
          pendingFormula = null;
          break;
        case R.MERGEDCELLS:
          for (let i = 0, p = 2; i < b.readUInt16LE(0) && p + 8 <= r.length; i++, p += 8)
            merged.push([
              b.readUInt16LE(p) + 1,
              b.readUInt16LE(p + 4) + 1,
              b.readUInt16LE(p + 2) + 1,
              b.readUInt16LE(p + 6) + 1,
            ]);
          break;
      }
    }
    // a merged range shows its top-left value, wherever the range's record stands among the cells
    for (const [r1, c1, r2, c2] of merged) grid.merge(r1, c1, r2, c2);
    return grid.sheet();
  }

  /** A number as the cell shows it: a date where its format is one, else up to 15 digits. */
  private number(n: number, xf: number): string {
    if (!Number.isFinite(n)) return '';
    const serial = this.date1904 ? n + DAYS_1900_TO_1904 : n;
    if (this.xfDates[xf] && isExcelDate(serial)) return shownDate(serial, this.xfDates[xf] === 'month');
    return numberText(n);
  }
}
