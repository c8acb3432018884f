import { excelSerialToDate, isExcelDate } from './cell-text';
import { FileProblem } from './file-problem';
import type { Sheet, Workbook } from './sheet-grid';
import { numberText, SHEET_LIMITS, SheetGrid, tooManySheets } from './sheet-grid';
import { ZipReader } from './zip';

const ENTITY: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** A character reference's text; one past Unicode (&#x110000;) is U+001A SUBSTITUTE, which the row rules refuse. */
function codePointText(n: number): string {
  return Number.isInteger(n) && n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '\u001A';
}

export function xmlText(s: string): string {
  return s
    .replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (_, e: string) =>
      e[0] === '#'
        ? codePointText(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
        : ENTITY[e.toLowerCase()],
    )
    .replace(/_x([0-9A-F]{4})_/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** The text of the <t> runs of a string item, phonetic runs (<rPh>) left out. */
function runsText(xml: string): string {
  const plain = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  let out = '';
  for (const match of plain.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g))
    out += match[1] ? xmlText(match[1]) : '';
  return out;
}

/** A → 1, XFD → 16384. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Days between the two date systems' day 0: a 1904 serial plus these is the 1900 serial. */
export const DAYS_1900_TO_1904 = 1462;

/** The built-in number formats that show a date (the Chinese ones 27–36 and 50–58 too). */
export const DATE_FORMATS = new Set([
  14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

/** A custom number format that shows a date: y or d outside quotes and brackets, or 年/月/日. */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[yd]/i.test(bare) || /(年|月|日)/.test(code);
}

/** A custom date format that shows the month and no day (yyyy"年"m"月", mmm-yy): a month, not its first day. */
export function isMonthFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /y/i.test(bare) && /m/i.test(bare) && !/[dhs]/i.test(bare);
}

/** A date as a cell with this style shows it: 2027-06-01, or 2027年6月 for a month (its last day, read later). */
export function shownDate(serial: number, month: boolean): string {
  const date = excelSerialToDate(serial);
  return month ? `${date.slice(0, 4)}年${Number(date.slice(5, 7))}月` : date;
}

/** Style index → 'day' or 'month' when the cell style shows a date, false when it shows none. */
function dateStyles(styles: string | null): ('day' | 'month' | false)[] {
  if (!styles) return [];
  const custom = new Map<number, string>();
  for (const match of styles.matchAll(/<numFmt\b[^>]*?numFmtId="(\d+)"[^>]*?formatCode="([^"]*)"/g))
    custom.set(Number(match[1]), xmlText(match[2]));
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '';
  const out: ('day' | 'month' | false)[] = [];
  for (const match of xfs.matchAll(/<xf\b([^>]*)>/g)) {
    const id = Number(/numFmtId="(\d+)"/.exec(match[1])?.[1] ?? 0);
    const code = custom.get(id);
    if (code !== undefined && isDateFormat(code)) out.push(isMonthFormat(code) ? 'month' : 'day');
    else out.push(DATE_FORMATS.has(id) ? 'day' : false);
  }
  return out;
}

/** A font or a run that strikes its text through: <strike/>, <strike val="1"/> (not val="0" or "false"). */
const STRIKE = /<strike\b(?![^>]*\bval="(0|false)")[^>]*\/?>/;

/** Style index → whether the cell style's font strikes its text through (删除线). */
function struckStyles(styles: string | null): boolean[] {
  if (!styles) return [];
  const fontsXml = /<fonts\b[^>]*>([\s\S]*?)<\/fonts>/.exec(styles)?.[1] ?? '';
  const fonts = [...fontsXml.matchAll(/<font\b[^>]*?(?:\/>|>([\s\S]*?)<\/font>)/g)].map((m) => STRIKE.test(m[1] ?? ''));
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '';
  return [...xfs.matchAll(/<xf\b([^>]*)>/g)].map((m) => fonts[Number(/fontId="(\d+)"/.exec(m[1])?.[1] ?? 0)] ?? false);
}

/** Rich text whose every run with text is struck through (a string can be struck run by run). */
function runsStruck(xml: string): boolean {
  const runs = [...xml.matchAll(/<r>([\s\S]*?)<\/r>/g)].filter((m) => /<t\b[^>]*>[^<]*\S/.test(m[1]));
  return runs.length > 0 && runs.every((m) => STRIKE.test(/<rPr>([\s\S]*?)<\/rPr>/.exec(m[1])?.[1] ?? ''));
}

/**
 * Reads the sheets of an .xlsx written by any tool (Excel, WPS, LibreOffice, hand-written OOXML):
 * shared and inline strings, numbers, booleans, formula results, date styles, merged ranges (the
 * top-left value fills the range). Cells are kept sparse: an empty cell costs nothing, a value past
 * `maxColumns` or rows past `maxRows` refuse the file while it is read.
 */
export class XlsxBook implements Workbook {
  private readonly zip: ZipReader;
  private readonly shared: string[] = [];
  /** Shared strings struck through in their own runs. */
  private readonly sharedStruck = new Set<number>();
  private readonly dates: ('day' | 'month' | false)[];
  private readonly struck: boolean[];
  /** Serials count from 1904 (Excel for Mac's old default), not 1900. */
  private readonly date1904: boolean;
  readonly sheets: { name: string; path: string }[];

  constructor(data: Buffer) {
    this.zip = new ZipReader(data);
    const text = (name: string) => this.part(name)?.toString('utf8') ?? null;
    const workbook = text('xl/workbook.xml');
    if (workbook === null) throw new FileProblem('无法读取该 .xlsx 文件（不是 Excel 工作簿）');
    const rels = text('xl/_rels/workbook.xml.rels') ?? '';
    const targets = new Map<string, string>();
    for (const match of rels.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
      const id = /\bId="([^"]+)"/.exec(match[1])?.[1];
      const target = /\bTarget="([^"]+)"/.exec(match[1])?.[1];
      if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
    }
    this.sheets = [];
    for (const match of workbook.matchAll(/<sheet\b([^>]*)\/?>/g)) {
      const name = xmlText(/\bname="([^"]*)"/.exec(match[1])?.[1] ?? '');
      const rid = /\br:id="([^"]+)"|\bid="([^"]+)"/.exec(match[1]);
      const path = targets.get(rid?.[1] ?? rid?.[2] ?? '') ?? `xl/worksheets/sheet${this.sheets.length + 1}.xml`;
      if (!this.zip.has(path)) continue;
      // a workbook with more sheets than are read is refused, never read in part
      if (this.sheets.length >= SHEET_LIMITS.maxSheets) throw tooManySheets();
      this.sheets.push({ name, path });
    }
    if (!this.sheets.length) throw new FileProblem('工作簿中没有工作表');
    const strings = text('xl/sharedStrings.xml');
    if (strings)
      for (const match of strings.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)) {
        if (match[1] && runsStruck(match[1])) this.sharedStruck.add(this.shared.length);
        this.shared.push(match[1] ? runsText(match[1]) : '');
      }
    const styles = text('xl/styles.xml');
    this.dates = dateStyles(styles);
    this.struck = struckStyles(styles);
    this.date1904 = /<workbookPr\b[^>]*\bdate1904="(1|true)"/.test(workbook);
  }

  /** Bytes the parts read so far inflated to. */
  private inflated = 0;

  /**
   * A part's bytes, within its own limit and what is left of the workbook's: sheets each just under
   * the part limit (a 250 KB file of ten 47 MB sheets) are refused once together they pass it.
   */
  private part(name: string): Buffer | null {
    const left = SHEET_LIMITS.maxWorkbookBytes - this.inflated;
    try {
      const bytes = this.zip.read(name, Math.min(SHEET_LIMITS.maxPartBytes, left));
      this.inflated += bytes?.length ?? 0;
      return bytes;
    } catch (err) {
      if (err instanceof FileProblem && left < SHEET_LIMITS.maxPartBytes)
        throw new FileProblem(
          `工作簿内容解压后合计过大（超过 ${SHEET_LIMITS.maxWorkbookBytes / 1048576} MB）；请删去空行空列、多余的工作表，或分批导入`,
        );
      throw err;
    }
  }

  /** One sheet's rows with content, read under the limits. */
  sheet(index: number): Sheet {
    const { name, path } = this.sheets[index];
    const xml = this.part(path)!.toString('utf8');
    const grid = new SheetGrid(name);
    let rowNumber = 0;
    const rowRe = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;
    const cellRe = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
    for (const rm of xml.matchAll(rowRe)) {
      const r = /\br="(\d+)"/.exec(rm[1]);
      rowNumber = r ? Number(r[1]) : rowNumber + 1;
      if (!rm[2]) continue;
      let column = 0;
      for (const cm of rm[2].matchAll(cellRe)) {
        const ref = /\br="([A-Za-z]+)\d*"/.exec(cm[1]);
        column = ref ? columnNumber(ref[1]) : column + 1;
        if (!cm[2]) continue; // a styled empty cell
        grid.set(rowNumber, column, this.cellValue(cm[1], cm[2]));
        if (this.isStruck(cm[1], cm[2])) grid.strike(rowNumber, column);
      }
    }
    for (const match of xml.matchAll(/<mergeCell\b[^>]*\bref="([A-Za-z]+)(\d+):([A-Za-z]+)(\d+)"/g))
      grid.merge(Number(match[2]), columnNumber(match[1]), Number(match[4]), columnNumber(match[3]));
    return grid.sheet();
  }

  /** The cell's style strikes its text through, or its own (shared or inline) runs all do. */
  private isStruck(attrs: string, inner: string): boolean {
    if (this.struck[Number(/\bs="(\d+)"/.exec(attrs)?.[1] ?? 0)]) return true;
    const type = /\bt="(\w+)"/.exec(attrs)?.[1];
    if (type === 's') return this.sharedStruck.has(Number(/<v>([\s\S]*?)<\/v>/.exec(inner)?.[1]));
    if (type === 'inlineStr') return runsStruck(/<is>([\s\S]*?)<\/is>/.exec(inner)?.[1] ?? '');
    return false;
  }

  private cellValue(attrs: string, inner: string): string {
    const type = /\bt="(\w+)"/.exec(attrs)?.[1] ?? 'n';
    if (type === 'inlineStr') {
      const is = /<is>([\s\S]*?)<\/is>/.exec(inner)?.[1];
      return is ? runsText(is) : '';
    }
    const v = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
    if (v === undefined) return '';
    if (type === 's') return this.shared[Number(v)] ?? '';
    if (type === 'str' || type === 'd') return xmlText(v);
    if (type === 'b') return v === '1' ? 'TRUE' : 'FALSE';
    if (type === 'e') return '';
    const style = Number(/\bs="(\d+)"/.exec(attrs)?.[1] ?? -1);
    const n = Number(v);
    if (!Number.isFinite(n)) return v;
    const serial = this.date1904 ? n + DAYS_1900_TO_1904 : n;
    if (this.dates[style] && isExcelDate(serial)) return shownDate(serial, this.dates[style] === 'month');
    return numberText(n);
  }
}
