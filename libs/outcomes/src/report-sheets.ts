import { Injectable } from '@nestjs/common';
import type ExcelJS from 'exceljs';

/** A sheet another part adds to report.xlsx: it reads its own figures for the event and writes them. */
export type ReportSheet = (book: ExcelJS.Workbook, eventId: string) => Promise<void>;

/**
 * The report's extra sheets (招商, 金融 …), registered at start by the libs that own the figures, so
 * outcomes needs not import them (they import outcomes). Added after the report's own sheets, in
 * registration order.
 */
@Injectable()
export class ReportSheets {
  private readonly sheets: { name: string; write: ReportSheet }[] = [];

  register(name: string, write: ReportSheet): void {
    if (!this.sheets.some((s) => s.name === name)) this.sheets.push({ name, write });
  }

  async writeAll(book: ExcelJS.Workbook, eventId: string): Promise<void> {
    for (const s of this.sheets) await s.write(book, eventId);
  }
}
