import { graphql } from './generated';
import { approvedFirms, createEvent, organiser, REQUEST, RESPOND } from './support/events';
import { signUp } from './support/factories';
import type { GraphQLClient } from './support/graphql';
import { useStack } from './support/stack';

const UPDATE = graphql(`mutation EventEditingUpdateDockingEvent($id: ID!, $input: UpdateDockingEventInput!) {
  updateDockingEvent(id: $id, input: $input) {
    id title venue startsAt endsAt slotMinutes maxRequestsPerFirm registrationClosesAt sectors
    tables { label tags } categories { code }
  }
}`);
const ADD = graphql(
  `mutation EventEditingAddMeetingSession($e: ID!, $input: MeetingSessionInput!) { addMeetingSession(eventId: $e, input: $input) { id } }`,
);
const BOOK = graphql(
  `mutation EventEditingBookMeeting($id: ID!, $s: DateTime!, $t: String!) { bookMeeting(requestId: $id, startsAt: $s, table: $t) { id } }`,
);

const ROUND_TABLE = graphql(
  `mutation EventEditingCreateRoundTable($e: ID!, $i: RoundTableInput!) { createRoundTable(eventId: $e, input: $i) { id } }`,
);

const at = (hhmm: string) => new Date(`2030-09-15T${hhmm}:00+08:00`).toISOString();

