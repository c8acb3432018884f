import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { buildSchema } from 'graphql';

import { usccCheckChar } from '../../libs/enterprises/src/uscc';
import { graphql } from '../generated';
import { adminClient, createEvent, organiser, REQUEST, RESPOND, solve } from '../support/events';
import { createListing, creditCode, enterpriseMember, signUp } from '../support/factories';
import type { GraphQLClient } from '../support/graphql';
import { matched, suggestions } from '../support/matching';
import { useStack } from '../support/stack';

/** A 统一社会信用代码 of a 机关 (registering authority 11): a government body. */
function governmentCode(): string {
  const org = creditCode('520000').slice(8, 17);
  const first17 = `11520000${org}`;
  return first17 + usccCheckChar(first17);
}

type Actor = 'anonymous' | 'otherMember' | 'otherOrganiser';
interface Case {
  op: string;
  doc: TypedDocumentNode<unknown, Record<string, unknown>>;
  vars: () => Record<string, unknown>;
  /** Actors for whom the operation is legitimately allowed (it acts on their own things, or their role covers it). */
  allowed?: Actor[];
}

/** One row of the matrix: its variables are checked against its document where the row is written. */
function caseOf<R, V>(c: { op: string; doc: TypedDocumentNode<R, V>; vars: () => V; allowed?: Actor[] }): Case {
  return c as unknown as Case;
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
        graphql(
          `mutation AuthorisationCreateWebhook { createWebhook(input: { url: "http://127.0.0.1:9/hook", kinds: ["MATCH_SUGGESTED"] }) { webhook { id } } }`,
        ),
      )
    ).createWebhook.webhook.id;
    f.event = await createEvent(org);
    await org.ok(
      graphql(
        `mutation AuthorisationAddMeetingSession($e: ID!, $input: MeetingSessionInput!) { addMeetingSession(eventId: $e, input: $input) { id } }`,
      ),
      {
        e: f.event,
        input: { title: '上午场', startsAt: '2030-09-15T09:00:00+08:00', endsAt: '2030-09-15T10:00:00+08:00' },
      },
    );
    for (const x of [a, c]) {
      const reg = (
        await x.client.ok(
          graphql(`mutation AuthorisationRegisterForEvent($e: ID!) { registerForEvent(eventId: $e) { id } }`),
          { e: f.event },
        )
      ).registerForEvent.id;
      await org.ok(
        graphql(
          `mutation AuthorisationReviewRegistration($id: ID!) { reviewRegistration(id: $id, approve: true) { id } }`,
        ),
        { id: reg },
      );
      f.registration = reg;
    }
    f.request = (
      await a.client.ok(REQUEST, { e: f.event, input: { withEnterpriseId: c.enterpriseId } })
    ).requestMeeting.id;
    await c.client.ok(RESPOND, { id: f.request, a: true });
    f.run = (await solve(org, f.event)).id;
    f.meeting = (
      await org.ok(graphql(`query AuthorisationDockingEvent($id: ID!) { dockingEvent(id: $id) { meetings { id } } }`), {
        id: f.event,
      })
    ).dockingEvent!.meetings[0].id;
    // A round table hosted by A, with C seated, in a slot where A and C do not meet.
    const metAt = (
      await org.ok(
        graphql(`query AuthorisationMeetingTime($id: ID!) { dockingEvent(id: $id) { meetings { startsAt } } }`),
        { id: f.event },
      )
    ).dockingEvent!.meetings[0].startsAt;
    const freeSlot = ['09:00', '09:20', '09:40']
      .map((t) => new Date(`2030-09-15T${t}:00+08:00`).toISOString())
      .find((t) => t !== metAt)!;
    f.roundTable = (
      await org.ok(
        graphql(
          `mutation AuthorisationCreateRoundTableFixture($e: ID!, $i: RoundTableInput!) { createRoundTable(eventId: $e, input: $i) { id } }`,
        ),
        {
          e: f.event,
          i: { hostEnterpriseId: a.enterpriseId, topic: '授权测试圆桌', table: 'T3', startsAt: freeSlot, capacity: 3 },
        },
      )
    ).createRoundTable.id;
    f.roundTableStartsAt = freeSlot;
    await c.client.ok(
      graphql(`mutation AuthorisationTakeSeatFixture($id: ID!) { takeRoundTableSeat(id: $id) { id } }`),
      { id: f.roundTable },
    );
    f.deal = (
      await a.client.ok(
        graphql(`mutation AuthorisationRecordDeal($i: RecordDealInput!) { recordDeal(input: $i) { id } }`),
        {
          i: {
            eventId: f.event,
            supplierEnterpriseId: a.enterpriseId,
            buyerEnterpriseId: c.enterpriseId,
            stage: 'INTENT',
          },
        },
      )
    ).recordDeal.id;
    f.notification = (
      await a.client.ok(
        graphql(`query AuthorisationNotifications { notifications(first: 1) { edges { node { id } } } }`),
      )
    ).notifications.edges[0]?.node.id;
    f.matchRun = (
      await (await adminClient(api)).ok(graphql(`mutation AuthorisationRematchAll { rematchAll { id } }`))
    ).rematchAll.id;
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
      graphql(
        `mutation AuthorisationRegisterEnterprise($c: String!) { registerEnterprise( input: { name: "待认领的瓶盖企业有限公司", creditCode: $c, regionCode: "520102", sector: SUPPORTING } ) { id } }`,
      ),
      { c: unclaimedCode },
    );
    f.claim = (
      await claimant.client.ok(
        graphql(`query AuthorisationMyEnterpriseClaims { myEnterpriseClaims { edges { node { id } } } }`),
      )
    ).myEnterpriseClaims.edges[0].node.id;

    // 产学研对接: a verified research body's result, firm A's technology need, a contract the body proposed.
    const univ = await enterpriseMember(api, {
      creditCode: creditCode('520115', '12'),
      participantType: 'RESEARCH_INSTITUTE',
      sector: 'ECO_FOOD',
      categoryCodes: ['1523'],
    });
    // 惠企政策: a verified government body's policy, firm A's application for it.
    const gov = await enterpriseMember(api, { creditCode: governmentCode(), sector: 'SUPPORTING', categoryCodes: [] });
    // 政银企: a verified bank's product, firm A's order-financing need, a signed deal A shares with the bank.
    const bank = await enterpriseMember(api, { sector: 'SUPPORTING', categoryCodes: [] });
    await (
      await adminClient(api)
    ).ok(
      graphql(
        `mutation AuthorisationVerifyResearchBody($id: ID!) { verifyEnterprise(id: $id, participantType: RESEARCH_INSTITUTE) { id } }`,
      ),
      { id: univ.enterpriseId },
    );
    f.techResult = (
      await univ.client.ok(
        graphql(
          `mutation AuthorisationCreateTechnologyResult { createTechnologyResult(input: { title: "刺梨汁低温浓缩技术", description: "低温浓缩刺梨原汁", categoryCodes: ["1523"], maturity: PILOT, cooperationModes: [TRANSFER] }) { id } }`,
        ),
      )
    ).createTechnologyResult.id;
    f.techNeed = (
      await a.client.ok(
        graphql(
          `mutation AuthorisationCreateTechnologyNeed { createTechnologyNeed(input: { title: "刺梨汁浓缩", problem: "刺梨汁低温浓缩", categoryCode: "1523", deadline: "2099-12-31", minMaturity: PILOT }) { id } }`,
        ),
      )
    ).createTechnologyNeed.id;
    f.techContract = (
      await univ.client.ok(
        graphql(
          `mutation AuthorisationProposeTechnologyContract($r: ID!, $n: ID!) { proposeTechnologyContract(input: { resultId: $r, needId: $n, amountCny: "100000", mode: TRANSFER, signedOn: "2024-01-01" }) { id } }`,
        ),
        { r: f.techResult, n: f.techNeed },
      )
    ).proposeTechnologyContract.id;
    await (
      await adminClient(api)
    ).ok(
      graphql(
        `mutation AuthorisationVerifyGovernment($id: ID!) { verifyEnterprise(id: $id, participantType: GOVERNMENT) { id } }`,
      ),
      { id: gov.enterpriseId },
    );
    f.policy = (
      await gov.client.ok(
        graphql(`mutation AuthorisationPublishPolicy($i: PublishPolicyInput!) { publishPolicy(input: $i) { id } }`),
        {
          i: {
            title: '配套企业奖补',
            benefit: '奖补',
            deadline: '2099-12-31T00:00:00Z',
            regionCodes: ['520000'],
            rules: [],
          },
        },
      )
    ).publishPolicy.id;
    f.policyApplication = (
      await a.client.ok(
        graphql(`mutation AuthorisationApplyForPolicy($i: ApplyForPolicyInput!) { applyForPolicy(input: $i) { id } }`),
        { i: { policyId: f.policy } },
      )
    ).applyForPolicy.id;
    await (
      await adminClient(api)
    ).ok(
      graphql(
        `mutation AuthorisationVerifyLender($id: ID!) { verifyEnterprise(id: $id, participantType: FINANCIAL_INSTITUTION) { id } }`,
      ),
      { id: bank.enterpriseId },
    );
    f.bank = bank;
    f.product = (
      await bank.client.ok(
        graphql(
          `mutation AuthorisationCreateFinancingProduct0 { createFinancingProduct(input: { name: "订单贷", minAmountCny: "10000", maxAmountCny: "5000000", minAnnualRate: 3.5, maxAnnualRate: 6, minTermMonths: 3, maxTermMonths: 36, guaranteeTypes: [ORDER_FINANCING] }) { id } }`,
        ),
      )
    ).createFinancingProduct.id;
    f.need = (
      await a.client.ok(
        graphql(
          `mutation AuthorisationCreateFinancingNeed0($e: ID!) { createFinancingNeed(input: { amountCny: "500000", purpose: "备货", termMonths: 12, guaranteeTypes: [ORDER_FINANCING], scale: SMALL, eventId: $e }) { id } }`,
        ),
        { e: f.event },
      )
    ).createFinancingNeed.id;
    f.signedDeal = (
      await a.client.ok(
        graphql(`mutation AuthorisationRecordSignedDeal($i: RecordDealInput!) { recordDeal(input: $i) { id } }`),
        {
          i: {
            eventId: f.event,
            supplierEnterpriseId: a.enterpriseId,
            buyerEnterpriseId: c.enterpriseId,
            stage: 'SIGNED',
            amountCny: '300000',
          },
        },
      )
    ).recordDeal.id;
    await c.client.ok(graphql(`mutation AuthorisationConfirmSignedDeal($id: ID!) { confirmDeal(id: $id) { id } }`), {
      id: f.signedDeal,
    });
    f.share = (
      await a.client.ok(
        graphql(
          `mutation AuthorisationShareDeals0($i: ShareDealsWithLenderInput!) { shareDealsWithLender(input: $i) { id } }`,
        ),
        { i: { needId: f.need, lenderEnterpriseId: bank.enterpriseId, dealIds: [f.signedDeal] } },
      )
    ).shareDealsWithLender.id;
    f.project = (
      await gov.client.ok(
        graphql(
          `mutation AuthorisationCreateProject { createInvestmentProject(input: { title: "刺梨深加工", description: "x", regionCode: "520300", categoryCodes: ["1523"], stage: SEEKING_INVESTORS }) { id } }`,
        ),
      )
    ).createInvestmentProject.id;
    f.entry = (
      await gov.client.ok(
        graphql(
          `mutation AuthorisationAddToPipeline($a: ID!, $p: ID!) { addToInvestmentPipeline(input: { candidateEnterpriseId: $a, projectId: $p }) { id } }`,
        ),
        { a: f.a.enterpriseId, p: f.project },
      )
    ).addToInvestmentPipeline.id;

    actors.anonymous = api;
    actors.otherMember = (await enterpriseMember(api)).client;
    actors.otherOrganiser = await organiser(api);
    await actors.otherOrganiser.ok(
      graphql(
        `mutation AuthorisationCreateDockingEvent { createDockingEvent( input: { title: "另一活动" theme: "x" sectors: [ECO_FOOD] venue: "贵阳" startsAt: "2030-01-01T09:00:00+08:00" endsAt: "2030-01-01T17:00:00+08:00" slotMinutes: 20 tables: [{ label: "T1" }] } ) { id } }`,
      ),
    );
  }, 120_000);

  const at = '2030-09-15T09:20:00+08:00';
  const CASES: Case[] = [
    caseOf({
      op: 'updateEnterprise',
      doc: graphql(
        `mutation AuthorisationUpdateEnterprise($id: ID!) { updateEnterprise(id: $id, input: { description: "x" }) { id } }`,
      ),
      vars: () => ({ id: f.a.enterpriseId }),
    }),
    caseOf({
      op: 'registerEnterprise',
      doc: graphql(
        `mutation AuthorisationRegisterEnterprise2 { registerEnterprise(input: { name: "x公司", creditCode: "x", regionCode: "520102", sector: SUPPORTING }) { id } }`,
      ),
      vars: () => ({}),
      allowed: ['otherMember', 'otherOrganiser'],
    }),
    caseOf({
      op: 'verifyEnterprise',
      doc: graphql(
        `mutation AuthorisationVerifyEnterprise($id: ID!) { verifyEnterprise(id: $id) { id verificationStatus } }`,
      ),
      vars: () => ({ id: f.a.enterpriseId }),
    }),
    caseOf({
      op: 'reviewEnterpriseClaim',
      doc: graphql(
        `mutation AuthorisationReviewEnterpriseClaim($id: ID!) { reviewEnterpriseClaim(id: $id, approve: true) { id status } }`,
      ),
      vars: () => ({ id: f.claim }),
    }),
    caseOf({
      op: 'respondToListingProposal',
      doc: graphql(
        `mutation AuthorisationRespondToListingProposal($id: ID!) { respondToListingProposal(id: $id, accept: true) { id status } }`,
      ),
      vars: () => ({ id: f.proposal }),
    }),
    caseOf({
      op: 'listingProposals',
      doc: graphql(`query AuthorisationListingProposals { listingProposals { totalCount edges { node { id } } } }`),
      vars: () => ({}),
      allowed: ['otherMember', 'otherOrganiser'],
    }),
    caseOf({
      op: 'myEnterpriseClaims',
      doc: graphql(
        `query AuthorisationMyEnterpriseClaims2 { myEnterpriseClaims { totalCount edges { node { id } } } }`,
      ),
      vars: () => ({}),
      allowed: ['otherMember', 'otherOrganiser'],
    }),
    caseOf({
      op: 'enterpriseClaims',
      doc: graphql(`query AuthorisationEnterpriseClaims { enterpriseClaims { totalCount edges { node { id } } } }`),
      vars: () => ({}),
      allowed: ['otherOrganiser'],
    }),
    caseOf({
      op: 'enterprisesToReview',
      doc: graphql(
        `query AuthorisationEnterprisesToReview { enterprisesToReview { totalCount edges { node { id } } } }`,
      ),
      vars: () => ({}),
    }),
    caseOf({
      op: 'createListing',
      doc: graphql(
        `mutation AuthorisationCreateListing { createListing(input: { kind: SUPPLY, title: "x", categoryCode: "3055" }) { id } }`,
      ),
      vars: () => ({}),
      allowed: ['otherMember', 'otherOrganiser'],
    }),
    caseOf({
      op: 'updateListing',
      doc: graphql(
        `mutation AuthorisationUpdateListing($id: ID!) { updateListing(id: $id, input: { title: "改" }) { id } }`,
      ),
      vars: () => ({ id: f.supply }),
    }),
    caseOf({
      op: 'closeListing',
      doc: graphql(`mutation AuthorisationCloseListing($id: ID!) { closeListing(id: $id) { id } }`),
      vars: () => ({ id: f.supply }),
    }),
    caseOf({
      op: 'respondToMatch',
      doc: graphql(
        `mutation AuthorisationRespondToMatch($id: ID!) { respondToMatch(id: $id, decision: DISMISS) { id } }`,
      ),
      vars: () => ({ id: f.suggestion }),
    }),
    caseOf({
      op: 'createWebhook',
      doc: graphql(
        `mutation AuthorisationCreateWebhook2 { createWebhook(input: { url: "http://127.0.0.1:9/x", kinds: ["MATCH_SUGGESTED"] }) { secret } }`,
      ),
      vars: () => ({}),
      allowed: ['otherMember', 'otherOrganiser'],
    }),
    caseOf({
      op: 'deleteWebhook',
      doc: graphql(`mutation AuthorisationDeleteWebhook($id: ID!) { deleteWebhook(id: $id) }`),
      vars: () => ({ id: f.webhook }),
    }),
    caseOf({
      op: 'markNotificationsRead',
      doc: graphql(`mutation AuthorisationMarkNotificationsRead($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`),
      vars: () => ({ ids: [f.notification] }),
      allowed: ['otherMember', 'otherOrganiser'],
    }),
    // The caller's own account only: anonymous callers are refused (the others would end their own log-ins).
    caseOf({
      op: 'changePassword',
      doc: graphql(
        `mutation AuthorisationChangePassword { changePassword(input: { currentPassword: "x", newPassword: "a-new-long-secret-2027" }) { accessToken } }`,
      ),
      vars: () => ({}),
      allowed: ['otherMember', 'otherOrganiser'],
    }),
    caseOf({
      op: 'logOutEverywhere',
      doc: graphql(`mutation AuthorisationLogOutEverywhere { logOutEverywhere }`),
      vars: () => ({}),
      allowed: ['otherMember', 'otherOrganiser'],
    }),
    caseOf({
      op: 'setEmailNotificationKinds',
      doc: graphql(`mutation AuthorisationSetEmailNotificationKinds { setEmailNotificationKinds(kinds: []) { id } }`),
      vars: () => ({}),
      allowed: ['otherMember', 'otherOrganiser'],
    }),
    caseOf({
      op: 'createCalendarFeed',
      doc: graphql(`mutation AuthorisationCreateCalendarFeed { createCalendarFeed { key } }`),
      vars: () => ({}),
      allowed: ['otherMember', 'otherOrganiser'],
    }),
    caseOf({
      op: 'revokeCalendarFeed',
      doc: graphql(`mutation AuthorisationRevokeCalendarFeed { revokeCalendarFeed }`),
      vars: () => ({}),
      allowed: ['otherMember', 'otherOrganiser'],
    }),
    caseOf({
      op: 'grantRole',
      doc: graphql(`mutation AuthorisationGrantRole($id: ID!) { grantRole(userId: $id, role: ADMIN) { id } }`),
      vars: () => ({ id: f.a.userId }),
    }),
    caseOf({
      op: 'createDockingEvent',
      doc: graphql(
        `mutation AuthorisationCreateDockingEvent2 { createDockingEvent( input: { title: "x" theme: "x" sectors: [ECO_FOOD] venue: "x" startsAt: "2030-01-01T09:00:00+08:00" endsAt: "2030-01-01T17:00:00+08:00" slotMinutes: 20 tables: [{ label: "T1" }] } ) { id } }`,
      ),
      vars: () => ({}),
      allowed: ['otherOrganiser'],
    }),
    caseOf({
      op: 'addMeetingSession',
      doc: graphql(
        `mutation AuthorisationAddMeetingSession2($e: ID!) { addMeetingSession( eventId: $e input: { title: "x", startsAt: "2030-09-15T11:00:00+08:00", endsAt: "2030-09-15T12:00:00+08:00" } ) { id } }`,
      ),
      vars: () => ({ e: f.event }),
    }),
    caseOf({
      op: 'updateDockingEvent',
      doc: graphql(
        `mutation AuthorisationUpdateDockingEvent($e: ID!) { updateDockingEvent(id: $e, input: { venue: "别处" }) { id } }`,
      ),
      vars: () => ({ e: f.event }),
    }),
    caseOf({
      op: 'registerForEvent',
      doc: graphql(`mutation AuthorisationRegisterForEvent($e: ID!) { registerForEvent(eventId: $e) { id } }`),
      vars: () => ({ e: f.event }),
      allowed: ['otherMember'],
    }),
    caseOf({
      op: 'reviewRegistration',
      doc: graphql(
        `mutation AuthorisationReviewRegistration2($id: ID!) { reviewRegistration(id: $id, approve: false) { id } }`,
      ),
      vars: () => ({ id: f.registration }),
    }),
    caseOf({
      op: 'setUnavailableSlots',
      doc: graphql(
        `mutation AuthorisationSetUnavailableSlots($e: ID!) { setUnavailableSlots(eventId: $e, slotStarts: []) { id } }`,
      ),
      vars: () => ({ e: f.event }),
      allowed: ['otherMember'],
    }),
    caseOf({
      op: 'requestMeeting',
      doc: graphql(
        `mutation AuthorisationRequestMeeting($e: ID!, $w: ID!) { requestMeeting(eventId: $e, input: { withEnterpriseId: $w }) { id } }`,
      ),
      vars: () => ({ e: f.event, w: f.a.enterpriseId }),
    }),
    caseOf({
      op: 'respondToMeetingRequest',
      doc: graphql(
        `mutation AuthorisationRespondToMeetingRequest($id: ID!) { respondToMeetingRequest(id: $id, accept: false) { id } }`,
      ),
      vars: () => ({ id: f.request }),
    }),
    caseOf({
      op: 'cancelMeetingRequest',
      doc: graphql(`mutation AuthorisationCancelMeetingRequest($id: ID!) { cancelMeetingRequest(id: $id) { id } }`),
      vars: () => ({ id: f.request }),
    }),
    caseOf({
      op: 'scheduleMeetings',
      doc: graphql(`mutation AuthorisationScheduleMeetings($e: ID!) { scheduleMeetings(eventId: $e) { id } }`),
      vars: () => ({ e: f.event }),
    }),
    caseOf({
      op: 'publishSchedule',
      doc: graphql(`mutation AuthorisationPublishSchedule($e: ID!) { publishSchedule(eventId: $e) { id } }`),
      vars: () => ({ e: f.event }),
    }),
    caseOf({
      op: 'bookMeeting',
      doc: graphql(
        `mutation AuthorisationBookMeeting($id: ID!, $at: DateTime!) { bookMeeting(requestId: $id, startsAt: $at, table: "T2") { id } }`,
      ),
      vars: () => ({ id: f.request, at }),
    }),
    caseOf({
      op: 'moveMeeting',
      doc: graphql(
        `mutation AuthorisationMoveMeeting($id: ID!, $at: DateTime!) { moveMeeting(id: $id, startsAt: $at, table: "T3") { id } }`,
      ),
      vars: () => ({ id: f.meeting, at }),
    }),
    caseOf({
      op: 'cancelMeeting',
      doc: graphql(`mutation AuthorisationCancelMeeting($id: ID!) { cancelMeeting(id: $id) }`),
      vars: () => ({ id: f.meeting }),
    }),
    caseOf({
      op: 'lockMeeting',
      doc: graphql(`mutation AuthorisationLockMeeting($id: ID!) { lockMeeting(id: $id) { id } }`),
      vars: () => ({ id: f.meeting }),
    }),
    caseOf({
      op: 'unlockMeeting',
      doc: graphql(`mutation AuthorisationUnlockMeeting($id: ID!) { unlockMeeting(id: $id) { id } }`),
      vars: () => ({ id: f.meeting }),
    }),
    caseOf({
      op: 'createRoundTable',
      doc: graphql(
        `mutation AuthorisationCreateRoundTable($e: ID!, $h: ID!) { createRoundTable(eventId: $e, input: { hostEnterpriseId: $h, topic: "圆桌", table: "T2", startsAt: "2030-09-15T01:00:00.000Z", capacity: 5 }) { id } }`,
      ),
      vars: () => ({ e: f.event, h: f.c.enterpriseId }),
    }),
    caseOf({
      op: 'cancelRoundTable',
      doc: graphql(`mutation AuthorisationCancelRoundTable($id: ID!) { cancelRoundTable(id: $id) }`),
      vars: () => ({ id: f.roundTable }),
    }),
    caseOf({
      op: 'takeRoundTableSeat',
      doc: graphql(`mutation AuthorisationTakeRoundTableSeat($id: ID!) { takeRoundTableSeat(id: $id) { id } }`),
      vars: () => ({ id: f.roundTable }),
    }),
    caseOf({
      op: 'leaveRoundTableSeat',
      doc: graphql(`mutation AuthorisationLeaveRoundTableSeat($id: ID!) { leaveRoundTableSeat(id: $id) { id } }`),
      vars: () => ({ id: f.roundTable }),
    }),
    caseOf({
      op: 'rateMeeting',
      doc: graphql(
        `mutation AuthorisationRateMeeting($id: ID!) { rateMeeting(meetingId: $id, rating: NO_SHOW) { id } }`,
      ),
      vars: () => ({ id: f.meeting }),
    }),
    caseOf({
      op: 'checkInFirm',
      doc: graphql(
        `mutation AuthorisationCheckInFirm($e: ID!, $f: ID!) { checkInFirm(eventId: $e, enterpriseId: $f) { alreadyCheckedIn } }`,
      ),
      vars: () => ({ e: f.event, f: f.a.enterpriseId }),
    }),
    caseOf({
      op: 'markMeetingAttendance',
      doc: graphql(
        `mutation AuthorisationMarkMeetingAttendance($id: ID!) { markMeetingAttendance(meetingId: $id, outcome: HELD) { id } }`,
      ),
      vars: () => ({ id: f.meeting }),
    }),
    caseOf({
      op: 'addWalkInMeeting',
      doc: graphql(
        `mutation AuthorisationAddWalkInMeeting($e: ID!, $a: ID!, $c: ID!, $at: DateTime!) { addWalkInMeeting(eventId: $e, input: { enterpriseIds: [$a, $c], startsAt: $at, table: "T2" }) { id } }`,
      ),
      vars: () => ({ e: f.event, a: f.a.enterpriseId, c: f.c.enterpriseId, at }),
    }),
    caseOf({
      op: 'recordDeal',
      doc: graphql(
        `mutation AuthorisationRecordDeal2($e: ID!, $s: ID!, $b: ID!) { recordDeal(input: { eventId: $e, supplierEnterpriseId: $s, buyerEnterpriseId: $b, stage: INTENT }) { id } }`,
      ),
      vars: () => ({ e: f.event, s: f.a.enterpriseId, b: f.c.enterpriseId }),
    }),
    caseOf({
      op: 'advanceDeal',
      doc: graphql(`mutation AuthorisationAdvanceDeal($id: ID!) { advanceDeal(id: $id, stage: CANCELLED) { id } }`),
      vars: () => ({ id: f.deal }),
    }),
    caseOf({
      op: 'confirmDeal',
      doc: graphql(`mutation AuthorisationConfirmDeal($id: ID!) { confirmDeal(id: $id) { id } }`),
      vars: () => ({ id: f.deal }),
    }),
    caseOf({
      op: 'declineDeal',
      doc: graphql(`mutation AuthorisationDeclineDeal($id: ID!) { declineDeal(id: $id) { id } }`),
      vars: () => ({ id: f.deal }),
    }),
    caseOf({
      op: 'reviewDealForReport',
      doc: graphql(
        `mutation AuthorisationReviewDealForReport($id: ID!) { reviewDealForReport(id: $id, review: EXCLUDED, note: "不计入") { id } }`,
      ),
      vars: () => ({ id: f.deal }),
    }),
    caseOf({
      op: 'dealsAwaitingMyConfirmation',
      doc: graphql(
        `query AuthorisationDealsAwaitingMyConfirmation { dealsAwaitingMyConfirmation { totalCount edges { node { id } } } }`,
      ),
      vars: () => ({}),
      allowed: ['otherMember', 'otherOrganiser'],
    }),
    caseOf({
      op: 'rematchAll',
      doc: graphql(`mutation AuthorisationRematchAll { rematchAll { id } }`),
      vars: () => ({}),
      allowed: ['otherOrganiser'],
    }),
    caseOf({
      op: 'me',
      doc: graphql(`query AuthorisationMe { me { id } }`),
      vars: () => ({}),
      allowed: ['otherMember', 'otherOrganiser'],
    }),
    caseOf({
      op: 'matchSuggestions',
      doc: graphql(`query AuthorisationMatchSuggestions($id: ID!) { matchSuggestions(listingId: $id) { totalCount } }`),
      vars: () => ({ id: f.supply }),
      allowed: ['otherOrganiser'],
    }),
    caseOf({
      op: 'partnerSuggestions',
      doc: graphql(
        `query AuthorisationPartnerSuggestions($id: ID!) { partnerSuggestions(enterpriseId: $id) { score } }`,
      ),
      vars: () => ({ id: f.a.enterpriseId }),
      allowed: ['otherOrganiser'],
    }),
    caseOf({
      op: 'notifications',
      doc: graphql(`query AuthorisationNotifications2 { notifications { totalCount edges { node { id } } } }`),
      vars: () => ({}),
      allowed: ['otherMember', 'otherOrganiser'],
    }),
    caseOf({
      op: 'webhooks',
      doc: graphql(`query AuthorisationWebhooks { webhooks { id } }`),
      vars: () => ({}),
      allowed: ['otherMember', 'otherOrganiser'],
    }),
    caseOf({
      op: 'webhookDeliveries',
      doc: graphql(
        `query AuthorisationWebhookDeliveries($id: ID!) { webhookDeliveries(webhookId: $id) { totalCount } }`,
      ),
      vars: () => ({ id: f.webhook }),
    }),
    caseOf({
      op: 'myAgenda',
      doc: graphql(`query AuthorisationMyAgenda($e: ID!) { myAgenda(eventId: $e) { id } }`),
      vars: () => ({ e: f.event }),
      allowed: ['otherMember', 'otherOrganiser'],
    }),
    caseOf({
      op: 'myCheckIn',
      doc: graphql(`query AuthorisationMyCheckIn($e: ID!) { myCheckIn(eventId: $e) { code } }`),
      vars: () => ({ e: f.event }),
    }),
    caseOf({
      op: 'eventAttendees',
      doc: graphql(
        `query AuthorisationEventAttendees($e: ID!) { eventAttendees(eventId: $e) { totalCount edges { node { checkedInAt } } } }`,
      ),
      vars: () => ({ e: f.event }),
    }),
    caseOf({
      op: 'checkInSummary',
      doc: graphql(`query AuthorisationCheckInSummary($e: ID!) { checkInSummary(eventId: $e) { approved } }`),
      vars: () => ({ e: f.event }),
    }),
    caseOf({
      op: 'eventFloor',
      doc: graphql(`query AuthorisationEventFloor($e: ID!) { eventFloor(eventId: $e) { noShows tables { table } } }`),
      vars: () => ({ e: f.event }),
    }),
    caseOf({
      op: 'eventReport',
      doc: graphql(`query AuthorisationEventReport($e: ID!) { eventReport(eventId: $e) { funnel { approved } } }`),
      vars: () => ({ e: f.event }),
    }),
    caseOf({
      op: 'scheduleRun',
      doc: graphql(`query AuthorisationScheduleRun($id: ID!) { scheduleRun(id: $id) { id } }`),
      vars: () => ({ id: f.run }),
    }),
    caseOf({
      op: 'listingImport',
      doc: graphql(`query AuthorisationListingImport($id: ID!) { listingImport(id: $id) { id } }`),
      vars: () => ({ id: f.import }),
    }),
    caseOf({
      op: 'previewListingImport',
      doc: graphql(`query AuthorisationPreviewListingImport($id: ID!) { previewListingImport(id: $id) { id } }`),
      vars: () => ({ id: f.preview }),
    }),
    caseOf({
      op: 'commitListingImport',
      doc: graphql(`mutation AuthorisationCommitListingImport($id: ID!) { commitListingImport(id: $id) { id } }`),
      vars: () => ({ id: f.preview }),
    }),
    caseOf({
      op: 'matchRun',
      doc: graphql(`query AuthorisationMatchRun($id: ID!) { matchRun(id: $id) { id } }`),
      vars: () => ({ id: f.matchRun }),
      allowed: ['otherOrganiser'],
    }),
    caseOf({
      op: 'createTechnologyResult',
      doc: graphql(
        `mutation AuthorisationCreateTechnologyResult2 { createTechnologyResult(input: { title: "x", description: "x", categoryCodes: ["1523"], maturity: PILOT, cooperationModes: [TRANSFER] }) { id } }`,
      ),
      vars: () => ({}),
    }),
    // 产业招商: only a verified government body runs it, and only its own projects and entries
    caseOf({
      op: 'createInvestmentProject',
      doc: graphql(
        `mutation AuthorisationCreateProject2 { createInvestmentProject(input: { title: "x", description: "x", regionCode: "520300", categoryCodes: ["1523"], stage: PLANNED }) { id } }`,
      ),
      vars: () => ({}),
    }),
    caseOf({
      op: 'createFinancingProduct',
      doc: graphql(
        `mutation AuthorisationCreateFinancingProduct { createFinancingProduct(input: { name: "冒名贷", minAmountCny: "1", maxAmountCny: "2", minAnnualRate: 1, maxAnnualRate: 2, minTermMonths: 1, maxTermMonths: 2, guaranteeTypes: [CREDIT] }) { id } }`,
      ),
      vars: () => ({}),
    }),
    caseOf({
      op: 'publishPolicy',
      doc: graphql(
        `mutation AuthorisationPublishPolicy2 { publishPolicy(input: { title: "冒名政策", benefit: "x", deadline: "2099-12-31T00:00:00Z", regionCodes: ["520000"], rules: [] }) { id } }`,
      ),
      vars: () => ({}),
    }),
    caseOf({
      op: 'updateTechnologyResult',
      doc: graphql(
        `mutation AuthorisationUpdateTechnologyResult($id: ID!) { updateTechnologyResult(id: $id, input: { title: "x", description: "x", categoryCodes: ["1523"], maturity: PILOT, cooperationModes: [TRANSFER], open: false }) { id } }`,
      ),
      vars: () => ({ id: f.techResult }),
    }),
    caseOf({
      op: 'createTechnologyNeed',
      doc: graphql(
        `mutation AuthorisationCreateTechnologyNeed2 { createTechnologyNeed(input: { title: "x", problem: "x", categoryCode: "1523", deadline: "2099-12-31", minMaturity: PILOT }) { id } }`,
      ),
      vars: () => ({}),
      // Any firm posts technology needs; an organiser without a firm is refused.
      allowed: ['otherMember'],
    }),
    caseOf({
      op: 'updateTechnologyNeed',
      doc: graphql(
        `mutation AuthorisationUpdateTechnologyNeed($id: ID!) { updateTechnologyNeed(id: $id, input: { title: "x", problem: "x", categoryCode: "1523", deadline: "2099-12-31", minMaturity: PILOT, open: false }) { id } }`,
      ),
      vars: () => ({ id: f.techNeed }),
    }),
    caseOf({
      op: 'proposeTechnologyContract',
      doc: graphql(
        `mutation AuthorisationProposeTechnologyContract2($r: ID!, $n: ID!) { proposeTechnologyContract(input: { resultId: $r, needId: $n, amountCny: "1", mode: TRANSFER, signedOn: "2024-01-01" }) { id } }`,
      ),
      vars: () => ({ r: f.techResult, n: f.techNeed }),
    }),
    caseOf({
      op: 'confirmTechnologyContract',
      doc: graphql(
        `mutation AuthorisationConfirmTechnologyContract($id: ID!) { confirmTechnologyContract(id: $id) { id } }`,
      ),
      vars: () => ({ id: f.techContract }),
    }),
    caseOf({
      op: 'declineTechnologyContract',
      doc: graphql(
        `mutation AuthorisationDeclineTechnologyContract($id: ID!) { declineTechnologyContract(id: $id) { id } }`,
      ),
      vars: () => ({ id: f.techContract }),
    }),
    caseOf({
      op: 'technologyNeedMatches',
      doc: graphql(
        `query AuthorisationTechnologyNeedMatches($id: ID!) { technologyNeedMatches(needId: $id) { score } }`,
      ),
      vars: () => ({ id: f.techNeed }),
    }),
    caseOf({
      op: 'technologyResultMatches',
      doc: graphql(
        `query AuthorisationTechnologyResultMatches($id: ID!) { technologyResultMatches(resultId: $id) { score } }`,
      ),
      vars: () => ({ id: f.techResult }),
    }),
    caseOf({
      op: 'reevaluatePolicy',
      doc: graphql(`mutation AuthorisationReevaluatePolicy($id: ID!) { reevaluatePolicy(id: $id) { id } }`),
      vars: () => ({ id: f.policy }),
    }),
    caseOf({
      op: 'applyForPolicy',
      doc: graphql(
        `mutation AuthorisationApplyForPolicy2($id: ID!) { applyForPolicy(input: { policyId: $id }) { id } }`,
      ),
      vars: () => ({ id: f.policy }),
      // Any firm applies for itself (the other member's firm may); an organiser without a firm may not.
      allowed: ['otherMember'],
    }),
    caseOf({
      op: 'reviewPolicyApplication',
      doc: graphql(
        `mutation AuthorisationReviewPolicyApplication($id: ID!) { reviewPolicyApplication(id: $id, status: ACCEPTED) { id } }`,
      ),
      vars: () => ({ id: f.policyApplication }),
    }),
    caseOf({
      op: 'policy.applications',
      doc: graphql(
        `query AuthorisationPolicyApplications($id: ID!) { policy(id: $id) { applications { totalCount } } }`,
      ),
      vars: () => ({ id: f.policy }),
    }),
    caseOf({
      op: 'myPolicies',
      doc: graphql(`query AuthorisationMyPolicies { myPolicies { eligible } }`),
      vars: () => ({}),
      allowed: ['otherMember'],
    }),
    caseOf({
      op: 'updateFinancingProduct',
      doc: graphql(
        `mutation AuthorisationUpdateFinancingProduct($id: ID!) { updateFinancingProduct(id: $id, input: { status: CLOSED }) { id } }`,
      ),
      vars: () => ({ id: f.product }),
    }),
    caseOf({
      op: 'createFinancingNeed',
      doc: graphql(
        `mutation AuthorisationCreateFinancingNeed { createFinancingNeed(input: { amountCny: "1000", purpose: "周转", termMonths: 6, guaranteeTypes: [CREDIT], scale: MICRO }) { id } }`,
      ),
      vars: () => ({}),
      // Any firm posts its own needs; an organiser without a firm is refused.
      allowed: ['otherMember'],
    }),
    caseOf({
      op: 'updateFinancingNeed',
      doc: graphql(
        `mutation AuthorisationUpdateFinancingNeed($id: ID!) { updateFinancingNeed(id: $id, input: { status: CLOSED }) { id } }`,
      ),
      vars: () => ({ id: f.need }),
    }),
    caseOf({
      op: 'shareDealsWithLender',
      doc: graphql(
        `mutation AuthorisationShareDealsWithLender($i: ShareDealsWithLenderInput!) { shareDealsWithLender(input: $i) { id } }`,
      ),
      vars: () => ({ i: { needId: f.need, lenderEnterpriseId: f.bank.enterpriseId, dealIds: [f.signedDeal] } }),
    }),
    caseOf({
      op: 'withdrawDealShare',
      doc: graphql(`mutation AuthorisationWithdrawDealShare($id: ID!) { withdrawDealShare(id: $id) { id } }`),
      vars: () => ({ id: f.share }),
    }),
    caseOf({
      op: 'recordLoanOutcome',
      doc: graphql(
        `mutation AuthorisationRecordLoanOutcome($n: ID!, $p: ID!) { recordLoanOutcome(needId: $n, productId: $p, stage: ACCEPTED) { loanStage } }`,
      ),
      vars: () => ({ n: f.need, p: f.product }),
    }),
    caseOf({
      op: 'financingNeed',
      doc: graphql(
        `query AuthorisationFinancingNeed($id: ID!) { financingNeed(id: $id) { id sharedDeals { dealId } } }`,
      ),
      vars: () => ({ id: f.need }),
    }),
    caseOf({
      op: 'financingMatchesForNeed',
      doc: graphql(
        `query AuthorisationFinancingMatchesForNeed($id: ID!) { financingMatchesForNeed(needId: $id) { totalCount } }`,
      ),
      vars: () => ({ id: f.need }),
    }),
    caseOf({
      op: 'financingMatchesForProduct',
      doc: graphql(
        `query AuthorisationFinancingMatchesForProduct($id: ID!) { financingMatchesForProduct(productId: $id) { totalCount } }`,
      ),
      vars: () => ({ id: f.product }),
    }),
    caseOf({
      op: 'updateInvestmentProject',
      doc: graphql(
        `mutation AuthorisationUpdateProject($id: ID!) { updateInvestmentProject(id: $id, input: { title: "x", description: "x", regionCode: "520300", categoryCodes: ["1523"], stage: PLANNED }) { id } }`,
      ),
      vars: () => ({ id: f.project }),
    }),
    caseOf({
      op: 'addToInvestmentPipeline',
      doc: graphql(
        `mutation AuthorisationAddToPipeline2($c: ID!, $p: ID!) { addToInvestmentPipeline(input: { candidateEnterpriseId: $c, projectId: $p }) { id } }`,
      ),
      vars: () => ({ c: f.c.enterpriseId, p: f.project }),
    }),
    caseOf({
      op: 'moveInvestmentPipelineEntry',
      doc: graphql(
        `mutation AuthorisationMovePipeline($id: ID!) { moveInvestmentPipelineEntry(input: { id: $id, stage: CONTACTED }) { id } }`,
      ),
      vars: () => ({ id: f.entry }),
    }),
    caseOf({
      op: 'investmentPipelineEntry',
      doc: graphql(`query AuthorisationPipelineEntry($id: ID!) { investmentPipelineEntry(id: $id) { id } }`),
      vars: () => ({ id: f.entry }),
    }),
    caseOf({
      op: 'investmentProjectCandidates',
      doc: graphql(
        `query AuthorisationProjectCandidates($id: ID!) { investmentProjectCandidates(projectId: $id) { totalCount } }`,
      ),
      vars: () => ({ id: f.project }),
    }),
    caseOf({
      op: 'investmentLeads',
      doc: graphql(`query AuthorisationInvestmentLeads { investmentLeads(regionCode: "520300") { totalCount } }`),
      vars: () => ({}),
    }),
    caseOf({
      op: 'investmentPipeline',
      doc: graphql(`query AuthorisationInvestmentPipeline { investmentPipeline { totalCount } }`),
      vars: () => ({}),
    }),
  ];
  /**
   * Public by design: everyone may try them (logOut only clears the caller's own session cookie; a
   * password reset asks for the mailed link's token, test/password-reset.e2e-spec.ts).
   */
  const PUBLIC = ['signUp', 'logIn', 'logOut', 'requestPasswordReset', 'resetPassword'];

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
              (res.data && Object.values(res.data).every((v) => v === null)) ||
              (await answeredAsUnknown(actors[actor], c, res));
        if (!refused || res.status >= 500)
          leaks.push(`${c.op}: ${res.status} ${JSON.stringify(res.errors?.[0]?.extensions ?? res.data)}`);
      }
      expect(leaks).toEqual([]);
    }, 60_000);
  }

  /** The answer is word for word the one an id that does not exist gets. */
  async function answeredAsUnknown(
    client: GraphQLClient,
    c: Case,
    res: Awaited<ReturnType<GraphQLClient['request']>>,
  ): Promise<boolean> {
    const vars = c.vars();
    if (typeof vars.id !== 'string' || !res.errors?.length) return false;
    const none = await client.request(c.doc, { ...vars, id: randomUUID() });
    return JSON.stringify([res.errors[0], res.data]) === JSON.stringify([none.errors?.[0], none.data]);
  }

  it("answers another organiser's private ids (meetings, requests, runs, registrations, imports) as unknown ones", async () => {
    const hidden = [
      'bookMeeting',
      'moveMeeting',
      'cancelMeeting',
      'lockMeeting',
      'unlockMeeting',
      'reviewRegistration',
    ];
    hidden.push('scheduleRun', 'listingImport');
    const told: string[] = [];
    for (const op of hidden) {
      const c = CASES.find((x) => x.op === op)!;
      const vars = c.vars();
      const unknown = { ...vars, id: randomUUID() };
      const [real, none] = [
        await actors.otherOrganiser.request(c.doc, vars),
        await actors.otherOrganiser.request(c.doc, unknown),
      ];
      const seen = (r: typeof real) => [
        r.errors?.[0]?.extensions?.code ?? null,
        r.errors?.[0]?.message ?? null,
        r.data,
      ];
      if (JSON.stringify(seen(real)) !== JSON.stringify(seen(none)))
        told.push(`${op}: ${JSON.stringify(seen(real))} vs ${JSON.stringify(seen(none))}`);
    }
    expect(told).toEqual([]);
  }, 60_000);

  it('shows nothing of firm A to others where a query answers everyone', async () => {
    const member = actors.otherMember;
    expect(
      (
        await member.ok(
          graphql(
            `mutation AuthorisationMarkNotificationsReadOfOthers($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`,
          ),
          {
            ids: [f.notification],
          },
        )
      ).markNotificationsRead,
    ).toBe(0);
    const a = await f.a.client.ok(
      graphql(`query AuthorisationNotifications3 { notifications(unreadOnly: true) { edges { node { id } } } }`),
    );
    expect(a.notifications.edges.map((e: any) => e.node.id)).toContain(f.notification);
    expect(
      (await member.ok(graphql(`query AuthorisationListing($id: ID!) { listing(id: $id) { id } }`), { id: f.demand }))
        .listing,
    ).toBeNull();
    const counts = await member.ok(
      graphql(
        `query AuthorisationListings { listings(filter: { kind: DEMAND, categoryCode: "3055" }) { totalCount edges { node { id } } } }`,
      ),
    );
    expect(counts.listings.edges.map((e) => e.node.id)).not.toContain(f.demand);
    const event = await member.ok(
      graphql(
        `query AuthorisationDockingEvent2($id: ID!) { dockingEvent(id: $id) { meetings { id } meetingRequests { id } deals { id } latestScheduleRun { id } } }`,
      ),
      { id: f.event },
    );
    expect(event.dockingEvent).toEqual({ meetings: [], meetingRequests: [], deals: [], latestScheduleRun: null });
    const other = await actors.otherOrganiser.ok(
      graphql(
        `query AuthorisationDockingEvent2($id: ID!) { dockingEvent(id: $id) { meetings { id } meetingRequests { id } deals { id } latestScheduleRun { id } } }`,
      ),
      { id: f.event },
    );
    expect(other.dockingEvent).toEqual({ meetings: [], meetingRequests: [], deals: [], latestScheduleRun: null });
    // A deal awaits its counterpart only: firm C sees A's deal to confirm; nobody else does.
    const AWAITING = graphql(
      `query AuthorisationDealsAwaitingMyConfirmation { dealsAwaitingMyConfirmation { totalCount edges { node { id } } } }`,
    );
    expect((await member.ok(AWAITING)).dealsAwaitingMyConfirmation.totalCount).toBe(0);
    expect((await f.c.client.ok(AWAITING)).dealsAwaitingMyConfirmation.edges.map((e: any) => e.node.id)).toContain(
      f.deal,
    );
    expect((await f.a.client.ok(AWAITING)).dealsAwaitingMyConfirmation.totalCount).toBe(0);
    // Proposals are the firm's, claims the claimant's or the importer's: others list none of them.
    for (const client of [member, actors.otherOrganiser]) {
      expect(
        (await client.ok(graphql(`query AuthorisationListingProposals2 { listingProposals { totalCount } }`)))
          .listingProposals.totalCount,
      ).toBe(0);
      expect(
        (await client.ok(graphql(`query AuthorisationMyEnterpriseClaims3 { myEnterpriseClaims { totalCount } }`)))
          .myEnterpriseClaims.totalCount,
      ).toBe(0);
    }
    expect(
      (
        await actors.otherOrganiser.ok(
          graphql(`query AuthorisationEnterpriseClaims2 { enterpriseClaims { totalCount } }`),
        )
      ).enterpriseClaims.totalCount,
    ).toBe(0);
    expect(
      (await f.a.client.ok(graphql(`query AuthorisationListingProposals2 { listingProposals { totalCount } }`)))
        .listingProposals.totalCount,
    ).toBe(1);
    for (const file of ['schedule.xlsx', 'report.xlsx']) {
      const res = await fetch(`${api.baseUrl}/events/${f.event}/${file}`, {
        headers: { authorization: `Bearer ${actors.otherOrganiser.token}` },
      });
      expect(res.status).toBe(403);
    }
  });
});
