import ExcelJS from 'exceljs';

import { graphql } from './generated';
import { approvedFirms, createEvent, organiser, REQUEST, RESPOND, solve } from './support/events';
import { enterpriseMember } from './support/factories';
import type { GraphQLClient } from './support/graphql';
import { useStack } from './support/stack';

const CREATE = graphql(
  `mutation RoundTablesCreate($e: ID!, $i: RoundTableInput!) { createRoundTable(eventId: $e, input: $i) { id topic table startsAt endsAt capacity seatsTaken host { id } } }`,
);
const CANCEL = graphql(`mutation RoundTablesCancel($id: ID!) { cancelRoundTable(id: $id) }`);
const NOTICES = graphql(
  `query RoundTablesNotifications { notifications(first: 50) { edges { node { kind title body data } } } }`,
);
const TAKE = graphql(`mutation RoundTablesTake($id: ID!) { takeRoundTableSeat(id: $id) { id seatsTaken mySeat } }`);
const LEAVE = graphql(`mutation RoundTablesLeave($id: ID!) { leaveRoundTableSeat(id: $id) { id seatsTaken mySeat } }`);
const LIST = graphql(
  `query RoundTablesList($e: ID!) { dockingEvent(id: $e) { roundTables(first: 20) { id topic table startsAt endsAt capacity seatsTaken mySeat hosting seats { id } host { id } } } }`,
);
const MINE = graphql(
  `query RoundTablesMine($e: ID!) { myRoundTables(eventId: $e) { id topic hosting mySeat seats { id } } }`,
);
const MEETINGS = graphql(
  `query RoundTablesMeetings($e: ID!) { dockingEvent(id: $e) { meetings { id startsAt endsAt table parties { id } } } }`,
);
const BOOK = graphql(
  `mutation RoundTablesBook($id: ID!, $at: DateTime!, $t: String!) { bookMeeting(requestId: $id, startsAt: $at, table: $t) { id startsAt table } }`,
);
const CHECK_IN = graphql(
  `mutation RoundTablesCheckIn($e: ID!, $f: ID) { checkInFirm(eventId: $e, enterpriseId: $f) { __typename } }`,
);
const WALK_IN = graphql(
  `mutation RoundTablesWalkIn($e: ID!, $input: WalkInMeetingInput!) { addWalkInMeeting(eventId: $e, input: $input) { id } }`,
);
const REPORT = graphql(
  `query RoundTablesReport($e: ID!) { eventReport(eventId: $e) { roundTables { roundTables seats seatsTaken hosts seatedFirms } } }`,
);

const at = (hhmm: string) => new Date(`2030-09-15T${hhmm}:00+08:00`).toISOString();
const overlaps = (a: { startsAt: string; endsAt: string }, b: { startsAt: string; endsAt: string }) =>
  Date.parse(a.startsAt) < Date.parse(b.endsAt) && Date.parse(b.startsAt) < Date.parse(a.endsAt);

