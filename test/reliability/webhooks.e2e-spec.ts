import { Webhook } from 'standardwebhooks';

import { graphql } from '../generated';
import { createEvent, organiser } from '../support/events';
import { enterpriseMember } from '../support/factories';
import type { GraphQLClient } from '../support/graphql';
import type { Answer } from '../support/receiver';
import { Receiver } from '../support/receiver';
import { useStack } from '../support/stack';

const CREATE = graphql(
  `mutation WebhooksCreateWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { secret webhook { id } } }`,
);
const LOG = graphql(
  `query WebhooksWebhookDeliveries($id: ID!) { webhookDeliveries(webhookId: $id) { edges { node { status attempts lastStatusCode lastError } } } }`,
);

/**
 * Scenarios 7 and 16: receivers that fail in the ways real ones do, and ones an attacker runs.
 * Each case: a firm with an endpoint for EVENT_REGISTRATION_APPROVED, the organiser approves it,
 * the receiver answers as told.
 */
describe('webhook deliveries against difficult receivers (reliability)', () => {
  process.env.WEBHOOK_ALLOW_PRIVATE = 'true'; // the receivers are on loopback
  const { api } = useStack({ isolated: true });
  afterAll(() => void delete process.env.WEBHOOK_ALLOW_PRIVATE);
  const receivers: Receiver[] = [];
  afterAll(() => Promise.all(receivers.map((r) => r.stop())));
  let org: GraphQLClient;
  let eventId: string;
  beforeAll(async () => {
    org = await organiser(api);
    eventId = await createEvent(org);
  });

  /** A firm with an endpoint answering `answers`; approving its registration sends one notification. */
  async function delivery(answers: Answer[]) {
    const receiver = new Receiver();
    receivers.push(receiver);
    receiver.answers = answers;
    const url = await receiver.start();
    const firm = await enterpriseMember(api);
    const hook = (await firm.client.ok(CREATE, { input: { url, kinds: ['EVENT_REGISTRATION_APPROVED'] } }))
      .createWebhook;
    const reg = (
      await firm.client.ok(
        graphql(`mutation WebhooksRegisterForEvent($e: ID!) { registerForEvent(eventId: $e) { id } }`),
        { e: eventId },
      )
    ).registerForEvent.id;
    await org.ok(
      graphql(`mutation WebhooksReviewRegistration($id: ID!) { reviewRegistration(id: $id, approve: true) { id } }`),
      { id: reg },
    );
    const log = async (done: (n: any) => boolean, deadlineMs = 15_000) => {
      const until = Date.now() + deadlineMs;
      for (;;) {
        const node = (await firm.client.ok(LOG, { id: hook.webhook.id })).webhookDeliveries.edges[0]?.node;
        if (node && done(node)) return node;
        if (Date.now() > until) throw new Error(`delivery log: ${JSON.stringify(node)}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    return { receiver, firm, hook, log };
  }

  it('waits as long as a 429 Retry-After asks, then delivers; the reference verifier accepts it and refuses tampering and replay', async () => {
    const { receiver, hook, log } = await delivery([{ status: 429, headers: { 'retry-after': '2' } }, { status: 204 }]);
    await receiver.count(2, 20_000);
    const [first, second] = receiver.received;
    expect(second.at - first.at).toBeGreaterThanOrEqual(1_900);
    expect(await log((n) => n.status === 'SUCCEEDED')).toMatchObject({
      status: 'SUCCEEDED',
      attempts: 2,
      lastStatusCode: 204,
    });
    const verifier = new Webhook(hook.secret);
    const headers = {
      'webhook-id': String(second.headers['webhook-id']),
      'webhook-timestamp': String(second.headers['webhook-timestamp']),
      'webhook-signature': String(second.headers['webhook-signature']),
    };
    expect(verifier.verify(second.body, headers)).toMatchObject({ type: 'EVENT_REGISTRATION_APPROVED' });
    expect(() => verifier.verify(second.body.replace('报名已通过', '报名未通过'), headers)).toThrow();
    const replayed = { ...headers, 'webhook-timestamp': String(Math.floor(Date.now() / 1000) - 3600) };
    expect(() => verifier.verify(second.body, replayed)).toThrow();
  }, 30_000);

  it('switches the endpoint off at once on 410 Gone, and tells the firm', async () => {
    const { receiver, firm, log } = await delivery([{ status: 410 }]);
    expect(await log((n) => n.status === 'FAILED')).toMatchObject({
      status: 'FAILED',
      attempts: 1,
      lastStatusCode: 410,
    });
    expect((await firm.client.ok(graphql(`query WebhooksWebhooks { webhooks { enabled } }`))).webhooks).toEqual([
      { enabled: false },
    ]);
    const kinds = (
      await firm.client.ok(graphql(`query WebhooksNotifications { notifications { edges { node { kind } } } }`))
    ).notifications.edges.map((e) => e.node.kind);
    expect(kinds).toContain('WEBHOOK_DISABLED');
    expect(receiver.received).toHaveLength(1);
  });

  it('gives up on a hanging receiver after the timeout and records why', async () => {
    const { log } = await delivery([{ status: 200, hang: true }]);
    const node = await log((n) => n.attempts >= 1, 20_000);
    expect(node).toMatchObject({ status: 'PENDING', attempts: 1, lastStatusCode: null });
    expect(node.lastError).toContain('无应答');
  }, 30_000);

  it('does not follow a redirect (to a metadata address or anywhere)', async () => {
    const { receiver, log } = await delivery([
      { status: 302, headers: { location: 'http://169.254.169.254/latest/meta-data/' } },
    ]);
    const node = await log((n) => n.attempts >= 1);
    expect(node).toMatchObject({ lastStatusCode: 302 });
    expect(node.lastError).toContain('不跟随重定向');
    expect(receiver.received).toHaveLength(1);
  });

  it('discards the body unread: a receiver streaming without end costs the worker nothing', async () => {
    const { receiver, log } = await delivery([{ status: 200, endlessBody: true }]);
    const node = await log((n) => n.status !== 'PENDING' || n.attempts >= 1);
    expect(node).toMatchObject({ status: 'SUCCEEDED', attempts: 1, lastStatusCode: 200 });
    // Only what the sockets' buffers took before the worker hung up (reading it all ran into GBs).
    expect(receiver.bodyBytesSent).toBeLessThan(16 * 1024 * 1024);
    await new Promise((r) => setTimeout(r, 500));
    expect(receiver.open).toBe(0);
  });

  it('holds an attempt to one time limit even when the receiver trickles its headers byte by byte', async () => {
    const { receiver, log } = await delivery([{ status: 200, trickle: true }]);
    await receiver.count(1);
    const started = Date.now();
    const node = await log((n) => n.attempts >= 1, 20_000);
    expect(node).toMatchObject({ status: 'PENDING', attempts: 1, lastStatusCode: null });
    expect(node.lastError).toContain('无应答');
    expect(Date.now() - started).toBeLessThan(12_000);
  }, 30_000);

  it("a firm's hanging receivers hold at most its own delivery slots; another firm's delivery goes through meanwhile", async () => {
    // The attacker: ten endpoints (the most a firm may have), all on a receiver that never answers.
    const slow = new Receiver();
    receivers.push(slow);
    slow.answers = [{ status: 200, hang: true }];
    const slowUrl = await slow.start();
    const attacker = await enterpriseMember(api);
    for (let i = 0; i < 10; i++)
      await attacker.client.ok(CREATE, { input: { url: `${slowUrl}?n=${i}`, kinds: ['EVENT_REGISTRATION_APPROVED'] } });
    const reg = (
      await attacker.client.ok(
        graphql(`mutation WebhooksRegisterForEvent($e: ID!) { registerForEvent(eventId: $e) { id } }`),
        { e: eventId },
      )
    ).registerForEvent.id;
    await org.ok(
      graphql(`mutation WebhooksReviewRegistration($id: ID!) { reviewRegistration(id: $id, approve: true) { id } }`),
      { id: reg },
    );
    await slow.count(2);
    const hangingSince = slow.received[0].at;

    // Everybody else: one delivery, which must not wait for the attacker's to time out.
    const { receiver } = await delivery([{ status: 204 }]);
    await receiver.count(1, 20_000);
    expect(receiver.received[0].at - hangingSince).toBeLessThan(4_500);
    // The worker has 8 delivery slots; the attacker never had more than its own 2.
    expect(slow.maxOpen).toBeLessThanOrEqual(2);
  }, 60_000);
});
