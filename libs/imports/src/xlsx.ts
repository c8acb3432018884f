import { FileProblem } from './file-problem';
import { excelSerialToDate } from './normalise';
import { ZipReader } from './zip';

/** Limits that hold whatever the file claims: work is bounded by these, not by the sheet's size. */
export const SHEET_LIMITS = {
  /** Columns a 供需清单 may use (the template has 13); a value further right refuses the file. */
  maxColumns: 64,
  /** Rows with content per sheet (the import's row cap plus room for titles and notes). */
  maxRows: 20_100,
  /** Bytes one part of the workbook (a sheet, the shared strings) may inflate to. */
  maxPartBytes: 48 * 1024 * 1024,
  /** Cells merged ranges may fill in. */
  maxMergedCells: 200_000,
  /** Sheets looked at for the list. */
  maxSheets: 8,
};

/** A row with content: its number in the sheet (1-based) and its cells up to the last non-empty one. */
export interface SheetRow {
  row: number;
  cells: string[];
}

export interface Sheet {
  name: string;
  rows: SheetRow[];
}

const ENTITY: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function xmlText(s: string): string {
  return s
    .replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (_, e: string) =>
      e[0] === '#'
        ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
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

const DATE_FORMATS = new Set([14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[yd]/i.test(bare) || /(年|月|日)/.test(code);
}

/** Style index → true when the cell style shows a date. */
function dateStyles(styles: string | null): boolean[] {
  if (!styles) return [];
  const custom = new Map<number, string>();
  for (const match of styles.matchAll(/<numFmt\b[^>]*?numFmtId="(\d+)"[^>]*?formatCode="([^"]*)"/g))
    custom.set(Number(match[1]), xmlText(match[2]));
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '';
  const out: boolean[] = [];
  for (const match of xfs.matchAll(/<xf\b([^>]*)>/g)) {
    const id = Number(/numFmtId="(\d+)"/.exec(match[1])?.[1] ?? 0);
    out.push(DATE_FORMATS.has(id) || (custom.has(id) && isDateFormat(custom.get(id)!)));
  }
  return out;
}

function numberText(v: string): string {
  const n = Number(v);
  if (!Number.isFinite(n)) return v;
  return String(Number(n.toPrecision(15)));
}

/**
 * Reads the sheets of an .xlsx written by any tool (Excel, WPS, LibreOffice, hand-written OOXML):
 * shared and inline strings, numbers, booleans, formula results, date styles, merged ranges (the
 * top-left value fills the range). Cells are kept sparse: an empty cell costs nothing, a value past
 * `maxColumns` or rows past `maxRows` refuse the file while it is read.
 */
export class XlsxBook {
  private readonly zip: ZipReader;
  private readonly shared: string[] = [];
  private readonly dates: boolean[];
  readonly sheets: { name: string; path: string }[];

  constructor(data: Buffer) {
    this.zip = new ZipReader(data);
    const text = (name: string) => this.zip.read(name, SHEET_LIMITS.maxPartBytes)?.toString('utf8') ?? null;
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
      if (this.zip.has(path)) this.sheets.push({ name, path });
      if (this.sheets.length >= SHEET_LIMITS.maxSheets) break;
    }
    if (!this.sheets.length) throw new FileProblem('工作簿中没有工作表');
    const strings = text('xl/sharedStrings.xml');
    if (strings)
      for (const match of strings.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g))
        this.shared.push(match[1] ? runsText(match[1]) : '');
    this.dates = dateStyles(text('xl/styles.xml'));
  }

  /** One sheet's rows with content, read under the limits. */
  sheet(index: number): Sheet {
    const { name, path } = this.sheets[index];
    const xml = this.zip.read(path, SHEET_LIMITS.maxPartBytes)!.toString('utf8');
    const rows = new Map<number, string[]>();
    let rowNumber = 0;
    const rowRe = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;
    const cellRe = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
    for (const rm of xml.matchAll(rowRe)) {
      const r = /\br="(\d+)"/.exec(rm[1]);
      rowNumber = r ? Number(r[1]) : rowNumber + 1;
      if (!rm[2]) continue;
      let column = 0;
      let cells: string[] | undefined;
      for (const cm of rm[2].matchAll(cellRe)) {
        const ref = /\br="([A-Za-z]+)\d*"/.exec(cm[1]);
        column = ref ? columnNumber(ref[1]) : column + 1;
        if (!cm[2]) continue; // a styled empty cell
        const value = this.cellValue(cm[1], cm[2]).trim();
        if (!value) continue;
        if (column > SHEET_LIMITS.maxColumns)
          throw new FileProblem(
            `工作表“${name}”第 ${rowNumber} 行第 ${column} 列有内容，超出上限（最多 ${SHEET_LIMITS.maxColumns} 列）；请删去多余的列`,
          );
        if (!cells) {
          cells = rows.get(rowNumber) ?? [];
          rows.set(rowNumber, cells);
          if (rows.size > SHEET_LIMITS.maxRows)
            throw new FileProblem(`工作表“${name}”行数过多（超过 ${SHEET_LIMITS.maxRows} 行）；请分批导入`);
        }
        while (cells.length < column - 1) cells.push('');
        cells[column - 1] = value;
      }
    }
    this.fillMerged(xml, rows);
    return {
      name,
      rows: [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([row, cells]) => ({ row, cells })),
    };
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
    if (this.dates[style] && Number.isFinite(Number(v)) && Number(v) > 0) return excelSerialToDate(Number(v));
    return numberText(v);
  }

  /** A merged range shows its top-left value in every cell (a firm named once for several products). */
  private fillMerged(xml: string, rows: Map<number, string[]>): void {
    let filled = 0;
    for (const match of xml.matchAll(/<mergeCell\b[^>]*\bref="([A-Za-z]+)(\d+):([A-Za-z]+)(\d+)"/g)) {
      const [c1, r1, c2, r2] = [columnNumber(match[1]), Number(match[2]), columnNumber(match[3]), Number(match[4])];
      const value = rows.get(r1)?.[c1 - 1];
      if (!value || r2 < r1 || c2 < c1) continue;
      const lastColumn = Math.min(c2, SHEET_LIMITS.maxColumns);
      filled += (r2 - r1 + 1) * (lastColumn - c1 + 1);
      if (filled > SHEET_LIMITS.maxMergedCells)
        throw new FileProblem(`工作表合并单元格过多（超过 ${SHEET_LIMITS.maxMergedCells} 格）；请取消合并后导入`);
      for (let r = r1; r <= r2; r++) {
        let cells = rows.get(r);
        if (!cells) {
          cells = [];
          rows.set(r, cells);
          if (rows.size > SHEET_LIMITS.maxRows)
            throw new FileProblem(`工作表行数过多（超过 ${SHEET_LIMITS.maxRows} 行）；请分批导入`);
        }
        for (let c = c1; c <= lastColumn; c++) {
          while (cells.length < c - 1) cells.push('');
          if (!cells[c - 1]) cells[c - 1] = value;
        }
      }
    }
  }
}
