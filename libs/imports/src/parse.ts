import ExcelJS from 'exceljs';

import type { ColumnField } from './columns';
import { COLUMNS, fieldOfHeader } from './columns';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_ROWS = 20_000;

/** A parsed sheet: each row's cells by field, with its row number in the file (header = 1). */
export interface ParsedSheet {
  rows: { row: number; cells: Partial<Record<ColumnField, string>> }[];
}

/** A problem with the file as a whole (not a row): one clear message. */
export class FileProblem extends Error {}

const isZip = (b: Buffer) => b.length > 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** Reads an .xlsx (first sheet) or a .csv in UTF-8 or GB18030 into rows keyed by template field. */
export async function parseSpreadsheet(data: Buffer): Promise<ParsedSheet> {
  if (data.length === 0) throw new FileProblem('文件为空');
  if (data.length > MAX_FILE_BYTES)
    throw new FileProblem(`文件过大（${(data.length / 1048576).toFixed(1)} MB），上限 ${MAX_FILE_BYTES / 1048576} MB`);
  const table = isZip(data) ? await readXlsx(data) : readCsv(data);
  const headerIndex = table.findIndex((r) => r.some((c) => c.trim() !== ''));
  if (headerIndex < 0) throw new FileProblem('文件中没有表头');
  const header = table[headerIndex].map((h) => fieldOfHeader(h));
  const missing = COLUMNS.filter((c) => c.required && !header.includes(c.field)).map((c) => c.header);
  if (missing.length)
    throw new FileProblem(`缺少必需的列：${missing.join('、')}（请使用模板 /imports/listings-template.xlsx）`);
  const rows: ParsedSheet['rows'] = [];
  for (let i = headerIndex + 1; i < table.length; i++) {
    const cells: Partial<Record<ColumnField, string>> = {};
    table[i].forEach((value, j) => {
      const field = header[j];
      if (field && value.trim() !== '') cells[field] = value.trim();
    });
    if (Object.keys(cells).length === 0) continue; // blank line
    rows.push({ row: i + 1, cells });
    if (rows.length > MAX_ROWS) throw new FileProblem(`行数过多，上限 ${MAX_ROWS} 行；请分批导入`);
  }
  return { rows };
}

async function readXlsx(data: Buffer): Promise<string[][]> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw new FileProblem('无法读取该 .xlsx 文件（文件损坏或不是 Excel 工作簿）');
  }
  const sheet = book.worksheets[0];
  if (!sheet) throw new FileProblem('工作簿中没有工作表');
  const out: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    const values: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      values[col - 1] = cellText(cell.value);
    });
    out[n - 1] = Array.from(values, (v) => v ?? '');
  });
  return Array.from(out, (r) => r ?? []);
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('text' in v) return String(v.text);
    if ('result' in v) return cellText(v.result);
    return '';
  }
  return String(v);
}

/** Decodes UTF-8 (with or without BOM) or, failing that, GB18030 — what Excel in China saves. */
export function decodeText(data: Buffer): string {
  if (data.includes(0)) throw new FileProblem('不是 .xlsx 或 .csv 文件');
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(data);
  } catch {
    return new TextDecoder('gb18030').decode(data);
  }
}

/** RFC 4180 CSV: quoted fields with doubled quotes, commas and line breaks inside quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function readCsv(data: Buffer): string[][] {
  return parseCsv(decodeText(data));
}
