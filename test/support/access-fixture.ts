import { randomBytes } from 'node:crypto';

import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { graphql } from '../generated';
import { createEvent, organiser, REQUEST, RESPOND, solve } from './events';
import { createListing, enterpriseMember } from './factories';
import type { GraphQLClient } from './graphql';
import { matched, suggestions } from './matching';
import type { Stack } from './stack';

type Firm = Awaited<ReturnType<typeof enterpriseMember>>;

/**
 * A populated docking world for access tests, every secret carrying a marker of this run:
 *
 * - event E1 (organiser A): S (supplier), B and C (buyers) and M (the attacking firm) approved;
 *   B brings its confidential demand D1 (matched with S's supply); C brings nothing.
 * - event E2 (organiser X): C approved, bringing its confidential demands D3 (matched with S's
 *   supply) and D4 (matched with nothing: a chain gap).
 * - at E1, B and C each asked S for a meeting from their match suggestion, S accepted; the
 *   schedule is published and the meetings are over; B and S rated theirs with comments; B
 *   recorded a signed deal with S, with a note.
 *
 * So organiser X has no business with D1, organiser A none with D3 and D4, and M none with any
 * of them, nor with anyone's contact details, deals or rating comments.
 */
export async function accessWorld(api: GraphQLClient, stack: () => Stack) {
  const tag = randomBytes(4).toString('hex');
  const mark = (what: string) => `${what}${tag}`;
  const orgA = await organiser(api);
  const orgX = await organiser(api);
  const contact = (k: string) => ({
    contactName: mark(`联系人${k}`),
    contactPhone: `0851-${k.charCodeAt(0)}${tag.replace(/\D/g, '').padEnd(6, '7').slice(0, 6)}`,
  });
  const S = await enterpriseMember(api, { sector: 'SUPPORTING', categoryCodes: ['3055'], ...contact('S') });
  const B = await enterpriseMember(api, { sector: 'LIQUOR_TOBACCO', categoryCodes: ['1512'], ...contact('B') });
  const C = await enterpriseMember(api, {
    sector: 'LIQUOR_TOBACCO',
    categoryCodes: ['1512'],
    regionCode: '520302',
    ...contact('C'),
  });
  const M = await enterpriseMember(api, { sector: 'ECO_FOOD', categoryCodes: ['1512'], ...contact('M') });

  const bottle = {
    categoryCode: '3055',
    quantity: 2_000_000,
    unit: '只',
    priceMin: 0.9,
    priceMax: 1.3,
    certifications: [],
  };
  const supply = await createListing(S.client, {
    ...bottle,
    kind: 'SUPPLY',
    title: mark('供应 500ml 晶白料白酒玻璃瓶 公开'),
    description: '年产能 3000 万只，可按酒企瓶型开模',
    quantity: 30_000_000,
  });
  const d1 = await createListing(B.client, {
    ...bottle,
    kind: 'DEMAND',
    title: mark('求购 500ml 晶白料白酒玻璃瓶 机密一'),
    description: mark('新品酒瓶开模 机密说明一'),
    confidential: true,
  });
  const d3 = await createListing(C.client, {
    ...bottle,
    kind: 'DEMAND',
    title: mark('求购 500ml 晶白料白酒玻璃瓶 机密三'),
    description: mark('新品酒瓶开模 机密说明三'),
    confidential: true,
  });
  const d4 = await createListing(C.client, {
    kind: 'DEMAND',
    title: mark('求购 钛合金航空锻件 机密四'),
    description: mark('锻件 机密说明四'),
    categoryCode: '3393',
    quantity: 500,
    unit: '件',
    certifications: [],
    confidential: true,
  });
  // Each owner waits for its own: a confidential demand is nobody else's to open before it is matched.
  await Promise.all([matched(S.client, [supply.id]), matched(B.client, [d1.id]), matched(C.client, [d3.id, d4.id])]);
  const pairs = await suggestions(S.client, supply.id);
  const s1 = pairs.find((p) => p.demand.id === d1.id)!.id;
  const s3 = pairs.find((p) => p.demand.id === d3.id)!.id;

  const e1 = await createEvent(orgA, { title: mark('白酒配套对接活动 E1 ') });
  const e2 = await createEvent(orgX, { title: mark('刺梨产销对接活动 E2 '), sectors: ['ECO_FOOD'] });
  await orgA.ok(
    graphql(
      `mutation AccessFixtureAddMeetingSession($e: ID!, $input: MeetingSessionInput!) { addMeetingSession(eventId: $e, input: $input) { id } }`,
    ),
    {
      e: e1,
      input: { title: '上午场', startsAt: '2030-09-15T09:00:00+08:00', endsAt: '2030-09-15T10:00:00+08:00' },
    },
  );
  const registrations: Record<string, string> = {};
  const register = async (firm: Firm, org: GraphQLClient, event: string, listingIds: string[], key: string) => {
    const reg = await firm.client.ok(
      graphql(
        `mutation AccessFixtureRegisterForEvent($e: ID!, $l: [ID!]) { registerForEvent(eventId: $e, listingIds: $l) { id } }`,
      ),
      {
        e: event,
        l: listingIds,
      },
    );
    await org.ok(
      graphql(
        `mutation AccessFixtureReviewRegistration($id: ID!) { reviewRegistration(id: $id, approve: true) { id } }`,
      ),
      {
        id: reg.registerForEvent.id,
      },
    );
    registrations[key] = reg.registerForEvent.id;
  };
  await register(S, orgA, e1, [supply.id], 'S@E1');
  await register(B, orgA, e1, [d1.id], 'B@E1');
  await register(C, orgA, e1, [], 'C@E1');
  await register(M, orgA, e1, [], 'M@E1');
  await register(C, orgX, e2, [d3.id, d4.id], 'C@E2');

  const ask = async (from: Firm, to: Firm, suggestion: string) => {
    const q = (
      await from.client.ok(REQUEST, {
        e: e1,
        input: { withEnterpriseId: to.enterpriseId, matchSuggestionId: suggestion, message: mark('洽谈留言') },
      })
    ).requestMeeting;
    await to.client.ok(RESPOND, { id: q.id, a: true });
    return q.id;
  };
  const requestBS = await ask(B, S, s1);
  const requestCS = await ask(C, S, s3);
  const run = await solve(orgA, e1);
  await orgA.ok(graphql(`mutation AccessFixturePublishSchedule($e: ID!) { publishSchedule(eventId: $e) { id } }`), {
    e: e1,
  });
  const meetings: { id: string; parties: { id: string }[] }[] = (
    await orgA.ok(
      graphql(`query AccessFixtureDockingEvent($id: ID!) { dockingEvent(id: $id) { meetings { id parties { id } } } }`),
      { id: e1 },
    )
  ).dockingEvent!.meetings;
  const meetingOf = (x: Firm) => meetings.find((m) => m.parties.some((p) => p.id === x.enterpriseId))!.id;
  // The event takes place: its meetings move into the past, the last ended a day ago (a deal recorded
  // now counts on the firms' word: within DEAL_WINDOW_DAYS of their meeting).
  const db = stack().api.get<DataSource>(getDataSourceToken());
  await db.query(
    `WITH shift AS (SELECT max(ends_at) - now() + interval '1 day' AS by FROM meeting WHERE event_id = $1)
     UPDATE meeting SET starts_at = starts_at - shift.by, ends_at = ends_at - shift.by FROM shift WHERE event_id = $1`,
    [e1],
  );
  await db.query(
    `UPDATE meeting_party p SET starts_at = m.starts_at, ends_at = m.ends_at FROM meeting m WHERE m.id = p.meeting_id AND m.event_id = $1`,
    [e1],
  );
  const RATE = graphql(
    `mutation AccessFixtureRateMeeting($m: ID!, $r: MeetingRating!, $c: String) { rateMeeting(meetingId: $m, rating: $r, comment: $c) { id } }`,
  );
  const commentB = mark('价格可谈 评价说明B');
  const commentS = mark('对方很专业 评价说明S');
  await B.client.ok(RATE, { m: meetingOf(B), r: 'COOPERATION_POSSIBLE', c: commentB });
  await S.client.ok(RATE, { m: meetingOf(B), r: 'INFORMATIVE', c: commentS });
  const note = mark('合作备注');
  const deal = (
    await B.client.ok(
      graphql(`mutation AccessFixtureRecordDeal($i: RecordDealInput!) { recordDeal(input: $i) { id } }`),
      {
        i: {
          meetingId: meetingOf(B),
          supplyListingId: supply.id,
          demandListingId: d1.id,
          stage: 'SIGNED',
          amountCny: '987654.32',
          note,
        },
      },
    )
  ).recordDeal.id;

  return {
    tag,
    orgA,
    orgX,
    firms: { S, B, C, M },
    events: { e1, e2 },
    listings: { supply: supply.id, d1: d1.id, d3: d3.id, d4: d4.id },
    suggestions: { s1, s3 },
    registrations,
    requests: { requestBS, requestCS },
    meetings: { bs: meetingOf(B), cs: meetingOf(C) },
    run: run.id,
    deal,
    markers: {
      supplyTitle: supply.title,
      d1: [d1.title, d1.description] as string[],
      d3: [d3.title, d3.description] as string[],
      d4: [d4.title, d4.description] as string[],
      contacts: {
        S: Object.values(contact('S')),
        B: Object.values(contact('B')),
        C: Object.values(contact('C')),
        M: Object.values(contact('M')),
      },
      comments: [commentB, commentS],
      dealNote: note,
      dealAmount: '987654.32',
    },
    db,
  };
}

export type AccessWorld = Awaited<ReturnType<typeof accessWorld>>;
