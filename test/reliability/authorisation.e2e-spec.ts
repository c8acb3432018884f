import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { buildSchema } from 'graphql';

import { adminClient, createEvent, organiser, REQUEST, RESPOND, solve } from '../support/events';
import { createListing, creditCode, enterpriseMember, signUp } from '../support/factories';
import type { GraphQLClient } from '../support/graphql';
import { matched, suggestions } from '../support/matching';
import { useStack } from '../support/stack';

type Actor = 'anonymous' | 'otherMember' | 'otherOrganiser';
interface Case {
  op: string;
  doc: string;
  vars: () => Record<string, unknown>;
  /** Actors for whom the operation is legitimately allowed (it acts on their own things, or their role covers it). */
  allowed?: Actor[];
}

/**
 * Scenario 8: every mutation and every owner-scoped query, tried by an anonymous caller, a member
 * of another enterprise and the organiser of another event, against firm A's things and event E.
 * Each must be refused (UNAUTHENTICATED, FORBIDDEN or NOT_FOUND) or answer nothing of others.
 */
describe('authorisation matrix', () => {
  // No DNS here: webhooks point at a local address, which this stack allows.
  process.env.WEBHOOK_ALLOW_PRIVATE = 'true';
  const { api } = useStack({ isolated: true });
  afterAll(() => void delete process.env.WEBHOOK_ALLOW_PRIVATE);
  const f: Record<string, any> = {};
  const actors = {} as Record<Actor, GraphQLClient>;

  beforeAll(async () => {
    const org = await organiser(api);
    const a = await enterpriseMember(api, { sector: 'SUPPORTING', categoryCodes: ['3055'] });
    const c = await enterpriseMember(api, { sector: 'LIQUOR_TOBACCO', categoryCodes: ['1512'] });
    f.a = a;
    f.c = c;
    f.supply = (
      await createListing(a.client, {
        kind: 'SUPPLY',
        title: '供应 500ml 白酒玻璃瓶',
        categoryCode: '3055',
        quantity: 1000000,
        unit: '只',
      })
    ).id;
    f.demand = (
      await createListing(c.client, {
        kind: 'DEMAND',
        title: '求购 500ml 白酒玻璃瓶',
        categoryCode: '3055',
        quantity: 500000,
        unit: '只',
        confidential: true,
      })
    ).id;
    await matched(a.client, [f.supply, f.demand]);
    f.suggestion = (await suggestions(a.client, f.supply))[0].id;
    f.webhook = (
      await a.client.ok(
        `mutation { createWebhook(input: { url: "http://127.0.0.1:9/hook", kinds: ["MATCH_SUGGESTED"] }) { webhook { id } } }`,
      )
    ).createWebhook.webhook.id;
    f.event = await createEvent(org);
    await org.ok(
      `mutation($e: ID!, $input: MeetingSessionInput!) { addMeetingSession(eventId: $e, input: $input) { id } }`,
      {
        e: f.event,
        input: { title: '上午场', startsAt: '2030-09-15T09:00:00+08:00', endsAt: '2030-09-15T10:00:00+08:00' },
      },
    );
    for (const x of [a, c]) {
      const reg = (await x.client.ok(`mutation($e: ID!) { registerForEvent(eventId: $e) { id } }`, { e: f.event }))
        .registerForEvent.id;
      await org.ok(`mutation($id: ID!) { reviewRegistration(id: $id, approve: true) { id } }`, { id: reg });
      f.registration = reg;
    }
    f.request = (
      await a.client.ok(REQUEST, { e: f.event, input: { withEnterpriseId: c.enterpriseId } })
    ).requestMeeting.id;
    await c.client.ok(RESPOND, { id: f.request, a: true });
    f.run = (await solve(org, f.event)).id;
    f.meeting = (
      await org.ok(`query($id: ID!) { dockingEvent(id: $id) { meetings { id } } }`, { id: f.event })
    ).dockingEvent.meetings[0].id;
    f.deal = (
      await a.client.ok(`mutation($i: RecordDealInput!) { recordDeal(input: $i) { id } }`, {
        i: {
          eventId: f.event,
          supplierEnterpriseId: a.enterpriseId,
          buyerEnterpriseId: c.enterpriseId,
          stage: 'INTENT',
        },
      })
    ).recordDeal.id;
    f.notification = (await a.client.ok(`{ notifications(first: 1) { edges { node { id } } } }`)).notifications.edges[0]
      ?.node.id;
    f.matchRun = (await (await adminClient(api)).ok(`mutation { rematchAll { id } }`)).rematchAll.id;
    const form = new FormData();
    form.append('file', new Blob(['企业名称,统一社会信用代码,类型(供应/需求),产品名称,产品类别代码\r\n']), 'x.csv');
    f.import = (
      (await (
        await fetch(`${api.baseUrl}/events/${f.event}/listings/import`, {
          method: 'POST',
          body: form,
          headers: { authorization: `Bearer ${org.token}` },
        })
      ).json()) as any
    ).id;

    const dry = new FormData();
    dry.append('file', new Blob(['企业名称,统一社会信用代码,类型(供应/需求),产品名称\r\n']), 'dry.csv');
    f.preview = (
      (await (
        await fetch(`${api.baseUrl}/events/${f.event}/listings/import?dryRun=true`, {
          method: 'POST',
          body: dry,
          headers: { authorization: `Bearer ${org.token}` },
        })
      ).json()) as any
    ).id;
    // An organiser's file naming firm A (a proposal A answers) and a new firm U (unclaimed), claimed by a newcomer.
    const unclaimedCode = creditCode('520102');
    const rows =
      '企业名称,统一社会信用代码,所在地区代码,类型(供应/需求),产品名称,产品类别代码\r\n' +
      `冒名,${a.enterprise.creditCode},,供应,供应 提议的玻璃瓶,3055\r\n` +
      `待认领的瓶盖企业有限公司,${unclaimedCode},520102,供应,供应 铝塑瓶盖,3333\r\n`;
    const proposing = new FormData();
    proposing.append('file', new Blob([rows]), 'p.csv');
    const imported = (await (
      await fetch(`${api.baseUrl}/events/${f.event}/listings/import`, {
        method: 'POST',
        body: proposing,
        headers: { authorization: `Bearer ${org.token}` },
      })
    ).json()) as any;
    f.proposal = imported.rows[0].proposalId;
    const claimant = await signUp(api);
    await claimant.client.ok(
      `mutation($c: String!) { registerEnterprise(input: { name: "待认领的瓶盖企业有限公司", creditCode: $c, regionCode: "520102", sector: SUPPORTING }) { id } }`,
      { c: unclaimedCode },
    );
    f.claim = (
      await claimant.client.ok(`{ myEnterpriseClaims { edges { node { id } } } }`)
    ).myEnterpriseClaims.edges[0].node.id;

    actors.anonymous = api;
    actors.otherMember = (await enterpriseMember(api)).client;
    actors.otherOrganiser = await organiser(api);
    await actors.otherOrganiser.ok(
      `mutation { createDockingEvent(input: { title: "另一活动", theme: "x", sectors: [ECO_FOOD], venue: "贵阳", startsAt: "2030-01-01T09:00:00+08:00", endsAt: "2030-01-01T17:00:00+08:00", slotMinutes: 20, tables: [{ label: "T1" }] }) { id } }`,
    );
  }, 120_000);

  const at = '2030-09-15T09:20:00+08:00';
  const CASES: Case[] = [
    {
      op: 'updateEnterprise',
      doc: `mutation($id: ID!) { updateEnterprise(id: $id, input: { description: "x" }) { id } }`,
      vars: () => ({ id: f.a.enterpriseId }),
    },
    {
      op: 'registerEnterprise',
      doc: `mutation { registerEnterprise(input: { name: "x公司", creditCode: "x", regionCode: "520102", sector: SUPPORTING }) { id } }`,
      vars: () => ({}),
      allowed: ['otherMember', 'otherOrganiser'],
    },
    {
      op: 'verifyEnterprise',
      doc: `mutation($id: ID!) { verifyEnterprise(id: $id) { id verificationStatus } }`,
      vars: () => ({ id: f.a.enterpriseId }),
    },
    {
      op: 'reviewEnterpriseClaim',
      doc: `mutation($id: ID!) { reviewEnterpriseClaim(id: $id, approve: true) { id status } }`,
      vars: () => ({ id: f.claim }),
    },
    {
      op: 'respondToListingProposal',
      doc: `mutation($id: ID!) { respondToListingProposal(id: $id, accept: true) { id status } }`,
      vars: () => ({ id: f.proposal }),
    },
    {
      op: 'listingProposals',
      doc: `{ listingProposals { totalCount edges { node { id } } } }`,
      vars: () => ({}),
      allowed: ['otherMember', 'otherOrganiser'],
    },
    {
      op: 'myEnterpriseClaims',
      doc: `{ myEnterpriseClaims { totalCount edges { node { id } } } }`,
      vars: () => ({}),
      allowed: ['otherMember', 'otherOrganiser'],
    },
    {
      op: 'enterpriseClaims',
      doc: `{ enterpriseClaims { totalCount edges { node { id } } } }`,
      vars: () => ({}),
      allowed: ['otherOrganiser'],
    },
    {
      op: 'enterprisesToReview',
      doc: `{ enterprisesToReview { totalCount edges { node { id } } } }`,
      vars: () => ({}),
    },
    {
      op: 'createListing',
      doc: `mutation { createListing(input: { kind: SUPPLY, title: "x", categoryCode: "3055" }) { id } }`,
      vars: () => ({}),
      allowed: ['otherMember', 'otherOrganiser'],
    },
    {
      op: 'updateListing',
      doc: `mutation($id: ID!) { updateListing(id: $id, input: { title: "改" }) { id } }`,
      vars: () => ({ id: f.supply }),
    },
    { op: 'closeListing', doc: `mutation($id: ID!) { closeListing(id: $id) { id } }`, vars: () => ({ id: f.supply }) },
    {
      op: 'respondToMatch',
      doc: `mutation($id: ID!) { respondToMatch(id: $id, decision: DISMISS) { id } }`,
      vars: () => ({ id: f.suggestion }),
    },
    {
      op: 'createWebhook',
      doc: `mutation { createWebhook(input: { url: "http://127.0.0.1:9/x", kinds: ["MATCH_SUGGESTED"] }) { secret } }`,
      vars: () => ({}),
      allowed: ['otherMember', 'otherOrganiser'],
    },
    { op: 'deleteWebhook', doc: `mutation($id: ID!) { deleteWebhook(id: $id) }`, vars: () => ({ id: f.webhook }) },
    {
      op: 'markNotificationsRead',
      doc: `mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`,
      vars: () => ({ ids: [f.notification] }),
      allowed: ['otherMember', 'otherOrganiser'],
    },
    {
      op: 'setEmailNotificationKinds',
      doc: `mutation { setEmailNotificationKinds(kinds: []) { id } }`,
      vars: () => ({}),
      allowed: ['otherMember', 'otherOrganiser'],
    },
    {
      op: 'createCalendarFeed',
      doc: `mutation { createCalendarFeed { key } }`,
      vars: () => ({}),
      allowed: ['otherMember', 'otherOrganiser'],
    },
    {
      op: 'revokeCalendarFeed',
      doc: `mutation { revokeCalendarFeed }`,
      vars: () => ({}),
      allowed: ['otherMember', 'otherOrganiser'],
    },
    {
      op: 'grantRole',
      doc: `mutation($id: ID!) { grantRole(userId: $id, role: ADMIN) { id } }`,
      vars: () => ({ id: f.a.userId }),
    },
    {
      op: 'createDockingEvent',
      doc: `mutation { createDockingEvent(input: { title: "x", theme: "x", sectors: [ECO_FOOD], venue: "x", startsAt: "2030-01-01T09:00:00+08:00", endsAt: "2030-01-01T17:00:00+08:00", slotMinutes: 20, tables: [{ label: "T1" }] }) { id } }`,
      vars: () => ({}),
      allowed: ['otherOrganiser'],
    },
    {
      op: 'addMeetingSession',
      doc: `mutation($e: ID!) { addMeetingSession(eventId: $e, input: { title: "x", startsAt: "2030-09-15T11:00:00+08:00", endsAt: "2030-09-15T12:00:00+08:00" }) { id } }`,
      vars: () => ({ e: f.event }),
    },
    {
      op: 'registerForEvent',
      doc: `mutation($e: ID!) { registerForEvent(eventId: $e) { id } }`,
      vars: () => ({ e: f.event }),
      allowed: ['otherMember'],
    },
    {
      op: 'reviewRegistration',
      doc: `mutation($id: ID!) { reviewRegistration(id: $id, approve: false) { id } }`,
      vars: () => ({ id: f.registration }),
    },
    {
      op: 'setUnavailableSlots',
      doc: `mutation($e: ID!) { setUnavailableSlots(eventId: $e, slotStarts: []) { id } }`,
      vars: () => ({ e: f.event }),
      allowed: ['otherMember'],
    },
    {
      op: 'requestMeeting',
      doc: `mutation($e: ID!, $w: ID!) { requestMeeting(eventId: $e, input: { withEnterpriseId: $w }) { id } }`,
      vars: () => ({ e: f.event, w: f.a.enterpriseId }),
    },
    {
      op: 'respondToMeetingRequest',
      doc: `mutation($id: ID!) { respondToMeetingRequest(id: $id, accept: false) { id } }`,
      vars: () => ({ id: f.request }),
    },
    {
      op: 'cancelMeetingRequest',
      doc: `mutation($id: ID!) { cancelMeetingRequest(id: $id) { id } }`,
      vars: () => ({ id: f.request }),
    },
    {
      op: 'scheduleMeetings',
      doc: `mutation($e: ID!) { scheduleMeetings(eventId: $e) { id } }`,
      vars: () => ({ e: f.event }),
    },
    {
      op: 'publishSchedule',
      doc: `mutation($e: ID!) { publishSchedule(eventId: $e) { id } }`,
      vars: () => ({ e: f.event }),
    },
    {
      op: 'bookMeeting',
      doc: `mutation($id: ID!) { bookMeeting(requestId: $id, startsAt: "${at}", table: "T2") { id } }`,
      vars: () => ({ id: f.request }),
    },
    {
      op: 'moveMeeting',
      doc: `mutation($id: ID!) { moveMeeting(id: $id, startsAt: "${at}", table: "T3") { id } }`,
      vars: () => ({ id: f.meeting }),
    },
    { op: 'cancelMeeting', doc: `mutation($id: ID!) { cancelMeeting(id: $id) }`, vars: () => ({ id: f.meeting }) },
    { op: 'lockMeeting', doc: `mutation($id: ID!) { lockMeeting(id: $id) { id } }`, vars: () => ({ id: f.meeting }) },
    {
      op: 'unlockMeeting',
      doc: `mutation($id: ID!) { unlockMeeting(id: $id) { id } }`,
      vars: () => ({ id: f.meeting }),
    },
    {
      op: 'rateMeeting',
      doc: `mutation($id: ID!) { rateMeeting(meetingId: $id, rating: NO_SHOW) { id } }`,
      vars: () => ({ id: f.meeting }),
    },
    {
      op: 'checkInFirm',
      doc: `mutation($e: ID!, $f: ID!) { checkInFirm(eventId: $e, enterpriseId: $f) { alreadyCheckedIn } }`,
      vars: () => ({ e: f.event, f: f.a.enterpriseId }),
    },
    {
      op: 'markMeetingAttendance',
      doc: `mutation($id: ID!) { markMeetingAttendance(meetingId: $id, outcome: HELD) { id } }`,
      vars: () => ({ id: f.meeting }),
    },
    {
      op: 'addWalkInMeeting',
      doc: `mutation($e: ID!, $a: ID!, $c: ID!) { addWalkInMeeting(eventId: $e, input: { enterpriseIds: [$a, $c], startsAt: "${at}", table: "T2" }) { id } }`,
      vars: () => ({ e: f.event, a: f.a.enterpriseId, c: f.c.enterpriseId }),
    },
    {
      op: 'recordDeal',
      doc: `mutation($e: ID!, $s: ID!, $b: ID!) { recordDeal(input: { eventId: $e, supplierEnterpriseId: $s, buyerEnterpriseId: $b, stage: INTENT }) { id } }`,
      vars: () => ({ e: f.event, s: f.a.enterpriseId, b: f.c.enterpriseId }),
    },
    {
      op: 'advanceDeal',
      doc: `mutation($id: ID!) { advanceDeal(id: $id, stage: CANCELLED) { id } }`,
      vars: () => ({ id: f.deal }),
    },
    { op: 'confirmDeal', doc: `mutation($id: ID!) { confirmDeal(id: $id) { id } }`, vars: () => ({ id: f.deal }) },
    { op: 'declineDeal', doc: `mutation($id: ID!) { declineDeal(id: $id) { id } }`, vars: () => ({ id: f.deal }) },
    {
      op: 'dealsAwaitingMyConfirmation',
      doc: `{ dealsAwaitingMyConfirmation { totalCount edges { node { id } } } }`,
      vars: () => ({}),
      allowed: ['otherMember', 'otherOrganiser'],
    },
    { op: 'rematchAll', doc: `mutation { rematchAll { id } }`, vars: () => ({}), allowed: ['otherOrganiser'] },
    { op: 'me', doc: `{ me { id } }`, vars: () => ({}), allowed: ['otherMember', 'otherOrganiser'] },
    {
      op: 'matchSuggestions',
      doc: `query($id: ID!) { matchSuggestions(listingId: $id) { totalCount } }`,
      vars: () => ({ id: f.supply }),
      allowed: ['otherOrganiser'],
    },
    {
      op: 'partnerSuggestions',
      doc: `query($id: ID!) { partnerSuggestions(enterpriseId: $id) { score } }`,
      vars: () => ({ id: f.a.enterpriseId }),
      allowed: ['otherOrganiser'],
    },
    {
      op: 'notifications',
      doc: `{ notifications { totalCount edges { node { id } } } }`,
      vars: () => ({}),
      allowed: ['otherMember', 'otherOrganiser'],
    },
    { op: 'webhooks', doc: `{ webhooks { id } }`, vars: () => ({}), allowed: ['otherMember', 'otherOrganiser'] },
    {
      op: 'webhookDeliveries',
      doc: `query($id: ID!) { webhookDeliveries(webhookId: $id) { totalCount } }`,
      vars: () => ({ id: f.webhook }),
    },
    {
      op: 'myAgenda',
      doc: `query($e: ID!) { myAgenda(eventId: $e) { id } }`,
      vars: () => ({ e: f.event }),
      allowed: ['otherMember', 'otherOrganiser'],
    },
    {
      op: 'myCheckIn',
      doc: `query($e: ID!) { myCheckIn(eventId: $e) { code } }`,
      vars: () => ({ e: f.event }),
    },
    {
      op: 'eventAttendees',
      doc: `query($e: ID!) { eventAttendees(eventId: $e) { totalCount edges { node { checkedInAt } } } }`,
      vars: () => ({ e: f.event }),
    },
    {
      op: 'checkInSummary',
      doc: `query($e: ID!) { checkInSummary(eventId: $e) { approved } }`,
      vars: () => ({ e: f.event }),
    },
    {
      op: 'eventFloor',
      doc: `query($e: ID!) { eventFloor(eventId: $e) { noShows tables { table } } }`,
      vars: () => ({ e: f.event }),
    },
    {
      op: 'eventReport',
      doc: `query($e: ID!) { eventReport(eventId: $e) { funnel { approved } } }`,
      vars: () => ({ e: f.event }),
    },
    { op: 'scheduleRun', doc: `query($id: ID!) { scheduleRun(id: $id) { id } }`, vars: () => ({ id: f.run }) },
    { op: 'listingImport', doc: `query($id: ID!) { listingImport(id: $id) { id } }`, vars: () => ({ id: f.import }) },
    {
      op: 'previewListingImport',
      doc: `query($id: ID!) { previewListingImport(id: $id) { id } }`,
      vars: () => ({ id: f.preview }),
    },
    {
      op: 'commitListingImport',
      doc: `mutation($id: ID!) { commitListingImport(id: $id) { id } }`,
      vars: () => ({ id: f.preview }),
    },
    {
      op: 'matchRun',
      doc: `query($id: ID!) { matchRun(id: $id) { id } }`,
      vars: () => ({ id: f.matchRun }),
      allowed: ['otherOrganiser'],
    },
  ];
  /** Public by design: everyone may try them (logOut only clears the caller's own session cookie). */
  const PUBLIC = ['signUp', 'logIn', 'logOut'];

  it('covers every mutation of the schema', () => {
    // schema.gql equals the live schema (test/schema-contract.e2e-spec.ts checks it).
    const schema = buildSchema(readFileSync(join(__dirname, '..', '..', 'schema.gql'), 'utf8'));
    const mutations = Object.keys(schema.getMutationType()!.getFields());
    const covered = new Set([...CASES.map((c) => c.op), ...PUBLIC]);
    expect(mutations.filter((m) => !covered.has(m))).toEqual([]);
  });

  for (const actor of ['anonymous', 'otherMember', 'otherOrganiser'] as Actor[]) {
    it(`refuses ${actor} everything that is not theirs`, async () => {
      const leaks: string[] = [];
      for (const c of CASES) {
        if (c.allowed?.includes(actor)) continue;
        const res = await actors[actor].request(c.doc, c.vars());
        const code = res.errors?.[0]?.extensions?.code;
        const refused =
          actor === 'anonymous'
            ? code === 'UNAUTHENTICATED'
            : ['FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED'].includes(code ?? '') ||
              (res.data && Object.values(res.data).every((v) => v === null));
        if (!refused || res.status >= 500)
          leaks.push(`${c.op}: ${res.status} ${JSON.stringify(res.errors?.[0]?.extensions ?? res.data)}`);
      }
      expect(leaks).toEqual([]);
    }, 60_000);
  }

  it('shows nothing of firm A to others where a query answers everyone', async () => {
    const member = actors.otherMember;
    expect(
      (
        await member.ok(`query($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`.replace('query', 'mutation'), {
          ids: [f.notification],
        })
      ).markNotificationsRead,
    ).toBe(0);
    const a = await f.a.client.ok(`{ notifications(unreadOnly: true) { edges { node { id } } } }`);
    expect(a.notifications.edges.map((e: any) => e.node.id)).toContain(f.notification);
    expect((await member.ok(`query($id: ID!) { listing(id: $id) { id } }`, { id: f.demand })).listing).toBeNull();
    const counts = await member.ok(
      `{ listings(filter: { kind: DEMAND, categoryCode: "3055" }) { totalCount edges { node { id } } } }`,
    );
    expect(counts.listings.edges.map((e: any) => e.node.id)).not.toContain(f.demand);
    const event = await member.ok(
      `query($id: ID!) { dockingEvent(id: $id) { meetings { id } meetingRequests { id } deals { id } latestScheduleRun { id } } }`,
      { id: f.event },
    );
    expect(event.dockingEvent).toEqual({ meetings: [], meetingRequests: [], deals: [], latestScheduleRun: null });
    const other = await actors.otherOrganiser.ok(
      `query($id: ID!) { dockingEvent(id: $id) { meetings { id } meetingRequests { id } deals { id } latestScheduleRun { id } } }`,
      { id: f.event },
    );
    expect(other.dockingEvent).toEqual({ meetings: [], meetingRequests: [], deals: [], latestScheduleRun: null });
    // A deal awaits its counterpart only: firm C sees A's deal to confirm; nobody else does.
    const AWAITING = `{ dealsAwaitingMyConfirmation { totalCount edges { node { id } } } }`;
    expect((await member.ok(AWAITING)).dealsAwaitingMyConfirmation.totalCount).toBe(0);
    expect((await f.c.client.ok(AWAITING)).dealsAwaitingMyConfirmation.edges.map((e: any) => e.node.id)).toContain(
      f.deal,
    );
    expect((await f.a.client.ok(AWAITING)).dealsAwaitingMyConfirmation.totalCount).toBe(0);
    // Proposals are the firm's, claims the claimant's or the importer's: others list none of them.
    for (const client of [member, actors.otherOrganiser]) {
      expect((await client.ok(`{ listingProposals { totalCount } }`)).listingProposals.totalCount).toBe(0);
      expect((await client.ok(`{ myEnterpriseClaims { totalCount } }`)).myEnterpriseClaims.totalCount).toBe(0);
    }
    expect((await actors.otherOrganiser.ok(`{ enterpriseClaims { totalCount } }`)).enterpriseClaims.totalCount).toBe(0);
    expect((await f.a.client.ok(`{ listingProposals { totalCount } }`)).listingProposals.totalCount).toBe(1);
    for (const file of ['schedule.xlsx', 'report.xlsx']) {
      const res = await fetch(`${api.baseUrl}/events/${f.event}/${file}`, {
        headers: { authorization: `Bearer ${actors.otherOrganiser.token}` },
      });
      expect(res.status).toBe(403);
    }
  });
});
