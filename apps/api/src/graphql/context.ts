import { IncomingMessage } from 'node:http';

import { Injectable } from '@nestjs/common';
import { Request } from 'express';

import { AccountsService, RequestContext, Viewer } from '@duijie/accounts';
import { ApiError } from '@duijie/common';

/** What graphql-ws hands us for a connection (its `extra` holds the socket, the request and, once connected, the viewer). */
export interface WsContext {
  connectionParams?: Readonly<Record<string, unknown>>;
  extra: { socket: { close(code: number, reason: string): void }; request: IncomingMessage; viewer?: Viewer };
}

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

  /**
   * graphql-ws `onConnect`: a connection must bring a valid token in
   * `connectionParams.authorization`; otherwise it is closed with 4401 and the reason.
   */
  async onWsConnect(ws: WsContext): Promise<boolean> {
    const ctx = this.empty(ws.extra.request.socket.remoteAddress ?? 'unknown');
    const header = ws.connectionParams?.authorization;
    if (typeof header !== 'string' || !header)
      ctx.authError = 'connectionParams.authorization 缺少 “Bearer <accessToken>”';
    else await this.authenticate(ctx, header);
    if (!ctx.viewer) {
      ws.extra.socket.close(4401, closeReason(`Unauthorized: ${ctx.authError ?? ''}`));
      return false;
    }
    ws.extra.viewer = ctx.viewer;
    return true;
  }

  /** The context of one subscription: the connection's viewer, fresh loaders. */
  forWs(ws: WsContext): RequestContext {
    const ctx = this.empty(ws.extra.request.socket.remoteAddress ?? 'unknown');
    ctx.viewer = ws.extra.viewer ?? null;
    return ctx;
  }

  private empty(clientIp: string): RequestContext {
    return { requestId: '', viewer: null, authError: null, clientIp, loaders: new Map() };
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

/** A WebSocket close reason holds at most 123 bytes of UTF-8: cut whole characters to fit. */
function closeReason(text: string): string {
  let out = '';
  for (const ch of text) {
    if (Buffer.byteLength(out + ch) > 123) break;
    out += ch;
  }
  return out;
}
