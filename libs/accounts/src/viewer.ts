import type { Role } from './role.enum';
import type { SessionControl } from './session-cookie';

/** Who is calling: the authenticated user as the database knows them now. */
export interface Viewer {
  userId: string;
  email: string;
  role: Role;
  enterpriseId: string | null;
}

/** The request context shared by every resolver (built once per request). */
export interface RequestContext {
  requestId: string;
  viewer: Viewer | null;
  /** Set when a token was sent but could not be accepted, so guards can say why. */
  authError: string | null;
  /** The access token the request was authenticated with (bearer header or session cookie). */
  token?: string;
  clientIp: string;
  /** Per-request DataLoaders, keyed by feature. */
  loaders: Map<string, unknown>;
  /** The browser session cookie of an HTTP request; absent over WebSocket. */
  session?: SessionControl;
}

/** A per-request loader, created on first use. */
export function loaderOf<T>(ctx: RequestContext, key: string, create: () => T): T {
  let loader = ctx.loaders.get(key) as T | undefined;
  if (!loader) {
    loader = create();
    ctx.loaders.set(key, loader);
  }
  return loader;
}
