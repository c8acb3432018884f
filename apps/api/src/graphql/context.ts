import { randomUUID } from 'node:crypto';
import { IncomingMessage } from 'node:http';

import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { Request, Response } from 'express';

import {
  AccountsService,
  isSameOrigin,
  RequestContext,
  sessionCookieHeader,
  sessionTokenOf,
  Viewer,
  ViewerCache,
} from '@duijie/accounts';
import { ApiError } from '@duijie/common';
import { ConfigService } from '@duijie/config';

/**
 * What graphql-ws hands us for a connection: its `extra` holds the socket, the request and, once
 * connected, the viewer, the token it came with and the timer that checks that token again.
 */
export interface WsContext {
  connectionParams?: Readonly<Record<string, unknown>>;
  /** graphql-ws' own map of the connection's live operations (a subscribe adds its id first). */
  subscriptions: Record<string, unknown>;
  extra: {
    socket: { close(code: number, reason: string): void };
    request: IncomingMessage;
    viewer?: Viewer;
    token?: string;
    recheck?: NodeJS.Timeout;
  };
}

/** Builds the per-request context: request id, viewer from the bearer token, fresh loaders. */

/** Subscription sockets one account may hold at once, and the process in all. */
export const WS_CONNECTIONS = { perUser: 20, total: 5_000 } as const;

@Injectable()
export class ContextFactory implements OnModuleDestroy {
  /** Open connections by their user, checked again the moment a change to the user is committed. */
  private readonly sockets = new Map<string, Set<WsContext>>();
  private readonly unwatch: () => void;

  constructor(
    private readonly accounts: AccountsService,
    private readonly config: ConfigService,
    viewers: ViewerCache,
  ) {
    this.unwatch = viewers.watch((userId) => {
      for (const ws of this.sockets.get(userId) ?? []) void this.recheckWs(ws);
    });
  }

  onModuleDestroy(): void {
    this.unwatch();
  }

  /**
   * The bearer header when one is sent, else the console's session cookie. A cookie alone is safe
   * here because Apollo's CSRF prevention refuses every request a browser would send cross-site
   * without a preflight, and SameSite=Strict keeps the cookie off cross-site requests anyway.
   */
  async forHttp(req: Request, res?: Response): Promise<RequestContext> {
    const ttl = this.config.get('jwtTtlSeconds');
    const ctx: RequestContext = {
      requestId: String((req as Request & { id?: string }).id ?? ''),
      viewer: null,
      authError: null,
      clientIp: req.ip ?? req.socket.remoteAddress ?? 'unknown',
      loaders: new Map(),
      session: res && {
        issue: (token) => res.append('Set-Cookie', sessionCookieHeader(token, ttl, req.secure)),
        clear: () => res.append('Set-Cookie', sessionCookieHeader(null, ttl, req.secure)),
      },
    };
    const header = req.headers.authorization;
    const cookie = header ? null : sessionTokenOf(req);
    if (header) await this.authenticate(ctx, header);
    else if (cookie) await this.authenticate(ctx, `Bearer ${cookie}`);
    return ctx;
  }

