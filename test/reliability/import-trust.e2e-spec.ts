import { Client } from 'pg';

import { graphql } from '../generated';
import { adminClient, createEvent, organiser } from '../support/events';
import { createListing, creditCode, enterpriseMember, signUp } from '../support/factories';
import type { GraphQLClient } from '../support/graphql';
import { type Cell, templateCsv, uploadListingFile } from '../support/listing-files';
import { matched } from '../support/matching';
import { useStack } from '../support/stack';

const csv = (rows: Cell[][]) => templateCsv(rows);

const PROPOSALS = graphql(
  `query ImportTrustListingProposals($s: ListingProposalStatus) { listingProposals(status: $s) { totalCount edges { node { id status eventId eventTitle kind title description quantity unit priceMin priceMax certifications validUntil listingId } } } }`,
);
const RESPOND = graphql(
  `mutation ImportTrustRespondToListingProposal($id: ID!, $a: Boolean!) { respondToListingProposal(id: $id, accept: $a) { id status listingId } }`,
);
const REGISTER = graphql(
  `mutation ImportTrustRegisterEnterprise($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { id name claimed verificationStatus } }`,
);
const CLAIMS = graphql(
  `query ImportTrustMyEnterpriseClaims { myEnterpriseClaims { totalCount edges { node { id status name enterprise { id claimed } } } } }`,
);
const REVIEW = graphql(
  `mutation ImportTrustReviewEnterpriseClaim($id: ID!, $a: Boolean!) { reviewEnterpriseClaim(id: $id, approve: $a) { id status } }`,
);
const VERIFY = graphql(
  `mutation ImportTrustVerifyEnterprise($id: ID!) { verifyEnterprise(id: $id) { id verificationStatus verifiedAt } }`,
);
const FIRM = graphql(
  `query ImportTrustEnterprise($id: ID!) { enterprise(id: $id) { id name claimed verificationStatus verifiedAt needsReview } }`,
);

/**
 * Scenario 13, finding 1 of issue 12: an organiser's 供需清单 names a firm that has members. As the
 * attacker sends it — the firm's credit code, its listing titles, empty cells, a new validity for
 * an expired listing — and checks the firm's rows column by column. Then the firm's side (proposals
 * accepted or rejected), claiming an imported firm, verification and the look-alike review queue.
 */
