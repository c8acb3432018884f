import { getDataSourceToken } from '@nestjs/typeorm';
import ExcelJS from 'exceljs';
import type { DataSource } from 'typeorm';

import { todayInChina } from '@duijie/common';

import { graphql } from './generated';
import { adminClient, approveAt, createEvent, organiser } from './support/events';
import { creditCode, enterpriseMember } from './support/factories';
import type { GraphQLClient } from './support/graphql';
import { useStack } from './support/stack';

const VERIFY = graphql(
  `mutation ResearchVerifyEnterprise($id: ID!, $t: ParticipantType) { verifyEnterprise(id: $id, participantType: $t) { id participantType verificationStatus } }`,
);
const CREATE_RESULT = graphql(
  `mutation ResearchCreateResult($input: TechnologyResultInput!) { createTechnologyResult(input: $input) { id title maturity priceCny cooperationModes categories { code } ipRights { kind number } enterprise { id } } }`,
);
const UPDATE_RESULT = graphql(
  `mutation ResearchUpdateResult($id: ID!, $input: TechnologyResultInput!) { updateTechnologyResult(id: $id, input: $input) { id title } }`,
);
const CREATE_NEED = graphql(
  `mutation ResearchCreateNeed($input: TechnologyNeedInput!) { createTechnologyNeed(input: $input) { id title minMaturity event { id } } }`,
);
const NEED_MATCHES = graphql(
  `query ResearchNeedMatches($id: ID!) { technologyNeedMatches(needId: $id) { score reasons { condition met text } result { id title } } }`,
);
const RESULT_MATCHES = graphql(
  `query ResearchResultMatches($id: ID!) { technologyResultMatches(resultId: $id) { score reasons { condition met text } need { id title } } }`,
);
const PROPOSE = graphql(
  `mutation ResearchPropose($input: ProposeTechnologyContractInput!) { proposeTechnologyContract(input: $input) { id status amountCny mode awaitingMyConfirmation event { id } } }`,
);
const CONFIRM = graphql(
  `mutation ResearchConfirm($id: ID!) { confirmTechnologyContract(id: $id) { id status awaitingMyConfirmation } }`,
);
const DECLINE = graphql(`mutation ResearchDecline($id: ID!) { declineTechnologyContract(id: $id) { id status } }`);
const CONTRACTS = graphql(
  `query ResearchMyContracts { myTechnologyContracts(first: 10) { totalCount edges { node { id status awaitingMyConfirmation result { title } need { title } research { id } firm { id } } } } }`,
);
const MOVE = graphql(
  `mutation ResearchMoveFirm($id: ID!, $input: UpdateEnterpriseInput!) { updateEnterprise(id: $id, input: $input) { id } }`,
);
const REPORT = graphql(
  `query ResearchEventReport($e: ID!) { eventReport(eventId: $e) { technologyContracts { contracts amountCny bySector { sector contracts amountCny } byCategory { category { code } contracts amountCny } byRegion { region { code } contracts amountCny } } } }`,
);
const NOTIFICATIONS = graphql(
  `query ResearchNotifications { notifications(first: 50) { edges { node { kind title data } } } }`,
);

const chilliJuice = {
  title: '刺梨汁低温浓缩技术',
  description: '低温真空浓缩刺梨原汁，维生素C保留率90%以上，适用于刺梨果汁饮料生产企业',
  categoryCodes: ['1523'],
  maturity: 'PILOT' as const,
  ipRights: [{ kind: 'INVENTION_PATENT' as const, number: 'ZL202010123456.7' }],
  cooperationModes: ['TRANSFER' as const, 'LICENSE' as const],
  priceCny: '800000',
};

