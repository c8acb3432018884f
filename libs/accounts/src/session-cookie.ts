import type { IncomingMessage } from 'node:http';

/**
 * The console's session: the access token in an httpOnly, SameSite=Strict cookie set by logIn and
 * signUp and cleared by logOut. Scripts never see it (an injected script cannot carry it away), and
 * the browser never sends it from another site. API clients keep using the bearer header.
 */
export const SESSION_COOKIE = 'duijie_session';

/** What a resolver may do to the caller's session cookie (null outside HTTP, e.g. over WebSocket). */
export interface SessionControl {
  issue(token: string): void;
  clear(): void;
}

/** The value of one cookie in a `Cookie` header, or null. */
export function cookieValue(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() !== name) continue;
    const raw = part.slice(eq + 1).trim();
    try {
      return decodeURIComponent(raw) || null;
    } catch {
      return null;
    }
  }
  return null;
}

export function sessionTokenOf(req: Pick<IncomingMessage, 'headers'>): string | null {
  return cookieValue(req.headers.cookie, SESSION_COOKIE);
}

/** `Set-Cookie` for the session; `Secure` when the request came over HTTPS. */
export function sessionCookieHeader(token: string | null, maxAgeSeconds: number, secure: boolean): string {
  const parts = [
    `${SESSION_COOKIE}=${token ? encodeURIComponent(token) : ''}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
    `Max-Age=${token ? maxAgeSeconds : 0}`,
  ];
  if (secure) parts.push('Secure');
  return parts.join('; ');
}

/**
 * A request the browser would have sent only after a CORS preflight: a header no HTML form or
 * simple cross-site request can set. Required of state-changing REST calls that rely on the cookie.
 */
export function hasPreflightHeader(req: Pick<IncomingMessage, 'headers'>): boolean {
  const h = req.headers;
  return Boolean(h['apollo-require-preflight'] || h['x-apollo-operation-name'] || h['x-requested-with']);
}

/** The host a WebSocket upgrade or request was sent from is this server's own (Origin matches Host). */
export function isSameOrigin(req: Pick<IncomingMessage, 'headers'>): boolean {
  const origin = req.headers.origin;
  const host = req.headers.host;
  if (typeof origin !== 'string' || typeof host !== 'string') return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
