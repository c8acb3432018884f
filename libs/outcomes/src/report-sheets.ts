import { Injectable } from '@nestjs/common';

/** One sheet another lib adds to report.xlsx: a header row, rows, column widths. */
export interface ReportSheet {
  name: string;
  header: string[];
  rows: (string | number)[][];
  widths: number[];
}

/** Sheets of an event's report from a lib above this one (loans, technology contracts …). */
export type ReportSheetSource = (eventId: string) => Promise<ReportSheet[]>;

/**
 * The port through which higher libs (finance, research, investment …) add their sheets to
 * report.xlsx without this lib importing them: each registers a source when its module starts.
 */
@Injectable()
export class ReportSheets {
  private readonly sources: ReportSheetSource[] = [];

  register(source: ReportSheetSource): void {
    this.sources.push(source);
  }

  async sheetsOf(eventId: string): Promise<ReportSheet[]> {
    return (await Promise.all(this.sources.map((s) => s(eventId)))).flat();
  }
}
