import { createEvent, organiser } from './support/events';
import { createListing, creditCode, enterpriseMember, signUp } from './support/factories';
import type { GraphQLClient } from './support/graphql';
import { templateCsv, uploadListingFile } from './support/listing-files';
import { matched } from './support/matching';
import { useStack } from './support/stack';

const REGISTER = `mutation($e: ID!, $l: [ID!]) { registerForEvent(eventId: $e, listingIds: $l) { id status } }`;
const REVIEW_LIST = `query($id: ID!, $status: RegistrationStatus, $sector: Sector) {
  dockingEvent(id: $id) { registrations(status: $status, sector: $sector, first: 500) {
    id status reviewNote enterprise { name sector verificationStatus } listings { id title suggestionCount } } } }`;

describe('the organiser console’s API (e2e)', () => {
  const { api } = useStack();
  let org: GraphQLClient;
  let eventId: string;

  beforeAll(async () => {
    org = await organiser(api);
    eventId = await createEvent(org);
  });

  it('counts each registered listing’s suggestions in one go, for the organiser and the firm only', async () => {
    const supplier = await enterpriseMember(api, { sector: 'SUPPORTING', categoryCodes: ['3055'] });
    const buyer = await enterpriseMember(api, { sector: 'LIQUOR_TOBACCO' });
    const supply = await createListing(supplier.client);
    const demand = await createListing(buyer.client, {
      kind: 'DEMAND',
      title: '求购 500ml 酱香型白酒玻璃瓶',
      description: '晶白料玻璃瓶，年需求 300 万只',
    });
    await matched(api, [supply.id, demand.id]);
    await supplier.client.ok(REGISTER, { e: eventId, l: [supply.id] });
    await buyer.client.ok(REGISTER, { e: eventId, l: [demand.id] });

    const listed = (await org.ok(REVIEW_LIST, { id: eventId, status: 'PENDING' })).dockingEvent.registrations;
    const bySupplier = listed.find((r: any) => r.listings[0]?.id === supply.id);
    expect(bySupplier.enterprise).toMatchObject({ sector: 'SUPPORTING', verificationStatus: 'UNVERIFIED' });
    expect(bySupplier.listings[0].suggestionCount).toBeGreaterThanOrEqual(1);

    // Another firm reads the listing but not its count (as it may not read its suggestions).
    const stranger = await signUp(api);
    const seen = await stranger.client.ok(`query($id: ID!) { listing(id: $id) { suggestionCount } }`, {
      id: supply.id,
    });
    expect(seen.listing.suggestionCount).toBeNull();
    const own = await supplier.client.ok(`query($id: ID!) { listing(id: $id) { suggestionCount } }`, {
      id: supply.id,
    });
    expect(own.listing.suggestionCount).toBe(bySupplier.listings[0].suggestionCount);
  }, 60_000);

  it('previews an import with an inferred category and commits the organiser’s correction', async () => {
    const code = creditCode('520382');
    const csv = templateCsv([
      [
        '仁怀市酒都礼盒印务有限公司',
        code,
        '520382',
        '供应',
        '白酒礼盒 手提袋 印刷',
        '',
        '',
        20000,
        '套',
        '',
        '',
        '',
        '',
      ],
    ]);
    const dry = await uploadListingFile(org, eventId, csv, '供需清单.csv', '?dryRun=true');
    expect(dry.status).toBe(200);
    expect(dry.body.filename).toBe('供需清单.csv');
    const row = dry.body.rows[0];
    expect(row).toMatchObject({ outcome: 'ACCEPT', errors: [] });
    // 礼盒 reads as printing (2319); the organiser knows this firm makes paperboard boxes (2231).
    expect(row.inferredCategory.code).not.toBe('2231');
    expect(row.inferredCategory).toMatchObject({ code: expect.any(String), confidence: expect.any(Number) });

    const PREVIEW = `query($id: ID!, $c: [ImportCorrectionInput!]) { previewListingImport(id: $id, corrections: $c) {
      accepted rows { row categoryCode inferredCategory { code } } } }`;
    const corrected = (await org.ok(PREVIEW, { id: dry.body.id, c: [{ row: row.row, categoryCode: '2231' }] }))
      .previewListingImport;
    expect(corrected.rows[0].categoryCode).toBe('2231');
    const done = await org.ok(
      `mutation($id: ID!, $c: [ImportCorrectionInput!]) { commitListingImport(id: $id, corrections: $c) { status created } }`,
      { id: dry.body.id, c: [{ row: row.row, categoryCode: '2231' }] },
    );
    expect(done.commitListingImport).toEqual({ status: 'DONE', created: 1 });
  });
});