  /**
   * graphql-ws `onConnect`: a connection must bring a valid token in
   * `connectionParams.authorization`, or (the console) the session cookie on an upgrade whose
   * Origin is this server, so that another site's page cannot open a socket as the user;
   * otherwise it is closed with 4401 and the reason.
   */
  async onWsConnect(ws: WsContext): Promise<boolean> {
    const request = ws.extra.request;
    const ctx = this.empty(request.socket.remoteAddress ?? 'unknown');
    const header = ws.connectionParams?.authorization;
    const cookie = sessionTokenOf(request);
    if (typeof header === 'string' && header) await this.authenticate(ctx, header);
    else if (cookie && isSameOrigin(request)) await this.authenticate(ctx, `Bearer ${cookie}`);
    else if (cookie) ctx.authError = '会话 Cookie 只接受来自本站页面的连接';
    else ctx.authError = 'connectionParams.authorization 缺少 “Bearer <accessToken>”';
    if (!ctx.viewer) {
      ws.extra.socket.close(4401, closeReason(`Unauthorized: ${ctx.authError ?? ''}`));
      return false;
    }
    // One account keeps a few tabs' sockets, not thousands (each holds a descriptor and ~35 KB); the
    // process keeps well under its descriptor limit whoever connects.
    const open = this.sockets.get(ctx.viewer.userId)?.size ?? 0;
    if (open >= WS_CONNECTIONS.perUser) {
      ws.extra.socket.close(
        4429,
        closeReason(`Too many connections: 每个账号最多同时保持 ${WS_CONNECTIONS.perUser} 个订阅连接`),
      );
      return false;
    }
    if (this.socketCount() >= WS_CONNECTIONS.total) {
      ws.extra.socket.close(1013, closeReason('Try again later: 订阅连接已满，请稍后重试'));
      return false;
    }
    ws.extra.viewer = ctx.viewer;
    ws.extra.token = bearerOf(typeof header === 'string' && header ? header : `Bearer ${cookie}`) ?? undefined;
    // Live subscriptions end when the token does: expired, revoked (a password change or a lost role), or its user gone:
    // at once when the change to the user is heard (ViewerCache.watch), else at the next periodic check.
    const mine = this.sockets.get(ctx.viewer.userId) ?? new Set<WsContext>();
    mine.add(ws);
    this.sockets.set(ctx.viewer.userId, mine);
    ws.extra.recheck = setInterval(() => void this.recheckWs(ws), this.config.get('wsRecheckSeconds') * 1000);
    ws.extra.recheck.unref();
    return true;
  }

  /**
   * The connection's token checked again, as every HTTP request is: the viewer is refreshed (a new
   * role counts at once); when the token no longer stands for a user the socket is closed with 4401
   * and the reason, and false returned.
   */
  async recheckWs(ws: WsContext): Promise<boolean> {
    let result: { viewer: Viewer | null; error: string | null };
    try {
      result = ws.extra.token
        ? await this.accounts.viewerFromToken(ws.extra.token)
        : { viewer: null, error: '连接没有访问令牌' };
    } catch {
      // The database did not answer: keep the connection; the next check decides.
      return !!ws.extra.viewer;
    }
    if (!result.viewer) {
      this.onWsClose(ws);
      ws.extra.viewer = undefined;
      ws.extra.socket.close(4401, closeReason(`Unauthorized: ${result.error ?? ''}`));
      return false;
    }
    ws.extra.viewer = result.viewer;
    return true;
  }

  private socketCount(): number {
    let n = 0;
    for (const mine of this.sockets.values()) n += mine.size;
    return n;
  }

  /** graphql-ws `onClose`: the connection's timer stops and it is no longer watched. */
  onWsClose(ws: WsContext): void {
    if (ws.extra.recheck) clearInterval(ws.extra.recheck);
    ws.extra.recheck = undefined;
    const userId = ws.extra.viewer?.userId;
    const mine = userId ? this.sockets.get(userId) : undefined;
    if (mine?.delete(ws) && !mine.size) this.sockets.delete(userId!);
  }

  /** The context of one subscription: the connection's viewer (checked again just before), fresh loaders. */
  forWs(ws: WsContext): RequestContext {
    const ctx = this.empty(ws.extra.request.socket.remoteAddress ?? 'unknown');
    ctx.requestId = randomUUID();
    ctx.viewer = ws.extra.viewer ?? null;
    return ctx;
  }

  private empty(clientIp: string): RequestContext {
    return { requestId: '', viewer: null, authError: null, clientIp, loaders: new Map() };
  }

  async authenticate(ctx: RequestContext, header: string): Promise<void> {
    const token = bearerOf(header);
    if (!token) {
      ctx.authError = 'Authorization 头格式应为 “Bearer <accessToken>”';
      return;
    }
    try {
      const { viewer, error } = await this.accounts.viewerFromToken(token);
      ctx.viewer = viewer;
      ctx.authError = error;
      if (viewer) ctx.token = token;
    } catch {
      throw new ApiError('INTERNAL_SERVER_ERROR', '暂时无法验证身份，请稍后再试', { http: { status: 503 } });
    }
  }
}

function bearerOf(header: string): string | null {
  return /^Bearer\s+(\S+)$/i.exec(header.trim())?.[1] ?? null;
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
