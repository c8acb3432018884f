import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { graphql } from './generated';
import { approvedFirms, createEvent, organiser } from './support/events';
import type { GraphQLClient } from './support/graphql';
import { useStack } from './support/stack';

const DEAL = graphql(
  `mutation DealReviewRecordDeal($input: RecordDealInput!) { recordDeal(input: $input) { id reportStatus } }`,
);
const CONFIRM = graphql(
  `mutation DealReviewConfirmDeal($id: ID!) { confirmDeal(id: $id) { id confirmed reportStatus } }`,
);
const ADVANCE = graphql(
  `mutation DealReviewAdvance($id: ID!, $s: DealStage!, $a: Decimal) { advanceDeal(id: $id, stage: $s, amountCny: $a) { id } }`,
);
const REVIEW = graphql(
  `mutation DealReviewReview($id: ID!, $r: DealReview!, $note: String) { reviewDealForReport(id: $id, review: $r, note: $note) { id reportStatus reportReviewNote } }`,
);
const FUNNEL = graphql(
  `query DealReviewFunnel($e: ID!) { eventReport(eventId: $e) { funnel { intents signed signedAmountCny dealsAwaitingReview } bySector { contracts amountCny } } }`,
);
const SALES = graphql(`query DealReviewMySales { myConfirmedSales { dealId amountCny } }`);
const DEALS = graphql(
  `query DealReviewDeals($e: ID!) { dockingEvent(id: $e) { deals { id reportStatus reportReviewNote } } }`,
);

/**
 * An outside tester's find: two approved registrants that never met recorded and both confirmed a
 * deal of any amount, and the event report counted it. A deal now counts on more than the two
 * firms' word — they met at the event, or the organiser recorded it or counted it on review — and
 * the organiser may leave any deal out, saying why.
 */
