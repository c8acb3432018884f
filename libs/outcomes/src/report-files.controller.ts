import { Controller, Get, Headers, Param, Res } from '@nestjs/common';
import { Response } from 'express';

import { AccountsService } from '@duijie/accounts';
import { EventAccess } from '@duijie/events';
import { answerRest, sendXlsx, viewerFromHeader } from '@duijie/meetings';

import { ReportService } from './report.service';
import { reportWorkbook } from './report-xlsx';

/** The event report as a workbook, for organisers. */
@Controller('events')
export class ReportFilesController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly access: EventAccess,
    private readonly reports: ReportService,
  ) {}

  @Get(':id/report.xlsx')
  async report(
    @Param('id') id: string,
    @Headers('authorization') auth: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    await answerRest(res, async () => {
      const viewer = await viewerFromHeader(this.accounts, auth);
      const report = await this.reports.report(viewer, id);
      const event = await this.access.event(id);
      sendXlsx(res, `report-${event.id}.xlsx`, await reportWorkbook(event.title, report));
    });
  }
}
