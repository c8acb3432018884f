import { Injectable } from '@nestjs/common';
import { Request } from 'express';
import { AccountsService, RequestContext } from '@duijie/accounts';
import { ApiError } from '@duijie/common';

/** Builds the per-request context: request id, viewer from the bearer token, fresh loaders. */
@Injectable()
export class ContextFactory {
  constructor(private readonly accounts: AccountsService) {}

  async forHttp(req: Request): Promise<RequestContext> {
    const ctx: RequestContext = {
      requestId: String((req as Request & { id?: string }).id ?? ''),
      viewer: null,
      authError: null,
      clientIp: req.ip ?? req.socket.remoteAddress ?? 'unknown',
      loaders: new Map(),
    };
    const header = req.headers.authorization;
    if (header) await this.authenticate(ctx, header);
    return ctx;
  }

  async authenticate(ctx: RequestContext, header: string): Promise<void> {
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    if (!match) {
      ctx.authError = 'Authorization 头格式应为 “Bearer <accessToken>”';
      return;
    }
    try {
      const { viewer, error } = await this.accounts.viewerFromToken(match[1]);
      ctx.viewer = viewer;
      ctx.authError = error;
    } catch {
      throw new ApiError('INTERNAL_SERVER_ERROR', '暂时无法验证身份，请稍后再试', { http: { status: 503 } });
    }
  }
}