describe('deals the event report counts (e2e)', () => {
  const { api, stack } = useStack({ worker: false, isolated: true });
  let org: GraphQLClient;
  let eventId: string;
  let a: Awaited<ReturnType<typeof approvedFirms>>[number];
  let b: typeof a;
  let c: typeof a;
  const funnel = async () => (await org.ok(FUNNEL, { e: eventId })).eventReport.funnel;
  const signed = async (from: typeof a, to: typeof a, amountCny: string, by: GraphQLClient = from.client) => {
    const input = {
      eventId,
      supplierEnterpriseId: from.enterpriseId,
      buyerEnterpriseId: to.enterpriseId,
      stage: 'SIGNED' as const,
      amountCny,
    };
    const deal = (await by.ok(DEAL, { input })).recordDeal;
    for (const firm of by === org ? [from, to] : [to]) await firm.client.ok(CONFIRM, { id: deal.id });
    return deal.id;
  };

  beforeAll(async () => {
    org = await organiser(api);
    eventId = await createEvent(org);
    [a, b, c] = await approvedFirms(api, org, eventId, 3);
  });

  it('two firms that never met: their confirmed deal awaits the organiser, and counts once counted', async () => {
    const id = await signed(a, b, '999999999999.00');
    expect((await a.client.ok(DEALS, { e: eventId })).dockingEvent!.deals).toEqual([
      { id, reportStatus: 'AWAITING_REVIEW', reportReviewNote: null },
    ]);
    expect(await funnel()).toEqual({ intents: 0, signed: 0, signedAmountCny: '0.00', dealsAwaitingReview: 1 });

    // Only the event's organiser reviews: a party is refused, another organiser does not see the deal.
    expect((await a.client.fails(REVIEW, { id, r: 'COUNTED' })).extensions?.code).toBe('FORBIDDEN');
    const stranger = await organiser(api);
    expect((await stranger.fails(REVIEW, { id, r: 'COUNTED' })).extensions?.code).toBe('NOT_FOUND');

    const counted = (await org.ok(REVIEW, { id, r: 'COUNTED', note: '合同原件已核验' })).reviewDealForReport;
    expect(counted).toEqual({ id, reportStatus: 'COUNTED', reportReviewNote: '合同原件已核验' });
    expect(await funnel()).toEqual({
      intents: 1,
      signed: 1,
      signedAmountCny: '999999999999.00',
      dealsAwaitingReview: 0,
    });
    // The organiser's note is the organiser's: the firms see the status, not the note.
    expect((await a.client.ok(DEALS, { e: eventId })).dockingEvent!.deals[0]).toEqual({
      id,
      reportStatus: 'COUNTED',
      reportReviewNote: null,
    });
  });

  it('firms that met at the event count at once; the organiser may still leave a deal out, with a reason', async () => {
    const db = stack().api.get<DataSource>(getDataSourceToken());
    // A meeting still to come is no meeting held: a deal recorded before it awaits review ...
    const meet = (from: string) =>
      db.query(
        `INSERT INTO meeting (event_id, party_a, party_b, starts_at, ends_at, table_label, published)
         VALUES ($1, $2, $3, ${from}, ${from} + interval '20 minutes', 'T1', true)`,
        [eventId, c.enterpriseId, a.enterpriseId],
      );
    await meet(`'2030-09-15T09:00:00+08:00'::timestamptz`);
    const early = await signed(a, c, '70000.00');
    expect((await org.ok(DEALS, { e: eventId })).dockingEvent!.deals.find((d) => d.id === early)?.reportStatus).toBe(
      'AWAITING_REVIEW',
    );
    await org.ok(REVIEW, { id: early, r: 'EXCLUDED', note: '洽谈前登记' });
    await db.query(`DELETE FROM deal WHERE id = $1`, [early]); // (only so that the pair's next deal is its first)
    // ... one after a meeting they had counts at once, either way round only once.
    await meet(`now() - interval '1 day'`);
    const id = await signed(a, c, '300000.00');
    expect((await org.ok(DEALS, { e: eventId })).dockingEvent!.deals.find((d) => d.id === id)?.reportStatus).toBe(
      'COUNTED',
    );
    expect((await funnel()).signed).toBe(2);

    const noReason = await org.fails(REVIEW, { id, r: 'EXCLUDED' });
    expect(noReason.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['note'] });
    expect(noReason.message).toMatch(/原因/);
    const tooLong = await org.fails(REVIEW, { id, r: 'EXCLUDED', note: '长'.repeat(201) });
    expect(tooLong.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['note'] });
    const sales = async () => (await a.client.ok(SALES)).myConfirmedSales.map((x) => x.dealId);
    expect(await sales()).toContain(id);
    const out = (await org.ok(REVIEW, { id, r: 'EXCLUDED', note: '重复登记' })).reviewDealForReport;
    expect(out).toEqual({ id, reportStatus: 'EXCLUDED', reportReviewNote: '重复登记' });
    expect(await funnel()).toMatchObject({ signed: 1, signedAmountCny: '999999999999.00', dealsAwaitingReview: 0 });
    // A deal the organiser left out is no confirmed sale to show a bank (订单融资), nor a fact for a policy's rules.
    expect(await sales()).not.toContain(id);

    // Recorded again on the same meeting, the deal is the organiser's to count: a second deal of a pair
    // (or one after the organiser left the first out) does not count on the two firms' word.
    const again = await signed(c, a, '300000.00'); // the pair's second deal, the other way round
    const status = async (dealId: string) =>
      (await org.ok(DEALS, { e: eventId })).dockingEvent!.deals.find((d) => d.id === dealId)?.reportStatus;
    expect(await status(again)).toBe('AWAITING_REVIEW');
    expect(await funnel()).toMatchObject({ signed: 1, dealsAwaitingReview: 1 });
    await org.ok(REVIEW, { id: again, r: 'EXCLUDED', note: '同一洽谈重复登记' });
    expect(await funnel()).toMatchObject({ signed: 1, dealsAwaitingReview: 0 });
  });

  it('a deal the organiser recorded on site counts without a meeting', async () => {
    const id = await signed(b, c, '1000.50', org);
    expect((await org.ok(DEALS, { e: eventId })).dockingEvent!.deals.find((d) => d.id === id)?.reportStatus).toBe(
      'COUNTED',
    );
    const report = (await org.ok(FUNNEL, { e: eventId })).eventReport;
    expect(report.funnel).toMatchObject({ signed: 2, signedAmountCny: '1000000000999.50', dealsAwaitingReview: 0 });
    expect(report.bySector.reduce((n, s) => n + s.contracts, 0)).toBe(2);

    // The firms change its terms afterwards (another outside tester raised a deal counted at ¥7 to
    // ¥50,000,000): what the organiser vouched for no longer holds, and the deal awaits review again.
    await b.client.ok(ADVANCE, { id, s: 'FULFILLED', a: '50000000.00' });
    await c.client.ok(CONFIRM, { id });
    expect((await org.ok(DEALS, { e: eventId })).dockingEvent!.deals.find((d) => d.id === id)?.reportStatus).toBe(
      'AWAITING_REVIEW',
    );
    expect(await funnel()).toMatchObject({ signed: 1, signedAmountCny: '999999999999.00', dealsAwaitingReview: 1 });
  });

  it('after both firms cancel their counted deal, the pair’s next deal awaits the organiser', async () => {
    // An outside tester's find: a pair's counted ¥7 deal, cancelled by both, let their next deal of any amount count.
    const db = stack().api.get<DataSource>(getDataSourceToken());
    const [d, e] = await approvedFirms(api, org, eventId, 2);
    await db.query(
      `INSERT INTO meeting (event_id, party_a, party_b, starts_at, ends_at, table_label, published)
       VALUES ($1, $2, $3, now() - interval '1 day', now() - interval '1 day' + interval '20 minutes', 'T3', true)`,
      [eventId, d.enterpriseId, e.enterpriseId],
    );
    const small = await signed(d, e, '7.00');
    const status = async (dealId: string) =>
      (await org.ok(DEALS, { e: eventId })).dockingEvent!.deals.find((x) => x.id === dealId)?.reportStatus;
    expect(await status(small)).toBe('COUNTED');
    await d.client.ok(ADVANCE, { id: small, s: 'CANCELLED' });
    await e.client.ok(CONFIRM, { id: small });
    const before = await funnel();
    const big = await signed(d, e, '50000000.00');
    expect(await status(big)).toBe('AWAITING_REVIEW');
    expect(await funnel()).toMatchObject({
      signed: before.signed,
      signedAmountCny: before.signedAmountCny,
      dealsAwaitingReview: before.dealsAwaitingReview + 1,
    });
  });

  it('a deal recorded long after the firms met at the event awaits the organiser', async () => {
    const db = stack().api.get<DataSource>(getDataSourceToken());
    await db.query(
      `UPDATE docking_event SET starts_at = '2020-08-20T08:00:00+08:00', ends_at = '2020-08-20T18:00:00+08:00',
              registration_closes_at = NULL WHERE id = $1`,
      [eventId],
    );
    await db.query(
      `INSERT INTO meeting (event_id, party_a, party_b, starts_at, ends_at, table_label, published)
       VALUES ($1, $2, $3, '2020-08-20T10:00:00+08:00', '2020-08-20T10:20:00+08:00', 'T2', true)`,
      [eventId, a.enterpriseId, b.enterpriseId],
    );
    const before = await funnel();
    const id = await signed(b, a, '5000000.00');
    expect((await org.ok(DEALS, { e: eventId })).dockingEvent!.deals.find((d) => d.id === id)?.reportStatus).toBe(
      'AWAITING_REVIEW',
    );
    expect(await funnel()).toMatchObject({
      signed: before.signed,
      dealsAwaitingReview: before.dealsAwaitingReview + 1,
    });
  });
});