describe('editing a docking event (e2e)', () => {
  const { api } = useStack({ worker: false });
  let org: GraphQLClient;

  beforeAll(async () => {
    org = await organiser(api);
  });

  it('changes only what the input names, with the rules and messages of creation', async () => {
    const id = await createEvent(org, { categoryCodes: ['1512'], maxRequestsPerFirm: 10 });
    const changed = (
      await org.ok(UPDATE, {
        id,
        input: {
          venue: ' 遵义市 国际会展中心 ',
          maxRequestsPerFirm: 25,
          categoryCodes: ['1512', '3055'],
          registrationClosesAt: '2030-09-10T18:00:00+08:00',
          tables: [{ label: 'T1', tags: ['Interpreter', 'vip'] }, { label: 'T2' }],
        },
      })
    ).updateDockingEvent;
    expect(changed).toMatchObject({
      title: '白酒企业与包装企业供求配套对接活动（排程测试）',
      venue: '遵义市 国际会展中心',
      slotMinutes: 20,
      maxRequestsPerFirm: 25,
      registrationClosesAt: '2030-09-10T10:00:00.000Z',
      sectors: ['LIQUOR_TOBACCO'],
      tables: [
        { label: 'T1', tags: ['interpreter', 'vip'] },
        { label: 'T2', tags: [] },
      ],
      categories: [{ code: '1512' }, { code: '3055' }],
    });

    const err = await org.fails(UPDATE, {
      id,
      input: {
        title: ' ',
        sectors: [],
        slotMinutes: 3,
        maxRequestsPerFirm: 0,
        tables: [{ label: 'A' }, { label: 'A' }],
      },
    });
    expect(err.extensions?.code).toBe('BAD_USER_INPUT');
    expect(err.extensions?.fields).toEqual(
      expect.arrayContaining(['title', 'sectors', 'slotMinutes', 'maxRequestsPerFirm', 'tables']),
    );
    expect(err.message).toContain('tables.label（桌号）重复：A');
    const late = await org.fails(UPDATE, { id, input: { endsAt: '2030-09-09T18:00:00+08:00' } });
    expect(late.extensions?.fields).toEqual(expect.arrayContaining(['endsAt']));
    // Nothing of a refused change was written.
    const read = await api.ok(
      graphql(`query EventEditingDockingEvent($id: ID!) { dockingEvent(id: $id) { title venue maxRequestsPerFirm } }`),
      { id },
    );
    expect(read.dockingEvent).toEqual({ title: changed.title, venue: changed.venue, maxRequestsPerFirm: 25 });
  });

  it('lists the events an organiser created with organisedByMe, paged', async () => {
    const mine = await organiser(api);
    const ids = [await createEvent(mine), await createEvent(mine), await createEvent(mine)];
    await createEvent(org);
    const LIST =
      graphql(`query EventEditingDockingEvents($after: String) { dockingEvents(first: 2, after: $after, organisedByMe: true) {
      totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`);
    const first = (await mine.ok(LIST)).dockingEvents;
    expect(first.totalCount).toBe(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await mine.ok(LIST, { after: first.pageInfo.endCursor })).dockingEvents;
    const seen = [...first.edges, ...second.edges].map((e: { node: { id: string } }) => e.node.id);
    expect(seen.sort()).toEqual([...ids].sort());
    expect((await api.fails(LIST)).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lets only the event’s organiser or an admin edit it', async () => {
    const id = await createEvent(org);
    const other = await organiser(api);
    expect((await other.fails(UPDATE, { id, input: { venue: '别处' } })).extensions?.code).toBe('FORBIDDEN');
    const member = await signUp(api);
    expect((await member.client.fails(UPDATE, { id, input: { venue: '别处' } })).extensions?.code).toBe('FORBIDDEN');
    expect((await api.fails(UPDATE, { id, input: { venue: '别处' } })).extensions?.code).toBe('UNAUTHENTICATED');
    const missing = await org.fails(UPDATE, { id: '00000000-0000-4000-8000-000000000000', input: { venue: '别处' } });
    expect(missing.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses, naming the field, a change that would orphan sessions or placed meetings', async () => {
    const id = await createEvent(org);
    await org.ok(ADD, { e: id, input: { title: '上午场', startsAt: at('09:00'), endsAt: at('11:00') } });
    const [a, b] = await approvedFirms(api, org, id, 2);
    const q = (
      await a.client.ok(REQUEST, { e: id, input: { withEnterpriseId: b.enterpriseId, tableTags: ['interpreter'] } })
    ).requestMeeting;
    await b.client.ok(RESPOND, { id: q.id, a: true });
    await org.ok(BOOK, { id: q.id, s: at('10:00'), t: 'T1' });

    const removed = await org.fails(UPDATE, { id, input: { tables: [{ label: 'T2' }, { label: 'T3' }] } });
    expect(removed.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['tables'] });
    expect(removed.message).toContain('不能删除已安排洽谈的桌：T1（1 场）');
    const untagged = await org.fails(UPDATE, { id, input: { tables: [{ label: 'T1' }, { label: 'T2' }] } });
    expect(untagged.message).toContain('已安排的洽谈需要这些标签，不能去掉：T1（interpreter）');

    const shrunk = await org.fails(UPDATE, { id, input: { startsAt: at('10:10'), endsAt: at('10:15') } });
    expect(shrunk.extensions?.fields).toEqual(expect.arrayContaining(['startsAt', 'endsAt']));
    expect(shrunk.message).toContain('startsAt（开始时间）不能晚于已安排的第一场洽谈（2030年9月15日 10:00）');
    expect(shrunk.message).toContain('endsAt（结束时间）不能早于已安排的最后一场洽谈结束（2030年9月15日 10:20）');
    const sessionOut = await org.fails(UPDATE, { id, input: { startsAt: at('09:30') } });
    expect(sessionOut.message).toContain('startsAt（开始时间）须包含已有的洽谈场次：「上午场」');
    const slot = await org.fails(UPDATE, { id, input: { slotMinutes: 30 } });
    expect(slot.extensions).toMatchObject({ fields: ['slotMinutes'] });
    expect(slot.message).toContain('已安排 1 场洽谈，不能修改 slotMinutes');

    // Changes that keep every meeting are fine: another table, a longer day, a new name.
    const kept = (
      await org.ok(UPDATE, {
        id,
        input: {
          title: '白酒包装配套对接（改期后）',
          startsAt: at('07:00'),
          endsAt: at('20:00'),
          tables: [
            { label: 'T1', tags: ['interpreter'] },
            { label: 'T4', tags: ['vip'] },
          ],
        },
      })
    ).updateDockingEvent;
    expect(kept.tables.map((t: { label: string }) => t.label)).toEqual(['T1', 'T4']);
    expect(kept.startsAt).toBe(at('07:00'));
  }, 60_000);

  it('counts round tables among what a change may not orphan', async () => {
    const id = await createEvent(org);
    await org.ok(ADD, { e: id, input: { title: '上午场', startsAt: at('09:00'), endsAt: at('11:00') } });
    const [host] = await approvedFirms(api, org, id, 1);
    await org.ok(ROUND_TABLE, {
      e: id,
      i: {
        hostEnterpriseId: host.enterpriseId,
        topic: '融资圆桌',
        table: 'T2',
        startsAt: at('10:00'),
        slots: 2,
        capacity: 4,
      },
    });

    const removed = await org.fails(UPDATE, { id, input: { tables: [{ label: 'T1' }, { label: 'T3' }] } });
    expect(removed.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['tables'] });
    expect(removed.message).toContain('不能删除已安排洽谈的桌：T2（1 场）');
    const late = await org.fails(UPDATE, { id, input: { endsAt: at('10:30') } });
    expect(late.message).toContain('endsAt（结束时间）不能早于已安排的最后一场洽谈结束（2030年9月15日 10:40）');
    const slot = await org.fails(UPDATE, { id, input: { slotMinutes: 30 } });
    expect(slot.message).toContain('已安排 1 场洽谈，不能修改 slotMinutes');
    // Another table may go.
    const kept = (await org.ok(UPDATE, { id, input: { tables: [{ label: 'T1' }, { label: 'T2' }] } }))
      .updateDockingEvent;
    expect(kept.tables.map((t: { label: string }) => t.label)).toEqual(['T1', 'T2']);
  }, 60_000);

  it('keeps the slot limits when the slot length changes under existing sessions', async () => {
    const id = await createEvent(org, { slotMinutes: 60 });
    await org.ok(ADD, { e: id, input: { title: '早场', startsAt: at('08:00'), endsAt: at('10:00') } });
    const longer = await org.fails(UPDATE, { id, input: { slotMinutes: 180 } });
    expect(longer.extensions).toMatchObject({ fields: ['slotMinutes'] });
    expect(longer.message).toContain('长于已有的某个洽谈场次');
    const ok = (await org.ok(UPDATE, { id, input: { slotMinutes: 30 } })).updateDockingEvent;
    expect(ok.slotMinutes).toBe(30);
    const slots = await api.ok(
      graphql(`query EventEditingDockingEvent2($id: ID!) { dockingEvent(id: $id) { sessions { slots } } }`),
      { id },
    );
    expect(slots.dockingEvent!.sessions[0].slots).toHaveLength(4);
  });
});
