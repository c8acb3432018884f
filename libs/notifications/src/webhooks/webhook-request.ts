import type { IncomingHttpHeaders, IncomingMessage, RequestOptions } from 'node:http';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';

import type { WebhookTarget } from './address-check';

/** What a receiver answered: its status line and headers; the body is never read. */
export interface WebhookAnswer {
  status: number;
  headers: IncomingHttpHeaders;
}

/** The attempt took longer than its whole time budget (connect, send and status line together). */
export class WebhookTimeout extends Error {
  override name = 'TimeoutError';
}

/** `work`, or a WebhookTimeout once `ms` have passed (a look-up cannot be cancelled, only left behind). */
export function withinMs<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new WebhookTimeout(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/** A `lookup` that answers the checked address whatever it is asked: the connection goes there and nowhere else. */
export function pinnedLookup(target: Pick<WebhookTarget, 'address' | 'family'>): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  };
}

/**
 * POSTs `body` to the checked target within `timeoutMs` in total. The socket connects to the
 * checked address (Host and TLS SNI keep the name, taken from `hostname`); redirects are not followed; the response is
 * destroyed as soon as its status line and headers are in, so a receiver streaming gigabytes (or
 * trickling a body forever) costs nothing but the headers Node's parser already caps at 16 KB.
 */
export function postWebhook(
  target: WebhookTarget,
  headers: Record<string, string>,
  body: string,
  timeoutMs: number,
): Promise<WebhookAnswer> {
  const { url } = target;
  const options: RequestOptions = {
    method: 'POST',
    protocol: url.protocol,
    hostname: target.host,
    port: url.port || undefined,
    path: `${url.pathname}${url.search}`,
    headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
    lookup: pinnedLookup(target),
    agent: false,
    timeout: timeoutMs,
  };
  const send = url.protocol === 'https:' ? https.request : http.request;
  return new Promise<WebhookAnswer>((resolve, reject) => {
    const settle = (fn: () => void) => {
      clearTimeout(deadline);
      fn();
    };
    const req = send(options, (res: IncomingMessage) => {
      const answer = { status: res.statusCode ?? 0, headers: res.headers };
      // Stop here: the body is never read, the connection is closed.
      res.on('error', () => undefined);
      res.destroy();
      req.destroy();
      settle(() => resolve(answer));
    });
    const deadline = setTimeout(() => req.destroy(new WebhookTimeout(`no answer within ${timeoutMs} ms`)), timeoutMs);
    req.on('timeout', () => req.destroy(new WebhookTimeout(`no answer within ${timeoutMs} ms`)));
    req.on('error', (err) => settle(() => reject(err)));
    req.end(body);
  });
}
