import { randomInt } from 'node:crypto';

import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { USCC_CHARSET, usccCheckChar } from '../libs/enterprises/src/uscc';
import { graphql } from './generated';
import { adminClient, createEvent, organiser } from './support/events';
import { eventually } from './support/eventually';
import { enterpriseMember, signUp } from './support/factories';
import type { GraphQLClient } from './support/graphql';
import { useStack } from './support/stack';

const PUBLISH = graphql(
  `mutation PoliciesPublishPolicy($input: PublishPolicyInput!) { publishPolicy(input: $input) { id title open regionNames rules { kind description } issuer { id } } }`,
);
const POLICY = graphql(`query PoliciesPolicy($id: ID!) { policy(id: $id) { id eligibleFirmCount evaluatedAt } }`);
const REEVALUATE = graphql(`mutation PoliciesReevaluatePolicy($id: ID!) { reevaluatePolicy(id: $id) { id } }`);
const MY_POLICIES = graphql(
  `query PoliciesMyPolicies($only: Boolean) { myPolicies(eligibleOnly: $only) { eligible policy { id title } conditions { kind met detail } application { id status } } }`,
);
const APPLY = graphql(
  `mutation PoliciesApplyForPolicy($input: ApplyForPolicyInput!) { applyForPolicy(input: $input) { id status statusName event { id } enterprise { id } } }`,
);
const REVIEW = graphql(
  `mutation PoliciesReviewPolicyApplication($id: ID!, $status: PolicyApplicationStatus!, $note: String) { reviewPolicyApplication(id: $id, status: $status, note: $note) { id status statusName reviewNote } }`,
);
const APPLICATIONS = graphql(
  `query PoliciesApplications($id: ID!) { policy(id: $id) { applications(first: 10) { totalCount edges { node { id status enterprise { id } } } } } }`,
);
const REPORT = graphql(
  `query PoliciesEventReport($e: ID!) { eventReport(eventId: $e) { policies { applications byPolicy { policyId title count } } } }`,
);
const NOTIFICATIONS = graphql(
  `query PoliciesNotifications { notifications(first: 50) { edges { node { kind title data } } } }`,
);
const DEAL = graphql(`mutation PoliciesRecordDeal($input: RecordDealInput!) { recordDeal(input: $input) { id } }`);
const CONFIRM = graphql(`mutation PoliciesConfirmDeal($id: ID!) { confirmDeal(id: $id) { id confirmed } }`);
const VERIFY = graphql(
  `mutation PoliciesVerifyEnterprise($id: ID!, $t: ParticipantType) { verifyEnterprise(id: $id, participantType: $t) { id participantType verificationStatus } }`,
);
const REGISTER = graphql(`mutation PoliciesRegisterForEvent($e: ID!) { registerForEvent(eventId: $e) { id } }`);
const APPROVE = graphql(
  `mutation PoliciesReviewRegistration($id: ID!) { reviewRegistration(id: $id, approve: true) { id } }`,
);

/** A 统一社会信用代码 of a 机关 (registering authority 11), which proposes a government body. */
function governmentCode(area = '520000'): string {
  let org = '';
  for (let i = 0; i < 9; i++) org += USCC_CHARSET[randomInt(USCC_CHARSET.length)];
  const first17 = `11${area}${org}`;
  return first17 + usccCheckChar(first17);
}

