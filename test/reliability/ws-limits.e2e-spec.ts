import { JwtService } from '@nestjs/jwt';
import type { Client } from 'graphql-ws';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

import { graphql } from '../generated';
import { adminClient, organiser } from '../support/events';
import { signUp } from '../support/factories';
import { useStack } from '../support/stack';

const SUBSCRIBE = `subscription { notificationReceived { id } }`;

/** A graphql-ws client that reports how its socket closed. */
function connect(
  httpUrl: string,
  token: string,
): { client: Client; closed: Promise<{ code: number; reason: string }> } {
  let onClosed!: (e: { code: number; reason: string }) => void;
  const closed = new Promise<{ code: number; reason: string }>((resolve) => (onClosed = resolve));
  const client = createClient({
    url: `${httpUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    lazy: false,
    // The close is what these tests watch for (through `closed`), not an error to print.
    onNonLazyError: () => undefined,
    on: { closed: (e) => onClosed(e as { code: number; reason: string }) },
  });
  return { client, closed };
}

/** The socket's close, or a failure after the deadline. */
function closedWithin(closed: Promise<{ code: number; reason: string }>, ms = 10_000) {
  return Promise.race([
    closed,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`still open after ${ms} ms`)), ms).unref()),
  ]);
}

/** What the server first answers an operation with: its data, its errors, or the socket closing. */
function firstAnswer(
  client: Client,
  query: string,
  deadlineMs = 5_000,
): Promise<{ data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[]; closed?: boolean }> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({}), deadlineMs);
    client.subscribe(
      { query },
      {
        next: (value) => {
          clearTimeout(timer);
          resolve({ data: value.data, errors: value.errors as never });
        },
        error: (errors) => {
          clearTimeout(timer);
          resolve(Array.isArray(errors) ? { errors } : { closed: true });
        },
        complete: () => undefined,
      },
    );
  });
}

/** Settings row "limits on subscriptions too": depth, alias and cost limits hold over WebSocket as over HTTP. */
describe('query limits over graphql-ws', () => {
  const previous = process.env.WS_RECHECK_SECONDS;
  process.env.WS_RECHECK_SECONDS = '1';
  const { api } = useStack({ worker: false });
  afterAll(() => {
    if (previous === undefined) delete process.env.WS_RECHECK_SECONDS;
    else process.env.WS_RECHECK_SECONDS = previous;
  });

  /** The errors the server answers a subscription with (it must refuse, not run). */
  async function refusal(query: string): Promise<{ message: string; extensions?: Record<string, unknown> }[]> {
    const user = await signUp(api);
    const client = createClient({
      url: `${api.baseUrl.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${user.client.token}` },
      retryAttempts: 0,
    });
    try {
      return await new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no answer within 5 s')), 5_000);
        client.subscribe(
          { query },
          {
            next: () => reject(new Error('the subscription was accepted')),
            error: (errors) => {
              clearTimeout(timer);
              resolve(Array.isArray(errors) ? errors : [{ message: String(errors) }]);
            },
            complete: () => reject(new Error('completed without an answer')),
          },
        );
      });
    } finally {
      await client.dispose();
    }
  }

  it('refuses an alias flood', async () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: id`).join(' ');
    const errors = await refusal(`subscription { notificationReceived { ${aliases} } }`);
    expect(errors.map((e) => e.extensions?.reason)).toContain('MAX_ALIASES');
  });

  it('refuses a query deeper than the limit', async () => {
    const deep =
      'enterprise { listings { edges { node { enterprise { listings { edges { node { enterprise { listings { edges { node { id } } } } } } } } } } } }';
    const errors = await refusal(`subscription S { notificationReceived { id } } query Q { me { ${deep} } }`);
    expect(errors.map((e) => e.extensions?.reason)).toContain('MAX_DEPTH');
  });

  it('refuses an invalid document with a GraphQL error coded as over HTTP, not a dropped socket', async () => {
    const errors = await refusal(`subscription { notificationReceived { nope } }`);
    expect(errors[0].message).toContain('nope');
    // Over HTTP the same document answers BAD_USER_INPUT: the socket speaks the same codes.
    expect(errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' });
  });

  describe('attacks over the socket (issue 12, finding 8)', () => {
    it('runs no query and no mutation over it: subscriptions only', async () => {
      const user = await signUp(api);
      const { client } = connect(api.baseUrl, user.client.token!);
      try {
        const query = await firstAnswer(client, `{ me { id email } }`);
        expect(query.data).toBeUndefined();
        expect(query.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SUBSCRIPTIONS_ONLY' });
        const mutation = await firstAnswer(client, `mutation { markNotificationsRead(ids: []) }`);
        expect(mutation.data).toBeUndefined();
        expect(mutation.errors?.[0].extensions?.reason).toBe('SUBSCRIPTIONS_ONLY');
        // two operations and no operationName: the client's to say which, not an internal error
        const mixed = await firstAnswer(
          client,
          `subscription A { notificationReceived { id } } query B { me { email } }`,
        );
        expect(mixed.data).toBeUndefined();
        expect(mixed.errors?.[0].extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          reason: 'OPERATION_RESOLUTION_FAILURE',
        });
      } finally {
        await client.dispose();
      }
    });

    it('caps subscriptions per connection at 10', async () => {
      const user = await signUp(api);
      const { client } = connect(api.baseUrl, user.client.token!);
      const stops: (() => void)[] = [];
      try {
        for (let i = 0; i < 10; i++)
          stops.push(
            client.subscribe(
              { query: SUBSCRIBE },
              { next: () => undefined, error: () => undefined, complete: () => undefined },
            ),
          );
        const eleventh = await firstAnswer(client, SUBSCRIBE);
        expect(eleventh.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MAX_SUBSCRIPTIONS' });
        // Ending one makes room again.
        stops.pop()!();
        await new Promise((r) => setTimeout(r, 200));
        expect(await firstAnswer(client, SUBSCRIBE, 1_000)).toEqual({});
      } finally {
        await client.dispose();
      }
    });

    it('closes the connection on a frame over 64 KiB', async () => {
      const user = await signUp(api);
      const socket = new WebSocket(`${api.baseUrl.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
      await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
      const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
      socket.send(
        JSON.stringify({
          type: 'connection_init',
          payload: { authorization: `Bearer ${user.client.token}`, padding: 'x'.repeat(100 * 1024) },
        }),
      );
      expect(await closed).toBe(1009);
    });

    it('checks the token again at each operation: a demoted organiser’s connection is closed', async () => {
      const org = await organiser(api);
      const me = (await org.ok(graphql(`query WsLimitsMe { me { id } }`))).me.id;
      const { client, closed } = connect(api.baseUrl, org.token!);
      expect(await firstAnswer(client, SUBSCRIBE, 1_000)).toEqual({});
      await (
        await adminClient(api)
      ).ok(graphql(`mutation WsLimitsDemote($id: ID!) { grantRole(userId: $id, role: MEMBER) { id } }`), { id: me });
      const after = await firstAnswer(client, SUBSCRIBE);
      expect(after.data).toBeUndefined();
      expect(await closedWithin(closed)).toMatchObject({ code: 4401 });
      await client.dispose();
    });

    it('keeps one account to 20 sockets at once, and frees a place when one closes', async () => {
      const user = await signUp(api);
      const held = Array.from({ length: 20 }, () => connect(api.baseUrl, user.client.token!));
      for (const h of held) expect(await firstAnswer(h.client, SUBSCRIBE, 500)).toEqual({});
      const extra = connect(api.baseUrl, user.client.token!);
      const how = await closedWithin(extra.closed);
      expect(how.code).toBe(4429);
      expect(how.reason).toContain('每个账号最多同时保持 20 个订阅连接');
      // another account is not held back by this one's sockets
      const other = await signUp(api);
      const theirs = connect(api.baseUrl, other.client.token!);
      expect(await firstAnswer(theirs.client, SUBSCRIBE, 500)).toEqual({});
      void held[0].client.dispose();
      await held[0].closed;
      const again = connect(api.baseUrl, user.client.token!);
      expect(await firstAnswer(again.client, SUBSCRIBE, 500)).toEqual({});
      for (const h of [...held.slice(1), extra, theirs, again]) void h.client.dispose();
    });

    it('closes a live subscription once its token expires', async () => {
      const user = await signUp(api);
      const jwt = new JwtService({ secret: process.env.JWT_SECRET });
      const token = await jwt.signAsync({ sub: user.userId, tv: 0 }, { expiresIn: 2 });
      const { client, closed } = connect(api.baseUrl, token);
      expect(await firstAnswer(client, SUBSCRIBE, 500)).toEqual({});
      const started = Date.now();
      const how = await closedWithin(closed);
      expect(how.code).toBe(4401);
      expect(how.reason).toContain('过期');
      expect(Date.now() - started).toBeLessThan(5_000);
      await client.dispose();
    });
  });
});
