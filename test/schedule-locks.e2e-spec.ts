import { graphql } from './generated';
import { approvedFirms, createEvent, organiser, REQUEST, RESPOND, solve } from './support/events';
import { enterpriseMember } from './support/factories';
import type { GraphQLClient } from './support/graphql';
import { useStack } from './support/stack';

const MEETINGS = graphql(
  `query ScheduleLocksMeetings($id: ID!) { dockingEvent(id: $id) { meetings { id startsAt table published locked parties { id name } request { id } } } }`,
);
const LOCK = graphql(`mutation ScheduleLocksLock($id: ID!) { lockMeeting(id: $id) { id locked startsAt table } }`);
const UNLOCK = graphql(`mutation ScheduleLocksUnlock($id: ID!) { unlockMeeting(id: $id) { id locked } }`);
const MOVE = graphql(
  `mutation ScheduleLocksMove($id: ID!, $s: DateTime!, $t: String!) { moveMeeting(id: $id, startsAt: $s, table: $t) { id startsAt table locked } }`,
);
const INBOX = graphql(`query ScheduleLocksInbox { notifications(first: 50) { edges { node { kind body data } } } }`);

const at = (hhmm: string) => new Date(`2030-09-15T${hhmm}:00+08:00`).toISOString();
const SLOTS = ['09:00', '09:20', '09:40'].map(at);

