import { getDataSourceToken } from '@nestjs/typeorm';
import ExcelJS from 'exceljs';
import type { DataSource } from 'typeorm';

import { graphql } from './generated';
import { createEvent, organiser, REQUEST, RESPOND, solve } from './support/events';
import { createListing, enterpriseMember } from './support/factories';
import type { GraphQLClient } from './support/graphql';
import { matched, suggestions } from './support/matching';
import { useStack } from './support/stack';

const at = (hhmm: string) => new Date(`2030-09-15T${hhmm}:00+08:00`).toISOString();
const REPORT = graphql(
  `query OutcomesEventReport($e: ID!) { eventReport(eventId: $e) { funnel { registrations approved suggestions meetingRequests accepted placed held intents signed signedAmountCny fulfilled fulfilledAmountCny } bySector { sector firms contracts amountCny } byCategory { category { code } firms contracts amountCny } localSupplyShare chainGaps { category { code } demands firms examples } } }`,
);
const MEETINGS = graphql(
  `query OutcomesDockingEvent($id: ID!) { dockingEvent(id: $id) { meetings { id parties { id } ratings { rating comment enterprise { id } } } } }`,
);
const DEAL = graphql(
  `mutation OutcomesRecordDeal($input: RecordDealInput!) { recordDeal(input: $input) { id stage amountCny supplier { id } buyer { id } event { id } } }`,
);
const CONFIRM = graphql(
  `mutation OutcomesConfirmDeal($id: ID!) { confirmDeal(id: $id) { id confirmed agreedStage agreedAmountCny awaitingConfirmationFrom { id } } }`,
);

