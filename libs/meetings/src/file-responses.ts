import type { Response } from 'express';

import type { AccountsService, Viewer } from '@duijie/accounts';
import { ApiError } from '@duijie/common';

const HTTP_STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
};

/** The viewer of a REST call from its `Authorization: Bearer` header, or UNAUTHENTICATED. */
export async function viewerFromHeader(accounts: AccountsService, header: string | undefined): Promise<Viewer> {
  const token = header && /^Bearer\s+(\S+)$/i.exec(header.trim())?.[1];
  if (!token) throw new ApiError('UNAUTHENTICATED', '请在 Authorization 头中提供 “Bearer <accessToken>”');
  const { viewer, error } = await accounts.viewerFromToken(token);
  if (!viewer) throw new ApiError('UNAUTHENTICATED', error ?? '访问令牌无效');
  return viewer;
}

/** Runs a REST handler: client errors become JSON with their HTTP status; anything else goes to Nest's handler. */
export async function answerRest(res: Response, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (err) {
    if (err instanceof ApiError && HTTP_STATUS[err.code]) {
      res.status(HTTP_STATUS[err.code]).json({
        error: {
          code: err.code,
          message: err.message,
          ...(err.extensions.fields ? { fields: err.extensions.fields } : {}),
        },
      });
      return;
    }
    throw err;
  }
}

/** Sends a workbook as a download. */
export function sendXlsx(res: Response, filename: string, buffer: Buffer): void {
  res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
  res.send(buffer);
}
