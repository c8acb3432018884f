import ExcelJS from 'exceljs';

import { graphql } from '../generated';
import { type AccessWorld, accessWorld } from '../support/access-fixture';
import { useStack } from '../support/stack';

const MAX = '99999999999999.99';
const DEAL = graphql(
  `mutation AccessAttacksRecordDeal($i: RecordDealInput!) { recordDeal(input: $i) { id stage confirmed agreedStage } }`,
);
const FUNNEL = graphql(
  `query AccessAttacksEventReport($e: ID!) { eventReport(eventId: $e) { funnel { intents signed signedAmountCny } } }`,
);

/**
 * Scenario 12: the attacks an outside review found, each sent as the attacker would send it,
 * against the populated world of test/support/access-fixture.ts.
 */
describe('access attacks', () => {
  const { api, stack } = useStack({ isolated: true });
  let w: AccessWorld;

  beforeAll(async () => {
    w = await accessWorld(api, stack);
  }, 180_000);

  describe('confidential demands reach no organiser without business with them', () => {
    it('partnerSuggestions(…).bestMatch.demand, asked by the organiser of another event', async () => {
      const res = await w.orgX.request(
        graphql(
          `query AccessAttacksPartnerSuggestions($id: ID!) { partnerSuggestions(enterpriseId: $id) { enterprise { id } bestMatch { demand { id title description } } } }`,
        ),
        { id: w.firms.S.enterpriseId },
      );
      const text = JSON.stringify(res);
      for (const secret of [w.listings.d1, ...w.markers.d1]) expect(text).not.toContain(secret);
    });

    it('Registration.listings, asked by the organiser of another event', async () => {
      const res = await w.orgX.request(
        graphql(
          `query AccessAttacksDockingEvent($id: ID!) { dockingEvent(id: $id) { registrations { enterprise { id } listings { id title description } } } }`,
        ),
        { id: w.events.e1 },
      );
      const text = JSON.stringify(res);
      for (const secret of [w.listings.d1, ...w.markers.d1]) expect(text).not.toContain(secret);
      // The event's own organiser sees what its firms brought to it.
      const own = JSON.stringify(
        await w.orgA.ok(
          graphql(
            `query AccessAttacksDockingEvent2($id: ID!) { dockingEvent(id: $id) { registrations { listings { id } } } }`,
          ),
          {
            id: w.events.e1,
          },
        ),
      );
      expect(own).toContain(w.listings.d1);
    });

    it('eventReport.chainGaps.examples and report.xlsx: demands a firm brought to another event', async () => {
      const report = JSON.stringify(
        await w.orgA.request(
          graphql(
            `query AccessAttacksEventReport2($e: ID!) { eventReport(eventId: $e) { chainGaps { category { code } demands firms examples } } }`,
          ),
          {
            e: w.events.e1,
          },
        ),
      );
      for (const secret of w.markers.d4) expect(report).not.toContain(secret);
      const res = await fetch(`${api.baseUrl}/events/${w.events.e1}/report.xlsx`, {
        headers: { authorization: `Bearer ${w.orgA.token}` },
      });
      expect(res.status).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as any);
      const cells: string[] = [];
      book.eachSheet((s) => s.eachRow((r) => r.eachCell((c) => cells.push(String(c.text)))));
      for (const secret of w.markers.d4) expect(cells.join('\n')).not.toContain(secret);
      // The organiser of the event the demand was brought to does see it as a gap.
      const theirs = JSON.stringify(
        await w.orgX.ok(
          graphql(`query AccessAttacksEventReport3($e: ID!) { eventReport(eventId: $e) { chainGaps { examples } } }`),
          { e: w.events.e2 },
        ),
      );
      expect(theirs).toContain(w.markers.d4[0]);
    });

    it('MeetingRequest.matchSuggestion.demand: a demand the firm did not bring to the event', async () => {
      const res = await w.orgA.request(
        graphql(
          `query AccessAttacksDockingEvent3($id: ID!) { dockingEvent(id: $id) { meetingRequests { id matchSuggestion { id demand { id title description } } } } }`,
        ),
        { id: w.events.e1 },
      );
      expect(res.errors ?? []).toEqual([]);
      const text = JSON.stringify(res);
      for (const secret of [w.listings.d3, ...w.markers.d3]) expect(text).not.toContain(secret);
      // The demand it did bring stays visible through the same path.
      expect(text).toContain(w.listings.d1);
    });

    it('listing(id) and the listings list, asked by the organiser of another event', async () => {
      expect(
        (
          await w.orgX.ok(graphql(`query AccessAttacksListing($id: ID!) { listing(id: $id) { id } }`), {
            id: w.listings.d1,
          })
        ).listing,
      ).toBeNull();
      const list = JSON.stringify(
        await w.orgX.ok(
          graphql(
            `query AccessAttacksListings { listings(first: 100, filter: { kind: DEMAND }) { totalCount edges { node { id } } } }`,
          ),
        ),
      );
      expect(list).not.toContain(w.listings.d1);
      // …while the organiser of the event it was brought to may open it.
      expect(
        (
          await w.orgA.ok(graphql(`query AccessAttacksListing($id: ID!) { listing(id: $id) { id } }`), {
            id: w.listings.d1,
          })
        ).listing,
      ).toEqual({
        id: w.listings.d1,
      });
    });
  });

  it('a firm at the same event sees no contact details of firms it has no business with', async () => {
    const res = await w.firms.M.client.request(
      graphql(
        `query AccessAttacksDockingEvent4($id: ID!) { dockingEvent(id: $id) { registrations { enterprise { id contactName contactPhone } } } }`,
      ),
      { id: w.events.e1 },
    );
    const text = JSON.stringify(res);
    for (const secret of [...w.markers.contacts.S, ...w.markers.contacts.B, ...w.markers.contacts.C])
      expect(text).not.toContain(secret);
    // A firm S accepted a meeting with sees S's.
    const b = JSON.stringify(
      await w.firms.B.client.ok(
        graphql(`query AccessAttacksEnterprise($id: ID!) { enterprise(id: $id) { contactName contactPhone } }`),
        {
          id: w.firms.S.enterpriseId,
        },
      ),
    );
    for (const secret of w.markers.contacts.S) expect(b).toContain(secret);
  });

  describe('deals need both sides', () => {
    it('a firm cannot book a deal into an event where it or its counterpart is not an approved registrant', async () => {
      // M is approved at E1 only; C is approved at E1 and E2.
      const err = await w.firms.M.client.fails(DEAL, {
        i: {
          eventId: w.events.e2,
          supplierEnterpriseId: w.firms.M.enterpriseId,
          buyerEnterpriseId: w.firms.C.enterpriseId,
          stage: 'SIGNED',
          amountCny: MAX,
        },
      });
      expect(['FORBIDDEN', 'BAD_USER_INPUT']).toContain(err.extensions?.code);
      const outsider = await w.firms.B.client.fails(DEAL, {
        i: {
          eventId: w.events.e2,
          supplierEnterpriseId: w.firms.C.enterpriseId,
          buyerEnterpriseId: w.firms.B.enterpriseId,
          stage: 'INTENT',
        },
      });
      expect(outsider.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['buyerEnterpriseId'] });
    });

    it('a deal recorded by one firm counts in the report only once the counterpart confirms it', async () => {
      const before = (await w.orgA.ok(FUNNEL, { e: w.events.e1 })).eventReport.funnel;
      // M names B as buyer of a maximal contract: recorded, but awaiting B.
      const booked = (
        await w.firms.M.client.ok(DEAL, {
          i: {
            eventId: w.events.e1,
            supplierEnterpriseId: w.firms.M.enterpriseId,
            buyerEnterpriseId: w.firms.B.enterpriseId,
            stage: 'SIGNED',
            amountCny: MAX,
          },
        })
      ).recordDeal;
      expect(booked).toMatchObject({ stage: 'SIGNED', confirmed: false, agreedStage: null });
      expect((await w.orgA.ok(FUNNEL, { e: w.events.e1 })).eventReport.funnel).toEqual(before);
      // B is told and finds it among the deals awaiting its confirmation; it declines.
      const waiting = await w.firms.B.client.ok(
        graphql(
          `query AccessAttacksDealsAwaitingMyConfirmation { dealsAwaitingMyConfirmation { totalCount edges { node { id } } } }`,
        ),
      );
      expect(waiting.dealsAwaitingMyConfirmation.edges.map((e) => e.node.id)).toContain(booked.id);
      const notices = await w.firms.B.client.ok(
        graphql(`query AccessAttacksNotifications { notifications(first: 50) { edges { node { kind data } } } }`),
      );
      expect(
        notices.notifications.edges.some(
          (e) => e.node.kind === 'DEAL_CONFIRMATION_REQUESTED' && e.node.data!.includes(booked.id),
        ),
      ).toBe(true);
      const declined = (
        await w.firms.B.client.ok(
          graphql(`mutation AccessAttacksDeclineDeal($id: ID!) { declineDeal(id: $id) { stage confirmed } }`),
          { id: booked.id },
        )
      ).declineDeal;
      expect(declined).toEqual({ stage: 'CANCELLED', confirmed: true });
      expect((await w.orgA.ok(FUNNEL, { e: w.events.e1 })).eventReport.funnel).toEqual(before);
      // The fixture's signed deal (recorded by B) counts once S confirms it.
      await w.firms.S.client.ok(
        graphql(`mutation AccessAttacksConfirmDeal($id: ID!) { confirmDeal(id: $id) { id } }`),
        { id: w.deal },
      );
      const after = (await w.orgA.ok(FUNNEL, { e: w.events.e1 })).eventReport.funnel;
      expect(after.signed).toBe(before.signed + 1);
    });

    it('a report of a hundred maximal contracts adds up exactly, without overflow', async () => {
      // Sent ten at a time, as an attacker would, rather than 303 requests one after another.
      const inTens = async <T>(n: number, send: (i: number) => Promise<T>): Promise<T[]> => {
        const out: T[] = [];
        for (let i = 0; i < n; i += 10)
          out.push(...(await Promise.all(Array.from({ length: Math.min(10, n - i) }, (_, k) => send(i + k)))));
        return out;
      };
      // Each a cent apart: the same terms twice, still awaiting an answer, would be one deal.
      const cents = (s: string) => BigInt(s.replace('.', ''));
      const amount = (i: number) => {
        const c = (cents(MAX) - BigInt(i)).toString();
        return `${c.slice(0, -2)}.${c.slice(-2)}`;
      };
      const ids = await inTens(101, async (i) => {
        const recorded = await w.orgA.ok(DEAL, {
          i: {
            eventId: w.events.e1,
            supplierEnterpriseId: w.firms.S.enterpriseId,
            buyerEnterpriseId: w.firms.C.enterpriseId,
            stage: 'SIGNED',
            amountCny: amount(i),
          },
        });
        return recorded.recordDeal.id;
      });
      for (const firm of [w.firms.S, w.firms.C])
        await inTens(ids.length, (i) =>
          firm.client.ok(graphql(`mutation AccessAttacksConfirmDeal($id: ID!) { confirmDeal(id: $id) { id } }`), {
            id: ids[i],
          }),
        );
      const res = await w.orgA.request(FUNNEL, { e: w.events.e1 });
      expect(res.errors ?? []).toEqual([]);
      const signed = res.data!.eventReport.funnel.signedAmountCny;
      expect(cents(signed) - cents('987654.32')).toBe(101n * cents(MAX) - 5050n); // less 0 + 1 + … + 100 cents
      const xlsx = await fetch(`${api.baseUrl}/events/${w.events.e1}/report.xlsx`, {
        headers: { authorization: `Bearer ${w.orgA.token}` },
      });
      expect(xlsx.status).toBe(200);
    }, 300_000);

    it('one party alone cannot cancel a signed deal; the counterpart or the organiser can', async () => {
      const ADVANCE = graphql(
        `mutation AccessAttacksAdvanceDeal($id: ID!) { advanceDeal(id: $id, stage: CANCELLED) { stage agreedStage confirmed } }`,
      );
      const signed = (
        await w.firms.S.client.ok(DEAL, {
          i: {
            eventId: w.events.e1,
            supplierEnterpriseId: w.firms.S.enterpriseId,
            buyerEnterpriseId: w.firms.B.enterpriseId,
            stage: 'SIGNED',
            amountCny: '1000.00',
          },
        })
      ).recordDeal;
      await w.firms.B.client.ok(
        graphql(`mutation AccessAttacksConfirmDeal($id: ID!) { confirmDeal(id: $id) { id } }`),
        { id: signed.id },
      );
      const asked = (await w.firms.S.client.ok(ADVANCE, { id: signed.id })).advanceDeal;
      expect(asked).toEqual({ stage: 'CANCELLED', agreedStage: 'SIGNED', confirmed: false });
      // S cannot confirm its own cancellation.
      expect(
        (
          await w.firms.S.client.fails(
            graphql(`mutation AccessAttacksConfirmDeal($id: ID!) { confirmDeal(id: $id) { id } }`),
            { id: signed.id },
          )
        ).extensions?.code,
      ).toBe('BAD_USER_INPUT');
      const done = (
        await w.firms.B.client.ok(
          graphql(
            `mutation AccessAttacksConfirmDeal2($id: ID!) { confirmDeal(id: $id) { stage agreedStage confirmed } }`,
          ),
          {
            id: signed.id,
          },
        )
      ).confirmDeal;
      expect(done).toEqual({ stage: 'CANCELLED', agreedStage: 'CANCELLED', confirmed: true });

      const second = (
        await w.firms.S.client.ok(DEAL, {
          i: {
            eventId: w.events.e1,
            supplierEnterpriseId: w.firms.S.enterpriseId,
            buyerEnterpriseId: w.firms.B.enterpriseId,
            stage: 'SIGNED',
            amountCny: '2000.00',
          },
        })
      ).recordDeal;
      await w.firms.B.client.ok(
        graphql(`mutation AccessAttacksConfirmDeal($id: ID!) { confirmDeal(id: $id) { id } }`),
        { id: second.id },
      );
      expect((await w.orgA.ok(ADVANCE, { id: second.id })).advanceDeal).toEqual({
        stage: 'CANCELLED',
        agreedStage: 'CANCELLED',
        confirmed: true,
      });
    });
  });

  it('re-rating a meeting without a comment keeps the earlier comment', async () => {
    const RATE = graphql(
      `mutation AccessAttacksRateMeeting($m: ID!, $r: MeetingRating!, $c: String) { rateMeeting(meetingId: $m, rating: $r, comment: $c) { id } }`,
    );
    await w.firms.B.client.ok(RATE, { m: w.meetings.bs, r: 'INFORMATIVE' });
    const seen = await w.orgA.ok(
      graphql(
        `query AccessAttacksDockingEvent5($id: ID!) { dockingEvent(id: $id) { meetings { id ratings { rating comment enterprise { id } } } } }`,
      ),
      {
        id: w.events.e1,
      },
    );
    const mine = seen
      .dockingEvent!.meetings.find((m) => m.id === w.meetings.bs)!
      .ratings.find((r) => r.enterprise.id === w.firms.B.enterpriseId);
    expect(mine).toMatchObject({ rating: 'INFORMATIVE', comment: w.markers.comments[0] });
  });
});
