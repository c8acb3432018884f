import dns from 'node:dns';

import { graphql } from '../generated';
import { createEvent, organiser } from '../support/events';
import { enterpriseMember } from '../support/factories';
import type { GraphQLClient } from '../support/graphql';
import { Receiver } from '../support/receiver';
import { useStack } from '../support/stack';

const CREATE = graphql(
  `mutation WebhookSsrfCreateWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }`,
);
const LOG = graphql(
  `query WebhookSsrfWebhookDeliveries($id: ID!) { webhookDeliveries(webhookId: $id) { edges { node { status attempts lastStatusCode lastError } } } }`,
);

/**
 * A resolver the attacker controls, inside this process (the API and worker run here): names
 * under `.attacker.test` answer a public address for their first `honest` queries, then the
 * loopback address (DNS rebinding with a zero TTL). Every other name resolves as usual.
 */
function rebindingDns(honest: number) {
  const asked = new Map<string, number>();
  const answer = (name: string) => {
    const n = (asked.get(name) ?? 0) + 1;
    asked.set(name, n);
    return n <= honest
      ? { address: '2001:4860:4860::8888', family: 6 } // public; unreachable from here
      : { address: '127.0.0.1', family: 4 };
  };
  const original = { lookup: dns.lookup, promised: dns.promises.lookup };
  const ours = (name: unknown) => typeof name === 'string' && name.endsWith('.attacker.test');
  dns.lookup = ((name: string, options: unknown, callback?: unknown) => {
    const cb = (typeof options === 'function' ? options : callback) as (...a: unknown[]) => void;
    const opts = (typeof options === 'object' && options) || {};
    if (!ours(name)) return (original.lookup as (...a: unknown[]) => void)(name, options, callback);
    const a = answer(name);
    process.nextTick(() => ((opts as { all?: boolean }).all ? cb(null, [a]) : cb(null, a.address, a.family)));
  }) as typeof dns.lookup;
  dns.promises.lookup = ((name: string, options?: { all?: boolean }) => {
    if (!ours(name)) return original.promised(name, options as never);
    const a = answer(name);
    return Promise.resolve(options?.all ? [a] : a);
  }) as typeof dns.promises.lookup;
  return {
    asked,
    restore() {
      dns.lookup = original.lookup;
      dns.promises.lookup = original.promised;
    },
  };
}