// The organiser's hand on the schedule: a locked meeting (锁定) survives a new scheduler run at its
// slot and table, an unlocked one is placed again; a refused move says what is in the way, by name.
describe('schedule: locked meetings and explained conflicts (e2e)', () => {
  const { api } = useStack();
  let org: GraphQLClient;
  let eventId: string;
  let firms: Awaited<ReturnType<typeof approvedFirms>>;
  const meetings = async () => (await org.ok(MEETINGS, { id: eventId })).dockingEvent!.meetings;

  beforeAll(async () => {
    org = await organiser(api);
    eventId = await createEvent(org, { tables: [{ label: 'T1' }, { label: 'T2' }, { label: 'T3' }] });
    await org.ok(
      graphql(
        `mutation ScheduleLocksAddSession($e: ID!, $i: MeetingSessionInput!) { addMeetingSession(eventId: $e, input: $i) { id } }`,
      ),
      {
        e: eventId,
        i: { title: '上午场', startsAt: at('09:00'), endsAt: at('10:00') },
      },
    );
    firms = await approvedFirms(api, org, eventId, 4);
    // A–B, C–D and A–C accepted: three meetings, A and C twice each.
    for (const [x, y] of [
      [0, 1],
      [2, 3],
      [0, 2],
    ]) {
      const q = (await firms[x].client.ok(REQUEST, { e: eventId, input: { withEnterpriseId: firms[y].enterpriseId } }))
        .requestMeeting;
      await firms[y].client.ok(RESPOND, { id: q.id, a: true });
    }
  });

  it('keeps a locked meeting at its slot and table through a new run, and places an unlocked one again', async () => {
    expect(await solve(org, eventId)).toMatchObject({ status: 'DONE', placed: 3, unplaced: 0 });
    const first = await meetings();
    expect(first).toHaveLength(3);
    expect(first.every((meeting) => !meeting.locked && !meeting.published)).toBe(true);

    const member = await enterpriseMember(api);
    expect((await member.client.fails(LOCK, { id: first[0].id })).extensions?.code).toBe('FORBIDDEN');
    expect((await firms[0].client.fails(LOCK, { id: first[0].id })).extensions?.code).toBe('FORBIDDEN');
    expect((await org.fails(LOCK, { id: '00000000-0000-4000-8000-000000000000' })).extensions?.code).toBe('NOT_FOUND');
    expect((await org.fails(LOCK, { id: 'not-an-id' })).extensions?.code).toBe('NOT_FOUND');

    const keep = first[0];
    expect((await org.ok(LOCK, { id: keep.id })).lockMeeting).toMatchObject({
      id: keep.id,
      locked: true,
      startsAt: keep.startsAt,
      table: keep.table,
    });

    // A second run replaces every unlocked, unpublished meeting (new rows) and leaves the locked one alone.
    expect(await solve(org, eventId)).toMatchObject({ status: 'DONE', placed: 2, unplaced: 0 });
    const second = await meetings();
    expect(second).toHaveLength(3);
    expect(second.find((meeting) => meeting.id === keep.id)).toMatchObject({
      startsAt: keep.startsAt,
      table: keep.table,
      locked: true,
    });
    const others = first.filter((meeting) => meeting.id !== keep.id).map((meeting) => meeting.id);
    expect(second.filter((meeting) => others.includes(meeting.id))).toEqual([]);

    // Unlocked, it is the scheduler's again: the next run replaces it too.
    expect((await org.ok(UNLOCK, { id: keep.id })).unlockMeeting).toEqual({ id: keep.id, locked: false });
    expect(await solve(org, eventId)).toMatchObject({ status: 'DONE', placed: 3 });
    const third = await meetings();
    expect(third).toHaveLength(3);
    expect(third.map((meeting) => meeting.id)).not.toContain(keep.id);
  });

  it('locks a meeting moved by hand, and explains a refused move by what is in the way', async () => {
    const [a, b, c] = firms;
    const all = await meetings();
    const ab = all.find(
      (meeting) =>
        meeting.parties.some((p) => p.id === a.enterpriseId) && meeting.parties.some((p) => p.id === b.enterpriseId),
    )!;
    const ac = all.find(
      (meeting) =>
        meeting.parties.some((p) => p.id === a.enterpriseId) && meeting.parties.some((p) => p.id === c.enterpriseId),
    )!;
    const cd = all.find((meeting) => meeting.id !== ac.id && meeting.parties.some((p) => p.id === c.enterpriseId))!;
    const name = (id: string) => firms.find((f) => f.enterpriseId === id)!.enterprise.name;

    // Onto the table C–D occupies: refused, naming the table and both firms there.
    const onTable = await org.fails(MOVE, { id: ab.id, s: cd.startsAt, t: cd.table });
    expect(onTable.extensions?.code).toBe('CONFLICT');
    const clock = (iso: string) => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(11, 16);
    expect(onTable.message).toBe(
      `洽谈桌「${cd.table}」在 ${clock(cd.startsAt)} 已安排 「${name(cd.parties[0].id)}」 与 「${name(cd.parties[1].id)}」 的洽谈`,
    );

    // To A–C's slot at a free table: refused, A meets C then.
    const freeThen = ['T1', 'T2', 'T3'].find(
      (t) => !all.some((meeting) => meeting.startsAt === ac.startsAt && meeting.table === t),
    )!;
    const busy = await org.fails(MOVE, { id: ab.id, s: ac.startsAt, t: freeThen });
    expect(busy.extensions?.code).toBe('CONFLICT');
    expect(busy.message).toBe(
      `「${a.enterprise.name}」 在 ${clock(ac.startsAt)} 已有洽谈（洽谈桌「${ac.table}」，与 「${c.enterprise.name}」）`,
    );
    // Nothing moved.
    expect((await meetings()).find((meeting) => meeting.id === ab.id)).toMatchObject({
      startsAt: ab.startsAt,
      table: ab.table,
    });

    // A slot where neither A nor B meets, at a free table: moved, and locked by the move.
    const target = SLOTS.find(
      (s) =>
        s !== ab.startsAt &&
        !all.some(
          (meeting) =>
            meeting.startsAt === s && meeting.parties.some((p) => [a.enterpriseId, b.enterpriseId].includes(p.id)),
        ),
    )!;
    const table = ['T1', 'T2', 'T3'].find(
      (t) => !all.some((meeting) => meeting.startsAt === target && meeting.table === t),
    )!;
    expect((await org.ok(MOVE, { id: ab.id, s: target, t: table })).moveMeeting).toEqual({
      id: ab.id,
      startsAt: target,
      table,
      locked: true,
    });
    expect(await solve(org, eventId)).toMatchObject({ status: 'DONE' });
    expect((await meetings()).find((meeting) => meeting.id === ab.id)).toMatchObject({
      startsAt: target,
      table,
      locked: true,
    });
  });

  it('tells both firms when a published meeting moves', async () => {
    await org.ok(graphql(`mutation ScheduleLocksPublish($e: ID!) { publishSchedule(eventId: $e) { id } }`), {
      e: eventId,
    });
    const all = await meetings();
    const meeting = all[0];
    const [x, y] = meeting.parties.map((p) => firms.find((f) => f.enterpriseId === p.id)!);
    // At most two meetings share a slot (A and C meet twice each), so a third table is free then.
    const table = ['T1', 'T2', 'T3'].find((t) => !all.some((o) => o.startsAt === meeting.startsAt && o.table === t))!;
    await org.ok(MOVE, { id: meeting.id, s: meeting.startsAt, t: table });
    for (const firm of [x, y]) {
      const moved = (await firm.client.ok(INBOX)).notifications.edges.filter(
        (e: any) => e.node.kind === 'MEETING_MOVED' && JSON.parse(e.node.data).meetingId === meeting.id,
      );
      expect(moved).toHaveLength(1);
    }
  });
});
