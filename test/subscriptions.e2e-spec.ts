import type { AddressInfo } from 'node:net';

import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { INestApplication } from '@nestjs/common';
import { print } from 'graphql';
import type { Client } from 'graphql-ws';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

import { createApi } from '../apps/api/src/bootstrap';
import { graphql } from './generated';
import { createListing, enterpriseMember } from './support/factories';
import { GraphQLClient } from './support/graphql';
import type { Stack } from './support/stack';
import { startStack } from './support/stack';

const SUBSCRIBE = graphql(
  `subscription SubscriptionsNotificationReceived { notificationReceived { id kind title body } }`,
);

function wsClient(
  httpUrl: string,
  authorization?: string,
): { client: Client; closed: Promise<{ code: number; reason: string }> } {
  let onClosed!: (e: { code: number; reason: string }) => void;
  const closed = new Promise<{ code: number; reason: string }>((resolve) => (onClosed = resolve));
  const client = createClient({
    url: `${httpUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: authorization ? { authorization } : {},
    retryAttempts: 0,
    lazy: false,
    // The tests read every close from `closed`; graphql-ws would also print it with console.error.
    onNonLazyError: () => undefined,
    on: { closed: (e) => onClosed(e as { code: number; reason: string }) },
  });
  return { client, closed };
}

/** The next value of a subscription, or a failure after the deadline. */
function next<T, V>(client: Client, document: TypedDocumentNode<T, V>, deadlineMs = 15_000): Promise<T> {
  const query = print(document);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no event within ${deadlineMs} ms`)), deadlineMs);
    const stop = client.subscribe<T>(
      { query },
      {
        next: (value) => {
          clearTimeout(timer);
          stop();
          if (value.errors?.length) reject(new Error(JSON.stringify(value.errors)));
          else resolve(value.data as T);
        },
        error: (err) => {
          clearTimeout(timer);
          reject(err instanceof Error ? err : new Error(JSON.stringify(err)));
        },
        complete: () => undefined,
      },
    );
  });
}

describe('live notifications over graphql-ws, fanned out through Redis (e2e)', () => {
  let stack: Stack;
  let second: INestApplication;
  let secondUrl: string;
  let api: GraphQLClient;

  beforeAll(async () => {
    stack = await startStack({ isolated: true });
    // A second API instance, as behind a load balancer: it did not make the notification, the worker did.
    second = await createApi();
    await second.listen(0, '127.0.0.1');
    secondUrl = `http://127.0.0.1:${(second.getHttpServer().address() as AddressInfo).port}`;
    api = new GraphQLClient(stack.apiUrl);
  });
  afterAll(async () => {
    await second?.close();
    await stack?.close();
  });

  it("delivers an enterprise's MATCH_SUGGESTED to its subscriber on either instance, and to nobody else", async () => {
    const glassworks = await enterpriseMember(api, { sector: 'BUILDING_MATERIALS', categoryCodes: ['3055'] });
    const distillery = await enterpriseMember(api, { regionCode: '520382', categoryCodes: ['1512'] });
    const bystander = await enterpriseMember(api, { sector: 'ECO_FOOD', categoryCodes: ['1469'] });
    const token = (c: GraphQLClient) => c.token!;

    const onSecond = wsClient(secondUrl, `Bearer ${token(distillery.client)}`);
    const onFirst = wsClient(stack.apiUrl, `Bearer ${token(glassworks.client)}`);
    const outsider = wsClient(secondUrl, `Bearer ${token(bystander.client)}`);
    const theirs = next(onSecond.client, SUBSCRIBE);
    const ours = next(onFirst.client, SUBSCRIBE);
    const nothing = next(outsider.client, SUBSCRIBE, 6_000);
    await new Promise((r) => setTimeout(r, 300)); // the subscriptions are registered

    await createListing(glassworks.client);
    await createListing(distillery.client, {
      kind: 'DEMAND',
      title: '求购 酱香型白酒玻璃瓶',
      quantity: 2_000_000,
      certifications: [],
    });

    const received = await theirs;
    expect(received.notificationReceived.kind).toBe('MATCH_SUGGESTED');
    expect(received.notificationReceived.body).toContain('「求购 酱香型白酒玻璃瓶」');
    expect((await ours).notificationReceived.kind).toBe('MATCH_SUGGESTED');
    await expect(nothing).rejects.toThrow('no event');
    // Exactly one, and the same one in the inbox.
    const inbox = await distillery.client.ok(
      graphql(`query SubscriptionsNotifications { notifications { totalCount edges { node { kind body } } } }`),
    );
    expect(inbox.notifications.totalCount).toBe(1);
    expect(inbox.notifications.edges[0].node.body).toBe(received.notificationReceived.body);
    for (const c of [onSecond, onFirst, outsider]) await c.client.dispose();
  }, 40_000);

  it('closes a connection with a bad or missing token, saying why', async () => {
    const bad = wsClient(secondUrl, 'Bearer not-a-token');
    const badSub = next(bad.client, SUBSCRIBE, 5_000).catch(() => undefined);
    const closed = await bad.closed;
    expect(closed.code).toBe(4401);
    expect(closed.reason).toBe('Unauthorized: 访问令牌无效，请重新登录');
    await badSub;
    const none = wsClient(secondUrl);
    const noneSub = next(none.client, SUBSCRIBE, 5_000).catch(() => undefined);
    expect(await none.closed).toMatchObject({
      code: 4401,
      reason: 'Unauthorized: connectionParams.authorization 缺少 “Bearer <accessToken>”',
    });
    await noneSub;
  });

  it('answers a subscription sent over HTTP with a clear refusal, not an internal error', async () => {
    const firm = await enterpriseMember(api);
    const res = await fetch(`${stack.apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${firm.client.token}` },
      body: JSON.stringify({ query: 'subscription { notificationReceived { id } }' }),
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SUBSCRIPTION_OVER_HTTP' });
    expect(body.errors[0].message).toContain('WebSocket');
  });

  it('refuses webhook targets on private or loopback addresses unless configured to allow them', async () => {
    const firm = await enterpriseMember(api);
    const refused = await firm.client.fails(
      graphql(
        `mutation SubscriptionsCreateWebhook { createWebhook(input: { url: "http://127.0.0.1:9/x", kinds: ["MATCH_SUGGESTED"] }) { secret } }`,
      ),
    );
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['url'] });
  });
});
