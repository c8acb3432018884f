/**
 * Which GET requests the console's index.html answers (the single-page app's routes), and which
 * belong to the API. A console route never shadows the API: GraphQL, health, metrics, the REST
 * file endpoints (`/events/:id/agenda.ics`, `/imports/…`) and any path naming a file keep theirs.
 * Console routes must therefore not start with one of these prefixes nor end in a file name.
 */
const API_PREFIXES = ['/graphql', '/health', '/metrics', '/imports', '/assets'];

export function isConsoleRoute(method: string, path: string, accept: string | undefined): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  if (!accept || !/text\/html|\*\/\*/.test(accept)) return false;
  if (API_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`))) return false;
  const last = path.slice(path.lastIndexOf('/') + 1);
  return !last.includes('.');
}

/** The console page's Content-Security-Policy: everything from this origin; inline styles only with the page's nonce. */
export function consolePolicy(nonce: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}' 'report-sample'`,
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Apollo Sandbox at GET /graphql (outside production): the page carries its own CSP in a meta tag
 * (scripts by nonce and Apollo's CDN, its iframe); the header only adds what a meta tag cannot say.
 */
export const SANDBOX_POLICY = "object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/** Whether a request asks for Apollo Sandbox's page rather than a GraphQL answer. */
export function isSandboxPage(method: string, path: string, accept: string | undefined): boolean {
  return method === 'GET' && path === '/graphql' && !!accept && /text\/html/.test(accept);
}

/** Every other answer (JSON, files) is never a page: nothing may run or be framed from it. */
export const API_POLICY = "default-src 'none'; frame-ancestors 'none'";
