import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

import { graphql } from './generated';
import { createEvent, organiser } from './support/events';
import { enterpriseMember } from './support/factories';
import { useStack } from './support/stack';

// The console beside the API: serving (SPA fallback that never shadows the API, caching, CSP),
// the browser session cookie and the CSRF defences around it, and the calendar feed keys.
const dist = mkdtempSync(join(tmpdir(), 'duijie-web-'));
mkdirSync(join(dist, 'assets'));
writeFileSync(
  join(dist, 'index.html'),
  '<!doctype html><html><head><meta name="csp-nonce" content="__CSP_NONCE__"></head><body><div id="root"></div><script type="module" src="/assets/index-abc123.js"></script></body></html>',
);
writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log("console")');
writeFileSync(join(dist, 'assets', 'index-abc123.js.gz'), gzipSync('console.log("console")'));
process.env.WEB_DIST_DIR = dist;

const { api, stack } = useStack({ worker: false });
const html = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };
const get = (path: string, headers: Record<string, string> = {}) => fetch(`${stack().apiUrl}${path}`, { headers });
const postGraphql = (body: unknown, headers: Record<string, string>) =>
  fetch(`${stack().apiUrl}/graphql`, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

async function logInCookie(email: string): Promise<{ cookie: string; setCookie: string }> {
  const res = await postGraphql(
    {
      query: `mutation($i: LogInInput!) { logIn(input: $i) { user { id } } }`,
      variables: { i: { email, password: 'correct-horse-battery' } },
    },
    { 'content-type': 'application/json' },
  );
  const setCookie = res.headers.get('set-cookie') ?? '';
  return { cookie: setCookie.split(';')[0], setCookie };
}

describe('the console served by the API (e2e)', () => {
  it('answers console routes with index.html, a fresh CSP nonce and no caching', async () => {
    const [a, b] = await Promise.all([get('/', html), get('/events/0b7f3c2e-5d1a-4c7e-9f00-123456789abc', html)]);
    for (const res of [a, b]) {
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      const body = await res.text();
      const nonce = /content="([^"]+)"/.exec(body)![1];
      expect(nonce).not.toBe('__CSP_NONCE__');
      expect(res.headers.get('content-security-policy')).toContain(`'nonce-${nonce}'`);
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(res.headers.get('x-frame-options')).toBe('DENY');
    }
    expect(a.headers.get('content-security-policy')).not.toBe(b.headers.get('content-security-policy'));
  });

  it('never shadows the API: GraphQL, health, metrics and the file endpoints keep their answers', async () => {
    const ics = await get('/events/0b7f3c2e-5d1a-4c7e-9f00-123456789abc/agenda.ics', html);
    expect(ics.status).toBe(401);
    expect(ics.headers.get('content-type')).toContain('application/json');
    // A browser opening /graphql gets Apollo Sandbox (outside production), never the console's page.
    const gql = await get('/graphql', html);
    expect(await gql.text()).not.toContain('<div id="root">');
    expect((await get('/health', html)).headers.get('content-type')).toContain('application/json');
    expect((await get('/metrics', html)).headers.get('content-type')).toContain('text/plain');
    const template = await get('/imports/listings-template.xlsx', html);
    expect(template.headers.get('content-type')).toContain('spreadsheetml');
    expect((await get('/events/x/schedule.xlsx', html)).status).toBe(401);
    expect((await fetch(`${stack().apiUrl}/listings`, { method: 'POST', headers: html })).status).toBe(404);
  });

  it('caches hashed assets for a year and answers a missing one with 404, not the page', async () => {
    const asset = await get('/assets/index-abc123.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('max-age=31536000');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    const packed = await get('/assets/index-abc123.js', { 'accept-encoding': 'gzip, br' });
    expect(packed.headers.get('content-encoding')).toBe('gzip');
    expect(packed.headers.get('content-type')).toContain('javascript');
    expect(packed.headers.get('cache-control')).toContain('immutable');
    expect(await packed.text()).toBe('console.log("console")');
    const missing = await get('/assets/index-gone.js', html);
    expect(missing.status).toBe(404);
    expect(await missing.text()).not.toContain('<div id="root">');
  });
});

