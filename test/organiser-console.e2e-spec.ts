import { graphql } from './generated';
import { createEvent, organiser } from './support/events';
import { eventually } from './support/eventually';
import { createListing, creditCode, enterpriseMember, signUp } from './support/factories';
import type { GraphQLClient } from './support/graphql';
import { templateCsv, uploadListingFile } from './support/listing-files';
import { matched } from './support/matching';
import { useStack } from './support/stack';

const REGISTER = graphql(
  `mutation OrganiserConsoleRegisterForEvent($e: ID!, $l: [ID!]) { registerForEvent(eventId: $e, listingIds: $l) { id status } }`,
);
const REVIEW_LIST =
  graphql(`query OrganiserConsoleDockingEvent($id: ID!, $status: RegistrationStatus, $sector: Sector) {
  dockingEvent(id: $id) { registrations(status: $status, sector: $sector, first: 80) {
    id status reviewNote enterprise { name sector verificationStatus } listings { id title suggestionCount } } } }`);

describe('the organiser console’s API (e2e)', () => {
  // Isolated: the organiser's count leaves out counterparts it may not see (confidential demands of
  // other specs' firms) while the firm's includes them, so other files' listings must not be here.
  const { api } = useStack({ isolated: true });
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

    const listed = (await org.ok(REVIEW_LIST, { id: eventId, status: 'PENDING' })).dockingEvent!.registrations;
    const bySupplier = listed.find((r: any) => r.listings[0]?.id === supply.id)!;
    expect(bySupplier.enterprise).toMatchObject({ sector: 'SUPPORTING', verificationStatus: 'UNVERIFIED' });
    expect(bySupplier.listings[0].suggestionCount).toBeGreaterThanOrEqual(1);

    // Another firm reads the listing but not its count (as it may not read its suggestions).
    const stranger = await signUp(api);
    const seen = await stranger.client.ok(
      graphql(`query OrganiserConsoleListing($id: ID!) { listing(id: $id) { suggestionCount } }`),
      {
        id: supply.id,
      },
    );
    expect(seen.listing!.suggestionCount).toBeNull();
    // The firm reads the organiser's number (read back to back until they agree while matching settles).
    const OWN = graphql(`query OrganiserConsoleListing2($id: ID!) { listing(id: $id) { suggestionCount } }`);
    const pair = await eventually(
      'the firm and the organiser read the same suggestion count',
      async () => {
        const byOrganiser = (
          await org.ok(REVIEW_LIST, { id: eventId, status: 'PENDING' })
        ).dockingEvent!.registrations.find((r: any) => r.listings[0]?.id === supply.id)!.listings[0].suggestionCount;
        const byFirm = (await supplier.client.ok(OWN, { id: supply.id })).listing!.suggestionCount;
        return { byOrganiser, byFirm };
      },
      ({ byOrganiser, byFirm }) => byOrganiser === byFirm,
    );
    expect(pair.byFirm).toBeGreaterThanOrEqual(1);
  }, 60_000);

  it('previews an import with an inferred category and commits the organiser’s correction', async () => {
    const code = creditCode('520382');
    const csv = templateCsv([
      ['仁怀市酒都礼盒印务有限公司', code, '520382', '供应', '礼盒 印刷', '', '', 20000, '套', '', '', '', ''],
    ]);
    const dry = await uploadListingFile(org, eventId, csv, '供需清单.csv', '?dryRun=true');
    expect(dry.status).toBe(200);
    expect(dry.body.filename).toBe('供需清单.csv');
    const row = dry.body.rows[0];
    expect(row).toMatchObject({ outcome: 'ACCEPT', errors: [] });
    // 礼盒 印刷 reads as boxes (2231) or as printing (2319); the organiser knows which this firm is,
    // and files the row under the other one.
    expect(row.inferredCategory).toMatchObject({ code: expect.any(String), confidence: expect.any(Number) });
    const fix = row.inferredCategory.code === '2231' ? '2319' : '2231';

    const PREVIEW =
      graphql(`query OrganiserConsolePreviewListingImport($id: ID!, $c: [ImportCorrectionInput!]) { previewListingImport(id: $id, corrections: $c) {
      accepted rows { row categoryCode inferredCategory { code } } } }`);
    const corrected = (await org.ok(PREVIEW, { id: dry.body.id, c: [{ row: row.row, categoryCode: fix }] }))
      .previewListingImport;
    expect(corrected.rows[0].categoryCode).toBe(fix);
    const done = await org.ok(
      graphql(
        `mutation OrganiserConsoleCommitListingImport($id: ID!, $c: [ImportCorrectionInput!]) { commitListingImport(id: $id, corrections: $c) { status created } }`,
      ),
      { id: dry.body.id, c: [{ row: row.row, categoryCode: fix }] },
    );
    expect(done.commitListingImport).toEqual({ status: 'DONE', created: 1 });
  });

  it('filters registrations by sector and rejects with the reason the firm reads', async () => {
    const event = await createEvent(org);
    const box = await enterpriseMember(api, { sector: 'SUPPORTING', categoryCodes: ['2231'] });
    const glass = await enterpriseMember(api, { sector: 'BUILDING_MATERIALS', categoryCodes: ['3055'] });
    const boxReg = (await box.client.ok(REGISTER, { e: event })).registerForEvent;
    const glassReg = (await glass.client.ok(REGISTER, { e: event })).registerForEvent;

    const supporting = (await org.ok(REVIEW_LIST, { id: event, sector: 'SUPPORTING' })).dockingEvent!.registrations;
    expect(supporting.map((r: any) => r.id)).toEqual([boxReg.id]);
    const pendingMaterials = (await org.ok(REVIEW_LIST, { id: event, status: 'PENDING', sector: 'BUILDING_MATERIALS' }))
      .dockingEvent!.registrations;
    expect(pendingMaterials.map((r: any) => r.id)).toEqual([glassReg.id]);

    const REVIEW = graphql(
      `mutation OrganiserConsoleReviewRegistration($id: ID!, $a: Boolean!, $r: String) { reviewRegistration(id: $id, approve: $a, reason: $r) { status reviewNote } }`,
    );
    const tooLong = await org.fails(REVIEW, { id: glassReg.id, a: false, r: '原'.repeat(501) });
    expect(tooLong.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['reason'] });
    expect(tooLong.message).toContain('reason（驳回原因）最多 500 个字符');
    const reason = '  玻璃瓶企业请报名下一场建材专场 ';
    expect((await org.ok(REVIEW, { id: glassReg.id, a: false, r: reason })).reviewRegistration).toEqual({
      status: 'REJECTED',
      reviewNote: '玻璃瓶企业请报名下一场建材专场',
    });
    expect((await org.ok(REVIEW, { id: boxReg.id, a: true, r: '不会保存' })).reviewRegistration).toEqual({
      status: 'APPROVED',
      reviewNote: null,
    });

    // The firm reads the reason on its registration and in its notification.
    const mine = await glass.client.ok(
      graphql(
        `query OrganiserConsoleDockingEvent2($e: ID!) { dockingEvent(id: $e) { registrations { id status reviewNote } } }`,
      ),
      { e: event },
    );
    expect(mine.dockingEvent!.registrations).toContainEqual({
      id: glassReg.id,
      status: 'REJECTED',
      reviewNote: '玻璃瓶企业请报名下一场建材专场',
    });
    const inbox = await glass.client.ok(
      graphql(`query OrganiserConsoleNotifications { notifications(first: 10) { edges { node { kind body } } } }`),
    );
    expect(inbox.notifications.edges.map((e: any) => e.node)).toContainEqual({
      kind: 'EVENT_REGISTRATION_REJECTED',
      body: expect.stringContaining('原因：玻璃瓶企业请报名下一场建材专场'),
    });
    // Other firms never see a rejected registration, nor its reason.
    const seen = await box.client.ok(
      graphql(
        `query OrganiserConsoleDockingEvent3($e: ID!) { dockingEvent(id: $e) { registrations { id reviewNote } } }`,
      ),
      {
        e: event,
      },
    );
    expect(seen.dockingEvent!.registrations).toEqual([{ id: boxReg.id, reviewNote: null }]);
  });
});