// 圆桌对接: a host's table for consecutive slots with N seats. Seats, the host and the table never
// overlap one-to-one meetings, in either order, whoever writes them (hand booking, walk-in, the scheduler).
describe('round tables at docking events (e2e)', () => {
  const { api } = useStack();
  let org: GraphQLClient;
  let otherOrg: GraphQLClient;
  let eventId: string;
  let firms: Awaited<ReturnType<typeof approvedFirms>>;
  let host: (typeof firms)[number];
  let roundTableId: string;
  const seated: string[] = [];
  const accept = async (x: (typeof firms)[number], y: (typeof firms)[number]) => {
    const q = (await x.client.ok(REQUEST, { e: eventId, input: { withEnterpriseId: y.enterpriseId } })).requestMeeting;
    await y.client.ok(RESPOND, { id: q.id, a: true });
    return q.id;
  };
  const input = (over: Record<string, unknown> = {}) => ({
    hostEnterpriseId: host.enterpriseId,
    topic: '食品企业融资圆桌',
    table: 'T1',
    startsAt: at('09:00'),
    slots: 2,
    capacity: 5,
    ...over,
  });

  beforeAll(async () => {
    org = await organiser(api);
    otherOrg = await organiser(api);
    eventId = await createEvent(org, { tables: [{ label: 'T1' }, { label: 'T2' }, { label: 'T3' }, { label: 'T4' }] });
    await org.ok(
      graphql(
        `mutation RoundTablesAddSession($e: ID!, $i: MeetingSessionInput!) { addMeetingSession(eventId: $e, input: $i) { id } }`,
      ),
      { e: eventId, i: { title: '上午场', startsAt: at('09:00'), endsAt: at('10:00') } },
    );
    firms = await approvedFirms(api, org, eventId, 25);
    host = firms[0];
  }, 120_000);

  it('lets only the organiser set one up, with every field checked', async () => {
    const member = await enterpriseMember(api);
    expect((await otherOrg.fails(CREATE, { e: eventId, i: input() })).extensions?.code).toBe('FORBIDDEN');
    expect((await firms[1].client.fails(CREATE, { e: eventId, i: input() })).extensions?.code).toBe('FORBIDDEN');
    expect((await api.fails(CREATE, { e: eventId, i: input() })).extensions?.code).toBe('UNAUTHENTICATED');
    const bad = async (over: Record<string, unknown>, field: string) => {
      const err = await org.fails(CREATE, { e: eventId, i: input(over) });
      expect(err.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [field] });
    };
    await bad({ capacity: 0 }, 'capacity');
    await bad({ capacity: 31 }, 'capacity');
    await bad({ table: 'T9' }, 'table');
    await bad({ startsAt: at('09:05') }, 'startsAt');
    await bad({ slots: 4 }, 'slots');
    await bad({ topic: '  ' }, 'topic');
    await bad({ hostEnterpriseId: member.enterpriseId }, 'hostEnterpriseId');

    const made = (await org.ok(CREATE, { e: eventId, i: input() })).createRoundTable;
    expect(made).toMatchObject({
      topic: '食品企业融资圆桌',
      table: 'T1',
      startsAt: at('09:00'),
      endsAt: at('09:40'),
      capacity: 5,
      seatsTaken: 0,
      host: { id: host.enterpriseId },
    });
    roundTableId = made.id;
    // Its table and its host are taken for those slots: a second one there is refused, by what is in the way.
    const sameTable = await org.fails(CREATE, {
      e: eventId,
      i: input({ hostEnterpriseId: firms[24].enterpriseId, startsAt: at('09:20'), slots: 1 }),
    });
    expect(sameTable.extensions?.code).toBe('CONFLICT');
    expect(sameTable.message).toContain('已用于圆桌「食品企业融资圆桌」');
    const sameHost = await org.fails(CREATE, { e: eventId, i: input({ table: 'T2', slots: 1 }) });
    expect(sameHost.extensions?.code).toBe('CONFLICT');
    expect(sameHost.message).toContain(host.enterprise.name);
  });

  it('seats exactly its capacity when 20 firms sign up at once', async () => {
    const racers = firms.slice(1, 21);
    const results = await Promise.all(
      racers.map(async (f) => {
        const res = await f.client.request(TAKE, { id: roundTableId });
        return { f, ok: !res.errors?.length, code: res.errors?.[0]?.extensions?.code };
      }),
    );
    const won = results.filter((r) => r.ok);
    expect(won).toHaveLength(5);
    expect(results.filter((r) => !r.ok).every((r) => r.code === 'CONFLICT')).toBe(true);
    seated.push(...won.map((r) => r.f.enterpriseId));
    const [listed] = (await org.ok(LIST, { e: eventId })).dockingEvent!.roundTables;
    expect(listed.seatsTaken).toBe(5);
    expect(listed.seats.map((s) => s.id).sort()).toEqual([...seated].sort());
    // The host sees its seated firms; another firm only the count and its own seat.
    const hostView = (await host.client.ok(MINE, { e: eventId })).myRoundTables;
    expect(hostView).toEqual([expect.objectContaining({ id: roundTableId, hosting: true, mySeat: false })]);
    expect(hostView[0].seats).toHaveLength(5);
    const loser = results.find((r) => !r.ok)!.f;
    const theirs = (await loser.client.ok(LIST, { e: eventId })).dockingEvent!.roundTables[0];
    expect(theirs).toMatchObject({ seatsTaken: 5, mySeat: false, hosting: false, seats: [] });
    const full = await loser.client.fails(TAKE, { id: roundTableId });
    expect(full.message).toContain('席位已满');
  });

  it('frees a seat on cancellation for the next firm, and refuses the host, strangers and doubles', async () => {
    const leaver = firms.find((f) => f.enterpriseId === seated[0])!;
    expect((await leaver.client.ok(LEAVE, { id: roundTableId })).leaveRoundTableSeat).toMatchObject({
      seatsTaken: 4,
      mySeat: false,
    });
    expect((await leaver.client.fails(LEAVE, { id: roundTableId })).extensions?.code).toBe('CONFLICT');
    seated.shift();
    const next = firms.slice(1, 21).find((f) => !seated.includes(f.enterpriseId) && f !== leaver)!;
    expect((await next.client.ok(TAKE, { id: roundTableId })).takeRoundTableSeat).toMatchObject({
      seatsTaken: 5,
      mySeat: true,
    });
    seated.push(next.enterpriseId);
    const again = await next.client.fails(TAKE, { id: roundTableId });
    expect(again.extensions?.code).toBe('CONFLICT');

    expect((await host.client.fails(TAKE, { id: roundTableId })).extensions?.code).toBe('CONFLICT');
    const stranger = await enterpriseMember(api);
    expect((await stranger.client.fails(TAKE, { id: roundTableId })).extensions?.code).toBe('FORBIDDEN');
    expect((await org.fails(TAKE, { id: roundTableId })).extensions?.code).toBe('FORBIDDEN');
    expect((await api.fails(TAKE, { id: roundTableId })).extensions?.code).toBe('UNAUTHENTICATED');
    expect((await next.client.fails(TAKE, { id: '00000000-0000-4000-8000-000000000000' })).extensions?.code).toBe(
      'NOT_FOUND',
    );
  });

  it('never lets a meeting over a seat, the host or the round table’s table (hand booking and walk-in)', async () => {
    const s = firms.find((f) => f.enterpriseId === seated[1])!;
    const x = firms[21];
    const y = firms[22];
    // A seated firm at 09:00 and 09:20: a meeting then at a free table is refused, naming the round table.
    const sx = await accept(s, x);
    const onSeat = await org.fails(BOOK, { id: sx, at: at('09:20'), t: 'T2' });
    expect(onSeat.extensions?.code).toBe('CONFLICT');
    expect(onSeat.message).toContain('已参加圆桌「食品企业融资圆桌」');
    // The host too.
    const hx = await accept(host, y);
    expect((await org.fails(BOOK, { id: hx, at: at('09:00'), t: 'T3' })).message).toContain('已参加圆桌');
    // The round table's table, for two free firms.
    const xy = await accept(x, y);
    const onTable = await org.fails(BOOK, { id: xy, at: at('09:00'), t: 'T1' });
    expect(onTable.extensions?.code).toBe('CONFLICT');
    expect(onTable.message).toContain('用于圆桌「食品企业融资圆桌」');
    // A walk-in between checked-in firms is refused the same way.
    for (const f of [s, x]) await org.ok(CHECK_IN, { e: eventId, f: f.enterpriseId });
    const walkIn = await org.fails(WALK_IN, {
      e: eventId,
      input: { enterpriseIds: [s.enterpriseId, x.enterpriseId], startsAt: at('09:20'), table: 'T3' },
    });
    expect(walkIn.extensions?.code).toBe('CONFLICT');
    // After the round table, the same meeting is fine.
    expect((await org.ok(BOOK, { id: sx, at: at('09:40'), t: 'T2' })).bookMeeting.table).toBe('T2');
  });

  it('never seats a firm over its meeting, nor puts a round table over a meeting’s table or party', async () => {
    // firms[21] (x) meets at 09:40 at T2 (booked above).
    const x = firms[21];
    const later = (
      await org.ok(CREATE, {
        e: eventId,
        i: input({
          hostEnterpriseId: firms[23].enterpriseId,
          topic: '刺梨深加工技术圆桌',
          table: 'T3',
          startsAt: at('09:40'),
          slots: 1,
          capacity: 3,
        }),
      })
    ).createRoundTable;
    const busy = await x.client.fails(TAKE, { id: later.id });
    expect(busy.extensions?.code).toBe('CONFLICT');
    expect(busy.message).toContain('已有一对一洽谈');
    // Over the meeting's table, or with a party of it as the host: refused.
    const onTable = await org.fails(CREATE, {
      e: eventId,
      i: input({ hostEnterpriseId: firms[24].enterpriseId, table: 'T2', startsAt: at('09:40'), slots: 1 }),
    });
    expect(onTable.message).toContain('已安排一对一洽谈');
    const hostBusy = await org.fails(CREATE, {
      e: eventId,
      i: input({ hostEnterpriseId: x.enterpriseId, table: 'T4', startsAt: at('09:40'), slots: 1 }),
    });
    expect(hostBusy.message).toContain('已有一对一洽谈');
    // A firm cannot sit at two round tables at once, nor host one while seated.
    const seatedFirm = firms.find((f) => f.enterpriseId === seated[2])!;
    const other = (
      await org.ok(CREATE, {
        e: eventId,
        i: input({
          hostEnterpriseId: firms[24].enterpriseId,
          topic: '第三场圆桌',
          table: 'T4',
          startsAt: at('09:20'),
          slots: 1,
        }),
      })
    ).createRoundTable;
    expect((await seatedFirm.client.fails(TAKE, { id: other.id })).message).toContain('已参加圆桌「食品企业融资圆桌」');
    expect((await org.ok(CANCEL, { id: other.id })).cancelRoundTable).toBe(true);
    expect((await otherOrg.fails(CANCEL, { id: later.id })).extensions?.code).toBe('FORBIDDEN');
    expect((await firms[23].client.fails(CANCEL, { id: later.id })).extensions?.code).toBe('FORBIDDEN');
    // One free firm takes a seat at the later table, for the scheduler below.
    await firms[22].client.ok(TAKE, { id: later.id });
  });

  it('schedules around round tables as fixed: no meeting over a seat, a host or its table', async () => {
    // Requests between seated firms, the hosts and free firms, more than fit: the scheduler decides.
    const seatedFirms = seated.map((id) => firms.find((f) => f.enterpriseId === id)!);
    const pairs: [number, number][] = [];
    for (const a of seatedFirms.slice(0, 4)) {
      for (const b of [firms[21], firms[22], firms[23], firms[24]]) {
        pairs.push([firms.indexOf(a), firms.indexOf(b)]);
      }
    }
    pairs.push([0, 24], [0, 21]);
    for (const [i, j] of pairs) await accept(firms[i], firms[j]).catch(() => undefined);
    const run = await solve(org, eventId);
    expect(run).toMatchObject({ status: 'DONE' });
    expect(run.placed).toBeGreaterThan(0);

    const meetings = (await org.ok(MEETINGS, { e: eventId })).dockingEvent!.meetings;
    const roundTables = (await org.ok(LIST, { e: eventId })).dockingEvent!.roundTables;
    expect(roundTables).toHaveLength(2);
    for (const r of roundTables) {
      const people = new Set([r.host.id, ...r.seats.map((s) => s.id)]);
      for (const m of meetings) {
        if (!overlaps(m, r)) continue;
        expect(m.table).not.toBe(r.table);
        expect(m.parties.filter((p) => people.has(p.id))).toEqual([]);
      }
    }
    // And no firm in two meetings at once.
    for (const a of meetings)
      for (const b of meetings)
        if (a.id < b.id && overlaps(a, b)) {
          expect(a.parties.map((p) => p.id).filter((p) => b.parties.some((q) => q.id === p))).toEqual([]);
        }
    // The seated firm's agenda: its seat, and its published meetings never at the same time.
    await org.ok(graphql(`mutation RoundTablesPublish($e: ID!) { publishSchedule(eventId: $e) { id } }`), {
      e: eventId,
    });
    const s = seatedFirms[1];
    const mine = (await s.client.ok(MINE, { e: eventId })).myRoundTables;
    expect(mine).toEqual([expect.objectContaining({ id: roundTableId, mySeat: true, hosting: false, seats: [] })]);
    const ics = await fetch(`${api.baseUrl}/events/${eventId}/agenda.ics`, {
      headers: { authorization: `Bearer ${s.client.token}` },
    });
    expect(ics.status).toBe(200);
    expect(await ics.text()).toContain('SUMMARY:圆桌：食品企业融资圆桌（T1）');
  });

  it('counts round tables and seats in the report and its workbook', async () => {
    const report = (await org.ok(REPORT, { e: eventId })).eventReport;
    expect(report.roundTables).toEqual({ roundTables: 2, seats: 8, seatsTaken: 6, hosts: 2, seatedFirms: 6 });
    const res = await fetch(`${api.baseUrl}/events/${eventId}/report.xlsx`, {
      headers: { authorization: `Bearer ${org.token}` },
    });
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as any);
    const rows = book
      .getWorksheet('圆桌对接')!
      .getSheetValues()
      .filter(Boolean)
      .map((r: any) => r.slice(1));
    expect(rows[0][0]).toContain('圆桌 2 场');
    expect(rows).toContainEqual(['食品企业融资圆桌', host.enterprise.name, 'T1', '2030年9月15日 09:00–09:40', 5, 5]);
  });

  it('frees the table, the host and the seats when the round table is called off', async () => {
    const notices = async (c: GraphQLClient, roundTable: string) =>
      (await c.ok(NOTICES, {})).notifications.edges
        .map((e) => e.node)
        .filter((n) => JSON.parse(n.data ?? '{}').roundTableId === roundTable);
    // The host was told when the organiser set it up, once.
    const hosted = await notices(host.client, roundTableId);
    expect(hosted.map((n) => n.kind)).toEqual(['ROUND_TABLE_HOSTED']);
    expect(hosted[0].title).toBe('请主持圆桌「食品企业融资圆桌」');
    expect(hosted[0].body).toContain('T1 号桌，5 个席位');

    expect((await org.ok(CANCEL, { id: roundTableId })).cancelRoundTable).toBe(true);
    // The host and every seated firm are told it is off; a firm without a seat is not.
    expect((await notices(host.client, roundTableId)).map((n) => n.kind).sort()).toEqual([
      'ROUND_TABLE_CANCELLED',
      'ROUND_TABLE_HOSTED',
    ]);
    for (const id of seated) {
      const firm = firms.find((f) => f.enterpriseId === id)!;
      const told = await notices(firm.client, roundTableId);
      expect(told.map((n) => n.kind)).toEqual(['ROUND_TABLE_CANCELLED']);
      expect(told[0].body).toContain('席位已释放');
    }
    expect(await notices(firms[23].client, roundTableId)).toEqual([]);
    expect((await org.ok(LIST, { e: eventId })).dockingEvent!.roundTables.map((r) => r.id)).not.toContain(roundTableId);
    expect(
      (await firms.find((f) => f.enterpriseId === seated[1])!.client.ok(MINE, { e: eventId })).myRoundTables,
    ).toEqual([]);
    // The same table, host and slots can be set up again: nothing holds them any more.
    const again = (await org.ok(CREATE, { e: eventId, i: input() })).createRoundTable;
    expect(again).toMatchObject({ table: 'T1', startsAt: at('09:00'), seatsTaken: 0 });
  });
});
