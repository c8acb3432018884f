import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { todayInChina } from '@duijie/common';

import {
  addDays,
  DEMO_ENTERPRISES,
  DEMO_EVENTS,
  DEMO_ORGANISER,
  DEMO_PASSWORD,
  DEMO_UPCOMING_EVENT,
  demoEmail,
  ZHENG_CHAN_XUE_JIN_EVENT,
} from '../apps/api/src/cli/demo-data';
import { demoLogins } from '../apps/api/src/cli/demo-logins';
import { seedDemo } from '../apps/api/src/cli/seed-demo';
import { graphql } from './generated';
import { GraphQLClient } from './support/graphql';
import type { Stack } from './support/stack';
import { startStack } from './support/stack';

const EVENT = graphql(
  `query DemoDockingEvent($id: ID!) { dockingEvent(id: $id) { id title sectors startsAt endsAt registrationClosesAt categories { code } registrations { status enterprise { id name sector categories { code } } } meetingRequests { status matchScore requester { id name } invitee { id name } matchSuggestion { id score supply { enterprise { id } } demand { enterprise { id } } } } } }`,
);

/** The demo seed, loaded into a database of its own, as `npm start` loads it. */
describe('the demo (e2e)', () => {
  let stack: Stack;
  let api: GraphQLClient;
  let organiser: GraphQLClient;
  let events: Map<string, any>;
  const login = async (email: string, password = DEMO_PASSWORD) =>
    api.withToken(
      (
        await api.ok(
          graphql(
            `mutation DemoLogIn($e: String!, $p: String!) { logIn(input: { email: $e, password: $p }) { accessToken } }`,
          ),
          {
            e: email,
            p: password,
          },
        )
      ).logIn.accessToken,
    );

  beforeAll(async () => {
    stack = await startStack({ worker: false, isolated: true });
    api = new GraphQLClient(stack.apiUrl);
    const added = await seedDemo(stack.api.get<DataSource>(getDataSourceToken()));
    expect(added).toMatchObject({ enterprises: DEMO_ENTERPRISES.length, events: DEMO_EVENTS.length + 1 });
    organiser = await login(DEMO_ORGANISER);
    const list = await api.ok(
      graphql(`query DemoDockingEvents { dockingEvents(first: 100) { edges { node { id title } } } }`),
    );
    events = new Map();
    for (const { node } of list.dockingEvents.edges)
      events.set(node.title, (await organiser.ok(EVENT, { id: node.id })).dockingEvent);
  }, 120_000);
  afterAll(() => stack?.close());

  it('holds an upcoming event three weeks from today (Asia/Shanghai) with registration open', async () => {
    const up = events.get(DEMO_UPCOMING_EVENT.title);
    const day = addDays(todayInChina(), DEMO_UPCOMING_EVENT.inDays);
    expect(up.startsAt).toBe(new Date(`${day}T09:00:00+08:00`).toISOString());
    expect(Date.parse(up.registrationClosesAt)).toBeGreaterThan(Date.now());
    const status = (name: string) => up.registrations.find((r: any) => r.enterprise.name === name)?.status;
    expect(status('仁怀市酱源酒业有限公司')).toBe('APPROVED');
    expect(status('仁怀陶坛酒具有限公司')).toBe('PENDING');
    expect(status('遵义黔北玻璃包装有限公司')).toBeUndefined();

    // A firm that has not registered yet can; the 2020 event closed, and says when in Chinese.
    const glass2 = await login(demoEmail('glass2'));
    const registered = await glass2.ok(
      graphql(`mutation DemoRegisterForEvent($e: ID!) { registerForEvent(eventId: $e) { status } }`),
      { e: up.id },
    );
    expect(registered.registerForEvent.status).toBe('PENDING');
    const past = events.get('白酒企业与包装企业供求配套对接活动');
    const closed = await glass2.fails(
      graphql(`mutation DemoRegisterForEvent($e: ID!) { registerForEvent(eventId: $e) { status } }`),
      { e: past.id },
    );
    expect(closed.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['eventId'] });
    expect(closed.message).toContain('该活动报名已于 2020年8月17日 09:00 截止');
  });

  it('registers firms only at events of their industry', () => {
    const atEvent = (title: string) => events.get(title).registrations.map((r: any) => r.enterprise.name);
    for (const ev of events.values()) {
      expect(ev.registrations.length).toBeGreaterThan(0);
      const categories = ev.categories.map((c: any) => c.code);
      for (const { enterprise } of ev.registrations) {
        expect(ev.sectors).toContain(enterprise.sector);
        // 配套 firms come for what the event is about, not for any event that lists 配套.
        if (enterprise.sector === 'SUPPORTING')
          expect(enterprise.categories.map((c: any) => c.code).some((c: string) => categories.includes(c))).toBe(true);
      }
    }
    expect(atEvent('贵州刺梨产业产销对接活动')).not.toContain('赤水市晶瓷玻璃制品有限公司');
    expect(atEvent('白酒企业与包装企业供求配套对接活动')).toContain('赤水市晶瓷玻璃制品有限公司');
    expect(atEvent('白酒企业与包装企业供求配套对接活动')).not.toContain('盘州市刺梨种植专业合作社');
    expect(atEvent('贵州省“5G+工业互联网”产销对接活动')).toContain('安顺黔西南水泥有限公司');
    const everywhere = [...events.values()].flatMap((ev) => ev.registrations.map((r: any) => r.enterprise.name));
    expect(everywhere).not.toContain('贵州百灵中成药有限公司');
  });

  it('seeds meeting requests from the real match suggestions, with their scores', () => {
    let total = 0;
    for (const ev of events.values()) {
      const approved = new Set(
        ev.registrations.filter((r: any) => r.status === 'APPROVED').map((r: any) => r.enterprise.id),
      );
      const upcoming = ev.title === DEMO_UPCOMING_EVENT.title;
      for (const q of ev.meetingRequests) {
        total += 1;
        expect(q.matchSuggestion).not.toBeNull();
        expect(q.matchScore).toBeCloseTo(q.matchSuggestion.score, 5);
        expect(q.matchScore).toBeGreaterThanOrEqual(0.5);
        // The buyer asks the supplier of the suggested pair; both are approved registrants.
        expect(q.matchSuggestion.demand.enterprise.id).toBe(q.requester.id);
        expect(q.matchSuggestion.supply.enterprise.id).toBe(q.invitee.id);
        expect(approved.has(q.requester.id) && approved.has(q.invitee.id)).toBe(true);
        expect(q.status).toBe(upcoming && q.invitee.name === '赤水市晶瓷玻璃制品有限公司' ? 'PENDING' : 'ACCEPTED');
      }
    }
    expect(total).toBeGreaterThanOrEqual(events.size);
    const up = events.get(DEMO_UPCOMING_EVENT.title);
    expect(up.meetingRequests.some((q: any) => q.status === 'PENDING')).toBe(true);
  });

  it('shows the 2020 events with their outcomes: meetings held and rated, contracts both firms confirmed', async () => {
    let signed = 0;
    for (const ev of events.values()) {
      if (ev.title === DEMO_UPCOMING_EVENT.title) continue;
      const { eventReport: report } = await organiser.ok(
        graphql(
          `query DemoEventReport($id: ID!) { eventReport(eventId: $id) { funnel { accepted placed held intents signed signedAmountCny } } }`,
        ),
        { id: ev.id },
      );
      const accepted = ev.meetingRequests.filter((q: any) => q.status === 'ACCEPTED').length;
      expect(report.funnel).toMatchObject({ accepted, placed: accepted, held: accepted });
      signed += report.funnel.signed;
      if (report.funnel.signed) expect(Number(report.funnel.signedAmountCny)).toBeGreaterThan(0);
      const meetings = (
        await organiser.ok(
          graphql(`query DemoDockingEvent2($id: ID!) { dockingEvent(id: $id) { meetings { published } } }`),
          { id: ev.id },
        )
      ).dockingEvent!.meetings;
      expect(meetings.every((m) => m.published)).toBe(true);
    }
    expect(signed).toBeGreaterThan(0);
    // The upcoming event has nothing held yet: its schedule is the organiser's to make.
    const up = events.get(DEMO_UPCOMING_EVENT.title);
    const { eventReport } = await organiser.ok(
      graphql(`query DemoEventReport2($id: ID!) { eventReport(eventId: $id) { funnel { placed signed } } }`),
      {
        id: up.id,
      },
    );
    expect(eventReport.funnel).toEqual({ placed: 0, signed: 0 });
  });

  it('holds the 政产学金 event’s round tables (圆桌对接), hosted by the bank and the university, with seats taken', async () => {
    const ev = events.get(ZHENG_CHAN_XUE_JIN_EVENT);
    const { dockingEvent } = await organiser.ok(
      graphql(
        `query DemoRoundTables($id: ID!) { dockingEvent(id: $id) { roundTables(first: 10) { topic capacity seatsTaken startsAt endsAt table host { name } seats { id } } meetings(first: 500) { startsAt endsAt table parties { id } } } }`,
      ),
      { id: ev.id },
    );
    const tables = dockingEvent!.roundTables;
    expect(tables.map((r) => [r.topic, r.host.name, r.seatsTaken])).toEqual(
      expect.arrayContaining([
        ['食品企业融资圆桌', '黔银农商银行股份有限公司', 3],
        ['刺梨深加工技术圆桌', '贵州农业科技大学', 2],
      ]),
    );
    // No seated firm meets anyone, and no meeting uses the table, while its round table sits.
    for (const r of tables) {
      const seated = new Set(r.seats.map((s) => s.id));
      const during = dockingEvent!.meetings.filter(
        (m) => Date.parse(m.startsAt) < Date.parse(r.endsAt) && Date.parse(r.startsAt) < Date.parse(m.endsAt),
      );
      expect(during.filter((m) => m.table === r.table || m.parties.some((p) => seated.has(p.id)))).toEqual([]);
    }
  });

  it('shows 贵州农业科技大学’s results matched to a food firm’s need, and a confirmed technology contract in the 政产学金 report', async () => {
    const univ = await login(demoEmail('gz-agri-univ'));
    const results = (
      await univ.ok(
        graphql(`query DemoTechnologyResults { technologyResults(mine: true) { edges { node { id title } } } }`),
      )
    ).technologyResults.edges.map((e) => e.node);
    expect(results.map((r) => r.title)).toEqual(expect.arrayContaining(['刺梨汁低温浓缩技术', '辣椒酱无菌灌装工艺']));
    const juice = results.find((r) => r.title === '刺梨汁低温浓缩技术')!;
    const matched = (
      await univ.ok(
        graphql(
          `query DemoTechnologyResultMatches($id: ID!) { technologyResultMatches(resultId: $id) { reasons { met text } need { title enterprise { name } } } }`,
        ),
        { id: juice.id },
      )
    ).technologyResultMatches;
    expect(matched[0].need).toEqual({
      title: '刺梨原汁浓缩后维生素C损失大',
      enterprise: { name: '贵州刺梨原汁饮品有限公司' },
    });
    expect(matched[0].reasons.every((r) => r.met)).toBe(true);
    const event = events.get(ZHENG_CHAN_XUE_JIN_EVENT);
    const report = await organiser.ok(
      graphql(
        `query DemoTechnologyReport($e: ID!) { eventReport(eventId: $e) { technologyContracts { contracts amountCny } } }`,
      ),
      { e: event.id },
    );
    expect(report.eventReport.technologyContracts).toEqual({ contracts: 1, amountCny: '800000.00' });
  });

  it('holds the food office’s policy for 生态特色食品 firms with signed deals, and one firm’s application', async () => {
    const office = await login(demoEmail('gz-food-office'));
    const mine = (
      await office.ok(
        graphql(
          `query DemoPolicies { policies(issuedByMe: true) { edges { node { id title regionNames rules { description } event { title } applications { totalCount edges { node { status enterprise { id } } } } } } } }`,
        ),
      )
    ).policies.edges.map((e) => e.node);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      title: '生态特色食品产销对接奖补',
      regionNames: ['贵州省'],
      rules: [{ description: '所属行业为 生态特色食品' }, { description: '至少 1 笔已签约合同' }],
      event: { title: expect.stringContaining('政产学金') },
      applications: { totalCount: 1 },
    });
  });

  it('shows 政银企: the bank’s products matched to a food firm’s order-financing need, its signed deals shared with the bank', async () => {
    const bank = await login(demoEmail('qianyin-bank'));
    const me = await bank.ok(graphql(`query DemoBankMe { me { enterprise { id } } }`));
    const products = (
      await bank.ok(
        graphql(
          `query DemoBankProducts($l: ID!) { financingProducts(lenderEnterpriseId: $l) { edges { node { id name } } } }`,
        ),
        { l: me.me.enterprise!.id },
      )
    ).financingProducts.edges.map((e) => e.node);
    expect(products.map((p) => p.name)).toEqual(
      expect.arrayContaining(['黔农贷·订单融资', '知识产权质押贷', '黔货出山·供应链金融']),
    );
    const orderLoan = products.find((p) => p.name === '黔农贷·订单融资')!;
    const matched = (
      await bank.ok(
        graphql(
          `query DemoBankMatches($p: ID!) { financingMatchesForProduct(productId: $p) { edges { node { eligible score conditions { detail } need { enterprise { name } event { title } sharedDeals { counterpartName amountCny stage } } } } } }`,
        ),
        { p: orderLoan.id },
      )
    ).financingMatchesForProduct.edges.map((e) => e.node);
    expect(matched).toHaveLength(1);
    expect(matched[0]).toMatchObject({ eligible: true, score: 1 });
    expect(matched[0].need.event?.title).toBe(ZHENG_CHAN_XUE_JIN_EVENT);
    expect(matched[0].need.sharedDeals.length).toBeGreaterThan(0);
    expect(matched[0].conditions.map((c) => c.detail)).toContain('产品接受订单融资、信用，企业可提供订单融资、信用');
  });

  it('lists every demo login, and each of them logs in', async () => {
    const logins = demoLogins();
    expect(logins.map((l) => l.email)).toEqual(
      expect.arrayContaining([DEMO_ORGANISER, ...DEMO_ENTERPRISES.map((e) => demoEmail(e.key))]),
    );
    for (const l of logins.slice(1)) {
      const me = await (
        await login(l.email, l.password)
      ).ok(graphql(`query DemoMe { me { email enterprise { name } } }`));
      expect(me.me.email).toBe(l.email);
      if (l.email !== DEMO_ORGANISER) expect(me.me.enterprise!.name).toBe(l.who);
    }
  }, 60_000);

  it("shows the food-industry office's 招商: its project, a lead in negotiation and a candidate landed", async () => {
    const office = await login(demoEmail('gz-food-office'));
    const data = await office.ok(
      graphql(
        `query DemoInvestment { investmentProjects(mine: true) { edges { node { title stage plannedInvestmentCny region { name } } } } investmentPipeline { edges { node { stage landedAmountCny candidate { name } project { title } } } } }`,
      ),
    );
    expect(data.investmentProjects.edges.map((e) => e.node)).toEqual([
      {
        title: '遵义市刺梨深加工项目',
        stage: 'SEEKING_INVESTORS',
        plannedInvestmentCny: '200000000.00',
        region: { name: '遵义市' },
      },
    ]);
    const stages = data.investmentPipeline.edges.map((e) => e.node);
    expect(stages).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ stage: 'NEGOTIATING', project: null }),
        expect.objectContaining({
          stage: 'LANDED',
          landedAmountCny: '60000000.00',
          project: { title: '遵义市刺梨深加工项目' },
        }),
      ]),
    );
    // the landed candidate was told when contacted, and sees its own entry
    const firm = await login(demoEmail('cili2'));
    const mine = await firm.ok(
      graphql(`query DemoInvestmentContacts { myInvestmentContacts { edges { node { stage } } } }`),
    );
    expect(mine.myInvestmentContacts.edges.map((e) => e.node.stage)).toEqual(['LANDED']);
  });

  it('changes nothing when seeded again', async () => {
    expect(await seedDemo(stack.api.get<DataSource>(getDataSourceToken()))).toEqual({
      enterprises: 0,
      listings: 0,
      events: 0,
      requests: 0,
      policies: 0,
    });
  });
});
