import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { graphql } from '../generated';
import { approvedFirms, createEvent, organiser } from '../support/events';
import type { GraphQLClient } from '../support/graphql';
import { useStack } from '../support/stack';

const DEAL = graphql(
  `mutation AsAtEventRecordDeal($input: RecordDealInput!) { recordDeal(input: $input) { id reportStatus } }`,
);
const CONFIRM = graphql(`mutation AsAtEventConfirmDeal($id: ID!) { confirmDeal(id: $id) { id } }`);
const MOVE = graphql(
  `mutation AsAtEventMoveFirm($id: ID!, $input: UpdateEnterpriseInput!) { updateEnterprise(id: $id, input: $input) { id sector } }`,
);
const REPORT = graphql(
  `query AsAtEventReport($e: ID!) { eventReport(eventId: $e) { localSupplyShare bySector { sector firms contracts amountCny } } }`,
);

/**
 * An outside tester's find: a firm's edits of its own sector and region moved an ended event's
 * per-sector figures and its local supply share. The report reads the firms as they were at the
 * event; while the event is still to come, it follows their edits.
 */
describe('an event report reads firms as they were at the event (reliability)', () => {
  const { api, stack } = useStack({ worker: false, isolated: true });
  let org: GraphQLClient;

  const setUp = async () => {
    const eventId = await createEvent(org);
    const [supplier, buyer] = await approvedFirms(api, org, eventId, 2);
    await supplier.client.ok(MOVE, {
      id: supplier.enterpriseId,
      input: { sector: 'LIQUOR_TOBACCO', regionCode: '520382' },
    });
    await buyer.client.ok(MOVE, { id: buyer.enterpriseId, input: { sector: 'LIQUOR_TOBACCO', regionCode: '520102' } });
    const input = {
      eventId,
      supplierEnterpriseId: supplier.enterpriseId,
      buyerEnterpriseId: buyer.enterpriseId,
      stage: 'SIGNED' as const,
      amountCny: '800000.00',
    };
    const deal = (await org.ok(DEAL, { input })).recordDeal;
    expect(deal.reportStatus).toBe('COUNTED');
    for (const firm of [supplier, buyer]) await firm.client.ok(CONFIRM, { id: deal.id });
    return { eventId, supplier, buyer };
  };
  const report = async (eventId: string) => {
    const r = (await org.ok(REPORT, { e: eventId })).eventReport;
    return { local: r.localSupplyShare, bySector: [...r.bySector].sort((x, y) => x.sector.localeCompare(y.sector)) };
  };

  beforeAll(async () => {
    org = await organiser(api);
  });

  it('an ended event keeps its figures when its firms move to another sector and region', async () => {
    const { eventId, supplier, buyer } = await setUp();
    const db = stack().api.get<DataSource>(getDataSourceToken());
    await db.query(
      `UPDATE docking_event SET starts_at = '2020-08-20T08:00:00+08:00', ends_at = '2020-08-20T18:00:00+08:00',
              registration_closes_at = NULL WHERE id = $1`,
      [eventId],
    );
    const before = await report(eventId);
    expect(before).toEqual({
      local: 1,
      bySector: [{ sector: 'LIQUOR_TOBACCO', firms: 2, contracts: 1, amountCny: '800000.00' }],
    });

    await supplier.client.ok(MOVE, {
      id: supplier.enterpriseId,
      input: { sector: 'BASIC_ENERGY', regionCode: '330106' },
    });
    await buyer.client.ok(MOVE, { id: buyer.enterpriseId, input: { sector: 'BASIC_MATERIALS' } });
    expect(await report(eventId)).toEqual(before);
  });

  it('an event still to come follows its firms’ edits', async () => {
    const { eventId, supplier } = await setUp();
    await supplier.client.ok(MOVE, {
      id: supplier.enterpriseId,
      input: { sector: 'BASIC_ENERGY', regionCode: '330106' },
    });
    expect(await report(eventId)).toEqual({
      local: 0,
      bySector: [
        { sector: 'BASIC_ENERGY', firms: 1, contracts: 1, amountCny: '800000.00' },
        { sector: 'LIQUOR_TOBACCO', firms: 1, contracts: 0, amountCny: '0.00' },
      ],
    });
  });
});
