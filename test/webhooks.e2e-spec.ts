import { createHmac } from 'node:crypto';

import { graphql } from './generated';
import { createListing, enterpriseMember } from './support/factories';
import { GraphQLClient } from './support/graphql';
import { Receiver } from './support/receiver';
import type { Stack } from './support/stack';
import { startStack } from './support/stack';

const CREATE = graphql(
  `mutation WebhooksCreateWebhook2($input: CreateWebhookInput!) { createWebhook(input: $input) { secret webhook { id url kinds enabled } } }`,
);
const DELIVERIES = graphql(
  `query WebhooksWebhookDeliveries2($id: ID!) { webhookDeliveries(webhookId: $id) { totalCount edges { node { status attempts lastStatusCode lastError deliveredAt } } } }`,
);

describe('signed webhooks (e2e)', () => {
  let stack: Stack;
  let api: GraphQLClient;
  const receiver = new Receiver();
  let url: string;
  const allow = process.env.WEBHOOK_ALLOW_PRIVATE;

  beforeAll(async () => {
    url = await receiver.start();
    process.env.WEBHOOK_ALLOW_PRIVATE = 'true'; // the receiver is on loopback
    stack = await startStack({ isolated: true });
    api = new GraphQLClient(stack.apiUrl);
  });
  afterAll(async () => {
    await stack?.close();
    await receiver.stop();
    process.env.WEBHOOK_ALLOW_PRIVATE = allow;
  });

  it('POSTs each notification once, signed per Standard Webhooks, retries a failure and logs every attempt', async () => {
    const distillery = await enterpriseMember(api, { regionCode: '520382', categoryCodes: ['1512'] });
    const glassworks = await enterpriseMember(api, { sector: 'BUILDING_MATERIALS', categoryCodes: ['3055'] });
    const created = (await distillery.client.ok(CREATE, { input: { url, kinds: ['MATCH_SUGGESTED'] } })).createWebhook;
    expect(created.secret).toMatch(/^whsec_/);
    expect(created.webhook).toMatchObject({ url, kinds: ['MATCH_SUGGESTED'], enabled: true });
    const listed = await distillery.client.ok(graphql(`query WebhooksWebhooks2 { webhooks { id url } }`));
    expect(listed.webhooks).toEqual([{ id: created.webhook.id, url }]);
    expect(JSON.stringify(listed)).not.toContain('whsec_');

    receiver.statuses = [500, 500, 204]; // two failed attempts, then success
    await createListing(distillery.client, {
      kind: 'DEMAND',
      title: '求购 酱香型白酒玻璃瓶',
      quantity: 2_000_000,
      certifications: [],
    });
    await createListing(glassworks.client);
    await receiver.count(1);
    // The worker records the attempt just after the receiver answers.
    const log = async (until: (n: { attempts: number; status: string }) => boolean) => {
      const deadline = Date.now() + 10_000;
      for (;;) {
        const page = (await distillery.client.ok(DELIVERIES, { id: created.webhook.id })).webhookDeliveries;
        if ((page.edges[0] && until(page.edges[0].node)) || Date.now() > deadline) return page;
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    const failed = await log((n) => n.attempts >= 1);
    expect(failed.edges[0].node).toMatchObject({
      status: 'PENDING',
      attempts: 1,
      lastStatusCode: 500,
      lastError: 'HTTP 500',
      deliveredAt: null,
    });

    await receiver.count(3, 45_000); // after the backoff: about 5 s, then 10 s
    await new Promise((r) => setTimeout(r, 1_000));
    expect(receiver.received).toHaveLength(3); // delivered exactly once more after the failures
    const ids = new Set(receiver.received.map((r) => r.headers['webhook-id']));
    expect(ids.size).toBe(1); // the same message each time
    const last = receiver.received[2];
    const id = String(last.headers['webhook-id']);
    const ts = String(last.headers['webhook-timestamp']);
    expect(Math.abs(Date.now() / 1000 - Number(ts))).toBeLessThan(60);
    const key = Buffer.from(created.secret.slice('whsec_'.length), 'base64');
    const expected = createHmac('sha256', key).update(`${id}.${ts}.${last.body}`).digest('base64');
    expect(last.headers['webhook-signature']).toBe(`v1,${expected}`);
    const payload = JSON.parse(last.body);
    expect(payload).toMatchObject({ type: 'MATCH_SUGGESTED', data: { kind: 'MATCH_SUGGESTED' } });
    expect(payload.data.body).toContain('「求购 酱香型白酒玻璃瓶」');

    const done = await log((n) => n.status === 'SUCCEEDED');
    expect(done.totalCount).toBe(1);
    expect(done.edges[0].node).toMatchObject({
      status: 'SUCCEEDED',
      attempts: 3,
      lastStatusCode: 204,
      lastError: null,
    });

    // Only members of the enterprise see or remove it.
    const other = await glassworks.client.fails(DELIVERIES, { id: created.webhook.id });
    expect(other.extensions?.code).toBe('NOT_FOUND');
    expect(
      (
        await glassworks.client.fails(graphql(`mutation WebhooksDeleteWebhook($id: ID!) { deleteWebhook(id: $id) }`), {
          id: created.webhook.id,
        })
      ).extensions?.code,
    ).toBe('NOT_FOUND');
    expect(
      await distillery.client.ok(graphql(`mutation WebhooksDeleteWebhook($id: ID!) { deleteWebhook(id: $id) }`), {
        id: created.webhook.id,
      }),
    ).toEqual({ deleteWebhook: true });
  }, 90_000);

  it('refuses bad kinds and URLs with BAD_USER_INPUT naming the field', async () => {
    const firm = await enterpriseMember(api);
    const bad = await firm.client.fails(CREATE, { input: { url: 'ftp://example.com/x', kinds: ['NOPE'] } });
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: expect.arrayContaining(['url', 'kinds']) });
  });

  it('keeps a firm to 10 endpoints when 30 are asked for at once', async () => {
    const firm = await enterpriseMember(api);
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        firm.client.request(CREATE, { input: { url: `${url}/race-${i}`, kinds: ['MATCH_SUGGESTED'] } }),
      ),
    );
    const made = answers.filter((a) => !a.errors?.length).length;
    const refused = answers.filter((a) => a.errors?.[0]?.extensions?.code === 'BAD_USER_INPUT').length;
    expect([made, refused]).toEqual([10, 20]);
    const listed = await firm.client.ok(graphql(`query WebhooksRaceList { webhooks { id } }`));
    expect(listed.webhooks).toHaveLength(10);
  });
});
