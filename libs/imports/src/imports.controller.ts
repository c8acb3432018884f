import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { Request, Response } from 'express';

import { AccountsService } from '@duijie/accounts';
import { answerRest, sendXlsx, viewerFromRequest } from '@duijie/accounts';

import { ImportCorrectionInput, toImportObject, toPreviewObject } from './imports.dto';
import { ImportsService } from './imports.service';
import { ImportStatus } from './listing-import.entity';
import { MAX_FILE_BYTES } from './parse';
import { listingsTemplate } from './template';
import { readSpreadsheetUpload, UploadTooLarge } from './upload';

/** The listings template and spreadsheet imports into an event (ORGANISER). */
@Controller()
export class ImportsController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly imports: ImportsService,
  ) {}

  @Get('imports/listings-template.xlsx')
  async template(@Res() res: Response): Promise<void> {
    sendXlsx(res, 'listings-template.xlsx', await listingsTemplate());
  }

  /**
   * multipart/form-data with one part, `file`: .xlsx, .xls (Excel 97–2003), .csv or .tsv (UTF-8, UTF-16 or GB18030).
   * The token and the caller's right to import into the event are checked before a byte of the
   * body is read; the file streams in under the size cap. 200 with the per-row report, or 202 while
   * the worker runs it; with `?dryRun=true`, 200 with the preview (every row's outcome and
   * warnings) and nothing written.
   */
  @Post('events/:id/listings/import')
  async import(
    @Param('id') id: string,
    @Query('dryRun') dryRun: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    // Any answer given before the whole body is in closes the connection: the rest is never read.
    res.setHeader('Connection', 'close');
    res.on('finish', () => {
      if (!req.complete) req.destroy();
    });
    await answerRest(res, async () => {
      const viewer = await viewerFromRequest(this.accounts, req);
      await this.imports.authoriseUpload(viewer, id);
      const file = await this.readUpload(req, res);
      if (!file) return;
      if (dryRun === 'true' || dryRun === '1') {
        res.status(200).json(toPreviewObject(await this.imports.preview(viewer, id, file)));
        return;
      }
      const imported = await this.imports.start(viewer, id, file);
      res.status(imported.status === ImportStatus.DONE ? 200 : 202).json(toImportObject(imported));
    });
  }

  /** Commits a dry run: body `{ "corrections": [{ "row": 5, "categoryCode": "3055" }] }` (optional). */
  @Post('imports/:id/commit')
  async commit(
    @Param('id') id: string,
    @Body() body: { corrections?: ImportCorrectionInput[] } | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await answerRest(res, async () => {
      const viewer = await viewerFromRequest(this.accounts, req);
      const corrections = Array.isArray(body?.corrections) ? body.corrections : [];
      const imported = await this.imports.commit(viewer, id, corrections);
      res.status(imported.status === ImportStatus.DONE ? 200 : 202).json(toImportObject(imported));
    });
  }

  @Get('imports/:id')
  async status(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    await answerRest(res, async () => {
      const found = await this.imports.find(await viewerFromRequest(this.accounts, req), id);
      if (!found) res.status(404).json({ error: { code: 'NOT_FOUND', message: '导入记录不存在' } });
      else res.json(toImportObject(found));
    });
  }

  /** The file part, or null after answering 413 for an upload over the cap. */
  private async readUpload(req: Request, res: Response) {
    try {
      return await readSpreadsheetUpload(req, MAX_FILE_BYTES);
    } catch (err) {
      if (!(err instanceof UploadTooLarge)) throw err;
      res.status(413).json({
        error: {
          code: 'BAD_USER_INPUT',
          fields: ['file'],
          message: `文件过大，上限 ${MAX_FILE_BYTES / 1048576} MB；请分批导入`,
        },
      });
      return null;
    }
  }
}
