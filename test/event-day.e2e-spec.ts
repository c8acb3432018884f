import ExcelJS from 'exceljs';

import { graphql } from './generated';
import { createEvent, organiser, REQUEST, RESPOND } from './support/events';
import { enterpriseMember } from './support/factories';
import type { GraphQLClient } from './support/graphql';
import { useStack } from './support/stack';

const MINUTE = 60_000;
const CHECK_IN =
  graphql(`mutation EventDayCheckInFirm($e: ID!, $code: String, $f: ID) { checkInFirm(eventId: $e, code: $code, enterpriseId: $f) {
  alreadyCheckedIn message attendee { registrationId checkedInAt enterprise { id name } } } }`);
const MY_CHECK_IN = graphql(`query EventDayMyCheckIn($e: ID!) { myCheckIn(eventId: $e) { code checkedInAt } }`);
const ATTENDEES =
  graphql(`query EventDayEventAttendees($e: ID!, $s: String, $first: Int, $after: String) { eventAttendees(eventId: $e, search: $s, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { checkedInAt enterprise { id name } } } } }`);
const MARK =
  graphql(`mutation EventDayMarkMeetingAttendance($meeting: ID!, $o: AttendanceOutcome!, $absent: [ID!]) { markMeetingAttendance(meetingId: $meeting, outcome: $o, absentEnterpriseIds: $absent) {
  id attendance { status partiesDisagree decidedByOrganiser absent { id } } } }`);
const WALK_IN = graphql(
  `mutation EventDayAddWalkInMeeting($e: ID!, $input: WalkInMeetingInput!) { addWalkInMeeting(eventId: $e, input: $input) { id table startsAt published walkIn parties { id } } }`,
);
const FLOOR =
  graphql(`query EventDayEventFloor($e: ID!) { eventFloor(eventId: $e) { now nextSlotStartsAt noShows checkIns { approved checkedIn }
  slot { startsAt endsAt session current }
  tables { table meeting { id walkIn parties { id } attendance { status absent { id } } } } } }`);
const BOOK = graphql(
  `mutation EventDayBookMeeting($id: ID!, $at: DateTime!, $t: String!) { bookMeeting(requestId: $id, startsAt: $at, table: $t) { id } }`,
);

/**
 * The event day against the real clock: the event's only session began 41 minutes ago, so with
 * 20-minute slots two slots are over, the third runs for at least another 18 minutes and the
 * fourth is the next one.
 */
