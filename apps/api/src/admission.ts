import type { Socket } from 'node:net';

import type { NextFunction, Request, Response } from 'express';

/**
 * An orchestrator's probe and Prometheus must still reach a busy process: these are served from a
 * reserve of their own, which the API's requests cannot fill. It is small, so that a flood of them
 * (pipelined on one connection, or from many) is refused like any other, not worked on without bound.
 */
const RESERVED = new Set(['/health', '/metrics']);
export const RESERVED_SLOTS = 64;

/** When a refused client should try again. */
export const BUSY_RETRY_SECONDS = 1;

/** What a request refused for want of room is answered, in the API's own error shape (API.md "Errors"). */
export const BUSY_BODY = JSON.stringify({
  errors: [
    {
      message: `服务器繁忙，请 ${BUSY_RETRY_SECONDS} 秒后重试`,
      extensions: { code: 'RATE_LIMITED', reason: 'SERVER_BUSY', retryAfterSeconds: BUSY_RETRY_SECONDS },
    },
  ],
});

/** What the admission limit reports (see `admissionLimit`). */
export interface AdmissionEvents {
  /** A request was refused. */
  shed(): void;
}

/**
 * Admission control for one API process: at most `max` HTTP requests are worked on at once; one
 * more is answered at once with 503, `Retry-After` and RATE_LIMITED / SERVER_BUSY. Without it an
 * open-loop load above what the process can serve (clients that do not wait for answers before
 * sending more) queues requests in memory without bound: the API's heap ran out at 1,400 reads/s
 * in the soak (bench/RESULTS.md), where refusing the excess keeps the answered requests fast.
 * A request counts once it has arrived whole (its body read, or none sent) until its answer is
 * sent or its connection closes: one whose body is still coming (a slow link, or a client sending
 * a byte a minute on purpose) holds a socket, not a slot, so a few hundred of them cannot lock
 * everyone else out. WebSocket upgrades are not requests here; `/health` and `/metrics` have
 * RESERVED_SLOTS of their own.
 */
export function admissionLimit(
  max: number,
  events: AdmissionEvents,
): ((req: Request, res: Response, next: NextFunction) => void) & { inflight(): number } {
  const pools = { api: { inflight: 0, max }, reserved: { inflight: 0, max: RESERVED_SLOTS } };
  const middleware = (req: Request, res: Response, next: NextFunction): void => {
    const pool = RESERVED.has(pathOf(req.url)) ? pools.reserved : pools.api;
    if (pool.inflight >= pool.max) {
      events.shed();
      res.writeHead(503, {
        'Content-Type': 'application/json; charset=utf-8',
        'Retry-After': String(BUSY_RETRY_SECONDS),
        'Cache-Control': 'no-store',
      });
      res.end(BUSY_BODY);
      return;
    }
    let counted = false;
    let closed = false;
    const onSocket = requestsOn(req.socket);
    const release = () => {
      if (closed) return;
      closed = true;
      onSocket.delete(release);
      if (counted) pool.inflight -= 1;
    };
    // 'close' comes once the answer is sent, or when the connection ends before it; requests
    // pipelined behind others on a connection that ends get no 'close' of their own, so the
    // connection's end releases every request still on it (they leaked slots for good).
    res.once('close', release);
    onSocket.add(release);
    const admit = () => {
      if (closed || counted) return;
      counted = true;
      pool.inflight += 1;
    };
    if (req.complete || !hasBody(req)) admit();
    else req.once('end', admit); // when whoever reads the body (the JSON parser, an upload) has read it all
    next();
  };
  return Object.assign(middleware, { inflight: () => pools.api.inflight });
}

/** The releases of the requests still open on each connection, run when it closes (one listener each). */
const openOnSocket = new WeakMap<Socket, Set<() => void>>();

function requestsOn(socket: Socket): Set<() => void> {
  let open = openOnSocket.get(socket);
  if (!open) {
    const releases = new Set<() => void>();
    socket.once('close', () => {
      for (const release of [...releases]) release();
    });
    openOnSocket.set(socket, releases);
    open = releases;
  }
  return open;
}

function hasBody(req: Request): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

/** The path of a request target, without Express' URL parsing (this runs before every request). */
function pathOf(url: string): string {
  const query = url.indexOf('?');
  return query < 0 ? url : url.slice(0, query);
}
