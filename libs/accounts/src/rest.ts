/**
 * The REST endpoints' plumbing, for every lib that serves files or uploads: who is calling (bearer
 * header or the console's cookie), client errors as JSON with their HTTP status, workbooks as downloads.
 */
import type { Request, Response } from 'express';

import { ApiError } from '@duijie/common';

import type { AccountsService } from './accounts.service';
import { hasPreflightHeader, sessionTokenOf } from './session-cookie';
import type { Viewer } from './viewer';

const HTTP_STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
};

/**
 * The viewer of a REST call: its `Authorization: Bearer` header, else the console's session
 * cookie. A state-changing call on the cookie alone must carry a header only a preflighted request
 * can (e.g. `apollo-require-preflight`), so another page cannot post a form as the user.
 */
export async function viewerFromRequest(accounts: AccountsService, req: Request): Promise<Viewer> {
  const header = req.headers.authorization;
  let token = header ? /^Bearer\s+(\S+)$/i.exec(header.trim())?.[1] : undefined;
  if (!header) {
    token = sessionTokenOf(req) ?? undefined;
    if (token && !['GET', 'HEAD'].includes(req.method) && !hasPreflightHeader(req))
      throw new ApiError('FORBIDDEN', '使用会话 Cookie 的写请求须带 apollo-require-preflight 头（防止跨站请求伪造）');
  }
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
    if (!answerApiError(res, err)) throw err;
  }
}

/**
 * Answers a client error (an ApiError with an HTTP status: refused input, no token, not found …) as
 * REST JSON, `{ error: { code, message, fields } }`; false for anything else. Also what a route's
 * own pipes throw (a NUL in `:id`) is answered by, before its handler runs.
 */
export function answerApiError(res: Response, err: unknown): boolean {
  if (!(err instanceof ApiError) || !HTTP_STATUS[err.code]) return false;
  res.status(HTTP_STATUS[err.code]).json({
    error: {
      code: err.code,
      message: err.message,
      ...(err.extensions.fields ? { fields: err.extensions.fields } : {}),
    },
  });
  return true;
}

/** Sends a workbook as a download. */
export function sendXlsx(res: Response, filename: string, buffer: Buffer): void {
  res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
  res.send(buffer);
}