describe('惠企政策: rules evaluated against every firm, eligible firms told once, applications (e2e)', () => {
  const { api, stack } = useStack({ isolated: true });
  type Firm = Awaited<ReturnType<typeof enterpriseMember>>;
  let admin: GraphQLClient;
  let org: GraphQLClient;
  let eventId: string;
  let gov: Firm, unverifiedGov: Firm, meets: Firm, misses: Firm, buyer: Firm, sichuan: Firm;
  let policyId: string;

  const policyNotices = async (firm: Firm, kind = 'POLICY_ELIGIBLE') =>
    (await firm.client.ok(NOTIFICATIONS)).notifications.edges.filter((e) => e.node.kind === kind).map((e) => e.node);
  const signDeal = async (supplier: Firm, buyerFirm: Firm, amount: string) => {
    const id = (
      await supplier.client.ok(DEAL, {
        input: {
          supplierEnterpriseId: supplier.enterpriseId,
          buyerEnterpriseId: buyerFirm.enterpriseId,
          stage: 'SIGNED',
          amountCny: amount,
        },
      })
    ).recordDeal.id;
    await buyerFirm.client.ok(CONFIRM, { id });
  };
  const input = (over: Record<string, unknown> = {}) => ({
    title: '生态特色食品产销对接奖补',
    benefit: '对在产销对接活动中签约的生态特色食品企业，按合同金额的 2% 给予奖补',
    benefitAmountCny: '200000',
    deadline: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    regionCodes: ['520000'],
    rules: [
      { kind: 'SECTOR' as const, sectors: ['ECO_FOOD' as const] },
      { kind: 'SIGNED_DEALS' as const, minDeals: 1 },
    ],
    eventId,
    ...over,
  });

  beforeAll(async () => {
    admin = await adminClient(api);
    org = await organiser(api);
    eventId = await createEvent(org, {
      title: '贵州省生态特色食品产业政产学金暨产销对接活动（政策测试）',
      sectors: ['ECO_FOOD'],
    });
    [gov, unverifiedGov, meets, misses, buyer, sichuan] = await Promise.all([
      enterpriseMember(api, {
        name: `贵州省生态特色食品产业发展办公室${Date.now().toString(36)}`,
        creditCode: governmentCode(),
        regionCode: '520102',
        sector: 'ECO_FOOD',
        categoryCodes: [],
      }),
      enterpriseMember(api, {
        name: `某县农业农村局${Date.now().toString(36)}`,
        creditCode: governmentCode(),
        regionCode: '520102',
        sector: 'ECO_FOOD',
        categoryCodes: [],
      }),
      enterpriseMember(api, {
        name: `贵州黔味食品${Date.now().toString(36)}有限公司`,
        regionCode: '520102',
        sector: 'ECO_FOOD',
        categoryCodes: ['1495'],
      }),
      enterpriseMember(api, {
        name: `遵义辣椒食品${Date.now().toString(36)}有限公司`,
        regionCode: '520302',
        sector: 'ECO_FOOD',
        categoryCodes: ['1495'],
      }),
      enterpriseMember(api, {
        name: `贵阳商超${Date.now().toString(36)}有限公司`,
        regionCode: '520102',
        sector: 'SUPPORTING',
        categoryCodes: [],
      }),
      enterpriseMember(api, {
        name: `成都川味食品${Date.now().toString(36)}有限公司`,
        regionCode: '510104',
        sector: 'ECO_FOOD',
        categoryCodes: ['1495'],
      }),
    ]);
    expect((await admin.ok(VERIFY, { id: gov.enterpriseId, t: 'GOVERNMENT' })).verifyEnterprise).toMatchObject({
      participantType: 'GOVERNMENT',
      verificationStatus: 'VERIFIED',
    });
    for (const f of [meets, sichuan, gov]) {
      const reg = (await f.client.ok(REGISTER, { e: eventId })).registerForEvent.id;
      await org.ok(APPROVE, { id: reg });
    }
    await signDeal(meets, buyer, '120000');
    await signDeal(sichuan, buyer, '80000');
  }, 120_000);

  it('lets only a verified government body publish, and names each bad field in Chinese', async () => {
    expect((await meets.client.fails(PUBLISH, { input: input() })).extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await unverifiedGov.client.fails(PUBLISH, { input: input() })).extensions).toMatchObject({
      code: 'FORBIDDEN',
    });
    const bad = await gov.client.fails(PUBLISH, {
      input: input({
        deadline: new Date(Date.now() - 60_000).toISOString(),
        regionCodes: ['999999'],
        rules: [
          { kind: 'SECTOR', sectors: [] },
          { kind: 'SIGNED_DEALS', minDeals: 0 },
        ],
      }),
    });
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(bad.extensions!.fields).toEqual(['deadline', 'regionCodes', 'rules[0].sectors', 'rules[1].minDeals']);
    expect(bad.message).toContain('已签约合同笔数');
    // Only an event the body was approved at: its policy shows in that event's report.
    const notThere = await createEvent(org, { title: '未参加的对接活动（政策测试）', sectors: ['ECO_FOOD'] });
    const away = await gov.client.fails(PUBLISH, { input: input({ eventId: notThere }) });
    expect(away.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['eventId'] });
  });

  it('publishes a policy and evaluates it: the firm meeting every rule is eligible and told once', async () => {
    const published = (await gov.client.ok(PUBLISH, { input: input() })).publishPolicy;
    policyId = published.id;
    expect(published).toMatchObject({ open: true, regionNames: ['贵州省'], issuer: { id: gov.enterpriseId } });
    expect(published.rules.map((r) => r.description)).toEqual(['所属行业为 生态特色食品', '至少 1 笔已签约合同']);
    const evaluated = await eventually(
      'the policy evaluated',
      async () => (await gov.client.ok(POLICY, { id: policyId })).policy!,
      (p) => !!p.evaluatedAt,
    );
    expect(evaluated.eligibleFirmCount).toBe(1);
    // Others do not see the count.
    expect((await meets.client.ok(POLICY, { id: policyId })).policy!.eligibleFirmCount).toBeNull();
    const notices = await eventually(
      'the eligible firm told',
      () => policyNotices(meets),
      (n) => n.length > 0,
    );
    expect(notices).toHaveLength(1);
    expect(notices[0].title).toBe('符合惠企政策「生态特色食品产销对接奖补」的申报条件');
    expect(JSON.parse(notices[0].data!)).toEqual({ policyId });
    expect(await policyNotices(misses)).toEqual([]);
  });

  it('shows a firm its conditions met and missing, with the reason; none outside the policy’s regions', async () => {
    const mine = (await meets.client.ok(MY_POLICIES, {})).myPolicies.find((p) => p.policy.id === policyId)!;
    expect(mine.eligible).toBe(true);
    expect(mine.conditions.map((c) => c.detail)).toEqual([
      '已满足：政策适用地区 贵州省',
      '已满足：所属行业 生态特色食品',
      '已满足：已签约合同 1 笔',
    ]);
    const theirs = (await misses.client.ok(MY_POLICIES, {})).myPolicies.find((p) => p.policy.id === policyId)!;
    expect(theirs.eligible).toBe(false);
    expect(theirs.conditions.filter((c) => !c.met).map((c) => c.detail)).toEqual([
      '未满足：需至少 1 笔已签约合同，当前 0 笔',
    ]);
    expect((await misses.client.ok(MY_POLICIES, { only: true })).myPolicies.map((p) => p.policy.id)).not.toContain(
      policyId,
    );
    expect((await sichuan.client.ok(MY_POLICIES, {})).myPolicies.map((p) => p.policy.id)).not.toContain(policyId);
  });

  it('re-evaluates when the firm signs a deal: the newcomer is told, the firm told before is not told again', async () => {
    await signDeal(misses, buyer, '50000');
    expect((await meets.client.fails(REEVALUATE, { id: policyId })).extensions).toMatchObject({ code: 'FORBIDDEN' });
    const db = stack().api.get<DataSource>(getDataSourceToken());
    const aMinuteOn = () =>
      db.query(
        `UPDATE policy SET evaluated_at = evaluated_at - interval '2 minutes',
                reevaluation_requested_at = reevaluation_requested_at - interval '2 minutes' WHERE id = $1`,
        [policyId],
      );
    await aMinuteOn(); // a body re-evaluates a policy at most once a minute
    await gov.client.ok(REEVALUATE, { id: policyId });
    await eventually(
      'two eligible firms',
      async () => (await gov.client.ok(POLICY, { id: policyId })).policy!.eligibleFirmCount,
      (n) => n === 2,
    );
    expect(
      await eventually(
        'the newcomer told',
        () => policyNotices(misses),
        (n) => n.length > 0,
      ),
    ).toHaveLength(1);
    // Asked again at once, the body is told to wait (an outside tester's 50 at once each re-ran it) ...
    const soon = await gov.client.fails(REEVALUATE, { id: policyId });
    expect(soon.extensions).toMatchObject({ code: 'RATE_LIMITED', reason: 'REEVALUATED_RECENTLY' });
    // ... and a minute on, a second re-evaluation tells nobody again.
    const evaluatedAt = async () => (await gov.client.ok(POLICY, { id: policyId })).policy!.evaluatedAt;
    await aMinuteOn();
    // Of ten asked at once, one is taken (and its evaluation awaited before the next minute is faked).
    const beforeBurst = await evaluatedAt();
    const burst = await Promise.all(Array.from({ length: 10 }, () => gov.client.request(REEVALUATE, { id: policyId })));
    expect(burst.filter((r) => !r.errors).length).toBe(1);
    await eventually('the burst’s evaluation', evaluatedAt, (at) => at !== beforeBurst);
    await aMinuteOn();
    const before = await evaluatedAt();
    await gov.client.ok(REEVALUATE, { id: policyId });
    await eventually(
      'evaluated once more',
      async () => (await gov.client.ok(POLICY, { id: policyId })).policy!.evaluatedAt,
      (at) => at !== before,
    );
    expect(await policyNotices(meets)).toHaveLength(1);
    expect(await policyNotices(misses)).toHaveLength(1);
  });

  it('takes an eligible firm’s application at the event, once, refuses one that misses a rule, and the body reviews it', async () => {
    const refused = await sichuan.client.fails(APPLY, { input: { policyId } });
    expect(refused.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(refused.message).toContain('未满足：政策适用于 贵州省');
    // A policy of no event is credited to none.
    const unattached = (await gov.client.ok(PUBLISH, { input: input({ eventId: null, title: '不属于活动的政策' }) }))
      .publishPolicy;
    const credited = await meets.client.fails(APPLY, { input: { policyId: unattached.id, eventId } });
    expect(credited.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['eventId'] });
    // An application is credited to the policy's own event, not another one the firm was at.
    const otherEvent = await createEvent(org, { title: '另一场对接活动（政策测试）', sectors: ['ECO_FOOD'] });
    const elsewhere = await meets.client.fails(APPLY, { input: { policyId, eventId: otherEvent } });
    expect(elsewhere.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['eventId'] });
    const notRegistered = await misses.client.fails(APPLY, { input: { policyId, eventId } });
    expect(notRegistered.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['eventId'] });

    const app = (await meets.client.ok(APPLY, { input: { policyId, eventId, note: '已签约 1 笔' } })).applyForPolicy;
    expect(app).toMatchObject({ status: 'SUBMITTED', statusName: '已申报', event: { id: eventId } });
    expect((await meets.client.fails(APPLY, { input: { policyId } })).extensions).toMatchObject({ code: 'CONFLICT' });
    await misses.client.ok(APPLY, { input: { policyId } });

    const listed = (await gov.client.ok(APPLICATIONS, { id: policyId })).policy!.applications;
    expect(listed.totalCount).toBe(2);
    expect((await meets.client.fails(APPLICATIONS, { id: policyId })).extensions).toMatchObject({ code: 'FORBIDDEN' });

    // Only the issuing body reviews, along 已申报 → 已受理 → 已兑现.
    expect((await meets.client.fails(REVIEW, { id: app.id, status: 'GRANTED' })).extensions).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect((await unverifiedGov.client.fails(REVIEW, { id: app.id, status: 'ACCEPTED' })).extensions).toMatchObject({
      code: 'NOT_FOUND',
    });
    const skip = await gov.client.fails(REVIEW, { id: app.id, status: 'GRANTED' });
    expect(skip.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['status'] });
    expect(skip.message).toContain('不能从「已申报」改为「已兑现」');
    await gov.client.ok(REVIEW, { id: app.id, status: 'ACCEPTED' });
    expect(
      (await gov.client.ok(REVIEW, { id: app.id, status: 'GRANTED', note: '奖补资金已拨付' })).reviewPolicyApplication,
    ).toEqual({
      id: app.id,
      status: 'GRANTED',
      statusName: '已兑现',
      reviewNote: '奖补资金已拨付',
    });
    const told = await policyNotices(meets, 'POLICY_APPLICATION_REVIEWED');
    expect(told.map((n) => n.title).sort()).toEqual([
      '政策申报「生态特色食品产销对接奖补」已兑现',
      '政策申报「生态特色食品产销对接奖补」已受理',
    ]);
    const mine = (await meets.client.ok(MY_POLICIES, {})).myPolicies.find((p) => p.policy.id === policyId)!;
    expect(mine.application).toEqual({ id: app.id, status: 'GRANTED' });
  });

  it('counts applications made at the event in its report, by policy', async () => {
    expect((await org.ok(REPORT, { e: eventId })).eventReport.policies).toEqual({
      applications: 1,
      byPolicy: [{ policyId, title: '生态特色食品产销对接奖补', count: 1 }],
    });
  });

  it('refuses an anonymous caller and a user without a firm', async () => {
    expect((await api.fails(MY_POLICIES, {})).extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    const loner = await signUp(api);
    expect((await loner.client.fails(APPLY, { input: { policyId } })).extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await loner.client.fails(PUBLISH, { input: input() })).extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});