describe('imports never overwrite a firm (claimable, never hijackable)', () => {
  const { api } = useStack();
  let db: Client;
  let org: GraphQLClient;
  let otherOrg: GraphQLClient;
  let admin: GraphQLClient;
  let eventId: string;
  let otherEventId: string;

  const upload = async (rows: Cell[][], client: GraphQLClient = org, event = eventId) => {
    const res = await uploadListingFile(client, event, csv(rows), '供需清单.csv');
    expect(res.status).toBe(200);
    return res.body;
  };
  /** Every column of the firm, its listings and its registrations, as Postgres holds them. */
  const snapshot = async (enterpriseId: string) => ({
    enterprise: (await db.query(`SELECT * FROM enterprise WHERE id = $1`, [enterpriseId])).rows,
    listings: (await db.query(`SELECT * FROM listing WHERE enterprise_id = $1 ORDER BY id`, [enterpriseId])).rows,
    registrations: (
      await db.query(`SELECT * FROM event_registration WHERE enterprise_id = $1 ORDER BY id`, [enterpriseId])
    ).rows,
    users: (
      await db.query(`SELECT id, enterprise_id, role FROM app_user WHERE enterprise_id = $1 ORDER BY id`, [
        enterpriseId,
      ])
    ).rows,
  });

  beforeAll(async () => {
    db = new Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
    org = await organiser(api);
    otherOrg = await organiser(api);
    admin = await adminClient(api);
    eventId = await createEvent(org);
    otherEventId = await createEvent(otherOrg, { title: '另一主办方的对接活动' });
  }, 60_000);
  afterAll(async () => {
    await db?.end();
  });

  describe('a firm that has members', () => {
    let firm: Awaited<ReturnType<typeof enterpriseMember>>;
    let open: any;
    let expired: any;
    const row = (over: Partial<Record<number, Cell>>): Cell[] => {
      const r: Cell[] = [
        '冒名顶替的名称',
        firm.enterprise.creditCode,
        null,
        '供应',
        '',
        '3055',
        null,
        null,
        null,
        null,
        null,
        null,
        null,
      ];
      for (const [i, v] of Object.entries(over)) r[Number(i)] = v ?? null;
      return r;
    };

    beforeAll(async () => {
      firm = await enterpriseMember(api, { sector: 'SUPPORTING', categoryCodes: ['3055'] });
      open = await createListing(firm.client, {
        kind: 'SUPPLY',
        title: '供应 500ml 晶白料白酒玻璃瓶',
        categoryCode: '3055',
        description: '年产能 3000 万只，瓶重 550g±10g',
        quantity: 30000000,
        unit: '只',
        priceMin: 0.8,
        priceMax: 1.3,
        certifications: ['ISO9001'],
        validUntil: '2031-12-31',
      });
      expired = await createListing(firm.client, {
        kind: 'SUPPLY',
        title: '供应 375ml 高白料酒瓶',
        categoryCode: '3055',
        quantity: 1000000,
        unit: '只',
      });
      await matched(firm.client, [open.id, expired.id]); // the worker's writes are over before any snapshot
      // As the worker's expiry leaves it.
      await db.query(`UPDATE listing SET status = 'EXPIRED' WHERE id = $1`, [expired.id]);
    });

    it('the preview knows the firm by its credit code written with spaces or in full width, as the import does', async () => {
      const code = firm.enterprise.creditCode;
      const spaced = `${code.slice(0, 6)} ${code.slice(6, 12)} ${code.slice(12)}`;
      const fullWidth = [...code].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('');
      const preview = await uploadListingFile(
        org,
        eventId,
        csv([row({ 1: spaced, 4: '供应 预览用的产品' }), row({ 1: fullWidth, 4: '供应 预览用的产品二' })]),
        '供需清单.csv',
        '?dryRun=true',
      );
      expect(preview.body.rows.map((r: { existingEnterprise: boolean }) => r.existingEnterprise)).toEqual([true, true]);
    });

    it('an organiser’s file naming the firm changes none of its data, reopens nothing and approves nothing', async () => {
      const before = await snapshot(firm.enterpriseId);
      const report = await upload([
        // Same title, every optional cell empty: once this erased description, quantity, price, certifications, validity.
        row({ 4: open.title }),
        // The expired listing with a new validity: once this reopened it.
        row({ 4: expired.title, 7: 5, 8: '只', 12: '2032-06-30' }),
        // A listing the firm never posted.
        row({ 4: '供应 白酒礼盒 精品包装盒', 5: '2319', 6: '双支装礼盒', 7: 300000, 8: '套' }),
      ]);
      expect(report.rows.map((r: any) => r.outcome)).toEqual(['PROPOSED', 'PROPOSED', 'PROPOSED']);
      expect(report).toMatchObject({ created: 0, updated: 0, proposed: 3, failed: 0 });
      expect(report.rows.every((r: any) => r.listingId === null && r.proposalId)).toBe(true);
      expect(await snapshot(firm.enterpriseId)).toEqual(before);

      const regs = await org.ok(
        graphql(
          `query ImportTrustDockingEvent($id: ID!) { dockingEvent(id: $id) { registrations { status enterprise { id } } } }`,
        ),
        {
          id: eventId,
        },
      );
      expect(regs.dockingEvent!.registrations.filter((r) => r.enterprise.id === firm.enterpriseId)).toEqual([]);

      // The same file again proposes nothing new and still changes nothing.
      const again = await upload([row({ 4: open.title }), row({ 4: expired.title, 7: 5, 8: '只', 12: '2032-06-30' })]);
      expect(again.rows.map((r: any) => r.outcome)).toEqual(['UNCHANGED', 'UNCHANGED']);
      expect(await snapshot(firm.enterpriseId)).toEqual(before);
    });

    it('the firm sees the proposals and is told once; nobody else may answer them', async () => {
      const mine = (await firm.client.ok(PROPOSALS, { s: 'PENDING' })).listingProposals;
      expect(mine.totalCount).toBe(3);
      const gift = mine.edges.map((e) => e.node).find((p) => p.title === '供应 白酒礼盒 精品包装盒');
      expect(gift).toMatchObject({ eventId, kind: 'SUPPLY', description: '双支装礼盒', quantity: 300000, unit: '套' });
      const kinds = (
        await firm.client.ok(
          graphql(`query ImportTrustNotifications { notifications { edges { node { kind data } } } }`),
        )
      ).notifications.edges
        .map((e) => e.node)
        .filter((n) => n.kind === 'LISTING_PROPOSED');
      expect(kinds).toHaveLength(1); // one per import that brought something new; the repeat brought nothing

      const stranger = await enterpriseMember(api);
      for (const client of [stranger.client, org, otherOrg, admin]) {
        expect((await client.fails(RESPOND, { id: gift!.id, a: true })).extensions?.code).toBe('NOT_FOUND');
        expect((await client.ok(PROPOSALS, {})).listingProposals.totalCount).toBe(0);
      }
    });

    it('accepting makes the listing the firm’s and registers the firm; rejecting leaves nothing', async () => {
      const pending = (await firm.client.ok(PROPOSALS, { s: 'PENDING' })).listingProposals.edges.map((e) => e.node);
      const gift = pending.find((p) => p.title === '供应 白酒礼盒 精品包装盒');
      const same = pending.find((p) => p.title === open.title);
      const before = await snapshot(firm.enterpriseId);

      const rejected = (await firm.client.ok(RESPOND, { id: same!.id, a: false })).respondToListingProposal;
      expect(rejected).toMatchObject({ status: 'REJECTED', listingId: null });
      expect(await snapshot(firm.enterpriseId)).toEqual(before);
      expect((await firm.client.fails(RESPOND, { id: same!.id, a: true })).extensions?.code).toBe('CONFLICT');

      const accepted = (await firm.client.ok(RESPOND, { id: gift!.id, a: true })).respondToListingProposal;
      expect(accepted.status).toBe('ACCEPTED');
      const listing = await firm.client.ok(
        graphql(
          `query ImportTrustListing($id: ID!) { listing(id: $id) { title description quantity unit status enterprise { id } } }`,
        ),
        { id: accepted.listingId! },
      );
      expect(listing.listing).toEqual({
        title: '供应 白酒礼盒 精品包装盒',
        description: '双支装礼盒',
        quantity: 300000,
        unit: '套',
        status: 'OPEN',
        enterprise: { id: firm.enterpriseId },
      });
      const regs = await org.ok(
        graphql(
          `query ImportTrustDockingEvent2($id: ID!) { dockingEvent(id: $id) { registrations { status enterprise { id } listings { id } } } }`,
        ),
        { id: eventId },
      );
      expect(regs.dockingEvent!.registrations.filter((r) => r.enterprise.id === firm.enterpriseId)).toEqual([
        { status: 'APPROVED', enterprise: { id: firm.enterpriseId }, listings: [{ id: accepted.listingId }] },
      ]);
      // The firm's own listings are as they were: the open one untouched, the expired one still expired.
      const after = await snapshot(firm.enterpriseId);
      expect(after.listings.filter((l) => l.id !== accepted.listingId)).toEqual(before.listings);
      expect(after.listings.find((l) => l.id === expired.id).status).toBe('EXPIRED');
      // An answered proposal is not proposed again by the same row.
      const again = await upload([row({ 4: open.title })]);
      expect(again.rows[0].outcome).toBe('UNCHANGED');
    });

    it('verification: the organiser of an event the firm registered for, or an admin; not another event’s organiser', async () => {
      for (const client of [otherOrg, firm.client, (await enterpriseMember(api)).client]) {
        expect((await client.fails(VERIFY, { id: firm.enterpriseId })).extensions?.code).toBe('FORBIDDEN');
      }
      expect((await api.fails(VERIFY, { id: firm.enterpriseId })).extensions?.code).toBe('UNAUTHENTICATED');
      expect((await api.ok(FIRM, { id: firm.enterpriseId })).enterprise!.verificationStatus).toBe('UNVERIFIED');
      const verified = (await org.ok(VERIFY, { id: firm.enterpriseId })).verifyEnterprise;
      expect(verified.verificationStatus).toBe('VERIFIED');
      expect(Date.parse(verified.verifiedAt!)).toBeGreaterThan(Date.now() - 60_000);
      const other = await enterpriseMember(api);
      expect((await admin.ok(VERIFY, { id: other.enterpriseId })).verifyEnterprise.verificationStatus).toBe('VERIFIED');
    });
  });

  describe('a firm an import created (unclaimed)', () => {
    const code = creditCode('520382');
    const NAME = '仁怀市黔酱源酒业有限公司';
    const full: Cell[] = [
      NAME,
      code,
      '520382',
      '需求',
      '求购 500ml 酱香型白酒玻璃瓶',
      '3055',
      '晶白料',
      2000000,
      '只',
      0.9,
      1.4,
      'ISO9001',
      '2031-12-31',
    ];
    let listingId: string;
    let firmId: string;

    it('is created unclaimed; empty cells never erase; another organiser cannot touch its listings', async () => {
      const first = await upload([full]);
      expect(first.rows[0].outcome).toBe('CREATED');
      listingId = first.rows[0].listingId;
      const l = await org.ok(
        graphql(
          `query ImportTrustListing2($id: ID!) { listing(id: $id) { enterprise { id claimed verificationStatus } } }`,
        ),
        {
          id: listingId,
        },
      );
      firmId = l.listing!.enterprise.id;
      expect(l.listing!.enterprise).toMatchObject({ claimed: false, verificationStatus: 'UNVERIFIED' });

      await matched(org, [listingId]); // the worker's writes are over before any snapshot
      const before = await snapshot(firmId);
      const blank: Cell[] = [NAME, code, null, '需求', full[4], '3055', null, null, null, null, null, null, null];
      expect((await upload([blank])).rows[0].outcome).toBe('UNCHANGED');
      expect(await snapshot(firmId)).toEqual(before);

      const cheaper = [...blank];
      cheaper[10] = 1.2; // 最高价 only
      expect((await upload([cheaper])).rows[0].outcome).toBe('UPDATED');
      const [after] = (await snapshot(firmId)).listings;
      const [was] = before.listings;
      expect(after).toMatchObject({
        description: was.description,
        quantity: was.quantity,
        unit: was.unit,
        price_min: was.price_min,
        price_max: 1.2,
        certifications: was.certifications,
        valid_until: was.valid_until,
        region_code: was.region_code,
      });

      await matched(org, [listingId]);
      const mid = await snapshot(firmId);
      const rewritten = blank.map((c, i) => (i === 6 ? '改写的描述' : c));
      // the other organiser's preview says what its commit will do: refused, not ACCEPT
      const previewed = await uploadListingFile(
        otherOrg,
        otherEventId,
        csv([rewritten]),
        '供需清单.csv',
        '?dryRun=true',
      );
      expect(previewed.body).toMatchObject({ accepted: 0, rejected: 1 });
      expect(previewed.body.rows[0]).toMatchObject({
        outcome: 'REJECT',
        errors: [{ column: '产品名称', message: expect.stringContaining('不是由您的导入创建的') }],
      });
      // …and the organiser who imported it previews it as accepted
      const own = await uploadListingFile(org, eventId, csv([rewritten]), '供需清单.csv', '?dryRun=true');
      expect(own.body.rows[0]).toMatchObject({ outcome: 'ACCEPT' });
      const hijack = await upload([rewritten], otherOrg, otherEventId);
      expect(hijack.rows[0]).toMatchObject({ outcome: 'ERROR' });
      expect(hijack.rows[0].errors[0].column).toBe('产品名称');
      expect((await snapshot(firmId)).listings).toEqual(mid.listings);
    });

    it('an expired imported listing stays expired when the file is imported again', async () => {
      await db.query(`UPDATE listing SET status = 'EXPIRED' WHERE id = $1`, [listingId]);
      const again = await upload([full]);
      expect(again.rows[0].outcome).toBe('CREATED'); // a new listing; the expired one is history
      expect(again.rows[0].listingId).not.toBe(listingId);
      expect((await db.query(`SELECT status FROM listing WHERE id = $1`, [listingId])).rows[0].status).toBe('EXPIRED');
      await matched(org, [again.rows[0].listingId]);
    });

    it('registering its credit code asks to claim it; the importer approves; then imports only propose', async () => {
      const claimant = await signUp(api, '真正的企业负责人');
      const answer = await claimant.client.ok(REGISTER, {
        input: { name: NAME, creditCode: code, regionCode: '520382', sector: 'LIQUOR_TOBACCO', contactName: '王总' },
      });
      expect(answer.registerEnterprise).toMatchObject({ id: firmId, claimed: false });
      expect(
        (await claimant.client.ok(graphql(`query ImportTrustMe { me { enterprise { id } } }`))).me.enterprise,
      ).toBeNull();
      const mine = (await claimant.client.ok(CLAIMS)).myEnterpriseClaims;
      expect(mine.edges.map((e) => e.node)).toEqual([
        { id: expect.any(String), status: 'PENDING', name: NAME, enterprise: { id: firmId, claimed: false } },
      ]);
      const claimId = mine.edges[0].node.id;
      // Asking again is the same claim.
      await claimant.client.ok(REGISTER, {
        input: { name: NAME, creditCode: code, regionCode: '520382', sector: 'LIQUOR_TOBACCO' },
      });
      expect((await claimant.client.ok(CLAIMS)).myEnterpriseClaims.totalCount).toBe(1);

      // Who may review: the importer and admins; not another organiser, not a member, not the claimant.
      const stranger = await enterpriseMember(api);
      for (const client of [otherOrg, stranger.client, claimant.client]) {
        const res = await client.request(REVIEW, { id: claimId, a: true });
        expect(['NOT_FOUND', 'FORBIDDEN']).toContain(res.errors?.[0]?.extensions?.code);
      }
      expect(
        (await otherOrg.ok(graphql(`query ImportTrustEnterpriseClaims { enterpriseClaims { totalCount } }`)))
          .enterpriseClaims.totalCount,
      ).toBe(0);
      expect(
        (await stranger.client.fails(graphql(`query ImportTrustEnterpriseClaims { enterpriseClaims { totalCount } }`)))
          .extensions?.code,
      ).toBe('FORBIDDEN');
      const queue = (
        await org.ok(
          graphql(
            `query ImportTrustEnterpriseClaims2 { enterpriseClaims(status: PENDING) { edges { node { id enterprise { id } } } } }`,
          ),
        )
      ).enterpriseClaims.edges;
      expect(queue.map((e) => e.node)).toEqual([{ id: claimId, enterprise: { id: firmId } }]);

      expect((await org.ok(REVIEW, { id: claimId, a: true })).reviewEnterpriseClaim.status).toBe('APPROVED');
      expect(
        (await claimant.client.ok(graphql(`query ImportTrustMe2 { me { enterprise { id claimed } } }`))).me.enterprise,
      ).toEqual({
        id: firmId,
        claimed: true,
      });
      const notes = (
        await claimant.client.ok(
          graphql(`query ImportTrustNotifications2 { notifications { edges { node { kind } } } }`),
        )
      ).notifications.edges;
      expect(notes.map((e) => e.node.kind)).toContain('ENTERPRISE_CLAIM_APPROVED');
      expect((await org.fails(REVIEW, { id: claimId, a: false })).extensions?.code).toBe('CONFLICT');

      // Someone else registering the code now meets a claimed firm.
      const late = await signUp(api);
      const taken = await late.client.fails(REGISTER, {
        input: { name: NAME, creditCode: code, regionCode: '520382', sector: 'LIQUOR_TOBACCO' },
      });
      expect(taken.extensions?.code).toBe('CONFLICT');

      // The importer's own file now only proposes.
      const before = await snapshot(firmId);
      const after = await upload([
        [NAME, code, null, '需求', full[4], '3055', '改写', 1, '只', null, null, null, null],
      ]);
      expect(after.rows[0].outcome).toBe('PROPOSED');
      expect(await snapshot(firmId)).toEqual(before);
    });
  });

  it('a claimant who registers another firm while the claim waits is not made the claimed firm’s owner with no member', async () => {
    const code = creditCode('520381');
    const name = `赤水市认领测试${Date.now().toString(36)}有限公司`;
    const row: Cell[] = [name, code, '520381', '供应', '竹浆板', '2211', null, null, null, null, null, null, null];
    expect((await upload([row])).rows[0].outcome).toBe('CREATED');
    const claimant = await signUp(api, '先认领后另登记');
    const asked = await claimant.client.ok(REGISTER, {
      input: { name, creditCode: code, regionCode: '520381', sector: 'BASIC_MATERIALS' },
    });
    const firmId = asked.registerEnterprise.id;
    const claimId = (await claimant.client.ok(CLAIMS)).myEnterpriseClaims.edges[0].node.id;
    const other = await claimant.client.ok(REGISTER, {
      input: {
        name: `再登记一家${Date.now().toString(36)}有限公司`,
        creditCode: creditCode('520102'),
        regionCode: '520102',
        sector: 'ECO_FOOD',
      },
    });
    expect(other.registerEnterprise.id).not.toBe(firmId);
    const refused = await org.fails(REVIEW, { id: claimId, a: true });
    expect(refused.extensions?.code).toBe('CONFLICT');
    const [firm] = (await db.query(`SELECT claimed, owner_user_id FROM enterprise WHERE id = $1`, [firmId])).rows;
    expect(firm).toEqual({ claimed: false, owner_user_id: null });
  });

  it('firms sharing a name (normalised) are flagged for review and listed for admins until verified', async () => {
    const base = `贵州双龙${Date.now().toString(36)}包装有限公司`;
    const a = await enterpriseMember(api, { name: base });
    const b = await enterpriseMember(api, { name: ` ${base.replace('包装', '包 装')}（ ）` });
    const lone = await enterpriseMember(api);
    expect((await api.ok(FIRM, { id: a.enterpriseId })).enterprise!.needsReview).toBe(true);
    expect((await api.ok(FIRM, { id: b.enterpriseId })).enterprise!.needsReview).toBe(true);
    expect((await api.ok(FIRM, { id: lone.enterpriseId })).enterprise!.needsReview).toBe(false);

    const REVIEW_QUEUE = graphql(
      `query ImportTrustEnterprisesToReview { enterprisesToReview(first: 100) { totalCount edges { node { id needsReview } } } }`,
    );
    const listed = (await admin.ok(REVIEW_QUEUE)).enterprisesToReview.edges.map((e) => e.node.id);
    expect(listed).toEqual(expect.arrayContaining([a.enterpriseId, b.enterpriseId]));
    expect(listed).not.toContain(lone.enterpriseId);
    for (const client of [org, a.client]) expect((await client.fails(REVIEW_QUEUE)).extensions?.code).toBe('FORBIDDEN');

    await admin.ok(VERIFY, { id: a.enterpriseId });
    expect((await api.ok(FIRM, { id: a.enterpriseId })).enterprise!.needsReview).toBe(false);
    expect((await admin.ok(REVIEW_QUEUE)).enterprisesToReview.edges.map((e) => e.node.id)).not.toContain(
      a.enterpriseId,
    );
  });

  it('a row for a new firm may not take a verified firm’s name, in the preview or the import', async () => {
    const bank = await enterpriseMember(api, { name: `黔银${Date.now().toString(36)}农商银行股份有限公司` });
    await admin.ok(VERIFY, { id: bank.enterpriseId });
    const row: Cell[] = [
      bank.enterprise.name,
      creditCode('520382'),
      '520382',
      '供应',
      '小微企业信用贷款',
      '6531',
      ...Array<Cell>(7).fill(null),
    ];
    const refused = { column: '企业名称', message: expect.stringContaining('已是另一家已核验企业的名称') };
    // The same name written another way: a space inside, full-width letters and brackets, upper case.
    const lookalike = [...row];
    lookalike[0] = `${bank.enterprise.name.slice(0, 2)} ${bank.enterprise.name.slice(2)}`.replace(/[a-z0-9]/g, (c) =>
      String.fromCharCode(c.toUpperCase().charCodeAt(0) + 0xfee0),
    );
    lookalike[1] = creditCode('520382');
    // And in traditional characters, or mixing both scripts.
    const traditional = [...row];
    traditional[0] = bank.enterprise.name.replace('黔银', '黔銀').replace('农商银行', '農商銀行');
    traditional[1] = creditCode('520382');
    const mixed = [...row];
    mixed[0] = bank.enterprise.name.replace('银行', '銀行');
    mixed[1] = creditCode('520382');
    const rows = [row, lookalike, traditional, mixed];
    const preview = await uploadListingFile(org, eventId, csv(rows), '供需清单.csv', '?dryRun=true');
    for (const r of preview.body.rows) expect(r).toMatchObject({ outcome: 'REJECT', errors: [refused] });
    const done = await upload(rows);
    expect(done.rows).toHaveLength(rows.length);
    for (const r of done.rows) expect(r).toMatchObject({ outcome: 'ERROR', errors: [refused] });
    const [{ n }] = (
      await db.query(`SELECT count(*)::int AS n FROM enterprise WHERE name_key = $1`, [
        bank.enterprise.name.toLowerCase(),
      ])
    ).rows;
    expect(n).toBe(1);
  });

  it('says so when a row for a new firm takes an unverified registered firm’s name under another code', async () => {
    const firm = await enterpriseMember(api, { name: `黔北${Date.now().toString(36)}玻璃包装有限公司` });
    const row: Cell[] = [
      firm.enterprise.name,
      creditCode('520382'),
      '520382',
      '供应',
      '高白料酒瓶',
      '3055',
      ...Array<Cell>(7).fill(null),
    ];
    const preview = await uploadListingFile(org, eventId, csv([row]), '供需清单.csv', '?dryRun=true');
    expect(preview.body.rows[0].outcome).toBe('ACCEPT');
    expect(preview.body.rows[0].warnings.map((w: { message: string }) => w.message).join()).toContain(
      `平台上已有名为“${firm.enterprise.name}”的企业，统一社会信用代码与本行不同`,
    );
  });
});
