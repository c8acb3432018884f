import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { Request, Response } from 'express';

import { AccountsService } from '@duijie/accounts';
import { answerRest, sendXlsx, viewerFromRequest } from '@duijie/accounts';
import { EventAccess } from '@duijie/events';

import { ReportService } from './report.service';
import { ReportSheets } from './report-sheets';
import { reportWorkbook } from './report-xlsx';

/** The event report as a workbook, for organisers. */
@Controller('events')
export class ReportFilesController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly access: EventAccess,
    private readonly reports: ReportService,
    private readonly sheets: ReportSheets,
  ) {}

  @Get(':id/report.xlsx')
  async report(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    await answerRest(res, async () => {
      const viewer = await viewerFromRequest(this.accounts, req);
      const report = await this.reports.report(viewer, id);
      const event = await this.access.event(id);
      sendXlsx(
        res,
        `report-${event.id}.xlsx`,
        await reportWorkbook(event.title, report, (book) => this.sheets.writeAll(book, event.id)),
      );
    });
  }
}