describe('产学研对接: technology results, needs, matches and contracts (e2e)', () => {
  const { api, stack } = useStack({ isolated: true });
  type Firm = Awaited<ReturnType<typeof enterpriseMember>>;
  let univ: Firm, food: Firm, plain: Firm, unverified: Firm, outsider: Firm;
  let org: GraphQLClient;
  let eventId: string;
  let resultId: string, labResultId: string, needId: string;

  beforeAll(async () => {
    const admin = await adminClient(api);
    org = await organiser(api);
    eventId = await createEvent(org, {
      title: '贵州省生态特色食品产业政产学金暨产销对接活动（测试）',
      sectors: ['ECO_FOOD'],
    });
    univ = await enterpriseMember(api, {
      name: `贵州农业科技大学${Date.now().toString(36)}`,
      creditCode: creditCode('520115', '12'),
      participantType: 'RESEARCH_INSTITUTE',
      sector: 'ECO_FOOD',
      categoryCodes: ['1523'],
    });
    // Declared a research body, but nobody verified it yet.
    unverified = await enterpriseMember(api, {
      creditCode: creditCode('520115', '12'),
      participantType: 'RESEARCH_INSTITUTE',
      sector: 'ECO_FOOD',
      categoryCodes: ['1523'],
    });
    food = await enterpriseMember(api, { regionCode: '520302', sector: 'ECO_FOOD', categoryCodes: ['1523'] });
    plain = await enterpriseMember(api, { sector: 'ECO_FOOD', categoryCodes: ['1523'] });
    outsider = await enterpriseMember(api);
    await admin.ok(VERIFY, { id: univ.enterpriseId, t: 'RESEARCH_INSTITUTE' });
    await admin.ok(VERIFY, { id: plain.enterpriseId, t: 'ENTERPRISE' });
  }, 120_000);

  it('lets only a verified research body publish results', async () => {
    for (const who of [plain, unverified, outsider]) {
      const e = await who.client.fails(CREATE_RESULT, { input: chilliJuice });
      expect(e.extensions?.code).toBe('FORBIDDEN');
      expect(e.message).toBe('只有已认证的高校/科研院所可以发布技术成果');
    }
    const bad = await univ.client.fails(CREATE_RESULT, {
      input: { ...chilliJuice, title: ' ', categoryCodes: ['9999'], cooperationModes: [] },
    });
    expect(bad.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: ['title', 'categoryCodes', 'cooperationModes'],
    });
    const made = (await univ.client.ok(CREATE_RESULT, { input: chilliJuice })).createTechnologyResult;
    expect(made).toMatchObject({
      title: '刺梨汁低温浓缩技术',
      maturity: 'PILOT',
      priceCny: '800000.00',
      categories: [{ code: '1523' }],
      ipRights: [{ kind: 'INVENTION_PATENT', number: 'ZL202010123456.7' }],
      enterprise: { id: univ.enterpriseId },
    });
    resultId = made.id;
    labResultId = (
      await univ.client.ok(CREATE_RESULT, {
        input: {
          ...chilliJuice,
          title: '刺梨多糖低温提取与浓缩',
          description: '刺梨果渣中多糖的低温提取与浓缩工艺，尚在实验室验证',
          maturity: 'LABORATORY',
          priceCny: null,
        },
      })
    ).createTechnologyResult.id;
  });

  it('matches a firm’s need to the results with every condition explained, a maturity miss included', async () => {
    const past = await food.client.fails(CREATE_NEED, {
      input: {
        title: 'x',
        problem: 'x',
        categoryCode: '1523',
        deadline: '2020-01-01',
        minMaturity: 'PILOT',
      },
    });
    expect(past.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['deadline'] });
    // a need counts in the report of the event it names: only once the firm's registration there is approved
    const unregistered = await food.client.fails(CREATE_NEED, {
      input: { title: 'x', problem: 'x', categoryCode: '1523', deadline: '2099-12-31', minMaturity: 'PILOT', eventId },
    });
    expect(unregistered.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['eventId'] });
    expect(JSON.stringify(unregistered.extensions)).toContain('报名已通过的活动');
    await approveAt(org, food.client, eventId);
    const need = (
      await food.client.ok(CREATE_NEED, {
        input: {
          title: '刺梨原汁浓缩后维生素C损失大',
          problem: '现有高温浓缩工艺使刺梨汁维生素C损失过半，寻求低温浓缩技术，要求已完成中试',
          categoryCode: '1523',
          budgetCny: '1000000',
          deadline: '2099-12-31',
          minMaturity: 'PILOT',
          eventId,
        },
      })
    ).createTechnologyNeed;
    needId = need.id;
    expect(need.event).toEqual({ id: eventId });

    const matches = (await food.client.ok(NEED_MATCHES, { id: needId })).technologyNeedMatches;
    expect(matches.map((m) => m.result.id)).toEqual([resultId, labResultId]);
    const [best, lab] = matches;
    expect(best.reasons.every((r) => r.met)).toBe(true);
    expect(best.reasons.map((r) => r.text)).toEqual(
      expect.arrayContaining([
        '产业链环节相同：1523 果菜汁及果菜汁饮料制造',
        '成熟度满足：成果已达中试，需求要求至少中试',
        '报价 ¥800,000.00 在预算 ¥1,000,000.00 以内',
      ]),
    );
    expect(best.reasons.find((r) => r.condition === 'TERMS')!.text).toMatch(/^关键词相符：.*刺梨/);
    expect(lab.reasons.find((r) => r.condition === 'MATURITY')).toEqual({
      condition: 'MATURITY',
      met: false,
      text: '成熟度不足：成果处于实验室阶段，需求要求至少中试',
    });
    expect(lab.score).toBeLessThan(best.score);

    const seen = (await univ.client.ok(RESULT_MATCHES, { id: resultId })).technologyResultMatches;
    expect(seen.map((m) => m.need.id)).toEqual([needId]);
    // Matches are the owners': the firm cannot read the result's, others neither side's.
    expect((await food.client.fails(RESULT_MATCHES, { id: resultId })).extensions?.code).toBe('FORBIDDEN');
    expect((await outsider.client.fails(NEED_MATCHES, { id: needId })).extensions?.code).toBe('FORBIDDEN');
  });

  it('notifies both sides once per pair, however often the result is edited', async () => {
    await univ.client.ok(UPDATE_RESULT, {
      id: resultId,
      input: { ...chilliJuice, description: `${chilliJuice.description}。` },
    });
    const kinds = async (f: Firm) =>
      (await f.client.ok(NOTIFICATIONS)).notifications.edges
        .map((e) => e.node)
        .filter((n) => n.kind === 'TECHNOLOGY_MATCHED' && JSON.parse(n.data ?? '{}').technologyResultId === resultId);
    expect(await kinds(food)).toHaveLength(1);
    expect(await kinds(univ)).toHaveLength(1);
    expect((await kinds(food))[0].title).toBe(
      '技术需求「刺梨原汁浓缩后维生素C损失大」匹配到技术成果「刺梨汁低温浓缩技术」',
    );
  });

  it('takes a technology contract proposed by one side and confirmed by the other into the event report', async () => {
    const wrongMode = await univ.client.fails(PROPOSE, {
      input: { resultId, needId, amountCny: '750000', mode: 'JOINT_DEVELOPMENT', signedOn: todayInChina() },
    });
    expect(wrongMode.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['mode'] });
    expect(
      (
        await outsider.client.fails(PROPOSE, {
          input: { resultId, needId, amountCny: '1', mode: 'TRANSFER', signedOn: todayInChina() },
        })
      ).extensions?.code,
    ).toBe('FORBIDDEN');

    // A research body that was not at the need's event books no contract into that event's report.
    const away = (
      await univ.client.ok(PROPOSE, {
        input: { resultId, needId, amountCny: '99999999999999', mode: 'TRANSFER', signedOn: todayInChina() },
      })
    ).proposeTechnologyContract;
    expect(away.event).toBeNull();
    await food.client.ok(DECLINE, { id: away.id });
    await approveAt(org, univ.client, eventId);
    const proposed = (
      await univ.client.ok(PROPOSE, {
        input: { resultId, needId, amountCny: '750000', mode: 'TRANSFER', signedOn: todayInChina() },
      })
    ).proposeTechnologyContract;
    expect(proposed).toMatchObject({ status: 'PROPOSED', awaitingMyConfirmation: false, event: { id: eventId } });
    const again = await food.client.fails(PROPOSE, {
      input: { resultId, needId, amountCny: '1', mode: 'TRANSFER', signedOn: todayInChina() },
    });
    expect(again.extensions?.code).toBe('CONFLICT');

    // The proposer cannot confirm its own proposal; outsiders do not see it; nothing counts yet.
    expect((await univ.client.fails(CONFIRM, { id: proposed.id })).extensions?.code).toBe('FORBIDDEN');
    expect((await outsider.client.fails(CONFIRM, { id: proposed.id })).extensions?.code).toBe('NOT_FOUND');
    expect((await org.ok(REPORT, { e: eventId })).eventReport.technologyContracts).toMatchObject({
      contracts: 0,
      amountCny: '0.00',
    });
    const firmView = (await food.client.ok(CONTRACTS)).myTechnologyContracts.edges[0].node;
    expect(firmView).toMatchObject({
      id: proposed.id,
      awaitingMyConfirmation: true,
      result: { title: '刺梨汁低温浓缩技术' },
    });

    expect((await food.client.ok(CONFIRM, { id: proposed.id })).confirmTechnologyContract).toMatchObject({
      status: 'CONFIRMED',
      awaitingMyConfirmation: false,
    });
    expect((await food.client.fails(DECLINE, { id: proposed.id })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: ['id'],
    });
    // A second proposal, declined, never counts.
    const declined = (
      await food.client.ok(PROPOSE, {
        input: { resultId: labResultId, needId, amountCny: '200000', mode: 'LICENSE', signedOn: todayInChina() },
      })
    ).proposeTechnologyContract;
    expect((await univ.client.ok(DECLINE, { id: declined.id })).declineTechnologyContract.status).toBe('DECLINED');

    const report = (await org.ok(REPORT, { e: eventId })).eventReport.technologyContracts;
    expect(report).toEqual({
      contracts: 1,
      amountCny: '750000.00',
      bySector: [{ sector: 'ECO_FOOD', contracts: 1, amountCny: '750000.00' }],
      byCategory: [{ category: { code: '1523' }, contracts: 1, amountCny: '750000.00' }],
      byRegion: [{ region: { code: '520300' }, contracts: 1, amountCny: '750000.00' }],
    });
    const file = await fetch(`${api.baseUrl}/events/${eventId}/report.xlsx`, {
      headers: { authorization: `Bearer ${org.token}` },
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await file.arrayBuffer()) as never);
    const sheet = book.getWorksheet('技术合同')!;
    expect(sheet.getRow(3).values).toEqual([undefined, '合计', '', 1, '750000.00']);

    // Once the event has ended, the firm's later move to another sector and region leaves its figures as they were.
    await stack()
      .api.get<DataSource>(getDataSourceToken())
      .query(
        `UPDATE docking_event SET ends_at = now() - interval '1 day', starts_at = now() - interval '2 days' WHERE id = $1`,
        [eventId],
      );
    await food.client.ok(MOVE, { id: food.enterpriseId, input: { sector: 'BASIC_ENERGY', regionCode: '520102' } });
    expect((await org.ok(REPORT, { e: eventId })).eventReport.technologyContracts).toEqual(report);
  });
});
