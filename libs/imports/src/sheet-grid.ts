import { FileProblem } from './file-problem';

/** Limits that hold whatever the file claims: work is bounded by these, not by the sheet's size. */
export const SHEET_LIMITS = {
  /** Columns a 供需清单 may use (the template has 13); a value further right refuses the file. */
  maxColumns: 64,
  /** Rows with content per sheet (the import's row cap plus room for titles and notes). */
  maxRows: 20_100,
  /** Bytes one part of the workbook (a sheet, the shared strings) may inflate to. */
  maxPartBytes: 48 * 1024 * 1024,
  /** Bytes all the parts read may inflate to together (a 20,000-row list is some 15 MB). */
  maxWorkbookBytes: 64 * 1024 * 1024,
  /** Cells merged ranges may fill in. */
  maxMergedCells: 200_000,
  /**
   * Worksheets a workbook may hold: a prefecture's list has a sheet per county (黔东南州: 16), a
   * province's per county too (88). A workbook with more is refused, never read in part.
   */
  maxSheets: 100,
};

/** The refusal of a workbook with more worksheets than are read. */
export function tooManySheets(): FileProblem {
  return new FileProblem(`工作簿的工作表超过 ${SHEET_LIMITS.maxSheets} 张；请分成几个文件导入`);
}

/** A row with content: its number in the sheet (1-based) and its cells up to the last non-empty one. */
export interface SheetRow {
  row: number;
  cells: string[];
  /** One of several listings a row gives side by side (a grade's name), when the parser splits it. */
  block?: string;
  /** Columns (0-based) whose text is struck through (删除线): how offices mark a listing taken back. */
  struck?: number[];
}

export interface Sheet {
  name: string;
  rows: SheetRow[];
  /** Ranges merged down a column (0-based), rows 1-based: a firm named once over its products. */
  mergedDown?: { column: number; from: number; to: number }[];
}

/** A workbook as the import reads it, whatever its format (.xlsx, .xls). */
export interface Workbook {
  readonly sheets: readonly { name: string }[];
  sheet(index: number): Sheet;
}

/** Excel shows a number with at most 15 significant digits (0.1 + 0.2 is 0.3). */
export function numberText(n: number): string {
  return String(Number(n.toPrecision(15)));
}

/**
 * A sheet's cells as a reader finds them, kept sparse (an empty cell costs nothing) under the
 * limits: a value past `maxColumns`, rows past `maxRows` or merged ranges past `maxMergedCells`
 * refuse the file while it is read.
 */
export class SheetGrid {
  private readonly rows = new Map<number, string[]>();
  private readonly mergedDown: { column: number; from: number; to: number }[] = [];
  private readonly struck = new Map<number, number[]>();
  private filled = 0;

  constructor(private readonly name: string) {}

  /** A cell's value, row and column 1-based; blank values are left out. */
  set(row: number, column: number, raw: string): void {
    const value = raw.trim();
    if (!value) return;
    if (column > SHEET_LIMITS.maxColumns)
      throw new FileProblem(
        `工作表“${this.name}”第 ${row} 行第 ${column} 列有内容，超出上限（最多 ${SHEET_LIMITS.maxColumns} 列）；请删去多余的列`,
      );
    const cells = this.row(row);
    while (cells.length < column - 1) cells.push('');
    cells[column - 1] = value;
  }

  /** A cell's text is struck through (row and column 1-based): kept with its row for the parser to read. */
  strike(row: number, column: number): void {
    if (column > SHEET_LIMITS.maxColumns) return;
    const columns = this.struck.get(row) ?? [];
    if (!columns.includes(column - 1)) columns.push(column - 1);
    this.struck.set(row, columns);
  }

  /** A merged range shows its top-left value in every cell (a firm named once for several products). */
  merge(r1: number, c1: number, r2: number, c2: number): void {
    const value = this.rows.get(r1)?.[c1 - 1];
    if (!value || r2 < r1 || c2 < c1) return;
    const lastColumn = Math.min(c2, SHEET_LIMITS.maxColumns);
    this.filled += (r2 - r1 + 1) * (lastColumn - c1 + 1);
    if (r2 > r1) for (let c = c1; c <= lastColumn; c++) this.mergedDown.push({ column: c - 1, from: r1, to: r2 });
    if (this.filled > SHEET_LIMITS.maxMergedCells)
      throw new FileProblem(`工作表合并单元格过多（超过 ${SHEET_LIMITS.maxMergedCells} 格）；请取消合并后导入`);
    for (let r = r1; r <= r2; r++) {
      const cells = this.row(r);
      for (let c = c1; c <= lastColumn; c++) {
        while (cells.length < c - 1) cells.push('');
        if (!cells[c - 1]) cells[c - 1] = value;
      }
    }
  }

  sheet(): Sheet {
    return {
      name: this.name,
      rows: [...this.rows.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(([row, cells]) => {
          const struck = this.struck.get(row)?.filter((j) => cells[j]);
          return struck?.length ? { row, cells, struck } : { row, cells };
        }),
      mergedDown: this.mergedDown,
    };
  }

  private row(row: number): string[] {
    let cells = this.rows.get(row);
    if (!cells) {
      cells = [];
      this.rows.set(row, cells);
      if (this.rows.size > SHEET_LIMITS.maxRows)
        throw new FileProblem(`工作表“${this.name}”行数过多（超过 ${SHEET_LIMITS.maxRows} 行）；请分批导入`);
    }
    return cells;
  }
}
