import {
  ArgumentsHost,
  Catch,
  Controller,
  ExceptionFilter,
  Get,
  Param,
  PayloadTooLargeException,
  Post,
  Req,
  Res,
  UploadedFile,
  UseFilters,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { Request, Response } from 'express';

import { AccountsService } from '@duijie/accounts';
import { answerRest, sendXlsx, viewerFromRequest } from '@duijie/meetings';

import { toImportObject } from './imports.dto';
import { ImportsService } from './imports.service';
import { ImportStatus } from './listing-import.entity';
import { MAX_FILE_BYTES } from './parse';
import { listingsTemplate } from './template';

/** An upload over the size limit, said in the words of every other import error. */
@Catch(PayloadTooLargeException)
class FileTooLarge implements ExceptionFilter {
  catch(_: PayloadTooLargeException, host: ArgumentsHost): void {
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(413)
      .json({
        error: {
          code: 'BAD_USER_INPUT',
          fields: ['file'],
          message: `文件过大，上限 ${MAX_FILE_BYTES / 1048576} MB；请分批导入`,
        },
      });
  }
}

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

  /** multipart/form-data, field `file`: .xlsx or .csv (UTF-8 or GB18030). 200 with the per-row report, or 202 while the worker runs it. */
  @Post('events/:id/listings/import')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_FILE_BYTES, files: 1 } }))
  @UseFilters(FileTooLarge)
  async import(
    @Param('id') id: string,
    @Req() req: Request,
    @UploadedFile() file: { buffer: Buffer; originalname: string } | undefined,
    @Res() res: Response,
  ): Promise<void> {
    await answerRest(res, async () => {
      const viewer = await viewerFromRequest(this.accounts, req);
      const imported = await this.imports.start(viewer, id, file);
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
}
