import busboy from 'busboy';
import type { Request } from 'express';

import { BadInputError } from '@duijie/common';

/** An upload refused for its size while it streamed in (HTTP 413). */
export class UploadTooLarge extends Error {}

export interface UploadedSpreadsheet {
  buffer: Buffer;
  originalname: string;
}

const refuse = (message: string) => new BadInputError([{ field: 'file', message }]);

/**
 * Reads the one file part of a multipart/form-data upload while it streams in: exactly one part,
 * named `file`, no text fields, at most `maxBytes`; anything else stops reading at once. Call it
 * only after the caller is known to be allowed to upload: nothing is read before.
 */
export function readSpreadsheetUpload(req: Request, maxBytes: number): Promise<UploadedSpreadsheet> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        // Browsers send the file name as raw UTF-8 (供需清单.xlsx), not latin-1, busboy's default.
        defParamCharset: 'utf8',
        // busboy signals 'limit' on reaching fileSize: one byte over the cap is the first refused
        limits: { files: 1, fields: 0, fileSize: maxBytes + 1, headerPairs: 20, fieldNameSize: 100 },
      });
    } catch {
      reject(refuse('请以 multipart/form-data 的 file 字段上传 .xlsx、.xls 或 .csv 文件'));
      return;
    }
    let settled = false;
    let file: UploadedSpreadsheet | null = null;
    const fail = (err: Error) => {
      if (settled) return;
      settled = true;
      req.unpipe(parser);
      req.pause();
      reject(err);
    };
    parser.on('file', (name, stream, info) => {
      // A body cut off inside the file (no closing boundary) errors the file's stream, not only the
      // parser: unheard, that error ended the process (an outside tester's find).
      stream.on('error', () => fail(refuse('上传的 multipart 数据不完整或格式有误')));
      if (name !== 'file') {
        stream.resume();
        fail(refuse(`只接受名为 file 的文件字段，收到“${name.slice(0, 50)}”`));
        return;
      }
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => fail(new UploadTooLarge()));
      stream.on('end', () => {
        if (!settled) file = { buffer: Buffer.concat(chunks), originalname: info.filename ?? '' };
      });
    });
    parser.on('field', (name) =>
      fail(refuse(`上传只接受一个 file 文件字段，不接受文本字段（收到“${name.slice(0, 50)}”）`)),
    );
    parser.on('fieldsLimit', () => fail(refuse('上传只接受一个 file 文件字段，不接受文本字段')));
    parser.on('filesLimit', () => fail(refuse('一次只能上传一个文件')));
    parser.on('error', () => fail(refuse('上传的 multipart 数据不完整或格式有误')));
    parser.on('close', () => {
      if (settled) return;
      settled = true;
      if (file) resolve(file);
      else reject(refuse('请以 multipart/form-data 的 file 字段上传 .xlsx、.xls 或 .csv 文件'));
    });
    req.on('aborted', () => fail(refuse('上传中断')));
    req.pipe(parser);
  });
}
