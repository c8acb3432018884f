import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { DEMO_ENTERPRISES, DEMO_EVENTS } from '../apps/api/src/cli/demo-data';
import { DEMO_PASSWORD, seedDemo } from '../apps/api/src/cli/seed-demo';
import { graphql } from './generated';
import type { CreateDockingEventInput } from './generated/graphql';
import { adminClient } from './support/events';
import { signUp } from './support/factories';
import { GraphQLClient } from './support/graphql';
import type { Stack } from './support/stack';
import { startStack } from './support/stack';

const CREATE = graphql(
  `mutation EventsCreateDockingEvent($input: CreateDockingEventInput!) { createDockingEvent(input: $input) { id title sectors slotMinutes tables { label tags } categories { code } startsAt } }`,
);

const eventInput = (over: Partial<CreateDockingEventInput> = {}): CreateDockingEventInput => ({
  title: '白酒企业与包装企业供求配套对接活动（测试）',
  theme: '酒瓶、瓶盖、礼盒本地配套',
  sectors: ['LIQUOR_TOBACCO', 'SUPPORTING'],
  categoryCodes: ['1512', '3055'],
  venue: '仁怀市 中国酒都会展中心',
  startsAt: '2030-08-20T09:00:00+08:00',
  endsAt: '2030-08-20T17:00:00+08:00',
  slotMinutes: 20,
  tables: [{ label: 'A1', tags: ['Interpreter'] }, { label: 'A2' }],
  ...over,
});

describe('docking events and the demo seed (e2e)', () => {
  let stack: Stack;
  let api: GraphQLClient;
  let admin: GraphQLClient;

  beforeAll(async () => {
    stack = await startStack({ worker: false });
    api = new GraphQLClient(stack.apiUrl);
    admin = await adminClient(api);
  });
  afterAll(() => stack.close());

  it('lets an ORGANISER create an event that anyone can read; members may not', async () => {
    const organiser = await signUp(api, '组织方');
    await admin.ok(graphql(`mutation EventsGrantRole($id: ID!) { grantRole(userId: $id, role: ORGANISER) { id } }`), {
      id: organiser.userId,
    });
    const created = (await organiser.client.ok(CREATE, { input: eventInput() })).createDockingEvent;
    expect(created).toMatchObject({
      sectors: ['LIQUOR_TOBACCO', 'SUPPORTING'],
      slotMinutes: 20,
      tables: [
        { label: 'A1', tags: ['interpreter'] },
        { label: 'A2', tags: [] },
      ],
      categories: [{ code: '1512' }, { code: '3055' }],
      startsAt: '2030-08-20T01:00:00.000Z',
    });
    const read = await api.ok(graphql(`query EventsDockingEvent($id: ID!) { dockingEvent(id: $id) { title venue } }`), {
      id: created.id,
    });
    expect(read.dockingEvent!.title).toBe(created.title);

    const member = await signUp(api);
    expect((await member.client.fails(CREATE, { input: eventInput() })).extensions?.code).toBe('FORBIDDEN');
    expect((await api.fails(CREATE, { input: eventInput() })).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('names each bad field of an event', async () => {
    const err = await admin.fails(CREATE, {
      input: eventInput({
        title: ' ',
        sectors: [],
        categoryCodes: ['0000'],
        endsAt: '2030-08-20T08:00:00+08:00',
        slotMinutes: 3,
        tables: [{ label: 'A1' }, { label: 'A1' }],
      }),
    });
    expect(err.extensions?.code).toBe('BAD_USER_INPUT');
    expect(err.extensions?.fields).toEqual(
      expect.arrayContaining(['title', 'sectors', 'categoryCodes', 'endsAt', 'slotMinutes', 'tables']),
    );
  });

  it('refuses a date-time written in Chinese or nonsense with a Chinese message naming the field', async () => {
    // …and a day the month lacks, or a time without its offset (the contract's DateTime has one)
    for (const startsAt of [
      '2030年8月20日 09:00',
      '明天上午',
      '2030-08-20 上午九点',
      '2030-02-30T09:00:00+08:00',
      '2030-08-20T09:00:00',
    ]) {
      const err = await admin.fails(CREATE, { input: eventInput({ startsAt }) });
      expect(err.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['startsAt'] });
      expect(err.message).toContain('startsAt');
      expect(err.message).toContain('须为带时区的 ISO 8601 时间');
    }
  });

  it('seeds the five 2020 Guizhou docking events with their firms, and seeding twice changes nothing', async () => {
    const db = stack.api.get<DataSource>(getDataSourceToken());
    const first = await seedDemo(db);
    expect(first.events).toBe(DEMO_EVENTS.length + 1); // and the upcoming one
    expect(first.enterprises).toBe(DEMO_ENTERPRISES.length);
    expect(first.requests).toBeGreaterThan(0);
    const second = await seedDemo(db);
    expect(second).toEqual({ enterprises: 0, listings: 0, events: 0, requests: 0, policies: 0 });

    const events = await api.ok(
      graphql(`query EventsDockingEvents { dockingEvents(first: 100) { edges { node { id title } } } }`),
    );
    const titles = events.dockingEvents.edges.map((e) => e.node.title);
    for (const ev of DEMO_EVENTS) expect(titles).toContain(ev.title);
    // The liquor event comes with sessions and its firms approved, ready for the scheduler.
    const liquor = events.dockingEvents.edges.find((e) => e.node.title === '白酒企业与包装企业供求配套对接活动')!.node;
    const detail = await api.ok(
      graphql(
        `query EventsDockingEvent2($id: ID!) { dockingEvent(id: $id) { sessions { title slots } registrations { status enterprise { name } } } }`,
      ),
      { id: liquor.id },
    );
    expect(detail.dockingEvent!.sessions.map((x) => x.title)).toEqual(['上午场 一对一洽谈', '下午场 一对一洽谈']);
    expect(detail.dockingEvent!.sessions[0].slots.length).toBeGreaterThan(0);
    expect(detail.dockingEvent!.registrations.map((r) => r.enterprise.name)).toContain('仁怀市酱源酒业有限公司');

    const login = await api.ok(
      graphql(
        `mutation EventsLogIn($p: String!) { logIn(input: { email: "jiang1@demo.duijie.cn", password: $p }) { accessToken } }`,
      ),
      {
        p: DEMO_PASSWORD,
      },
    );
    const me = await api
      .withToken(login.logIn.accessToken)
      .ok(graphql(`query EventsMe { me { enterprise { name listings { totalCount } } } }`));
    expect(me.me.enterprise).toEqual({ name: '仁怀市酱源酒业有限公司', listings: { totalCount: 3 } });
  });
});
