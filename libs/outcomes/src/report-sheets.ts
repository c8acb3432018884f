import { Injectable } from '@nestjs/common';

/** A sheet another lib adds to an event's report.xlsx (政策申报, 金融对接 …). */
export interface ReportSheet {
  name: string;
  header: string[];
  rows: (string | number)[][];
  widths?: number[];
}

/** A lib that contributes sheets to the event report; it registers itself with ReportSheets at start. */
export interface ReportSheetSource {
  sheets(eventId: string): Promise<ReportSheet[]>;
}

/**
 * The port through which higher libs add their parts to report.xlsx without outcomes importing
 * them: each registers a source (`onModuleInit`), and the workbook appends their sheets in order.
 */
@Injectable()
export class ReportSheets {
  private readonly sources: ReportSheetSource[] = [];

  register(source: ReportSheetSource): void {
    this.sources.push(source);
  }

  async of(eventId: string): Promise<ReportSheet[]> {
    return (await Promise.all(this.sources.map((s) => s.sheets(eventId)))).flat();
  }
}