describe('outcomes: ratings, deals and the event report (e2e)', () => {
  // Isolated: the report counts suggestions between registrants, so no other file's listings may match ours.
  const { api, stack } = useStack({ isolated: true });
  let org: GraphQLClient;
  let eventId: string;
  type Firm = Awaited<ReturnType<typeof enterpriseMember>>;
  let s1: Firm, s2: Firm, b1: Firm, b2: Firm;
  let supplyId: string, demandId: string, gapId: string;
  let meetingOf: (x: Firm, y: Firm) => any;

  beforeAll(async () => {
    org = await organiser(api);
    eventId = await createEvent(org);
    await org.ok(
      graphql(
        `mutation OutcomesAddMeetingSession($e: ID!, $input: MeetingSessionInput!) { addMeetingSession(eventId: $e, input: $input) { id } }`,
      ),
      {
        e: eventId,
        input: { title: '上午场', startsAt: at('09:00'), endsAt: at('10:00') },
      },
    );
    s1 = await enterpriseMember(api, { regionCode: '520102', sector: 'SUPPORTING', categoryCodes: ['3055'] });
    s2 = await enterpriseMember(api, { regionCode: '110101', sector: 'BASIC_MATERIALS', categoryCodes: ['3393'] });
    b1 = await enterpriseMember(api, { regionCode: '520382', sector: 'LIQUOR_TOBACCO', categoryCodes: ['1512'] });
    b2 = await enterpriseMember(api, { regionCode: '520302', sector: 'LIQUOR_TOBACCO', categoryCodes: ['1512'] });
    const bottle = {
      categoryCode: '3055',
      quantity: 2_000_000,
      unit: '只',
      priceMin: 0.9,
      priceMax: 1.3,
      certifications: [],
    };
    supplyId = (
      await createListing(s1.client, {
        ...bottle,
        kind: 'SUPPLY',
        title: '供应 500ml 晶白料白酒玻璃瓶',
        description: '年产能 3000 万只，可按酒企瓶型开模',
        quantity: 30_000_000,
      })
    ).id;
    demandId = (
      await createListing(b1.client, {
        ...bottle,
        kind: 'DEMAND',
        title: '求购 500ml 晶白料白酒玻璃瓶',
        description: '晶白料酒瓶，四季度交货',
      })
    ).id;
    gapId = (
      await createListing(b2.client, {
        kind: 'DEMAND',
        title: '求购 钛合金航空锻件',
        // Its own words: the factory's default description (glass bottles) would give it a supplier.
        description: 'TC4 钛合金航空结构锻件，需适航认证',
        categoryCode: '3393',
        quantity: 500,
        unit: '件',
        certifications: [],
      })
    ).id;
    await matched(s1.client, [supplyId, demandId, gapId]);
    for (const f of [s1, s2, b1, b2]) {
      const reg = await f.client.ok(
        graphql(`mutation OutcomesRegisterForEvent($e: ID!) { registerForEvent(eventId: $e) { id } }`),
        { e: eventId },
      );
      await org.ok(
        graphql(`mutation OutcomesReviewRegistration($id: ID!) { reviewRegistration(id: $id, approve: true) { id } }`),
        {
          id: reg.registerForEvent.id,
        },
      );
    }
    const pending = await enterpriseMember(api);
    await pending.client.ok(
      graphql(`mutation OutcomesRegisterForEvent($e: ID!) { registerForEvent(eventId: $e) { id } }`),
      { e: eventId },
    );

    const ask = async (from: Firm, to: Firm, accept: boolean) => {
      const q = (await from.client.ok(REQUEST, { e: eventId, input: { withEnterpriseId: to.enterpriseId } }))
        .requestMeeting;
      await to.client.ok(RESPOND, { id: q.id, a: accept });
    };
    await ask(b1, s1, true);
    await ask(b1, s2, true);
    await ask(b2, s1, true);
    await ask(b2, s2, false);
    expect(await solve(org, eventId)).toMatchObject({ status: 'DONE', placed: 3 });
    await org.ok(graphql(`mutation OutcomesPublishSchedule($e: ID!) { publishSchedule(eventId: $e) { id } }`), {
      e: eventId,
    });
    const meetings = (await org.ok(MEETINGS, { id: eventId })).dockingEvent!.meetings;
    meetingOf = (x, y) =>
      meetings.find(
        (m) => m.parties.some((p) => p.id === x.enterpriseId) && m.parties.some((p) => p.id === y.enterpriseId),
      );
  }, 60_000);

  it('lets a party rate a meeting only once it has ended, and shows comments to organisers only', async () => {
    const RATE = graphql(
      `mutation OutcomesRateMeeting($m: ID!, $r: MeetingRating!, $c: String) { rateMeeting(meetingId: $m, rating: $r, comment: $c) { id } }`,
    );
    const early = await b1.client.fails(RATE, { m: meetingOf(b1, s1).id, r: 'COOPERATION_POSSIBLE' });
    expect(early.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['meetingId'] });
    // The event takes place: move its meetings (and their parties' claims) into the past, the last ended
    // a day ago (deals recorded now count on the firms' word: within DEAL_WINDOW_DAYS of their meeting).
    const db = stack().api.get<DataSource>(getDataSourceToken());
    await db.query(
      `WITH shift AS (SELECT max(ends_at) - now() + interval '1 day' AS by FROM meeting WHERE event_id = $1)
       UPDATE meeting SET starts_at = starts_at - shift.by, ends_at = ends_at - shift.by FROM shift WHERE event_id = $1`,
      [eventId],
    );
    await db.query(
      `UPDATE meeting_party p SET starts_at = m.starts_at, ends_at = m.ends_at FROM meeting m WHERE m.id = p.meeting_id AND m.event_id = $1`,
      [eventId],
    );

    expect((await s2.client.fails(RATE, { m: meetingOf(b1, s1).id, r: 'INFORMATIVE' })).extensions?.code).toBe(
      'NOT_FOUND',
    );
    await b1.client.ok(RATE, { m: meetingOf(b1, s1).id, r: 'INFORMATIVE', c: '价格还需再谈' });
    await b1.client.ok(RATE, { m: meetingOf(b1, s1).id, r: 'COOPERATION_POSSIBLE', c: '价格可谈，下周送样' }); // changed within the week
    await s1.client.ok(RATE, { m: meetingOf(b1, s1).id, r: 'COOPERATION_POSSIBLE' });
    await s2.client.ok(RATE, { m: meetingOf(b1, s2).id, r: 'NO_SHOW', c: '对方未到场' });
    await b2.client.ok(RATE, { m: meetingOf(b2, s1).id, r: 'INFORMATIVE' });

    // A week after the first rating it can no longer be changed.
    await db.query(
      `UPDATE meeting_rating SET created_at = now() - interval '8 days' WHERE meeting_id = $1 AND enterprise_id = $2`,
      [meetingOf(b2, s1).id, b2.enterpriseId],
    );
    const late = await b2.client.fails(RATE, { m: meetingOf(b2, s1).id, r: 'COOPERATION_POSSIBLE' });
    expect(late.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['rating'] });

    const seenBy = async (c: GraphQLClient) =>
      (await c.ok(MEETINGS, { id: eventId })).dockingEvent!.meetings.find((m) => m.id === meetingOf(b1, s1).id)!
        .ratings;
    const forOrganiser = await seenBy(org);
    expect(forOrganiser.find((r) => r.enterprise.id === b1.enterpriseId)).toMatchObject({
      rating: 'COOPERATION_POSSIBLE',
      comment: '价格可谈，下周送样',
    });
    const forSupplier = await seenBy(s1.client);
    expect(forSupplier.find((r) => r.enterprise.id === b1.enterpriseId)).toMatchObject({
      rating: 'COOPERATION_POSSIBLE',
      comment: null,
    });
  });

  it('records deals with exact amounts, moves them forward only, and lets the organiser record on-site', async () => {
    const d1 = (
      await b1.client.ok(DEAL, {
        input: {
          meetingId: meetingOf(b1, s1).id,
          supplyListingId: supplyId,
          demandListingId: demandId,
          stage: 'SIGNED',
          amountCny: '1000000.50',
        },
      })
    ).recordDeal;
    expect(d1).toMatchObject({
      stage: 'SIGNED',
      amountCny: '1000000.50',
      supplier: { id: s1.enterpriseId },
      buyer: { id: b1.enterpriseId },
      event: { id: eventId },
    });
    // Each deal counts once the other side confirms it.
    expect((await s1.client.ok(CONFIRM, { id: d1.id })).confirmDeal).toEqual({
      id: d1.id,
      confirmed: true,
      agreedStage: 'SIGNED',
      agreedAmountCny: '1000000.50',
      awaitingConfirmationFrom: [],
    });
    const intent = (
      await b2.client.ok(DEAL, {
        input: {
          meetingId: meetingOf(b2, s1).id,
          supplierEnterpriseId: s1.enterpriseId,
          buyerEnterpriseId: b2.enterpriseId,
          stage: 'INTENT',
        },
      })
    ).recordDeal;
    await s1.client.ok(CONFIRM, { id: intent.id });
    const onSite = (
      await org.ok(DEAL, {
        input: {
          eventId,
          supplierEnterpriseId: s2.enterpriseId,
          buyerEnterpriseId: b1.enterpriseId,
          stage: 'SIGNED',
          amountCny: 250000.25,
        },
      })
    ).recordDeal;
    const ADVANCE = graphql(
      `mutation OutcomesAdvanceDeal($id: ID!, $s: DealStage!) { advanceDeal(id: $id, stage: $s) { stage amountCny } }`,
    );
    expect((await s2.client.ok(ADVANCE, { id: onSite.id, s: 'FULFILLED' })).advanceDeal).toEqual({
      stage: 'FULFILLED',
      amountCny: '250000.25',
    });
    // Recorded by the organiser, changed by the supplier: the buyer's confirmation is what is missing.
    expect((await b1.client.ok(CONFIRM, { id: onSite.id })).confirmDeal).toMatchObject({
      confirmed: true,
      agreedStage: 'FULFILLED',
    });
    expect((await s2.client.fails(ADVANCE, { id: onSite.id, s: 'SIGNED' })).extensions?.fields).toEqual(['stage']);
    const lapsed = (
      await s1.client.ok(DEAL, {
        input: { supplierEnterpriseId: s1.enterpriseId, buyerEnterpriseId: b2.enterpriseId, eventId, stage: 'INTENT' },
      })
    ).recordDeal;
    await b2.client.ok(ADVANCE, { id: lapsed.id, s: 'CANCELLED' });

    expect(
      (
        await b1.client.fails(DEAL, {
          input: {
            eventId,
            supplierEnterpriseId: s1.enterpriseId,
            buyerEnterpriseId: b1.enterpriseId,
            stage: 'SIGNED',
            amountCny: '1.234',
          },
        })
      ).extensions?.code,
    ).toBe('BAD_USER_INPUT');
    expect(
      (
        await b1.client.fails(DEAL, {
          input: {
            eventId,
            supplierEnterpriseId: s1.enterpriseId,
            buyerEnterpriseId: b1.enterpriseId,
            stage: 'SIGNED',
          },
        })
      ).extensions?.fields,
    ).toEqual(['amountCny']);
    expect(
      (
        await b2.client.fails(DEAL, {
          input: {
            eventId,
            supplierEnterpriseId: s1.enterpriseId,
            buyerEnterpriseId: b1.enterpriseId,
            stage: 'INTENT',
          },
        })
      ).extensions?.code,
    ).toBe('FORBIDDEN');
    const theirs = (
      await b2.client.ok(graphql(`query OutcomesDockingEvent2($id: ID!) { dockingEvent(id: $id) { deals { id } } }`), {
        id: eventId,
      })
    ).dockingEvent!.deals;
    expect(theirs).toHaveLength(2);
  });

  it('reports the funnel, sectors, categories, local supply share and chain gaps as computed by hand, in GraphQL and .xlsx', async () => {
    // Precondition of the fixture: the bottle pair is a good match, the forging demand has no supplier.
    const [best] = await suggestions(b1.client, demandId);
    expect(best.score).toBeGreaterThanOrEqual(0.65);
    const report = (await org.ok(REPORT, { e: eventId })).eventReport;
    expect(report.funnel).toEqual({
      registrations: 5,
      approved: 4,
      suggestions: 1,
      meetingRequests: 4,
      accepted: 3,
      placed: 3,
      held: 2,
      intents: 3,
      signed: 2,
      signedAmountCny: '1250000.75',
      fulfilled: 1,
      fulfilledAmountCny: '250000.25',
    });
    expect(report.localSupplyShare).toBe(0.8);
    expect(report.bySector).toEqual([
      { sector: 'SUPPORTING', firms: 1, contracts: 1, amountCny: '1000000.50' },
      { sector: 'BASIC_MATERIALS', firms: 1, contracts: 1, amountCny: '250000.25' },
      { sector: 'LIQUOR_TOBACCO', firms: 2, contracts: 0, amountCny: '0.00' },
    ]);
    expect(report.byCategory).toEqual([
      { category: { code: '3055' }, firms: 1, contracts: 1, amountCny: '1000000.50' },
      { category: { code: '3393' }, firms: 1, contracts: 1, amountCny: '250000.25' },
      { category: { code: '1512' }, firms: 2, contracts: 0, amountCny: '0.00' },
    ]);
    expect(report.chainGaps).toEqual([
      { category: { code: '3393' }, demands: 1, firms: 1, examples: ['求购 钛合金航空锻件'] },
    ]);
    expect((await b1.client.fails(REPORT, { e: eventId })).extensions?.code).toBe('FORBIDDEN');

    const res = await fetch(`${api.baseUrl}/events/${eventId}/report.xlsx`, {
      headers: { authorization: `Bearer ${org.token}` },
    });
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as any);
    const rows = (name: string) =>
      book
        .getWorksheet(name)!
        .getSheetValues()
        .filter(Boolean)
        .map((r: any) => r.slice(1));
    const funnel = rows('漏斗');
    expect(funnel).toContainEqual(['签约', 2, '1250000.75']);
    expect(funnel).toContainEqual(['已举行', 2]);
    expect(funnel).toContainEqual(['本地配套率', '80.00%']);
    expect(rows('分产业')).toContainEqual(['配套产业', 1, 1, '1000000.50']);
    expect(rows('分产业链环节')).toContainEqual(['3393', '锻件及粉末冶金制品制造', 1, 1, '250000.25']);
    expect(rows('缺链')).toContainEqual(['3393', '锻件及粉末冶金制品制造', 1, 1, '求购 钛合金航空锻件']);
  });

  it('records a deal once however often it is sent, and confirms only the terms the firm saw', async () => {
    // An outside tester's finds: 30 identical recordDeal at once made 30 deals (and 30 notices to
    // the other firm); a confirmation sent while the recorder raised the amount confirmed the new amount.
    const input = {
      eventId,
      supplierEnterpriseId: s2.enterpriseId,
      buyerEnterpriseId: b2.enterpriseId,
      stage: 'INTENT' as const,
      amountCny: '100.00',
    };
    const RECORD = graphql(
      `mutation OutcomesRecordOnce($i: RecordDealInput!) { recordDeal(input: $i) { id updatedAt } }`,
    );
    const tries = await Promise.all(Array.from({ length: 12 }, () => b2.client.request(RECORD, { i: input })));
    const made = tries.filter((t) => !t.errors);
    expect(made).toHaveLength(1);
    expect(tries.filter((t) => t.errors).map((t) => t.errors![0].extensions?.code)).toEqual(Array(11).fill('CONFLICT'));
    const deal = made[0].data!.recordDeal;

    const raised = (
      await b2.client.ok(
        graphql(
          `mutation OutcomesRaise($id: ID!) { advanceDeal(id: $id, stage: SIGNED, amountCny: "88888888") { updatedAt } }`,
        ),
        { id: deal.id },
      )
    ).advanceDeal;
    const CONFIRM_SEEN = graphql(
      `mutation OutcomesConfirmSeen($id: ID!, $at: DateTime) { confirmDeal(id: $id, expectedUpdatedAt: $at) { confirmed agreedAmountCny } }`,
    );
    const stale = await s2.client.fails(CONFIRM_SEEN, { id: deal.id, at: deal.updatedAt });
    expect(stale.extensions).toMatchObject({ code: 'CONFLICT', fields: ['expectedUpdatedAt'] });
    expect((await s2.client.ok(CONFIRM_SEEN, { id: deal.id, at: raised.updatedAt })).confirmDeal).toEqual({
      confirmed: true,
      agreedAmountCny: '88888888.00',
    });
    // Once answered, the same terms may be recorded again (a second order).
    expect((await b2.client.request(RECORD, { i: input })).errors).toBeUndefined();

    // Each record asks the other firm to confirm: ten unanswered asks of one firm at a time.
    const more = async (yuan: number) => b2.client.request(RECORD, { i: { ...input, amountCny: `${yuan}.00` } });
    for (let yuan = 201; yuan <= 209; yuan++) expect((await more(yuan)).errors).toBeUndefined();
    const eleventh = await more(210);
    expect(eleventh.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', reason: 'UNANSWERED_DEALS' });
    const DECLINE = graphql(`mutation OutcomesDeclineOne($id: ID!) { declineDeal(id: $id) { id } }`);
    const waiting = (await more(209)).errors![0].extensions!.dealId as string; // the duplicate names it
    await s2.client.ok(DECLINE, { id: waiting });
    expect((await more(210)).errors).toBeUndefined();
  });

  it('counts in an ended event’s funnel only the suggestions made before it ended', async () => {
    // An outside tester's find: listings posted after an event still raised its suggestions figure.
    const db = stack().api.get<DataSource>(getDataSourceToken());
    await db.query(
      `UPDATE docking_event SET starts_at = now() - interval '1 day', ends_at = now(), registration_closes_at = NULL
        WHERE id = $1`,
      [eventId],
    );
    const before = (await org.ok(REPORT, { e: eventId })).eventReport.funnel.suggestions;
    const late = await createListing(s1.client, {
      kind: 'SUPPLY',
      title: '供应 500ml 高白料白酒玻璃瓶',
      categoryCode: '3055',
      quantity: 10_000_000,
      unit: '只',
      priceMin: 0.8,
      priceMax: 1.2,
      certifications: [],
    });
    await matched(api, [late.id]);
    expect((await suggestions(s1.client, late.id)).length).toBeGreaterThan(0);
    expect((await org.ok(REPORT, { e: eventId })).eventReport.funnel.suggestions).toBe(before);
  });
});