describe('the browser session cookie (e2e)', () => {
  it('logIn sets an httpOnly SameSite=Strict cookie that authenticates GraphQL; logOut clears it', async () => {
    const user = await enterpriseMember(api);
    const { cookie, setCookie } = await logInCookie(user.email);
    expect(setCookie).toMatch(/^duijie_session=[^;]+; Path=\/; HttpOnly; SameSite=Strict; Max-Age=\d+/);
    const me = await postGraphql({ query: '{ me { email } }' }, { 'content-type': 'application/json', cookie });
    expect(((await me.json()) as any).data.me.email).toBe(user.email);
    const out = await postGraphql({ query: 'mutation { logOut }' }, { 'content-type': 'application/json', cookie });
    expect(out.headers.get('set-cookie')).toContain('Max-Age=0');
    // The cookie's token is ended with it: a copy kept (or stolen) no longer authenticates.
    const again = await postGraphql({ query: '{ me { email } }' }, { 'content-type': 'application/json', cookie });
    expect(((await again.json()) as any).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('keeps CSRF prevention: simple cross-site requests carrying the cookie are refused', async () => {
    const user = await enterpriseMember(api);
    const { cookie } = await logInCookie(user.email);
    // A form post (text/plain) with the cookie: Apollo's CSRF prevention refuses it before running anything.
    const form = await postGraphql(
      '{"query":"mutation { createWebhook(input: {url: \\"https://evil.example\\", kinds: [\\"MATCH_SUGGESTED\\"]}) { secret } }"}',
      {
        'content-type': 'text/plain',
        cookie,
      },
    );
    expect(form.status).toBe(400);
    expect(await form.text()).not.toContain('whsec_');
    // A GET without a preflight header is refused too.
    const getQuery = await get(`/graphql?query=${encodeURIComponent('{ me { email } }')}`, { cookie });
    expect(getQuery.status).toBe(400);
    // A multipart upload (a form can send one) on the cookie alone is refused; with a preflight header it reaches the rules.
    const org = await organiser(api);
    const eventId = await createEvent(org);
    const upload = () => {
      const body = new FormData();
      body.append('file', new Blob(['a,b\n1,2\n'], { type: 'text/csv' }), 'list.csv');
      return body;
    };
    const plain = await fetch(`${stack().apiUrl}/events/${eventId}/listings/import`, {
      method: 'POST',
      headers: { cookie },
      body: upload(),
    });
    expect(plain.status).toBe(403);
    expect(((await plain.json()) as any).error.message).toContain('apollo-require-preflight');
    const preflighted = await fetch(`${stack().apiUrl}/events/${eventId}/listings/import`, {
      method: 'POST',
      headers: { cookie, 'apollo-require-preflight': 'true' },
      body: upload(),
    });
    expect(preflighted.status).toBe(403);
    expect(((await preflighted.json()) as any).error.message).not.toContain('apollo-require-preflight');
  });

  it('opens subscriptions on the cookie only from this origin', async () => {
    const user = await enterpriseMember(api);
    const { cookie } = await logInCookie(user.email);
    const url = `${stack().apiUrl.replace(/^http/, 'ws')}/graphql`;
    const connect = (origin: string) =>
      new Promise<{ code: number } | 'connected'>((resolve) => {
        const client = createClient({
          url,
          retryAttempts: 0,
          lazy: false,
          onNonLazyError: () => undefined,
          webSocketImpl: class extends WebSocket {
            constructor(address: string, protocols?: string | string[]) {
              super(address, protocols, { headers: { cookie, origin } });
            }
          },
          on: {
            connected: () => {
              resolve('connected');
              void client.dispose();
            },
            closed: (e) => resolve({ code: (e as { code: number }).code }),
          },
        });
      });
    const host = new URL(stack().apiUrl).host;
    expect(await connect(`http://${host}`)).toBe('connected');
    expect(await connect('https://evil.example')).toEqual({ code: 4401 });
  });
});

describe('calendar feed keys (e2e)', () => {
  it('lets a calendar app read the agenda without a bearer header until the key is replaced or revoked', async () => {
    const org = await organiser(api);
    const eventId = await createEvent(org);
    const firm = await enterpriseMember(api);
    const created = await firm.client.ok(
      graphql(`mutation ConsoleCreateCalendarFeed { createCalendarFeed { key createdAt } }`),
    );
    const key = created.createCalendarFeed.key;
    expect(
      (await firm.client.ok(graphql(`query ConsoleCalendarFeed { calendarFeed { key } }`))).calendarFeed!.key,
    ).toBe(key);
    const feed = (k: string) => get(`/events/${eventId}/agenda.ics?key=${encodeURIComponent(k)}`);
    const ok = await feed(key);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toContain('text/calendar');
    expect(ok.headers.get('cache-control')).toContain('no-store');
    expect(await ok.text()).toContain('BEGIN:VCALENDAR');

    const forged = `${key.split('.')[0]}.${'A'.repeat(43)}`;
    expect((await feed(forged)).status).toBe(401);
    expect((await feed('not-a-key')).status).toBe(401);

    const rotated = (
      await firm.client.ok(graphql(`mutation ConsoleCreateCalendarFeed2 { createCalendarFeed { key } }`))
    ).createCalendarFeed.key;
    expect(rotated).not.toBe(key);
    expect((await feed(key)).status).toBe(401);
    expect((await feed(rotated)).status).toBe(200);

    // ending every log-in (someone else may have held the account) ends the key a calendar app holds; the
    // owner's new session is given the same feed signed anew
    await firm.client.ok(graphql(`mutation ConsoleLogOutEverywhere { logOutEverywhere }`));
    expect((await feed(rotated)).status).toBe(401);
    const session = await api.ok(
      graphql(`mutation ConsoleLogInAgain($input: LogInInput!) { logIn(input: $input) { accessToken } }`),
      { input: { email: firm.email, password: 'correct-horse-battery' } },
    );
    const owner = api.withToken(session.logIn.accessToken);
    const again = await owner.ok(graphql(`query ConsoleCalendarFeedAfter { calendarFeed { key } }`));
    expect(again.calendarFeed!.key).not.toBe(rotated);
    expect((await feed(again.calendarFeed!.key)).status).toBe(200);

    expect(
      (await owner.ok(graphql(`mutation ConsoleRevokeCalendarFeed { revokeCalendarFeed }`))).revokeCalendarFeed,
    ).toBe(true);
    expect((await feed(again.calendarFeed!.key)).status).toBe(401);
    // revoking again finds no key: false (a bare DELETE … RETURNING once answered true whatever it found)
    expect(
      (await owner.ok(graphql(`mutation ConsoleRevokeCalendarFeedAgain { revokeCalendarFeed }`))).revokeCalendarFeed,
    ).toBe(false);
    expect((await owner.ok(graphql(`query ConsoleCalendarFeed { calendarFeed { key } }`))).calendarFeed).toBeNull();
  });

  it('gives the regions under a division for the cascader', async () => {
    const provinces = (await api.ok(graphql(`query ConsoleRegions { regions { code name } }`))).regions as {
      code: string;
    }[];
    expect(provinces.map((p) => p.code)).toContain('520000');
    const zunyi = (await api.ok(graphql(`query ConsoleRegions2 { regions(parentCode: "520300") { code name } }`)))
      .regions as { name: string }[];
    expect(zunyi.map((r) => r.name)).toContain('仁怀市');
  });
});