describe('the event day: check-in, attendance, walk-ins, the floor screen, the report (e2e)', () => {
  const { api } = useStack({ isolated: true });
  type Firm = Awaited<ReturnType<typeof enterpriseMember>>;
  let org: GraphQLClient;
  let otherOrg: GraphQLClient;
  let eventId: string;
  let otherEventId: string;
  let a: Firm, b: Firm, c: Firm, d: Firm, late: Firm, stranger: Firm;
  const slot: Date[] = [];
  const meeting: Record<string, string> = {};

  const register = async (firm: Firm, event: string, by: GraphQLClient, approve = true) => {
    const reg = (
      await firm.client.ok(
        graphql(`mutation EventDayRegisterForEvent($e: ID!) { registerForEvent(eventId: $e) { id } }`),
        { e: event },
      )
    ).registerForEvent.id;
    if (approve)
      await by.ok(
        graphql(`mutation EventDayReviewRegistration($id: ID!) { reviewRegistration(id: $id, approve: true) { id } }`),
        { id: reg },
      );
    return reg;
  };
  const book = async (from: Firm, to: Firm, at: Date, table: string) => {
    const q = (await from.client.ok(REQUEST, { e: eventId, input: { withEnterpriseId: to.enterpriseId } }))
      .requestMeeting;
    await to.client.ok(RESPOND, { id: q.id, a: true });
    return (await org.ok(BOOK, { id: q.id, at: at.toISOString(), t: table })).bookMeeting.id;
  };
  const code = async (firm: Firm, event = eventId) => (await firm.client.ok(MY_CHECK_IN, { e: event })).myCheckIn!;

  beforeAll(async () => {
    org = await organiser(api);
    otherOrg = await organiser(api);
    const start = new Date(Math.floor(Date.now() / MINUTE) * MINUTE - 41 * MINUTE);
    for (let i = 0; i < 6; i += 1) slot.push(new Date(start.getTime() + i * 20 * MINUTE));
    eventId = await createEvent(org, {
      title: '仁怀白酒包装配套现场对接会',
      startsAt: new Date(start.getTime() - 60 * MINUTE).toISOString(),
      endsAt: new Date(start.getTime() + 8 * 60 * MINUTE).toISOString(),
    });
    await org.ok(
      graphql(
        `mutation EventDayAddMeetingSession($e: ID!, $input: MeetingSessionInput!) { addMeetingSession(eventId: $e, input: $input) { id } }`,
      ),
      { e: eventId, input: { title: '上午场', startsAt: slot[0].toISOString(), endsAt: slot[5].toISOString() } },
    );
    otherEventId = await createEvent(otherOrg, { title: '遵义另一场对接会' });
    [a, b, c, d, late, stranger] = await Promise.all(
      ['甲', '乙', '丙', '丁', '戊', '己'].map((n, i) =>
        enterpriseMember(api, { name: `贵州现场${n}企业${Date.now().toString(36)}${i}有限公司` }),
      ),
    );
    for (const f of [a, b, c, d]) await register(f, eventId, org);
    meeting.lateReg = await register(late, eventId, org);
    await register(stranger, otherEventId, otherOrg);
    meeting.ab = await book(a, b, slot[0], 'T2'); // over
    meeting.bc = await book(b, c, slot[1], 'T2'); // over, rated but never marked
    meeting.cd = await book(c, d, slot[2], 'T3'); // running now
    meeting.ad = await book(a, d, slot[3], 'T2'); // next
    await org.ok(graphql(`mutation EventDayPublishSchedule($e: ID!) { publishSchedule(eventId: $e) { id } }`), {
      e: eventId,
    });
  }, 120_000);

  it('gives each approved firm an unguessable check-in code, and none to others', async () => {
    const mine = await code(a);
    expect(mine).toEqual({ code: expect.stringMatching(/^[0-9a-f-]{36}\.[A-Za-z0-9_-]{22}$/), checkedInAt: null });
    expect(await code(b)).not.toEqual(mine);
    expect(await code(stranger)).toBeNull(); // not registered here
    expect((await org.ok(MY_CHECK_IN, { e: eventId })).myCheckIn).toBeNull(); // no firm
  });

  it('checks a firm in by its code once, and says 已签到 with the time the second time', async () => {
    const first = (await org.ok(CHECK_IN, { e: eventId, code: ` ${(await code(a)).code}\n` })).checkInFirm;
    expect(first).toMatchObject({ alreadyCheckedIn: false, attendee: { enterprise: { id: a.enterpriseId } } });
    expect(first.message).toContain('签到成功');
    const again = (await org.ok(CHECK_IN, { e: eventId, code: (await code(a)).code })).checkInFirm;
    expect(again.alreadyCheckedIn).toBe(true);
    expect(again.message).toMatch(/已签到（\d{4}年\d+月\d+日 \d{2}:\d{2}）/);
    expect(again.attendee.checkedInAt).toBe(first.attendee.checkedInAt);
    expect((await code(a)).checkedInAt).toBe(first.attendee.checkedInAt);
  });

  it('finds approved firms by name or credit code and checks one in from the list', async () => {
    const byName = (await org.ok(ATTENDEES, { e: eventId, s: b.enterprise.name.slice(2, 8) })).eventAttendees;
    expect(byName.edges.map((e: any) => e.node.enterprise.id)).toContain(b.enterpriseId);
    const byCode = (await org.ok(ATTENDEES, { e: eventId, s: b.enterprise.creditCode.slice(0, 18).toLowerCase() }))
      .eventAttendees;
    expect(byCode.edges.map((e: any) => e.node.enterprise.id)).toEqual([b.enterpriseId]);
    expect((await org.ok(ATTENDEES, { e: eventId, s: '100%' })).eventAttendees.totalCount).toBe(0);
    await org.ok(CHECK_IN, { e: eventId, f: b.enterpriseId });
    // Pages of two, by name, cover every approved registrant once.
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page += 1) {
      const res: any = (await org.ok(ATTENDEES, { e: eventId, first: 2, after })).eventAttendees;
      expect(res.totalCount).toBe(5);
      seen.push(...res.edges.map((e: any) => e.node.enterprise.id));
      if (!res.pageInfo.hasNextPage) break;
      after = res.pageInfo.endCursor;
    }
    expect(new Set(seen)).toEqual(new Set([a, b, c, d, late].map((f) => f.enterpriseId)));
    const counts = await org.ok(
      graphql(`query EventDayCheckInSummary($e: ID!) { checkInSummary(eventId: $e) { approved checkedIn } }`),
      {
        e: eventId,
      },
    );
    expect(counts.checkInSummary).toEqual({ approved: 5, checkedIn: 2 });
  });

  it('refuses codes of other events, forged codes and unapproved firms, in Chinese, naming the field', async () => {
    const foreign = await org.fails(CHECK_IN, { e: eventId, code: (await code(stranger, otherEventId)).code });
    expect(foreign.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['code'] });
    expect(foreign.message).toContain('不属于本活动');
    const real = (await code(c)).code;
    // the last two characters changed, never to what they were (a real code ending in AA once made this one real)
    const forged = await org.fails(CHECK_IN, {
      e: eventId,
      code: `${real.slice(0, -2)}${real.endsWith('AA') ? 'BB' : 'AA'}`,
    });
    expect(forged.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['code'] });
    expect(forged.message).toContain('签到码');
    // A firm whose approval is withdrawn keeps a code that no longer works.
    const lateCode = (await code(late)).code;
    await org.ok(
      graphql(`mutation EventDayReviewRegistration2($id: ID!) { reviewRegistration(id: $id, approve: false) { id } }`),
      { id: meeting.lateReg },
    );
    const rejected = await org.fails(CHECK_IN, { e: eventId, code: lateCode });
    expect(rejected.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['code'] });
    expect(rejected.message).toContain('未通过审核');
    expect(await code(late)).toBeNull();
    const both = await org.fails(CHECK_IN, { e: eventId, code: real, f: c.enterpriseId });
    expect(both.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['code'] });
    expect((await org.fails(CHECK_IN, { e: eventId, f: stranger.enterpriseId })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: ['enterpriseId'],
    });
  });

  it('lets only the event’s organisers check in and see the list and the floor', async () => {
    const real = (await code(c)).code;
    for (const outsider of [otherOrg, c.client]) {
      expect((await outsider.fails(CHECK_IN, { e: eventId, code: real })).extensions?.code).toBe('FORBIDDEN');
      expect((await outsider.fails(ATTENDEES, { e: eventId })).extensions?.code).toBe('FORBIDDEN');
      expect((await outsider.fails(FLOOR, { e: eventId })).extensions?.code).toBe('FORBIDDEN');
    }
    expect((await code(c)).checkedInAt).toBeNull();
  });

  it('resolves attendance marks: a party’s mark, the parties’ disagreement flagged, the organiser’s mark deciding', async () => {
    const noShow = (await a.client.ok(MARK, { meeting: meeting.ab, o: 'NO_SHOW' })).markMeetingAttendance.attendance;
    expect(noShow).toEqual({
      status: 'NO_SHOW',
      partiesDisagree: false,
      decidedByOrganiser: false,
      absent: [{ id: b.enterpriseId }],
    });
    const disputed = (await b.client.ok(MARK, { meeting: meeting.ab, o: 'HELD' })).markMeetingAttendance.attendance;
    expect(disputed).toEqual({ status: 'DISPUTED', partiesDisagree: true, decidedByOrganiser: false, absent: [] });
    const decided = (await org.ok(MARK, { meeting: meeting.ab, o: 'HELD' })).markMeetingAttendance.attendance;
    expect(decided).toEqual({ status: 'HELD', partiesDisagree: true, decidedByOrganiser: true, absent: [] });
    // A party's later mark does not overturn the organiser's.
    expect(
      (await a.client.ok(MARK, { meeting: meeting.ab, o: 'NO_SHOW' })).markMeetingAttendance.attendance.status,
    ).toBe('HELD');
    // The running meeting: the organiser marks D absent.
    const cd = (await org.ok(MARK, { meeting: meeting.cd, o: 'NO_SHOW', absent: [d.enterpriseId] }))
      .markMeetingAttendance;
    expect(cd.attendance).toMatchObject({ status: 'NO_SHOW', absent: [{ id: d.enterpriseId }] });
    // The parties see it in their agenda.
    const agenda = (
      await b.client.ok(
        graphql(`query EventDayMyAgenda($e: ID!) { myAgenda(eventId: $e) { id attendance { status } } }`),
        { e: eventId },
      )
    ).myAgenda;
    expect(agenda.find((item: any) => item.id === meeting.ab)!.attendance.status).toBe('HELD');
    expect(agenda.find((item: any) => item.id === meeting.bc)!.attendance.status).toBe('PENDING');
  });

  it('refuses marks before the start, on others’ meetings, by other organisers, and naming the wrong firm', async () => {
    const early = await a.client.fails(MARK, { meeting: meeting.ad, o: 'HELD' });
    expect(early.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['meetingId'] });
    expect(early.message).toContain('开始');
    expect((await c.client.fails(MARK, { meeting: meeting.ab, o: 'NO_SHOW' })).extensions?.code).toBe('NOT_FOUND');
    expect((await stranger.client.fails(MARK, { meeting: meeting.ab, o: 'HELD' })).extensions?.code).toBe('NOT_FOUND');
    expect((await otherOrg.fails(MARK, { meeting: meeting.ab, o: 'HELD' })).extensions?.code).toBe('NOT_FOUND');
    const self = await a.client.fails(MARK, { meeting: meeting.ab, o: 'NO_SHOW', absent: [a.enterpriseId] });
    expect(self.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['absentEnterpriseIds'] });
    const nobody = await org.fails(MARK, { meeting: meeting.cd, o: 'NO_SHOW' });
    expect(nobody.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['absentEnterpriseIds'] });
    const heldWithAbsent = await org.fails(MARK, { meeting: meeting.cd, o: 'HELD', absent: [c.enterpriseId] });
    expect(heldWithAbsent.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['absentEnterpriseIds'] });
  });

  it('adds walk-in meetings between checked-in firms at a free table, with the booking rules', async () => {
    const input = { enterpriseIds: [a.enterpriseId, b.enterpriseId], startsAt: slot[2].toISOString(), table: 'T1' };
    const notIn = await org.fails(WALK_IN, {
      e: eventId,
      input: { ...input, enterpriseIds: [a.enterpriseId, c.enterpriseId] },
    });
    expect(notIn.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['enterpriseIds'] });
    expect(notIn.message).toContain('签到');
    const taken = await org.fails(WALK_IN, { e: eventId, input: { ...input, table: 'T3' } });
    expect(taken.extensions?.code).toBe('CONFLICT');
    const over = await org.fails(WALK_IN, { e: eventId, input: { ...input, startsAt: slot[1].toISOString() } });
    expect(over.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['startsAt'] });
    const noTable = await org.fails(WALK_IN, { e: eventId, input: { ...input, table: 'T9' } });
    expect(noTable.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['table'] });
    expect((await otherOrg.fails(WALK_IN, { e: eventId, input })).extensions?.code).toBe('FORBIDDEN');
    const made = (await org.ok(WALK_IN, { e: eventId, input })).addWalkInMeeting;
    expect(made).toMatchObject({ table: 'T1', published: true, walkIn: true, startsAt: slot[2].toISOString() });
    meeting.walkIn = made.id;
    // Both firms are now busy in that slot: the database refuses a second booking of either.
    const busy = await org.fails(WALK_IN, { e: eventId, input: { ...input, table: 'T2' } });
    expect(busy.extensions?.code).toBe('CONFLICT');
    const agenda = (
      await a.client.ok(graphql(`query EventDayMyAgenda2($e: ID!) { myAgenda(eventId: $e) { id walkIn } }`), {
        e: eventId,
      })
    ).myAgenda;
    expect(agenda).toContainEqual({ id: made.id, walkIn: true });
  });

  it('shows the floor: the running slot by table, no-shows flagged, the countdown to the next slot', async () => {
    const floor = (await org.ok(FLOOR, { e: eventId })).eventFloor;
    expect(floor.slot).toEqual({
      startsAt: slot[2].toISOString(),
      endsAt: slot[3].toISOString(),
      session: '上午场',
      current: true,
    });
    expect(floor.nextSlotStartsAt).toBe(slot[3].toISOString());
    expect(floor.noShows).toBe(1);
    expect(floor.checkIns).toEqual({ approved: 4, checkedIn: 2 });
    const byTable = Object.fromEntries(floor.tables.map((t: any) => [t.table, t.meeting]));
    expect(Object.keys(byTable)).toEqual(['T1', 'T2', 'T3']);
    expect(byTable.T1).toMatchObject({ id: meeting.walkIn, walkIn: true, attendance: { status: 'PENDING' } });
    expect(byTable.T2).toBeNull();
    expect(byTable.T3).toMatchObject({
      id: meeting.cd,
      walkIn: false,
      attendance: { status: 'NO_SHOW', absent: [{ id: d.enterpriseId }] },
    });
  });

  it('feeds the report: check-ins, held (marked, else inferred from ratings), no-shows, walk-ins', async () => {
    // B–C is over and nobody marked it: a party's rating still counts it as held.
    await c.client.ok(
      graphql(
        `mutation EventDayRateMeeting($meeting: ID!) { rateMeeting(meetingId: $meeting, rating: INFORMATIVE) { id } }`,
      ),
      {
        meeting: meeting.bc,
      },
    );
    const report = (
      await org.ok(
        graphql(
          `query EventDayEventReport($e: ID!) { eventReport(eventId: $e) { funnel { approved placed checkedIn held noShows walkIns } } }`,
        ),
        { e: eventId },
      )
    ).eventReport;
    expect(report.funnel).toEqual({ approved: 4, placed: 5, checkedIn: 2, held: 2, noShows: 1, walkIns: 1 });
    const res = await fetch(`${api.baseUrl}/events/${eventId}/report.xlsx`, {
      headers: { authorization: `Bearer ${org.token}` },
    });
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as any);
    const funnel = book
      .getWorksheet('漏斗')!
      .getSheetValues()
      .filter(Boolean)
      .map((r: any) => r.slice(1));
    expect(funnel).toContainEqual(['已签到企业', 2]);
    expect(funnel).toContainEqual(['已举行', 2]);
    expect(funnel).toContainEqual(['缺席', 1]);
    expect(funnel).toContainEqual(['其中现场加入', 1]);
  });
});