/** Scenario 15: an attacker aims the platform's webhooks at its own network (SSRF). */
describe('webhook targets an attacker points inwards (reliability)', () => {
  const { api } = useStack({ isolated: true }); // WEBHOOK_ALLOW_PRIVATE is off, as in production
  const internal = new Receiver(); // an internal service on loopback: nothing may reach it
  let closedPort: number;
  let org: GraphQLClient;
  let eventId: string;
  beforeAll(async () => {
    await internal.start();
    const spare = new Receiver(); // a port that was open a moment ago and is closed now
    await spare.start();
    closedPort = spare.port;
    await spare.stop();
    org = await organiser(api);
    eventId = await createEvent(org);
  });
  afterAll(() => internal.stop());

  it('refuses every spelling of a loopback, private or metadata address, open port or closed alike', async () => {
    const firm = await enterpriseMember(api);
    const forms = (port: number) => [
      `http://[::ffff:127.0.0.1]:${port}/x`,
      `http://[::ffff:7f00:1]:${port}/x`,
      `http://[0:0:0:0:0:ffff:7f00:1]:${port}/x`,
      `http://[::ffff:0:7f00:1]:${port}/x`,
      `http://[::127.0.0.1]:${port}/x`,
      `http://[64:ff9b::7f00:1]:${port}/x`,
      `http://[64:ff9b:1::a00:1]:${port}/x`,
      `http://[2002:7f00:1::]:${port}/x`,
      `http://[2001:0:4136:e378:8000:63bf:80ff:fffe]:${port}/x`,
      `http://2130706433:${port}/x`,
      `http://0177.0.0.1:${port}/x`,
      `http://0x7f.1:${port}/x`,
      `http://127.1:${port}/x`,
      `http://0.0.0.0:${port}/x`,
      `http://0:${port}/x`,
      `http://[::]:${port}/x`,
      `http://[fe80::1]:${port}/x`,
      `http://[fd00:ec2::254]/latest/meta-data/`,
      `http://169.254.169.254/latest/meta-data/`,
      `http://0xa9fea9fe/latest/meta-data/`,
      `http://100.100.100.200/latest/meta-data/`,
      `http://100.64.0.1:${port}/x`,
      `http://192.168.0.1:${port}/x`,
      `http://224.0.0.1:${port}/x`,
      `http://255.255.255.255:${port}/x`,
    ];
    const answers = async (port: number) => {
      const out: string[] = [];
      for (const url of forms(port)) {
        const err = await firm.client.fails(CREATE, { input: { url, kinds: ['EVENT_REGISTRATION_APPROVED'] } });
        out.push(`${url.replace(`:${port}/`, ':PORT/')} → ${err.extensions?.code} ${err.message}`);
      }
      return out;
    };
    const open = await answers(internal.port);
    for (const line of open) expect(line).toMatch(/→ BAD_USER_INPUT .*内网/);
    expect(await answers(closedPort)).toEqual(open); // nothing to tell an open port from a closed one
    expect((await firm.client.ok(graphql(`query WebhookSsrfWebhooks { webhooks { id } }`))).webhooks).toEqual([]);
    expect(internal.received).toEqual([]);
  });

  /** A firm with an endpoint at `url`, and a registration approved so that one delivery is made. */
  async function deliveryTo(url: string) {
    const firm = await enterpriseMember(api);
    const hook = (await firm.client.ok(CREATE, { input: { url, kinds: ['EVENT_REGISTRATION_APPROVED'] } }))
      .createWebhook.webhook;
    const reg = (
      await firm.client.ok(
        graphql(`mutation WebhookSsrfRegisterForEvent($e: ID!) { registerForEvent(eventId: $e) { id } }`),
        { e: eventId },
      )
    ).registerForEvent.id;
    await org.ok(
      graphql(`mutation WebhookSsrfReviewRegistration($id: ID!) { reviewRegistration(id: $id, approve: true) { id } }`),
      { id: reg },
    );
    const until = Date.now() + 20_000;
    for (;;) {
      const node = (await firm.client.ok(LOG, { id: hook.id })).webhookDeliveries.edges[0]?.node;
      if (node?.attempts >= 1) return node;
      if (Date.now() > until) throw new Error(`delivery log: ${JSON.stringify(node)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  it('connects to the address it checked: a name that turns to loopback after the checks (DNS rebinding) reaches nothing', async () => {
    // Public for the check at creation and the check before sending; loopback from then on.
    const resolver = rebindingDns(2);
    try {
      const node = await deliveryTo(`http://rebind-${Date.now()}.attacker.test:${internal.port}/x`);
      expect(internal.received).toEqual([]);
      expect(node).toMatchObject({ status: 'PENDING', lastStatusCode: null });
      expect(node.lastError).toMatch(/无法送达端点|无应答/);
    } finally {
      resolver.restore();
    }
  }, 40_000);

  it('records the same generic error whether the inward port behind a rebinding name is open or closed', async () => {
    const resolver = rebindingDns(1); // public only for the check at creation
    try {
      const open = await deliveryTo(`http://open-${Date.now()}.attacker.test:${internal.port}/x`);
      const closed = await deliveryTo(`http://closed-${Date.now()}.attacker.test:${closedPort}/x`);
      expect(open).toEqual(closed);
      expect(open).toMatchObject({ lastStatusCode: null, lastError: expect.stringContaining('无法送达端点') });
      expect(internal.received).toEqual([]);
    } finally {
      resolver.restore();
    }
  }, 60_000);
});
