import { Client } from 'pg';

import { MatchNotifier } from '@duijie/matching';
import { NOTIFICATION_KINDS } from '@duijie/notifications';

import { graphql } from './generated';
import type { NotificationsNotificationsQuery } from './generated/graphql';
import { eventually } from './support/eventually';
import { bottleDemands, createListing, enterpriseMember } from './support/factories';
import { GraphQLClient } from './support/graphql';
import { matched } from './support/matching';
import type { Stack } from './support/stack';
import { startStack } from './support/stack';

const INBOX = graphql(
  `query NotificationsNotifications($unread: Boolean) { notifications(unreadOnly: $unread, first: 20) { totalCount edges { node { id kind title body data readAt createdAt } } } }`,
);

type Inbox = NotificationsNotificationsQuery['notifications'];

async function inbox(client: GraphQLClient, unread = false): Promise<Inbox> {
  return (await client.ok(INBOX, { unread })).notifications;
}

/** Waits until the inbox holds `count` notifications, or fails after the deadline. */
async function inboxWith(client: GraphQLClient, count: number, deadlineMs = 15_000): Promise<Inbox> {
  return eventually(
    `${count} notifications in the inbox`,
    () => inbox(client),
    // The page and its total are read one after the other: a notification landing between them is
    // counted and not yet listed, so wait for the rows themselves.
    (box) => box.totalCount >= count && box.edges.length >= Math.min(count, box.totalCount),
    {
      timeoutMs: deadlineMs,
    },
  );
}

describe('in-app notifications of new matches (e2e)', () => {
  let stack: Stack;
  let api: GraphQLClient;
  const debounce = process.env.MATCH_NOTIFY_DEBOUNCE_MS;

  beforeAll(async () => {
    // A real window, so that a burst of matches is seen to become one notification.
    process.env.MATCH_NOTIFY_DEBOUNCE_MS = '2500';
    stack = await startStack({ isolated: true });
    api = new GraphQLClient(stack.apiUrl);
  });
  afterAll(async () => {
    await stack?.close();
    process.env.MATCH_NOTIFY_DEBOUNCE_MS = debounce;
  });

  it('lets the database hold exactly the kinds the code sends (each migration rewrites the list)', async () => {
    const db = new Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
    try {
      const { rows } = await db.query<{ def: string }>(
        `SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conname = 'ck_notification_kind'`,
      );
      const allowed = [...rows[0].def.matchAll(/'([A-Z_]+)'/g)].map((m) => m[1]);
      expect(allowed.sort()).toEqual([...NOTIFICATION_KINDS].sort());
    } finally {
      await db.end();
    }
  });

  it('tells both sides once per burst, never twice for a pair, and keeps read state per enterprise', async () => {
    const glassworks = await enterpriseMember(api, { sector: 'BUILDING_MATERIALS', categoryCodes: ['3055'] });
    const distillery = await enterpriseMember(api, { regionCode: '520382', categoryCodes: ['1512'] });
    const bottles = await createListing(glassworks.client);
    const demands = await bottleDemands(distillery.client);
    await matched(api, [bottles.id, ...demands.map((d) => d.id)]);

    const theirs = await inboxWith(distillery.client, 1);
    const ours = await inboxWith(glassworks.client, 1);
    await new Promise((r) => setTimeout(r, 3_000)); // one more window: nothing else may arrive
    expect((await inbox(distillery.client)).totalCount).toBe(1);
    expect((await inbox(glassworks.client)).totalCount).toBe(1);

    const note = theirs.edges[0].node;
    expect(note).toMatchObject({ kind: 'MATCH_SUGGESTED', title: '2 条新的匹配建议', readAt: null });
    expect(note.body).toContain('「求购 500ml 酱香型白酒玻璃瓶」');
    expect(note.body).toContain('「求购 高白料玻璃酒瓶」');
    expect(JSON.parse(note.data!).listingIds.sort()).toEqual(demands.map((d) => d.id).sort());
    expect(ours.edges[0].node.body).toMatch(/^「500ml 酱香型白酒玻璃瓶」：.+（匹配度 \d+%）等 2 家$/);

    // A retried announcement (a worker that died after its commit) writes nothing twice.
    const notifier = stack.worker!.get(MatchNotifier);
    expect(await notifier.announce(distillery.enterpriseId)).toBe(0);
    expect((await inbox(distillery.client)).totalCount).toBe(1);

    // Recomputing the same pairs announces nothing new.
    await distillery.client.ok(
      graphql(
        `mutation NotificationsUpdateListing($id: ID!) { updateListing(id: $id, input: { validUntil: "2099-05-01" }) { id } }`,
      ),
      { id: demands[0].id },
    );
    await matched(api, [demands[0].id]);
    await new Promise((r) => setTimeout(r, 3_000));
    expect((await inbox(distillery.client)).totalCount).toBe(1);

    // Read state: the count on `me`, the unread filter, and nobody else's notifications.
    const unread = graphql(`query NotificationsMe { me { unreadNotifications } }`);
    expect((await distillery.client.ok(unread)).me.unreadNotifications).toBe(1);
    expect(
      await glassworks.client.ok(
        graphql(`mutation NotificationsMarkNotificationsRead($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`),
        { ids: [note.id] },
      ),
    ).toEqual({
      markNotificationsRead: 0,
    });
    expect(
      await distillery.client.ok(
        graphql(`mutation NotificationsMarkNotificationsRead($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`),
        { ids: [note.id] },
      ),
    ).toEqual({
      markNotificationsRead: 1,
    });
    expect((await distillery.client.ok(unread)).me.unreadNotifications).toBe(0);
    expect((await inbox(distillery.client, true)).totalCount).toBe(0);
    expect((await inbox(glassworks.client, true)).totalCount).toBe(1);

    const bad = await distillery.client.fails(
      graphql(`mutation NotificationsMarkNotificationsRead2 { markNotificationsRead(ids: ["不是编号"]) }`),
    );
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['ids'] });
    const anonymous = await api.fails(INBOX, {});
    expect(anonymous.extensions?.code).toBe('UNAUTHENTICATED');
  }, 40_000);
});
